"""Cases: every transition of the table, the rules on it, and random action sequences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_app.domain.cases import (
    CASE_TRANSITIONS,
    INTAKE_DECISIONS,
    TERMINAL_STATES,
    CaseAction,
    CaseSnapshot,
    CaseState,
    Decision,
    ItemKind,
    RefusalGround,
    SuspensionReason,
    accept,
    allowed_actions,
    complete,
    complete_on_spot,
    deem_approved,
    extend,
    is_overdue,
    issue_supplement_notice,
    receive_supplement,
    refer,
    refuse,
    resume,
    suspend,
    tell_on_spot,
    withdraw,
)
from clerk_app.domain.errors import IllegalTransition, RuleViolation

D0 = date(2026, 3, 2)
DUE = date(2026, 3, 30)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def received(kind: ItemKind = ItemKind.PROMISED, deemed: bool = False) -> CaseSnapshot:
    return CaseSnapshot(received_on=D0, item_kind=kind, deemed_approval_item=deemed)


def accepted(deemed: bool = False) -> CaseSnapshot:
    return accept(received(deemed=deemed), on=D0, due_on=DUE)


def test_accept_and_complete() -> None:
    case = accepted()
    assert (case.state, case.accepted_on, case.due_on) == (CaseState.ACCEPTED, D0, DUE)
    done = complete(case, Decision.DENIED, on=day(10))
    assert (done.state, done.decision, done.closed_on) == (
        CaseState.COMPLETED,
        Decision.DENIED,
        day(10),
    )
    assert done.state in TERMINAL_STATES
    with pytest.raises(IllegalTransition, match="“已办结”，不能受理"):
        accept(done, on=day(11), due_on=DUE)


def test_accept_dates_must_be_in_order() -> None:
    with pytest.raises(RuleViolation, match="受理日期"):
        accept(received(), on=day(-1), due_on=DUE)
    with pytest.raises(RuleViolation, match="办结期限"):
        accept(received(), on=day(2), due_on=day(1))


def test_deemed_acceptance_is_an_acceptance_on_the_receipt_day() -> None:
    assert accept(received(), on=D0, due_on=DUE).accepted_on == D0


def test_supplement_notice_lists_materials_and_second_needs_supervisor() -> None:
    noticed = issue_supplement_notice(received(), ["营业执照复印件", " ", " 法人身份证 "])
    assert noticed.state is CaseState.SUPPLEMENT_NOTICE
    assert noticed.missing_materials == ("营业执照复印件", "法人身份证")
    back = receive_supplement(noticed, on=day(7))
    assert (back.state, back.received_on, back.supplement_notices) == (
        CaseState.RECEIVED,
        day(7),
        1,
    )
    assert back.missing_materials == ()
    with pytest.raises(RuleViolation, match="再次告知需经中心管理人员批准"):
        issue_supplement_notice(back, ["现场照片"])
    second = issue_supplement_notice(back, ["现场照片"], by_supervisor=True)
    assert second.supplement_notices == 2
    with pytest.raises(RuleViolation, match="全部材料"):
        issue_supplement_notice(received(), ["  "])


def test_refusal_needs_reason_and_agency_for_other_jurisdiction() -> None:
    with pytest.raises(RuleViolation, match="理由"):
        refuse(received(), RefusalGround.NOT_ELIGIBLE, "  ", on=D0)
    with pytest.raises(RuleViolation, match="向哪个机关申请"):
        refuse(received(), RefusalGround.OUT_OF_JURISDICTION, "属市级权限", on=D0)
    case = refuse(
        received(),
        RefusalGround.OUT_OF_JURISDICTION,
        "属市级权限",
        on=D0,
        other_agency="市自然资源局",
    )
    assert (case.state, case.refusal_ground, case.other_agency) == (
        CaseState.REFUSED,
        RefusalGround.OUT_OF_JURISDICTION,
        "市自然资源局",
    )
    assert RefusalGround.OUT_OF_JURISDICTION.label == "不属于本机关职权范围"


def test_refer_and_tell_on_spot() -> None:
    with pytest.raises(RuleViolation, match="接收部门"):
        refer(received(), " ", on=D0)
    assert refer(received(), "县市场监管局", on=D0).other_agency == "县市场监管局"
    told = tell_on_spot(received(), on=D0, note="无需办理许可")
    assert (told.state, told.note, told.closed_on) == (CaseState.TOLD_ON_SPOT, "无需办理许可", D0)


def test_only_instant_items_complete_on_the_spot() -> None:
    done = complete_on_spot(received(ItemKind.INSTANT), on=D0)
    assert (done.state, done.decision, done.accepted_on, done.closed_on) == (
        CaseState.COMPLETED_ON_SPOT,
        Decision.APPROVED,
        D0,
        D0,
    )
    with pytest.raises(RuleViolation, match="承诺件不能现场办结"):
        complete_on_spot(received(ItemKind.PROMISED), on=D0)


@pytest.mark.parametrize("reason", [SuspensionReason.EXPERT_REVIEW, "expert_review", "专家评审"])
def test_suspend_for_statutory_reason_and_resume(reason: SuspensionReason | str) -> None:
    case = suspend(accepted(), reason, on=day(5))
    assert (case.state, case.suspension_reason, case.suspended_on) == (
        CaseState.SUSPENDED,
        "expert_review",
        day(5),
    )
    with pytest.raises(IllegalTransition):
        complete(case, Decision.APPROVED, on=day(6))
    resumed = resume(case, on=day(12), new_due_on=day(33), suspended_workdays=5)
    assert (resumed.state, resumed.due_on, resumed.suspended_workdays) == (
        CaseState.ACCEPTED,
        day(33),
        5,
    )
    assert resumed.suspended_on is None


def test_suspension_reasons_are_the_eight_of_article_45_or_local() -> None:
    assert [r.label for r in SuspensionReason] == [
        "听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审",
    ]  # fmt: skip
    with pytest.raises(RuleViolation, match="听证、招标"):
        suspend(accepted(), "领导出差", on=day(1))
    local = suspend(accepted(), "领导出差", on=day(1), local_reasons={"领导出差"})
    assert local.suspension_reason == "领导出差"


def test_resume_cannot_pull_the_due_date_in() -> None:
    case = suspend(accepted(), SuspensionReason.HEARING, on=day(5))
    with pytest.raises(RuleViolation, match="办结期限"):
        resume(case, on=day(6), new_due_on=day(20), suspended_workdays=1)


def _extend(
    case: CaseSnapshot,
    workdays: int,
    new_due_on: date,
    *,
    reason: str = "需现场核查",
    on: date = date(2026, 3, 22),
    by_supervisor: bool = True,
) -> CaseSnapshot:
    return extend(
        case,
        workdays=workdays,
        max_workdays=10,
        new_due_on=new_due_on,
        reason=reason,
        on=on,
        by_supervisor=by_supervisor,
    )


def test_extension_rules() -> None:
    case = accepted()
    with pytest.raises(RuleViolation, match="批准"):
        _extend(case, 5, day(35), by_supervisor=False)
    with pytest.raises(RuleViolation, match="理由"):
        _extend(case, 5, day(35), reason=" ")
    with pytest.raises(RuleViolation, match="届满前"):
        _extend(case, 5, day(35), on=DUE + timedelta(1))
    assert _extend(case, 5, day(35), on=DUE).due_on == day(35)  # the due day itself is in time
    with pytest.raises(RuleViolation, match="不能超过法定的10个工作日"):
        _extend(case, 11, day(45))
    with pytest.raises(RuleViolation, match="晚于原期限"):
        _extend(case, 3, DUE)
    once = _extend(case, 6, day(36))
    assert (once.state, once.due_on) == (CaseState.ACCEPTED, day(36))
    assert once.extensions[0].old_due_on == DUE and once.extensions[0].workdays == 6
    with pytest.raises(RuleViolation, match="已延期6个工作日"):
        _extend(once, 5, day(43))
    twice = _extend(once, 4, day(42))
    assert [e.workdays for e in twice.extensions] == [6, 4]


def test_deemed_approval_only_for_flagged_items_past_due() -> None:
    with pytest.raises(RuleViolation, match="未列入超时默认"):
        deem_approved(accepted(deemed=False), today=DUE + timedelta(1))
    with pytest.raises(RuleViolation, match="尚未超过"):
        deem_approved(accepted(deemed=True), today=DUE)
    case = deem_approved(accepted(deemed=True), today=DUE + timedelta(1))
    assert (case.state, case.decision) == (CaseState.DEEMED_APPROVED, Decision.APPROVED)


def test_overdue_is_derived() -> None:
    case = accepted()
    assert not is_overdue(case, today=DUE)
    assert is_overdue(case, today=DUE + timedelta(1))
    assert not is_overdue(suspend(case, "检测", on=day(3)), today=DUE + timedelta(30))
    assert is_overdue(suspend(case, "检测", on=DUE + timedelta(2)), today=DUE + timedelta(3))
    assert not is_overdue(received(), today=DUE + timedelta(30))
    closed = complete(case, Decision.APPROVED, on=DUE + timedelta(5))
    assert not is_overdue(closed, today=DUE + timedelta(30))


def test_allowed_actions() -> None:
    assert allowed_actions(CaseState.RECEIVED) == {
        CaseAction.ACCEPT,
        CaseAction.ISSUE_SUPPLEMENT_NOTICE,
        CaseAction.REFUSE,
        CaseAction.REFER,
        CaseAction.COMPLETE_ON_SPOT,
        CaseAction.TELL_ON_SPOT,
    }
    assert CaseAction.COMPLETE_ON_SPOT not in allowed_actions(received())
    assert CaseAction.COMPLETE_ON_SPOT in allowed_actions(received(ItemKind.INSTANT))
    again = replace(received(), supplement_notices=1)
    assert CaseAction.ISSUE_SUPPLEMENT_NOTICE not in allowed_actions(again)
    assert CaseAction.ISSUE_SUPPLEMENT_NOTICE in allowed_actions(again, by_supervisor=True)
    flagged = accepted(deemed=True)
    assert allowed_actions(flagged, today=DUE) == {CaseAction.SUSPEND, CaseAction.COMPLETE}
    assert CaseAction.EXTEND in allowed_actions(flagged, today=DUE, by_supervisor=True)
    late = allowed_actions(flagged, today=DUE + timedelta(1), by_supervisor=True)
    assert CaseAction.DEEM_APPROVED in late and CaseAction.EXTEND not in late
    for state in TERMINAL_STATES:
        assert allowed_actions(state) == frozenset()


def test_labels_are_chinese() -> None:
    assert ItemKind.INSTANT.label == "即办件" and ItemKind("joint").label == "联办件"
    assert CaseState.SUPPLEMENT_NOTICE.label == "已一次性告知补正"
    assert Decision.DENIED.label == "不予许可"


# --- random sequences --------------------------------------------------------------------

Step = tuple[CaseAction, int, bool]
RUNNERS: dict[CaseAction, Callable[[CaseSnapshot, int, bool], CaseSnapshot]] = {
    CaseAction.ACCEPT: lambda c, n, _: accept(c, on=day(n), due_on=day(n + 20)),
    CaseAction.ISSUE_SUPPLEMENT_NOTICE: lambda c, _, sup: issue_supplement_notice(
        c, ["材料"], by_supervisor=sup
    ),
    CaseAction.RECEIVE_SUPPLEMENT: lambda c, n, _: receive_supplement(c, on=day(n)),
    CaseAction.REFUSE: lambda c, n, ok: refuse(
        c, RefusalGround.OUT_OF_JURISDICTION, "理由", on=day(n), other_agency="市局" if ok else ""
    ),
    CaseAction.REFER: lambda c, n, ok: refer(c, "县局" if ok else "", on=day(n)),
    CaseAction.COMPLETE_ON_SPOT: lambda c, n, _: complete_on_spot(c, on=day(n)),
    CaseAction.TELL_ON_SPOT: lambda c, n, _: tell_on_spot(c, on=day(n)),
    CaseAction.SUSPEND: lambda c, n, ok: suspend(c, "鉴定" if ok else "其他", on=day(n)),
    CaseAction.RESUME: lambda c, n, _: resume(
        c, on=day(n), new_due_on=(c.due_on or D0) + timedelta(n), suspended_workdays=n
    ),
    CaseAction.EXTEND: lambda c, n, sup: extend(
        c,
        workdays=n % 12,
        max_workdays=10,
        new_due_on=(c.due_on or D0) + timedelta(n),
        reason="核查",
        on=day(n),
        by_supervisor=sup,
    ),
    CaseAction.COMPLETE: lambda c, n, ok: complete(
        c, Decision.APPROVED if ok else Decision.DENIED, on=day(n)
    ),
    CaseAction.DEEM_APPROVED: lambda c, n, _: deem_approved(c, today=day(n)),
    CaseAction.WITHDRAW: lambda c, n, _: withdraw(c, deadline=day(5), today=day(n)),
}


def _run_step(case: CaseSnapshot, kind: ItemKind, deemed: bool, step: Step) -> CaseSnapshot:
    """Apply one step; check it either follows the table or raises a typed error."""
    action, n, flag = step
    sources, target = CASE_TRANSITIONS[action]
    try:
        after = RUNNERS[action](case, n, flag)
    except IllegalTransition as err:
        assert case.state not in sources
        assert err.state == case.state.value and err.action == action.value
        return case
    except RuleViolation:
        assert case.state in sources
        return case
    assert case.state not in TERMINAL_STATES
    assert case.state in sources and after.state is target
    assert action in allowed_actions(case.state)
    if after.state in TERMINAL_STATES:
        assert after.closed_on is not None
    if after.state is CaseState.COMPLETED_ON_SPOT:
        assert kind is ItemKind.INSTANT
    if after.state is CaseState.DEEMED_APPROVED:
        assert deemed and case.due_on is not None and day(n) > case.due_on
    if after.state is CaseState.WITHDRAWN:
        assert day(n) > day(5)  # only once the supplement deadline has passed
    if action is CaseAction.ISSUE_SUPPLEMENT_NOTICE and case.supplement_notices >= 1:
        assert flag  # a second notice only with the supervisor flag
    if action is CaseAction.EXTEND:
        assert flag and after.due_on is not None and after.due_on > (case.due_on or D0)
    assert sum(e.workdays for e in after.extensions) <= 10
    return after


@given(st.sampled_from(ItemKind), st.booleans(), st.data())
def test_random_sequences_follow_the_table(
    kind: ItemKind, deemed: bool, data: st.DataObject
) -> None:
    case = received(kind, deemed)
    for _ in range(data.draw(st.integers(0, 25))):
        legal = sorted(allowed_actions(case.state))
        # mostly legal actions, so that deep states (suspended, extended…) are reached
        use_legal = bool(legal) and data.draw(st.integers(0, 3)) > 0
        pool = legal if use_legal else list(CaseAction)
        action = data.draw(st.sampled_from(pool))
        step = (action, data.draw(st.integers(0, 60)), data.draw(st.booleans()))
        case = _run_step(case, kind, deemed, step)


def test_the_facts_at_the_counter_narrow_the_decisions() -> None:
    promised, instant = received(), received(ItemKind.INSTANT)
    assert CaseAction.ACCEPT not in allowed_actions(instant)  # decided in the visit
    assert allowed_actions(promised, materials_complete=True, needs_licence=True) == {
        CaseAction.ACCEPT,
        CaseAction.REFUSE,
        CaseAction.REFER,
    }
    assert allowed_actions(promised, materials_complete=False, needs_licence=True) == {
        CaseAction.ISSUE_SUPPLEMENT_NOTICE,
        CaseAction.REFUSE,
        CaseAction.REFER,
    }
    assert allowed_actions(instant, materials_complete=True, needs_licence=False) == {
        CaseAction.COMPLETE_ON_SPOT,
        CaseAction.REFUSE,
        CaseAction.REFER,
        CaseAction.TELL_ON_SPOT,
    }
    again = replace(promised, supplement_notices=1)
    assert CaseAction.ISSUE_SUPPLEMENT_NOTICE not in allowed_actions(
        again, materials_complete=False
    )
    assert allowed_actions(received(), materials_complete=None) <= INTAKE_DECISIONS


@given(st.sampled_from(ItemKind), st.booleans(), st.booleans())
def test_a_counter_decision_the_domain_allows_succeeds(
    kind: ItemKind, complete_: bool, supervisor: bool
) -> None:
    case = replace(received(kind), supplement_notices=1 if supervisor else 0)
    missing = () if complete_ else ("营业执照",)
    for action in allowed_actions(case, by_supervisor=supervisor, materials_complete=complete_):
        if action is CaseAction.ISSUE_SUPPLEMENT_NOTICE:
            issue_supplement_notice(case, missing, by_supervisor=supervisor)
        elif action is CaseAction.ACCEPT:
            accept(case, on=D0, due_on=D0)
        elif action is CaseAction.COMPLETE_ON_SPOT:
            complete_on_spot(case, on=D0)

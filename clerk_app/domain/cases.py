"""Cases (办件): the state machine from receipt to completion, as pure functions.

A case is a frozen :class:`CaseSnapshot`; every action returns the next snapshot or
raises :class:`IllegalTransition` (the state does not allow the action) or
:class:`RuleViolation` (a legal or county rule forbids it). Working-day arithmetic lives
in the calendar/deadline modules: the caller passes computed due dates in.

Transitions (:data:`CASE_TRANSITIONS`)::

    RECEIVED ─accept──────────────► ACCEPTED ─complete(approved|denied)─► COMPLETED
             ─issue_supplement_notice► SUPPLEMENT_NOTICE ─receive_supplement─► RECEIVED
             ─refuse──► REFUSED      ACCEPTED ─suspend─► SUSPENDED ─resume─► ACCEPTED
             ─refer───► REFERRED     ACCEPTED ─extend──► ACCEPTED (extension recorded)
             ─complete_on_spot (instant items only)─► COMPLETED_ON_SPOT
             ─tell_on_spot (no licence needed)─► TOLD_ON_SPOT
    SUPPLEMENT_NOTICE ─withdraw (supplement deadline passed)─► WITHDRAWN
    ACCEPTED ─deem_approved (flagged item, undecided past due)─► DEEMED_APPROVED

When the applicant comes back with the missing materials the same case returns to
RECEIVED with a new receipt date (the 5-working-day acceptance period restarts from it);
the count of notices stays with the case, so a second notice needs a supervisor.
Overdue is not a state: see :func:`is_overdue`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from clerk_app.domain.errors import IllegalTransition, RuleViolation


class _Labelled(StrEnum):
    """A str enum whose members also carry a Chinese ``label`` for the UI and documents."""

    label: str

    def __new__(cls, value: str, label: str = "") -> _Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class CaseState(_Labelled):
    RECEIVED = "received", "已收件"
    ACCEPTED = "accepted", "办理中"
    SUPPLEMENT_NOTICE = "supplement_notice", "已一次性告知补正"
    REFUSED = "refused", "不予受理"
    REFERRED = "referred", "已转办"
    COMPLETED_ON_SPOT = "completed_on_spot", "现场办结"
    TOLD_ON_SPOT = "told_on_spot", "当场告知"
    SUSPENDED = "suspended", "特别程序中"
    COMPLETED = "completed", "已办结"
    DEEMED_APPROVED = "deemed_approved", "超时默认"
    WITHDRAWN = "withdrawn", "逾期未补正视为撤回"


class CaseAction(_Labelled):
    ACCEPT = "accept", "受理"
    ISSUE_SUPPLEMENT_NOTICE = "issue_supplement_notice", "一次性告知补正"
    RECEIVE_SUPPLEMENT = "receive_supplement", "接收补正材料"
    REFUSE = "refuse", "不予受理"
    REFER = "refer", "转办"
    COMPLETE_ON_SPOT = "complete_on_spot", "现场办结"
    TELL_ON_SPOT = "tell_on_spot", "当场告知"
    SUSPEND = "suspend", "中止计时"
    RESUME = "resume", "恢复计时"
    EXTEND = "extend", "延期"
    COMPLETE = "complete", "办结"
    DEEM_APPROVED = "deem_approved", "超时默认"
    WITHDRAW = "withdraw", "视为撤回"


class ItemKind(_Labelled):
    INSTANT = "instant", "即办件"
    PROMISED = "promised", "承诺件"
    REPORTED = "reported", "上报件"
    JOINT = "joint", "联办件"


class SuspensionReason(_Labelled):
    """The eight reasons of 行政许可法 Art. 45 that stop the clock."""

    HEARING = "hearing", "听证"
    TENDER = "tender", "招标"
    AUCTION = "auction", "拍卖"
    INSPECTION = "inspection", "检验"
    TESTING = "testing", "检测"
    QUARANTINE = "quarantine", "检疫"
    APPRAISAL = "appraisal", "鉴定"
    EXPERT_REVIEW = "expert_review", "专家评审"


class Decision(_Labelled):
    APPROVED = "approved", "准予许可"
    DENIED = "denied", "不予许可"


class RefusalGround(_Labelled):
    """Why an application is refused (不予受理); OUT_OF_JURISDICTION names the agency."""

    OUT_OF_JURISDICTION = "out_of_jurisdiction", "不属于本机关职权范围"
    NOT_ELIGIBLE = "not_eligible", "不符合受理条件"
    FALSE_MATERIALS = "false_materials", "隐瞒有关情况或者提供虚假材料"
    SUPPLEMENT_NOT_MADE = "supplement_not_made", "逾期未补正材料"
    OTHER = "other", "其他"


_R, _A, _S = CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.SUSPENDED

#: action → (states it may start from, state it leads to)
CASE_TRANSITIONS: dict[CaseAction, tuple[frozenset[CaseState], CaseState]] = {
    CaseAction.ACCEPT: (frozenset({_R}), _A),
    CaseAction.ISSUE_SUPPLEMENT_NOTICE: (frozenset({_R}), CaseState.SUPPLEMENT_NOTICE),
    CaseAction.RECEIVE_SUPPLEMENT: (frozenset({CaseState.SUPPLEMENT_NOTICE}), _R),
    CaseAction.REFUSE: (frozenset({_R}), CaseState.REFUSED),
    CaseAction.REFER: (frozenset({_R}), CaseState.REFERRED),
    CaseAction.COMPLETE_ON_SPOT: (frozenset({_R}), CaseState.COMPLETED_ON_SPOT),
    CaseAction.TELL_ON_SPOT: (frozenset({_R}), CaseState.TOLD_ON_SPOT),
    CaseAction.SUSPEND: (frozenset({_A}), _S),
    CaseAction.RESUME: (frozenset({_S}), _A),
    CaseAction.EXTEND: (frozenset({_A}), _A),
    CaseAction.COMPLETE: (frozenset({_A}), CaseState.COMPLETED),
    CaseAction.DEEM_APPROVED: (frozenset({_A}), CaseState.DEEMED_APPROVED),
    CaseAction.WITHDRAW: (frozenset({CaseState.SUPPLEMENT_NOTICE}), CaseState.WITHDRAWN),
}

TERMINAL_STATES = frozenset(
    {
        CaseState.REFUSED,
        CaseState.REFERRED,
        CaseState.COMPLETED_ON_SPOT,
        CaseState.TOLD_ON_SPOT,
        CaseState.COMPLETED,
        CaseState.DEEMED_APPROVED,
        CaseState.WITHDRAWN,
    }
)


@dataclass(frozen=True, slots=True)
class Extension:
    workdays: int
    reason: str
    approved_on: date
    old_due_on: date
    new_due_on: date


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    received_on: date
    item_kind: ItemKind = ItemKind.PROMISED
    deemed_approval_item: bool = False  # the item is flagged for 超时默认
    state: CaseState = CaseState.RECEIVED
    accepted_on: date | None = None
    due_on: date | None = None
    supplement_notices: int = 0
    missing_materials: tuple[str, ...] = ()
    suspension_reason: str = ""  # a SuspensionReason value or a configured local reason
    suspended_on: date | None = None
    suspended_workdays: int = 0  # working days suspended so far, as computed by the caller
    extensions: tuple[Extension, ...] = ()
    decision: Decision | None = None
    refusal_ground: RefusalGround | None = None
    refusal_reason: str = ""
    other_agency: str = ""  # competent agency (refusal) or receiving department (referral)
    note: str = ""
    closed_on: date | None = None


def _to(case: CaseSnapshot, action: CaseAction) -> CaseState:
    """The state ``action`` leads to from ``case``, or :class:`IllegalTransition`."""
    sources, target = CASE_TRANSITIONS[action]
    if case.state not in sources:
        raise IllegalTransition(
            f"办件当前状态为“{case.state.label}”，不能{action.label}",
            state=case.state.value,
            action=action.value,
        )
    return target


def _not_before(day: date, earliest: date | None, what: str) -> None:
    if earliest is not None and day < earliest:
        raise RuleViolation(f"{what}（{day.isoformat()}）不能早于{earliest.isoformat()}")


def accept(case: CaseSnapshot, *, on: date, due_on: date) -> CaseSnapshot:
    """RECEIVED → ACCEPTED with the promised due date computed by the caller."""
    target = _to(case, CaseAction.ACCEPT)
    _not_before(on, case.received_on, "受理日期")
    _not_before(due_on, on, "办结期限")
    return replace(case, state=target, accepted_on=on, due_on=due_on)


def issue_supplement_notice(
    case: CaseSnapshot, missing: Sequence[str], *, by_supervisor: bool = False
) -> CaseSnapshot:
    """RECEIVED → SUPPLEMENT_NOTICE listing every missing material (一次性告知).

    A second notice for the same application needs a supervisor.
    """
    target = _to(case, CaseAction.ISSUE_SUPPLEMENT_NOTICE)
    items = tuple(m.strip() for m in missing if m.strip())
    if not items:
        raise RuleViolation("一次性告知书必须列明需要补正的全部材料")
    if case.supplement_notices >= 1 and not by_supervisor:
        raise RuleViolation("同一申请已一次性告知过，再次告知需经中心管理人员批准")
    return replace(
        case,
        state=target,
        supplement_notices=case.supplement_notices + 1,
        missing_materials=items,
    )


def withdraw(case: CaseSnapshot, *, deadline: date, today: date) -> CaseSnapshot:
    """SUPPLEMENT_NOTICE → WITHDRAWN: the deadline of the one-time notice passed without
    the materials (the notice said so: 逾期未补正的，视为撤回申请)."""
    target = _to(case, CaseAction.WITHDRAW)
    if today <= deadline:
        raise RuleViolation("补正期限尚未届满，不能按撤回处理")
    return replace(case, state=target, closed_on=today)


def receive_supplement(case: CaseSnapshot, *, on: date) -> CaseSnapshot:
    """SUPPLEMENT_NOTICE → RECEIVED: the applicant is back with the materials (new receipt)."""
    target = _to(case, CaseAction.RECEIVE_SUPPLEMENT)
    _not_before(on, case.received_on, "补正收件日期")
    return replace(case, state=target, received_on=on, missing_materials=())


def refuse(
    case: CaseSnapshot, ground: RefusalGround, reason: str, *, on: date, other_agency: str = ""
) -> CaseSnapshot:
    """RECEIVED → REFUSED (不予受理), with a reason; another agency's matter names the agency."""
    target = _to(case, CaseAction.REFUSE)
    if not reason.strip():
        raise RuleViolation("不予受理必须写明理由")
    if ground is RefusalGround.OUT_OF_JURISDICTION and not other_agency.strip():
        raise RuleViolation("不属于本机关职权范围的，必须告知申请人向哪个机关申请")
    return replace(
        case,
        state=target,
        refusal_ground=ground,
        refusal_reason=reason.strip(),
        other_agency=other_agency.strip(),
        closed_on=on,
    )


def refer(case: CaseSnapshot, to_department: str, *, on: date) -> CaseSnapshot:
    """RECEIVED → REFERRED (转办) to the competent department, with a guide slip."""
    target = _to(case, CaseAction.REFER)
    if not to_department.strip():
        raise RuleViolation("转办必须写明接收部门")
    return replace(case, state=target, other_agency=to_department.strip(), closed_on=on)


def complete_on_spot(case: CaseSnapshot, *, on: date) -> CaseSnapshot:
    """RECEIVED → COMPLETED_ON_SPOT: only instant items (即办件), approved at the counter."""
    target = _to(case, CaseAction.COMPLETE_ON_SPOT)
    if case.item_kind is not ItemKind.INSTANT:
        raise RuleViolation(f"{case.item_kind.label}不能现场办结，只有即办件可以")
    return replace(
        case,
        state=target,
        accepted_on=on,
        due_on=on,
        decision=Decision.APPROVED,
        closed_on=on,
    )


def tell_on_spot(case: CaseSnapshot, *, on: date, note: str = "") -> CaseSnapshot:
    """RECEIVED → TOLD_ON_SPOT: the matter needs no licence; the applicant is told at once."""
    target = _to(case, CaseAction.TELL_ON_SPOT)
    return replace(case, state=target, note=note.strip(), closed_on=on)


def suspend(
    case: CaseSnapshot,
    reason: SuspensionReason | str,
    *,
    on: date,
    local_reasons: Collection[str] = (),
) -> CaseSnapshot:
    """ACCEPTED → SUSPENDED for an Art. 45 reason (enum, value or label) or a local one."""
    target = _to(case, CaseAction.SUSPEND)
    statutory = {r.value: r for r in SuspensionReason} | {r.label: r for r in SuspensionReason}
    text = reason.strip()
    if text in statutory:
        value = statutory[text].value
    elif text and text in local_reasons:
        value = text
    else:
        allowed = "、".join(r.label for r in SuspensionReason)
        raise RuleViolation(f"中止计时的原因只能是{allowed}或本中心规定的情形")
    _not_before(on, case.accepted_on, "中止日期")
    return replace(case, state=target, suspension_reason=value, suspended_on=on)


def resume(
    case: CaseSnapshot, *, on: date, new_due_on: date, suspended_workdays: int
) -> CaseSnapshot:
    """SUSPENDED → ACCEPTED; the caller pushes the due date by the working days suspended."""
    target = _to(case, CaseAction.RESUME)
    _not_before(on, case.suspended_on, "恢复日期")
    if suspended_workdays < 0:
        raise RuleViolation("中止的工作日数不能为负数")
    _not_before(new_due_on, case.due_on, "恢复后的办结期限")
    return replace(
        case,
        state=target,
        due_on=new_due_on,
        suspended_workdays=case.suspended_workdays + suspended_workdays,
        suspension_reason="",
        suspended_on=None,
    )


def extend(
    case: CaseSnapshot,
    *,
    workdays: int,
    max_workdays: int,
    new_due_on: date,
    reason: str,
    on: date,
    by_supervisor: bool,
) -> CaseSnapshot:
    """ACCEPTED → ACCEPTED with an extension approved by a supervisor before the due date.

    ``max_workdays`` is the statutory extension of the item (e.g. 10 on a 20-day
    licence); all extensions of the case together may not exceed it.
    """
    target = _to(case, CaseAction.EXTEND)
    if not by_supervisor:
        raise RuleViolation("延期须经中心管理人员批准")
    if not reason.strip():
        raise RuleViolation("延期必须写明理由，并告知申请人")
    if case.due_on is None or on > case.due_on:
        raise RuleViolation("延期必须在原办结期限届满前批准，已超期的办件不能再延期")
    used = sum(e.workdays for e in case.extensions)
    if workdays <= 0 or used + workdays > max_workdays:
        raise RuleViolation(f"延期不能超过法定的{max_workdays}个工作日（已延期{used}个工作日）")
    if new_due_on <= case.due_on:
        raise RuleViolation("延期后的办结期限必须晚于原期限")
    record = Extension(workdays, reason.strip(), on, case.due_on, new_due_on)
    return replace(
        case,
        state=target,
        due_on=new_due_on,
        extensions=(*case.extensions, record),
    )


def complete(case: CaseSnapshot, decision: Decision, *, on: date) -> CaseSnapshot:
    """ACCEPTED → COMPLETED with the decision (approved or denied)."""
    target = _to(case, CaseAction.COMPLETE)
    _not_before(on, case.accepted_on, "办结日期")
    return replace(case, state=target, decision=decision, closed_on=on)


def deem_approved(case: CaseSnapshot, *, today: date) -> CaseSnapshot:
    """ACCEPTED → DEEMED_APPROVED: a flagged item still undecided after its due date."""
    target = _to(case, CaseAction.DEEM_APPROVED)
    if not case.deemed_approval_item:
        raise RuleViolation("该事项未列入超时默认范围")
    if not is_overdue(case, today=today):
        raise RuleViolation("办件尚未超过办结期限，不能超时默认")
    return replace(case, state=target, decision=Decision.APPROVED, closed_on=today)


def is_overdue(case: CaseSnapshot, *, today: date) -> bool:
    """Open and past its due date (a deadline is met until the end of the due day).

    A suspended case is overdue only if it was suspended after its due date had passed:
    the clock stops while suspended and the due date is pushed on resume.
    """
    if case.due_on is None:
        return False
    if case.state is CaseState.ACCEPTED:
        return today > case.due_on
    if case.state is CaseState.SUSPENDED:
        return case.suspended_on is not None and case.suspended_on > case.due_on
    return False


#: What a received application can end in (DESIGN §2 "Refusal / referral").
INTAKE_DECISIONS = frozenset(
    {
        CaseAction.ACCEPT,
        CaseAction.ISSUE_SUPPLEMENT_NOTICE,
        CaseAction.REFUSE,
        CaseAction.REFER,
        CaseAction.COMPLETE_ON_SPOT,
        CaseAction.TELL_ON_SPOT,
    }
)


def allowed_actions(
    case: CaseSnapshot | CaseState,
    *,
    today: date | None = None,
    by_supervisor: bool = False,
    materials_complete: bool | None = None,
    needs_licence: bool | None = None,
) -> frozenset[CaseAction]:
    """Actions to enable in the UI.

    Given a bare state, the answer follows :data:`CASE_TRANSITIONS` only. Given a snapshot,
    it also applies the rules that depend on the case: on-the-spot completion for instant
    items, which are decided in the visit and never accepted onto a deadline; a second
    supplement notice only for a supervisor; extension only before the due date and deemed
    approval only for a flagged item past its due date (both need ``today``).

    The facts of the application at the counter, when known, narrow it further: with
    materials missing (``materials_complete=False``) it can be neither accepted nor
    completed on the spot (Art. 32: a one-time notice instead); with nothing missing there
    is no notice to issue; a matter that needs a licence is not just told on the spot.
    """
    state = case if isinstance(case, CaseState) else case.state
    actions = {a for a, (sources, _) in CASE_TRANSITIONS.items() if state in sources}
    if isinstance(case, CaseState):
        return frozenset(actions)
    if case.item_kind is ItemKind.INSTANT:
        actions.discard(CaseAction.ACCEPT)
    else:
        actions.discard(CaseAction.COMPLETE_ON_SPOT)
    if case.supplement_notices >= 1 and not by_supervisor:
        actions.discard(CaseAction.ISSUE_SUPPLEMENT_NOTICE)
    if not by_supervisor or today is None or (case.due_on and today > case.due_on):
        actions.discard(CaseAction.EXTEND)
    if not case.deemed_approval_item or today is None or not is_overdue(case, today=today):
        actions.discard(CaseAction.DEEM_APPROVED)
    if materials_complete is False:
        actions -= {CaseAction.ACCEPT, CaseAction.COMPLETE_ON_SPOT}
    if materials_complete is True:
        actions.discard(CaseAction.ISSUE_SUPPLEMENT_NOTICE)
    if needs_licence is True:
        actions.discard(CaseAction.TELL_ON_SPOT)
    return frozenset(actions)

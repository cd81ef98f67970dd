"""Taking in, deciding and following a case, with the rules of DESIGN §2."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from clerk_app.domain.cases import CaseState, Decision, RefusalGround
from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.services import casework, catalogue, first_contact, intake, oversight
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import DuplicateRequest, PermissionDenied
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.models import AccountabilityRecord, Case, DueDateChange, Event
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_leaders, valid_id_card

PERSON = Applicant("person", "张三", valid_id_card(), "13812345678")


def _all_received(ctx: ServiceContext, item_id: str) -> list[MaterialCheck]:
    item = catalogue.get_item(ctx, item_id)
    return [MaterialCheck(mid, "received", originals=1) for mid in item.material_ids]


def _snapshot(ctx: ServiceContext) -> dict[str, int]:
    with ctx.db.sessions() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Case, Event, AccountabilityRecord, DueDateChange)
        }


def _received(
    ctx: ServiceContext,
    center: SmallCenter,
    item_id: str,
    checks: list[MaterialCheck] | None = None,
) -> intake.CaseView:
    return intake.receive(
        ctx,
        center.clerk.actor(),
        item_id=item_id,
        applicant=PERSON,
        materials=checks if checks is not None else _all_received(ctx, item_id),
    )


def test_accept_computes_due_date_over_national_day(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 9, 30))
    case = _received(ctx, center, center.promised_item)
    p = intake.preview_due_date(ctx, center.promised_item)
    limit, preview, provisional = p.promised_workdays, p.due_date, p.provisional
    accepted = intake.accept(ctx, center.clerk.actor(), case.id)
    # 10 working days after 30 Sep 2026: Oct 1–7 off, Oct 10 (Sat) an adjusted workday:
    # 8, 9, 10, 12, 13, 14, 15, 16, 19, 20.
    assert limit == 10 and not provisional
    assert accepted.due_date == preview == date(2026, 10, 20)
    assert accepted.state is CaseState.ACCEPTED
    assert accepted.applicant_id_masked == "110105********002X"


def test_case_crossing_into_2027_is_provisional(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 12, 24))
    case = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.promised_item).id)
    assert case.due_date is not None and case.due_date.year == 2027
    assert case.provisional_due
    assert case.due_date != date(2027, 1, 1)


def test_missing_materials_block_acceptance_and_one_notice_lists_them_all(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    item = catalogue.get_item(ctx, center.promised_item)
    checks = [
        MaterialCheck(item.material_ids[0], "received", 1),
        MaterialCheck(item.material_ids[1], "deficient", 0, 1, "复印件不清晰"),
    ]
    case = _received(ctx, center, center.promised_item, checks)
    before = _snapshot(ctx)
    with pytest.raises(RuleViolation):
        intake.accept(ctx, center.clerk.actor(), case.id)
    assert _snapshot(ctx) == before
    noticed = intake.issue_supplement_notice(ctx, center.clerk.actor(), case.id)
    assert noticed.state is CaseState.SUPPLEMENT_NOTICE
    assert {m.name for m in noticed.materials if m.status != "received"} == {
        item.materials[1].name,
        item.materials[2].name,
    }


def test_second_notice_needs_a_supervisor_and_is_logged(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    item = catalogue.get_item(ctx, center.promised_item)
    partial = [MaterialCheck(item.material_ids[0], "received", 1)]
    case = _received(ctx, center, center.promised_item, partial)
    intake.issue_supplement_notice(ctx, center.clerk.actor(), case.id)
    intake.receive_supplement(ctx, center.clerk.actor(), case.id, partial)
    with pytest.raises(RuleViolation):
        intake.issue_supplement_notice(ctx, center.clerk.actor(), case.id)
    again = intake.issue_supplement_notice(ctx, center.supervisor.actor(), case.id)
    assert again.supplement_count == 2
    with ctx.db.sessions() as s:
        record = s.scalar(select(AccountabilityRecord))
        assert record is not None
        assert record.cause == "second_supplement"
        assert record.direct_staff_id == center.clerk.staff_id


def test_refusal_needs_reason_and_agency(ctx: ServiceContext, center: SmallCenter) -> None:
    case = _received(ctx, center, center.promised_item)
    with pytest.raises(RuleViolation):
        intake.refuse(
            ctx, center.clerk.actor(), case.id, ground=RefusalGround.NOT_ELIGIBLE, reason=" "
        )
    with pytest.raises(RuleViolation):
        intake.refuse(
            ctx,
            center.clerk.actor(),
            case.id,
            ground=RefusalGround.OUT_OF_JURISDICTION,
            reason="属于税务部门职权",
        )
    refused = intake.refuse(
        ctx,
        center.clerk.actor(),
        case.id,
        ground=RefusalGround.OUT_OF_JURISDICTION,
        reason="属于税务部门职权",
        other_agency="国家税务总局测试县税务局",
    )
    assert refused.state is CaseState.REFUSED
    assert refused.refusal_agency == "国家税务总局测试县税务局"
    before = _snapshot(ctx)
    with pytest.raises(IllegalTransition):
        intake.accept(ctx, center.clerk.actor(), case.id)
    with pytest.raises(IllegalTransition):
        casework.complete(ctx, center.clerk.actor(), case.id, decision=Decision.APPROVED)
    assert _snapshot(ctx) == before
    assert casework.get(ctx, case.id).state is CaseState.REFUSED


def test_on_spot_only_for_instant_items(ctx: ServiceContext, center: SmallCenter) -> None:
    promised = _received(ctx, center, center.promised_item)
    with pytest.raises(RuleViolation):
        intake.complete_on_spot(ctx, center.clerk.actor(), promised.id)
    instant = _received(ctx, center, center.instant_item)
    done = intake.complete_on_spot(ctx, center.clerk.actor(), instant.id)
    assert done.state is CaseState.COMPLETED_ON_SPOT
    assert done.decision == Decision.APPROVED.value


def test_referral_of_a_case_is_followed_until_done(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _received(ctx, center, center.promised_item)
    ref_id = intake.refer(
        ctx,
        center.clerk.actor(),
        case.id,
        to_department_id=center.tax_dept,
        matter="涉及发票领用，请税务窗口办理",
        to_window_id=center.window_tax,
    )
    assert casework.get(ctx, case.id).state is CaseState.REFERRED
    [mine] = first_contact.my_referrals(ctx, center.clerk.staff_id)
    assert mine.id == ref_id and mine.status == "open"
    with pytest.raises(PermissionDenied):
        first_contact.close_referral(ctx, center.clerk_b.actor(), ref_id, "已办")
    first_contact.close_referral(ctx, center.tax_clerk.actor(), ref_id, "已为申请人领用发票")
    [mine] = first_contact.my_referrals(ctx, center.clerk.staff_id)
    assert mine.status == "done" and mine.outcome == "已为申请人领用发票"


def test_invalid_id_number_writes_nothing(ctx: ServiceContext, center: SmallCenter) -> None:
    before = _snapshot(ctx)
    with pytest.raises(InvalidInput):
        intake.receive(
            ctx,
            center.clerk.actor(),
            item_id=center.promised_item,
            applicant=Applicant("person", "张三", "110105194912310021"),
            materials=_all_received(ctx, center.promised_item),
        )
    assert _snapshot(ctx) == before


def test_duplicate_request_is_refused(ctx: ServiceContext, center: SmallCenter) -> None:
    checks = _all_received(ctx, center.promised_item)
    intake.receive(
        ctx,
        center.clerk.actor(),
        item_id=center.promised_item,
        applicant=PERSON,
        materials=checks,
        request_id="intake-1",
    )
    before = _snapshot(ctx)
    with pytest.raises(DuplicateRequest):
        intake.receive(
            ctx,
            center.clerk.actor(),
            item_id=center.promised_item,
            applicant=PERSON,
            materials=checks,
            request_id="intake-1",
        )
    assert _snapshot(ctx) == before


def test_guide_cannot_accept(ctx: ServiceContext, center: SmallCenter) -> None:
    case = _received(ctx, center, center.promised_item)
    with pytest.raises(PermissionDenied):
        intake.accept(ctx, center.guide.actor(), case.id)


def test_suspension_pushes_due_date(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))  # Monday
    case = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.promised_item).id)
    assert case.due_date == date(2026, 11, 16)
    clock.set_day(date(2026, 11, 4))
    with pytest.raises(RuleViolation):
        casework.suspend(
            ctx,
            center.clerk.actor(),
            case.id,
            reason="领导出差",
            detail="等待",
            expected_workdays=3,
        )
    casework.suspend(
        ctx,
        center.clerk.actor(),
        case.id,
        reason="检测",
        detail="食品样品送检",
        expected_workdays=3,
    )
    clock.set_day(date(2026, 11, 9))  # Mon: Nov 4, 5, 6 were suspended
    resumed = casework.resume(ctx, center.clerk.actor(), case.id)
    assert resumed.due_date == date(2026, 11, 19)
    with ctx.db.sessions() as s:
        change = s.scalar(select(DueDateChange))
        assert change is not None
        assert (change.old_due, change.new_due) == (date(2026, 11, 16), date(2026, 11, 19))


def test_extension_needs_the_department_leader_before_due_and_within_limit(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    leaders = add_leaders(ctx, center)
    clock.set_day(date(2026, 11, 2))
    case = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.promised_item).id)
    with pytest.raises(RuleViolation):
        casework.request_extension(
            ctx, center.clerk.actor(), case.id, workdays=11, reason="需现场核查"
        )
    req = casework.request_extension(
        ctx, center.clerk.actor(), case.id, workdays=5, reason="需现场核查"
    )
    for wrong in (center.clerk, center.supervisor, leaders.tax):  # Art. 42: its own head
        with pytest.raises(PermissionDenied):
            casework.decide_extension(ctx, wrong.actor(), req, approve=True)
    extended = casework.decide_extension(
        ctx, leaders.market.actor(), req, approve=True, note="同意"
    )
    assert extended.due_date == date(2026, 11, 23)


def test_sweep_flags_overdue_and_deems_approval(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    late = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.promised_item).id)
    deemed = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.deemed_item).id)
    pending = _received(ctx, center, center.promised_item)
    clock.set_day(date(2026, 11, 17))
    result = oversight.sweep(ctx, center.supervisor.actor())
    # The one left without a decision is deemed accepted on its receipt day, and its
    # 10-day promise has run out as well.
    assert set(result.overdue) == {late.case_no, pending.case_no}
    assert result.deemed_approved == (deemed.case_no,)
    assert result.deemed_accepted == (pending.case_no,)
    assert casework.get(ctx, deemed.id).state is CaseState.DEEMED_APPROVED
    accepted = casework.get(ctx, pending.id)
    assert accepted.accepted_on == date(2026, 11, 2)
    assert oversight.sweep(ctx, center.supervisor.actor()).overdue == ()
    with ctx.db.sessions() as s:
        causes = sorted(s.scalars(select(AccountabilityRecord.cause)))
    assert causes == ["deemed_approval", "overdue", "overdue"]


def test_calendar_change_recomputes_open_cases(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    case = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.promised_item).id)
    changes = oversight.set_calendar_entry(
        ctx,
        center.supervisor.actor(),
        day=date(2026, 11, 10),
        is_workday=False,
        doc_no="测政办发〔2026〕18号",
        note="县城停电检修闭馆",
    )
    assert changes == [oversight.DueChange(case.case_no, date(2026, 11, 16), date(2026, 11, 17))]
    assert casework.get(ctx, case.id).due_date == date(2026, 11, 17)


def test_complete_with_decision(ctx: ServiceContext, center: SmallCenter) -> None:
    case = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.promised_item).id)
    with pytest.raises(InvalidInput):
        casework.complete(ctx, center.clerk.actor(), case.id, decision=Decision.DENIED)
    done = casework.complete(ctx, center.clerk.actor(), case.id, decision=Decision.APPROVED)
    assert done.state is CaseState.COMPLETED
    assert casework.find_by_number(ctx, case.case_no.lower()).id == case.id
    assert casework.my_cases(ctx, center.clerk.staff_id) == []


def test_sweeps_on_two_workstations_state_the_same_fact_once(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    """Every workstation sweeps; a second deemed approval or acceptance is a no-op."""
    from clerk_app.services.audit import event_data
    from clerk_app.services.events import apply_event
    from clerk_app.store.models import Event

    clock.set_day(date(2026, 11, 2))
    deemed = intake.accept(ctx, center.clerk.actor(), _received(ctx, center, center.deemed_item).id)
    pending = _received(ctx, center, center.promised_item)
    clock.set_day(date(2026, 11, 17))
    oversight.sweep(ctx, center.supervisor.actor())
    with ctx.db.sessions() as s, s.begin():
        for row in s.scalars(
            select(Event).where(Event.type.in_(["case.deemed_approved", "case.accepted"]))
        ).all():
            data = event_data(row)
            if data.type == "case.accepted" and not data.flag("deemed"):
                continue  # a clerk's acceptance, not the sweep's
            apply_event(s, data)  # as if pulled from another station's sweep
    assert casework.get(ctx, deemed.id).state is CaseState.DEEMED_APPROVED
    assert casework.get(ctx, pending.id).accepted_on == date(2026, 11, 2)
    with ctx.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AccountabilityRecord)) == 2

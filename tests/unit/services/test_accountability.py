"""责任追究 as a procedure: the three responsible persons, the four points, closing, and
the records opened by late referrals, joint steps, call-backs and 督办."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.domain.accountability import Cause, Outcome, Point
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.services import (
    accountability,
    board,
    first_contact,
    orders,
    oversight,
    reviews,
)
from clerk_app.services.errors import PermissionDenied
from clerk_app.store.models import AccountabilityRecord
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_department_leaders, add_joint_item
from tests.unit.services.test_joint import _accepted


def _overdue_record(ctx, center: SmallCenter, clock: FakeClock) -> str:  # type: ignore[no-untyped-def]
    clock.set_day(date(2026, 11, 2))
    _accepted(ctx, center, center.promised_item)  # due 16 Nov
    clock.set_day(date(2026, 11, 17))
    oversight.sweep(ctx, center.supervisor.actor())
    [record] = board.accountability_records(ctx)
    return record.id


def test_record_names_the_three_responsible_and_closes_with_the_fourth_point(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    leaders = add_department_leaders(ctx, center.market_dept)
    record_id = _overdue_record(ctx, center, clock)
    [view] = board.accountability_records(ctx)
    assert (view.cause, view.direct_staff) == ("overdue", "李窗口")
    assert (view.main_staff, view.supervising_staff) == ("吴局长", "郑副局长")
    assert (view.points_closed, view.status) == (0, "open")

    sup = center.supervisor.actor()
    accountability.close_point(ctx, sup, record_id, point=Point.FACTS, note="材料审查拖延 1 天")
    with pytest.raises(InvalidInput):  # fixing responsibility needs an outcome
        accountability.close_point(ctx, sup, record_id, point=Point.RESPONSIBILITY, note="x")
    with pytest.raises(IllegalTransition):
        accountability.close_point(ctx, sup, record_id, point=Point.FACTS, note="again")
    with pytest.raises(InvalidInput):
        accountability.close_point(ctx, sup, record_id, point=Point.RECTIFICATION, note=" ")
    accountability.close_point(
        ctx,
        sup,
        record_id,
        point=Point.RESPONSIBILITY,
        note="当事人负直接责任",
        outcome=Outcome.CRITICISM,
        attachment="处理决定 2026-11-18.pdf",
    )
    detail = accountability.close_point(
        ctx, leaders.deputy.actor(), record_id, point=Point.RECTIFICATION, note="已建立台账"
    )
    assert detail.status == "open" and detail.missing == [Point.EDUCATION]
    clock.advance(hours=2)
    detail = accountability.close_point(
        ctx, sup, record_id, point=Point.EDUCATION, note="全科室学习限时办结制度"
    )
    assert detail.status == "closed" and detail.closed_at == clock.now
    assert detail.outcome == "criticism" and detail.missing == []
    points = {p.point: p for p in detail.points}
    assert points[Point.RECTIFICATION].closed_by == "郑副局长"
    assert points[Point.RESPONSIBILITY].attachment == "处理决定 2026-11-18.pdf"
    with pytest.raises(IllegalTransition):
        accountability.close_point(ctx, sup, record_id, point=Point.FACTS, note="late")


def test_who_may_close_points(ctx, center: SmallCenter, clock: FakeClock) -> None:
    add_department_leaders(ctx, center.tax_dept, prefix="T")
    record_id = _overdue_record(ctx, center, clock)
    from clerk_app.services import auth
    from tests.helpers.factories import PASSWORD

    tax_head = auth.log_in(ctx, "T01", PASSWORD)
    with pytest.raises(PermissionDenied):  # another department's leader
        accountability.close_point(ctx, tax_head.actor(), record_id, point=Point.FACTS, note="越权")
    with pytest.raises(PermissionDenied):  # clerks do not close records
        accountability.close_point(
            ctx, center.clerk_b.actor(), record_id, point=Point.FACTS, note="x"
        )


def test_overdue_records_escalate_on_the_board(ctx, center: SmallCenter, clock: FakeClock) -> None:
    _overdue_record(ctx, center, clock)
    [fresh] = board.accountability_records(ctx)
    assert fresh.due_date == date(2026, 12, 8) and not fresh.overdue  # 15 working days
    clock.set_day(date(2026, 12, 9))
    [late] = board.accountability_records(ctx)
    assert late.overdue
    assert [r.id for r in board.escalations(ctx).records] == [late.id]


def test_late_referral_step_callback_and_order_each_open_one_record(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    leaders = add_department_leaders(ctx, center.tax_dept, prefix="T")
    clock.set_day(date(2026, 11, 2))
    first_contact.refer(
        ctx,
        center.guide.actor(),
        to_department_id=center.tax_dept,
        matter="发票增量咨询",
        step_limit=1,
    )
    joint = add_joint_item(ctx, center)
    _accepted(ctx, center, joint)  # market step 3 days, tax step 5 days
    review = reviews.submit_review(
        ctx, center.guide.actor(), case_id=_accepted(ctx, center, center.tax_item).id, level=1
    )
    assert review.level == 1
    order_id = orders.issue_order(
        ctx,
        center.supervisor.actor(),
        content="请说明窗口排队过长的原因并整改",
        workdays=2,
        department_id=center.tax_dept,
    )
    clock.set_day(date(2026, 11, 10))
    result = oversight.sweep(ctx, center.supervisor.actor())
    records = {r.cause: r for r in board.accountability_records(ctx)}
    assert {
        Cause.LATE_REFERRAL,
        Cause.LATE_STEP,
        Cause.LATE_CALLBACK,
        Cause.LATE_ORDER,
    } <= set(records)
    assert len(result.escalated) == 5  # two late joint steps (market, tax)
    late_order = records[Cause.LATE_ORDER]
    assert late_order.main_staff == leaders.head.name
    assert late_order.supervising_staff == leaders.deputy.name
    assert oversight.sweep(ctx, center.supervisor.actor()).escalated == ()
    with ctx.db.sessions() as s:
        row = s.get(AccountabilityRecord, late_order.id)
        assert row is not None and row.source_id == order_id
    [red] = board.escalations(ctx).orders
    assert red.id == order_id and red.overdue


def test_supervisor_opens_a_record_by_hand(ctx, center: SmallCenter) -> None:
    record_id = accountability.open_record(
        ctx,
        center.supervisor.actor(),
        department_id=center.market_dept,
        direct_staff_id=center.clerk.staff_id,
        facts="暗访发现窗口无人值守 20 分钟",
        cause=Cause.INSPECTION,
    )
    detail = accountability.record_detail(ctx, record_id)
    assert (detail.cause, detail.direct_staff_id) == ("inspection", center.clerk.staff_id)
    with pytest.raises(InvalidInput):
        accountability.open_record(
            ctx, center.supervisor.actor(), department_id=center.market_dept, facts=""
        )
    with pytest.raises(PermissionDenied):
        accountability.open_record(
            ctx, center.clerk.actor(), department_id=center.market_dept, facts="x"
        )


def test_the_board_counts_every_late_record_but_reads_only_the_most_overdue(
    ctx, center: SmallCenter, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    for accepted in (2, 3, 4):  # due 16, 17, 18 Nov
        clock.set_day(date(2026, 11, accepted))
        _accepted(ctx, center, center.promised_item)
    for swept in (17, 18, 19):  # each sweep opens the record of the case late that day
        clock.set_day(date(2026, 11, swept))
        oversight.sweep(ctx, center.supervisor.actor())
    opened = sorted(board.accountability_records(ctx), key=lambda r: r.opened_at)
    assert len(opened) == 3
    clock.set_day(date(2026, 12, 31))
    monkeypatch.setattr(board, "ESCALATED_SHOWN", 2)
    escalated = board.escalations(ctx)
    assert [r.id for r in escalated.records] == [r.id for r in opened[:2]]  # the oldest two
    assert escalated.late_records == 3 and escalated.count == 3
    monkeypatch.setattr(board, "ESCALATED_SHOWN", 200)
    assert board.escalations(ctx).late_records == 3

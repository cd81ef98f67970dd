"""有诉必理、每理必果: a complaint still open after its handling deadline is overdue, counted
on the board's escalation line, and the sweep opens one accountability record for it
naming the department's leaders; a complaint answered after the deadline shows as late."""

from __future__ import annotations

from datetime import date

from clerk_app.domain.accountability import Cause
from clerk_app.domain.complaints import Channel
from clerk_app.domain.reviews import ComplaintOutcome
from clerk_app.services import board, complaints, oversight
from clerk_app.services.complaints import Reply
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_department_leaders


def _file(ctx, center: SmallCenter, content: str, order_no: str) -> str:  # type: ignore[no-untyped-def]
    return complaints.file_complaint(
        ctx,
        center.guide.actor(),
        complainant="刘女士",
        content=content,
        department_id=center.market_dept,
        channel=Channel.MAYOR_HOTLINE,
        work_order_no=order_no,
    )


def test_a_complaint_past_its_deadline_escalates_and_its_late_reply_shows(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    leaders = add_department_leaders(ctx, center.market_dept)
    clock.set_day(date(2026, 11, 2))  # a Monday: due in 5 working days, on 11-09
    late_id = _file(ctx, center, "营业执照变更跑了三趟", "12345-0001")
    prompt_id = _file(ctx, center, "窗口人员态度冷淡", "12345-0002")

    clock.set_day(date(2026, 11, 9))  # the last day: not late yet
    assert not complaints.get_complaint(ctx, late_id).overdue
    assert board.escalations(ctx).complaints == ()
    assert oversight.sweep(ctx, center.supervisor.actor()).escalated == ()
    answered = complaints.reply_to_complainant(
        ctx, center.supervisor.actor(), prompt_id, Reply("phone", True, "已电话致歉")
    )
    assert answered.replied and not answered.replied_late

    clock.set_day(date(2026, 11, 10))
    view = complaints.get_complaint(ctx, late_id)
    assert view.overdue and not view.replied
    assert {c.id for c in complaints.late_complaints(ctx)} == {late_id, prompt_id}
    escalated = board.escalations(ctx)
    assert {c.id for c in escalated.complaints} == {late_id, prompt_id}
    assert escalated.count == 2

    first = oversight.sweep(ctx, center.supervisor.actor())
    assert len(first.escalated) == 2  # one record per late complaint
    assert oversight.sweep(ctx, center.supervisor.actor()).escalated == ()  # not twice
    records = [r for r in board.accountability_records(ctx) if r.cause == Cause.LATE_COMPLAINT]
    assert len(records) == 2
    assert {(r.main_staff, r.supervising_staff) for r in records} == {
        (leaders.head.name, leaders.deputy.name)
    }
    assert all("超过办理时限（2026-11-09）" in r.note for r in records)

    late_reply = complaints.reply_to_complainant(
        ctx, center.supervisor.actor(), late_id, Reply("phone", False, "电话说明办理进度")
    )
    assert late_reply.replied_late
    done = complaints.resolve_complaint(
        ctx,
        center.supervisor.actor(),
        late_id,
        outcome=ComplaintOutcome.EXPLAINED,
        substantiated=False,
        note="已说明变更所需材料",
    )
    assert done.status == "unfounded" and not done.overdue and done.replied_late
    assert done.accountability_id is None  # the late record is not the complaint's own
    assert [c.id for c in board.escalations(ctx).complaints] == [prompt_id]
    [closed] = complaints.closed_complaints(ctx, since=date(2026, 11, 1))
    assert closed.id == late_id and closed.replied_late
    assert complaints.closed_complaints(ctx, since=date(2026, 11, 3)) == []
    assert [c.id for c in complaints.open_complaints(ctx)] == [prompt_id]

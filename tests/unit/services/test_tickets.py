"""The queue: numbering, call order, recall limit, no-show, transfer, pause."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.domain.tickets import TicketKind, TicketState
from clerk_app.services import counter_calls, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.store.models import Event, Ticket
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


def _counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.db.sessions() as s:
        return (
            s.scalar(select(func.count()).select_from(Ticket)) or 0,
            s.scalar(select(func.count()).select_from(Event)) or 0,
        )


def test_numbers_run_per_queue_and_people_ahead(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    guide = center.guide.actor()
    first = tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    clock.advance(minutes=1)
    second = tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    other = tickets.issue_ticket(ctx, guide, queue_id=center.tax_queue)
    assert (first.number, second.number, other.number) == ("A001", "A002", "B001")
    assert second.people_ahead == 1
    assert second.estimated_wait_minutes == 8


def test_numbers_restart_each_day(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    guide = center.guide.actor()
    tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    clock.advance(days=1)
    assert tickets.issue_ticket(ctx, guide, queue_id=center.market_queue).number == "A001"


def test_green_channel_is_called_first_then_priority_then_time(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    guide, clerk = center.guide.actor(), center.clerk.actor()
    normal = tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    clock.advance(minutes=1)
    elderly = tickets.issue_ticket(
        ctx, guide, queue_id=center.market_queue, kind=TicketKind.PRIORITY
    )
    clock.advance(minutes=1)
    green = tickets.issue_ticket(
        ctx,
        guide,
        queue_id=center.market_queue,
        kind=TicketKind.GREEN_CHANNEL,
        reason="县重点项目：新能源产业园",
    )
    order = []
    for _ in range(3):
        called = tickets.call_next(ctx, clerk, window_id=center.window_a)
        assert called is not None
        order.append(called.id)
        tickets.start_serving(ctx, clerk, called.id)
        tickets.finish(ctx, clerk, called.id)
    assert order == [green.id, elderly.id, normal.id]
    assert tickets.call_next(ctx, clerk, window_id=center.window_a) is None


def test_green_channel_needs_a_reason(ctx: ServiceContext, center: SmallCenter) -> None:
    before = _counts(ctx)
    with pytest.raises(InvalidInput):
        tickets.issue_ticket(
            ctx, center.guide.actor(), queue_id=center.market_queue, kind=TicketKind.GREEN_CHANNEL
        )
    assert _counts(ctx) == before


def test_two_windows_never_get_the_same_visitor(ctx: ServiceContext, center: SmallCenter) -> None:
    guide = center.guide.actor()
    issued = {tickets.issue_ticket(ctx, guide, queue_id=center.market_queue).id for _ in range(2)}
    a = tickets.call_next(ctx, center.clerk.actor(), window_id=center.window_a)
    b = tickets.call_next(ctx, center.clerk_b.actor(), window_id=center.window_b)
    assert a is not None and b is not None
    assert {a.id, b.id} == issued


def test_recall_limit_then_no_show(ctx: ServiceContext, center: SmallCenter) -> None:
    clerk = center.clerk.actor()
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    called = tickets.call_next(ctx, clerk, window_id=center.window_a)
    assert called is not None
    for n in range(3):
        assert tickets.recall(ctx, clerk, called.id).recalls == n + 1
    before = _counts(ctx)
    with pytest.raises(RuleViolation):
        tickets.recall(ctx, clerk, called.id)
    assert _counts(ctx) == before
    assert tickets.no_show(ctx, clerk, called.id).state is TicketState.NO_SHOW
    with pytest.raises(IllegalTransition):
        tickets.no_show(ctx, clerk, called.id)


def test_transfer_keeps_the_issue_time(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    guide = center.guide.actor()
    early = tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    clock.advance(minutes=5)
    tickets.issue_ticket(ctx, guide, queue_id=center.tax_queue)
    called = tickets.call_next(ctx, center.clerk.actor(), window_id=center.window_a)
    assert called is not None and called.id == early.id
    moved = tickets.transfer(ctx, center.clerk.actor(), called.id, queue_id=center.tax_queue)
    assert moved.state is TicketState.WAITING
    assert moved.issued_at == early.issued_at
    next_tax = tickets.call_next(ctx, center.tax_clerk.actor(), window_id=center.window_tax)
    assert next_tax is not None and next_tax.id == early.id


def test_paused_window_cannot_call(ctx: ServiceContext, center: SmallCenter) -> None:
    clerk = center.clerk.actor()
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    with pytest.raises(RuleViolation):
        counter_calls.pause_window(ctx, clerk, center.window_a, "  ")
    counter_calls.pause_window(ctx, clerk, center.window_a, "参加业务培训")
    with pytest.raises(RuleViolation):
        tickets.call_next(ctx, clerk, window_id=center.window_a)
    counter_calls.resume_window(ctx, clerk, center.window_a)
    assert tickets.call_next(ctx, clerk, window_id=center.window_a) is not None


def test_guide_cannot_call_and_nothing_is_written(ctx: ServiceContext, center: SmallCenter) -> None:
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        tickets.call_next(ctx, center.guide.actor(), window_id=center.window_a)
    assert _counts(ctx) == before


def test_window_must_finish_current_visitor_first(ctx: ServiceContext, center: SmallCenter) -> None:
    clerk = center.clerk.actor()
    for _ in range(2):
        tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    assert tickets.call_next(ctx, clerk, window_id=center.window_a) is not None
    with pytest.raises(RuleViolation):
        tickets.call_next(ctx, clerk, window_id=center.window_a)


def test_waiting_status_of_a_window(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    clock.advance(minutes=12)
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    [status] = tickets.window_queues(ctx, center.window_a)
    assert status.waiting == 2
    assert status.longest_wait_minutes == 12


def test_a_walk_in_is_issued_called_and_served_in_one_use_case(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    clerk = center.clerk.actor()
    counter_calls.pause_window(ctx, clerk, center.window_a, "参加业务培训")
    before = _counts(ctx)
    with pytest.raises(RuleViolation):
        counter_calls.serve_walk_in(ctx, clerk, window_id=center.window_a)
    assert _counts(ctx) == before  # refused: no ticket left behind, no event
    counter_calls.resume_window(ctx, clerk, center.window_a)
    served = counter_calls.serve_walk_in(ctx, clerk, window_id=center.window_a)
    assert served.state is TicketState.SERVING and served.window_id == center.window_a
    with ctx.db.read_sessions() as s:
        types = s.scalars(select(Event.type).order_by(Event.seq.desc()).limit(3)).all()
    assert list(reversed(types)) == ["ticket.issued", "ticket.called", "ticket.serving"]
    with pytest.raises(PermissionDenied):  # another window's clerk cannot serve here
        counter_calls.serve_walk_in(ctx, center.tax_clerk.actor(), window_id=center.window_a)

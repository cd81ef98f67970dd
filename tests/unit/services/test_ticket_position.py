"""People ahead of a ticket: the call order (rank, issue time, number), counted without
loading the day's queue, so issuing the 500th ticket costs what the first did."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from clerk_app.domain.tickets import TicketKind, numbers_before
from clerk_app.services import tickets
from clerk_app.services.context import ServiceContext
from clerk_app.store.models import Ticket
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter

N, P, A = TicketKind.NORMAL, TicketKind.PRIORITY, TicketKind.APPOINTMENT


@contextmanager
def tickets_loaded() -> Iterator[list[str]]:
    """The numbers of the tickets read from the database within the block."""
    loaded: list[str] = []

    def count(target: Ticket, _context: object) -> None:
        loaded.append(target.number)

    event.listen(Ticket, "load", count)
    try:
        yield loaded
    finally:
        event.remove(Ticket, "load", count)


def test_people_ahead_follow_the_call_order(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    guide = center.guide.actor()

    def issue(kind: TicketKind) -> tickets.TicketView:
        return tickets.issue_ticket(ctx, guide, queue_id=center.market_queue, kind=kind)

    first, second, appointment = issue(N), issue(N), issue(A)  # the same moment
    clock.advance(minutes=1)
    priority, last = issue(P), issue(N)
    assert [t.people_ahead for t in (first, second, appointment, priority, last)] == [
        0,
        1,
        0,
        0,
        4,
    ]
    ahead = {t.number: tickets.get_ticket(ctx, t.id).people_ahead for t in (first, second)}
    assert ahead == {first.number: 2, second.number: 3}  # same time: by number
    assert tickets.get_ticket(ctx, appointment.id).people_ahead == 1  # after the priority one

    called = tickets.call_next(ctx, center.clerk.actor(), window_id=center.window_a)
    assert called is not None and called.number == priority.number
    assert tickets.get_ticket(ctx, called.id).people_ahead == 0
    after = [tickets.get_ticket(ctx, t.id).people_ahead for t in (appointment, first, second, last)]
    assert after == [0, 1, 2, 3]


def test_issuing_a_ticket_does_not_load_the_waiting_queue(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    guide = center.guide.actor()
    for _ in range(30):
        clock.advance(seconds=20)
        tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    clock.advance(seconds=20)
    with tickets_loaded() as loaded:
        view = tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    assert view.people_ahead == 30
    assert len(loaded) <= 1, loaded


def test_tickets_of_the_same_moment_are_ordered_by_number_without_loading_them(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    """A kiosk burst (or a replay) can give many tickets one issue time; the tenth is still
    behind the ninth (A010 after A009 by number, not as text) and the queue is not loaded."""
    guide = center.guide.actor()
    for _ in range(12):
        tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    with tickets_loaded() as loaded:
        view = tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
    assert view.people_ahead == 12
    assert len(loaded) <= 1, loaded


def test_numbers_before_compares_digit_runs_as_numbers() -> None:
    assert numbers_before("A10", ["A9", "A10", "A11", "A100"]) == 1
    assert numbers_before("A01-10", ["A01-09", "A01-2", "A02-01"]) == 2
    assert numbers_before("A1", []) == 0

"""The shared queue through the services: central numbers and claims while reachable, a
window-private line with its own prefix while not."""

from __future__ import annotations

import pytest

from clerk_app.domain.tickets import TicketState
from clerk_app.services import tickets
from clerk_app.store.db import Database
from clerk_app.sync.central import open_central
from clerk_app.sync.central_queue import CentralQueue
from tests.helpers.factories import SmallCenter, build_small_center
from tests.sync.stations import Station, StationFactory

DEAD_CENTRAL = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"


def _share(station: Station, central: Database) -> None:
    station.ctx.shared_queue = CentralQueue(central)
    station.ctx.fetch_missing = lambda: station.sync.pull() and None


@pytest.fixture
def three(
    stations: StationFactory, central: Database
) -> tuple[Station, Station, Station, SmallCenter]:
    front, win_a, win_b = stations("FRONT"), stations("WIN-A"), stations("WIN-B")
    center = build_small_center(front.ctx)
    for station in (front, win_a, win_b):
        station.sync.run_once()
    for station in (front, win_a, win_b):
        station.sync.run_once()
        _share(station, central)
    return front, win_a, win_b, center


def test_numbers_come_from_the_central_and_two_windows_never_share_a_visitor(
    three: tuple[Station, Station, Station, SmallCenter],
) -> None:
    front, win_a, win_b, center = three
    issued = [
        tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
        for _ in range(3)
    ]
    assert [t.number for t in issued] == ["A001", "A002", "A003"]
    front.sync.run_once()
    # a window's own workstation never saw these numbers, yet continues the series
    walk_in = tickets.issue_ticket(win_a.ctx, center.clerk.actor(), queue_id=center.market_queue)
    assert walk_in.number == "A004"
    got_a = tickets.call_next(win_a.ctx, center.clerk.actor(), window_id=center.window_a)
    got_b = tickets.call_next(win_b.ctx, center.clerk_b.actor(), window_id=center.window_b)
    assert got_a is not None and got_b is not None
    assert got_a.id != got_b.id
    assert {got_a.id, got_b.id} <= {t.id for t in issued}
    assert got_a.state is TicketState.CALLED


def test_unreachable_central_gives_a_private_line(
    three: tuple[Station, Station, Station, SmallCenter],
) -> None:
    front, win_a, _, center = three
    shared = tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
    front.sync.run_once()
    win_a.sync.run_once()  # window A knows the shared ticket…
    dead = open_central(DEAD_CENTRAL)
    win_a.ctx.shared_queue = CentralQueue(dead)
    try:
        local = tickets.issue_ticket(win_a.ctx, center.clerk.actor(), queue_id=center.market_queue)
        assert local.number == "A01-01"  # the window's short offline series
        # …but while offline it calls only its own line, never a shared visitor
        called = tickets.call_next(win_a.ctx, center.clerk.actor(), window_id=center.window_a)
        assert called is not None and called.id == local.id
        tickets.start_serving(win_a.ctx, center.clerk.actor(), called.id)
        tickets.finish(win_a.ctx, center.clerk.actor(), called.id)
        assert tickets.call_next(win_a.ctx, center.clerk.actor(), window_id=center.window_a) is None
    finally:
        dead.dispose()
    # back online: the shared visitor is still there to be called, once
    _share(win_a, front.sync.central)
    again = tickets.call_next(win_a.ctx, center.clerk.actor(), window_id=center.window_a)
    assert again is not None and again.id == shared.id


def test_a_transferred_visitor_can_be_claimed_again(
    three: tuple[Station, Station, Station, SmallCenter],
) -> None:
    front, win_a, win_b, center = three
    ticket = tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
    front.sync.run_once()
    got = tickets.call_next(win_a.ctx, center.clerk.actor(), window_id=center.window_a)
    assert got is not None and got.id == ticket.id
    tickets.transfer(
        win_a.ctx,
        center.clerk.actor(),
        got.id,
        queue_id=center.market_queue,
        window_id=center.window_b,
    )
    win_a.sync.run_once()
    again = tickets.call_next(win_b.ctx, center.clerk_b.actor(), window_id=center.window_b)
    assert again is not None and again.id == ticket.id

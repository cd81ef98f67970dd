"""Workstations with their own embedded databases, one central: everything converges."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from clerk_app.domain.tickets import TicketState
from clerk_app.services import tickets
from clerk_app.store.db import Database
from clerk_app.store.models import Event, Ticket
from clerk_app.store.models.sync import SyncConflict
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, build_small_center
from tests.sync.stations import Station, StationFactory


def _ticket_state(db: Database, ticket_id: str) -> tuple[str, str | None]:
    with db.sessions() as s:
        t = s.get(Ticket, ticket_id)
        assert t is not None
        return t.state, t.window_id


def _setup(stations: StationFactory) -> tuple[Station, Station, Station, SmallCenter]:
    front, counter_a, counter_b = stations("FRONT"), stations("WIN-A"), stations("WIN-B")
    center = build_small_center(front.ctx)
    for station in (front, counter_a, counter_b):
        station.sync.run_once()
    return front, counter_a, counter_b, center


def test_ticket_issued_at_front_desk_is_called_at_a_counter(
    stations: StationFactory, central: Database, clock: FakeClock
) -> None:
    front, counter, _, center = _setup(stations)
    ticket = tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
    assert front.sync.status().waiting == 1

    front.sync.run_once()
    counter.sync.run_once()
    clock.advance(minutes=3)
    called = tickets.call_next(counter.ctx, center.clerk.actor(), window_id=center.window_a)
    assert called is not None and called.id == ticket.id
    counter.sync.run_once()
    front.sync.run_once()

    for db in (front.db, counter.db, central):
        assert _ticket_state(db, ticket.id) == (TicketState.CALLED.value, center.window_a)
    assert front.sync.status().waiting == 0
    assert event_ids(front.db) == event_ids(counter.db) == event_ids(central)
    for db in (front.db, counter.db, central):
        assert verify_journal(db) == []


def test_two_offline_windows_calling_the_same_visitor_is_a_conflict_kept_on_both_sides(
    stations: StationFactory, central: Database, clock: FakeClock
) -> None:
    front, counter_a, counter_b, center = _setup(stations)
    ticket = tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
    front.sync.run_once()
    counter_a.sync.run_once()
    counter_b.sync.run_once()
    # Both counters call while cut off from the central queue.
    clock.advance(minutes=1)
    tickets.call_next(counter_a.ctx, center.clerk.actor(), window_id=center.window_a)
    tickets.call_next(counter_b.ctx, center.clerk_b.actor(), window_id=center.window_b)

    counter_a.sync.run_once()
    report = counter_b.sync.run_once()
    assert report.conflicts == 2  # refused centrally, and A's call refused here
    counter_a.sync.run_once()
    front.sync.run_once()

    # Nothing dropped: every replica holds both calls; the central kept the first.
    assert (
        event_ids(central)
        == event_ids(counter_a.db)
        == event_ids(counter_b.db)
        == event_ids(front.db)
    )
    assert _ticket_state(central, ticket.id) == ("called", center.window_a)
    assert _ticket_state(front.db, ticket.id) == ("called", center.window_a)
    with central.sessions() as s:
        conflict = s.scalars(select(SyncConflict)).one()
        calls = s.scalar(
            select(func.count()).select_from(Event).where(Event.type == "ticket.called")
        )
    assert calls == 2
    assert conflict.workstation == "WIN-B" and conflict.detected_by == "central"
    their = json.loads(conflict.their_side)
    ours = json.loads(conflict.our_side)
    assert their["window_id"] == center.window_b
    assert any(e["type"] == "ticket.called" and e["workstation"] == "WIN-A" for e in ours)
    # The central conflict is shown at every workstation; B also flagged A's call it refused.
    for station in (front, counter_a):
        assert station.sync.status().conflicts == 1
    assert counter_b.sync.status().conflicts == 2
    for db in (central, front.db, counter_a.db, counter_b.db):
        assert verify_journal(db) == []


def test_pushing_the_same_batch_twice_records_it_once(
    stations: StationFactory, central: Database
) -> None:
    front = stations("FRONT")
    build_small_center(front.ctx)
    with front.db.sessions() as s:
        from clerk_app.sync.journal import own_pending

        rows = list(own_pending(s, "FRONT", 10_000))
    first = front.sync._push_batch(rows)
    again = front.sync._push_batch(rows)
    assert first == again
    with central.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == len(rows)
    front.sync.run_once()
    assert front.sync.status().waiting == 0
    assert verify_journal(central) == []

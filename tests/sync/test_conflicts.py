"""Sync conflicts as a supervisor sees and settles them, on every workstation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.services import conflicts, tickets
from clerk_app.services.conflicts import ConflictRecord, ConflictView
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.store.db import Database
from clerk_app.store.models.sync import SyncConflict
from clerk_app.sync.verify import verify_journal
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, build_small_center
from tests.sync.stations import Station, StationFactory


def _sync(*stations: Station) -> None:
    for _ in range(2):
        for station in stations:
            station.sync.run_once()


@pytest.fixture
def called_twice(
    stations: StationFactory, clock: FakeClock
) -> tuple[Station, Station, Station, SmallCenter, str]:
    """Two counters called the same visitor while cut off from the central queue."""
    win_a, win_b, back = stations("WIN-A"), stations("WIN-B"), stations("BACK")
    center = build_small_center(back.ctx)
    ticket = tickets.issue_ticket(back.ctx, center.guide.actor(), queue_id=center.market_queue)
    _sync(back, win_a, win_b)
    clock.advance(minutes=1)
    tickets.call_next(win_a.ctx, center.clerk.actor(), window_id=center.window_a)
    clock.advance(seconds=20)
    tickets.call_next(win_b.ctx, center.clerk_b.actor(), window_id=center.window_b)
    _sync(win_a, win_b, back)
    return win_a, win_b, back, center, ticket.number


def _central_one(found: list[ConflictView]) -> ConflictView:
    (view,) = [c for c in found if c.detected_by == conflicts.CENTRAL]
    return view


def test_the_supervisor_reads_both_sides_in_plain_words(
    called_twice: tuple[Station, Station, Station, SmallCenter, str], clock: FakeClock
) -> None:
    _, win_b, back, _, number = called_twice
    (view,) = conflicts.list_conflicts(back.ctx)
    assert view.is_open and view.detected_by == conflicts.CENTRAL
    refused = view.refused
    assert (refused.event_type, refused.who, refused.window) == (
        "ticket.called",
        "赵窗口（C002）",
        "A02 市场监管2号窗口",
    )
    assert refused.workstation == "WIN-B"
    assert ConflictRecord("ticket", number) in refused.records
    assert refused.when == clock.now
    (first_call,) = [
        side
        for side in view.earlier
        if side.event_type == "ticket.called" and side.who == "李窗口（C001）"
    ]
    assert ConflictRecord("ticket", number) in first_call.records
    assert first_call.window.startswith("A01")
    assert first_call.when < refused.when
    assert any("\u4e00" <= ch <= "\u9fff" for ch in view.reason)
    # Counter B also refused A's call locally (it had already called the visitor itself).
    at_b = conflicts.list_conflicts(win_b.ctx)
    assert {c.detected_by for c in at_b} == {conflicts.CENTRAL, "WIN-B"}


def test_resolving_at_the_back_office_marks_it_resolved_wherever_it_is_listed(
    called_twice: tuple[Station, Station, Station, SmallCenter, str], central: Database
) -> None:
    win_a, win_b, back, center, _ = called_twice
    view = _central_one(conflicts.list_conflicts(back.ctx))
    done = conflicts.resolve_conflict(
        back.ctx, center.supervisor.actor(), view.id, note="已核实：由A01窗口接待，B02作废"
    )
    assert not done.is_open and done.resolved_by == "孙监督（S001）"
    assert conflicts.list_conflicts(back.ctx) == []
    assert back.sync.status().conflicts == 0
    _sync(back, win_a, win_b)

    assert conflicts.list_conflicts(win_a.ctx) == []
    (closed,) = conflicts.list_conflicts(win_a.ctx, open_only=False)
    assert closed.resolution == "已核实：由A01窗口接待，B02作废"
    with central.sessions() as s:
        row = s.scalars(select(SyncConflict)).one()
        assert row.resolved_at is not None and row.resolution == closed.resolution
    # B's own local conflict is still open, only there.
    (left,) = conflicts.list_conflicts(win_b.ctx)
    assert left.detected_by == "WIN-B"
    assert win_b.sync.status().conflicts == 1
    for db in (win_a.db, win_b.db, back.db, central):
        assert verify_journal(db) == []


def test_two_supervisors_resolving_offline_converge_on_the_earlier_resolution(
    called_twice: tuple[Station, Station, Station, SmallCenter, str], clock: FakeClock
) -> None:
    win_a, win_b, back, center, _ = called_twice
    conflict_id = _central_one(conflicts.list_conflicts(back.ctx)).id
    supervisor = center.supervisor.actor()
    conflicts.resolve_conflict(back.ctx, supervisor, conflict_id, note="以A01为准")
    clock.advance(minutes=5)
    conflicts.resolve_conflict(win_a.ctx, supervisor, conflict_id, note="稍后处理的意见")
    _sync(win_a, back, win_b)

    notes = {s.code: conflicts.list_conflicts(s.ctx, open_only=False) for s in (win_a, win_b, back)}
    for found in notes.values():
        assert _central_one(found).resolution == "以A01为准"


def test_only_a_supervisor_resolves_with_a_note_and_only_once(
    called_twice: tuple[Station, Station, Station, SmallCenter, str],
) -> None:
    _, _, back, center, _ = called_twice
    view = _central_one(conflicts.list_conflicts(back.ctx))
    with pytest.raises(PermissionDenied):
        conflicts.resolve_conflict(back.ctx, center.clerk.actor(), view.id, note="我来处理")
    with pytest.raises(InvalidInput):
        conflicts.resolve_conflict(back.ctx, center.supervisor.actor(), view.id, note="  ")
    with pytest.raises(NotFound):
        conflicts.resolve_conflict(
            back.ctx, center.supervisor.actor(), "00000000-0000-0000-0000-000000000000", note="x"
        )
    conflicts.resolve_conflict(back.ctx, center.supervisor.actor(), view.id, note="已处理")
    with pytest.raises(RuleViolation, match="已于"):
        conflicts.resolve_conflict(back.ctx, center.supervisor.actor(), view.id, note="再处理")

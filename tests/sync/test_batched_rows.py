"""A batch of pulled events writes the new tickets of ``ticket.issued`` together, without an
ORM object each, and every later event of the batch still sees them: a call of one of
them, a conflict on one of them, the number series."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import event, select

from clerk_app.domain.tickets import TicketState
from clerk_app.services import tickets
from clerk_app.services.context import ServiceContext
from clerk_app.services.events import adds_rows_only
from clerk_app.store.db import Database
from clerk_app.store.models import Counter, Ticket
from clerk_app.sync.journal import ConflictRecord, JournalRow, append_foreign_batch, own_pending
from tests.helpers.clock import FakeClock
from tests.helpers.databases import fresh_sqlite
from tests.helpers.factories import SmallCenter


def _pull_all(
    ctx: ServiceContext, here: Path, template: Path, clock: FakeClock
) -> tuple[Database, Sequence[JournalRow], list[ConflictRecord | None], list[str]]:
    with ctx.db.read_sessions() as s:
        rows = own_pending(s, ctx.workstation, 10_000)
    here.mkdir()
    other = fresh_sqlite(template, here)
    built: list[str] = []

    def count(target: Ticket, _args: object, _kwargs: object) -> None:
        built.append(target.id)

    event.listen(Ticket, "init", count)
    try:
        with other.sessions() as s, s.begin():
            found = append_foreign_batch(
                s, rows, here="WS-B", now=clock.now, central_seqs=[None] * len(rows), refused={}
            )
    finally:
        event.remove(Ticket, "init", count)
    return other, rows, found, built


def test_new_tickets_are_written_together_and_seen_by_the_events_after_them(
    ctx: ServiceContext,
    center: SmallCenter,
    clock: FakeClock,
    sqlite_template: Path,
    tmp_path: Path,
) -> None:
    assert adds_rows_only("ticket.issued") and not adds_rows_only("ticket.called")
    guide, clerk = center.guide.actor(), center.clerk.actor()
    issued = []
    for _ in range(6):
        clock.advance(seconds=30)
        issued.append(tickets.issue_ticket(ctx, guide, queue_id=center.market_queue))
    called = tickets.call_next(ctx, clerk, window_id=center.window_a)
    assert called is not None and called.id == issued[0].id
    clock.advance(seconds=30)
    later = tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)

    other, rows, found, built = _pull_all(ctx, tmp_path / "b", sqlite_template, clock)
    try:
        assert found == [None] * len(rows)  # nothing refused: each event saw what it needed
        ticket_ids = {t.id for t in [*issued, later]}
        assert ticket_ids.isdisjoint(built)  # no ORM object per issued ticket
        with other.read_sessions() as s:
            states = dict(s.execute(select(Ticket.id, Ticket.state)).all())
            series = s.scalars(select(Counter.value).where(Counter.key.like("ticket:%"))).all()
        assert set(states) == ticket_ids
        assert states[called.id] == TicketState.CALLED.value
        assert {states[t.id] for t in [*issued[1:], later]} == {TicketState.WAITING.value}
        assert max(series) == 7  # the number series moved with the batch
        other_ctx = ServiceContext(db=other, workstation="WS-B", clock=clock, password_cost=16)
        assert tickets.get_ticket(other_ctx, later.id).people_ahead == 5
    finally:
        other.dispose()

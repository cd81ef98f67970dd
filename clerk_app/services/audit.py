"""The accountability trail: verify the hash chains; replay the journal into a database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from clerk_app.domain.audit import ChainProblem, verify_chain
from clerk_app.services.events import EventData, apply_event
from clerk_app.services.journal import JournalRow, record_event
from clerk_app.store.db import Database
from clerk_app.store.models import Base, ChainHead, Event

#: Tables that hold the journal and replication bookkeeping rather than state built from it.
JOURNAL_TABLES = frozenset(
    {
        "event",
        "chain_head",
        "alembic_version",
        "sync_state",
        "sync_conflict",
        "ticket_claim",
        "queue_number",
        "central_workstation",
    }
)


@dataclass(frozen=True)
class VerifyReport:
    events: int
    workstations: int
    problems: tuple[ChainProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database) -> VerifyReport:
    """Check every workstation's chain: edited, removed or reordered events are found."""
    problems: list[ChainProblem] = []
    count = 0
    with db.read_sessions() as s:
        heads = {h.workstation: (h.seq, h.hash) for h in s.scalars(select(ChainHead))}
        stations = set(heads) | set(s.scalars(select(Event.workstation).distinct()))
        for ws in sorted(stations):
            rows = s.scalars(select(Event).where(Event.workstation == ws).order_by(Event.seq)).all()
            count += len(rows)
            links = [JournalRow.of(r) for r in rows]
            problems.extend(verify_chain(ws, links, heads.get(ws)))
    return VerifyReport(count, len(stations), tuple(problems))


def event_data(row: Event) -> EventData:
    return JournalRow.of(row).event()


def replay(
    source: Database,
    target: Database,
    *,
    batch: int = 500,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Apply every event of ``source``, in journal order, to the empty ``target``."""
    done = 0
    last = 0
    while True:
        with source.read_sessions() as s:
            rows = s.scalars(
                select(Event).where(Event.position > last).order_by(Event.position).limit(batch)
            ).all()
        if not rows:
            return done
        with target.sessions() as t, t.begin():
            for row in rows:
                apply_event(t, event_data(row))
                record_event(
                    t,
                    event_data(row),
                    row.payload,
                    row.prev_hash,
                    row.request_id,
                    recorded_at=row.recorded_at,
                    expected_hash=row.hash,
                    central_seq=row.central_seq,
                )
        done += len(rows)
        last = rows[-1].position
        if progress is not None:
            progress(done)


def state_dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every state table's rows, sorted: two databases with equal dumps have equal state."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in JOURNAL_TABLES:
                continue
            rows = conn.execute(table.select()).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out

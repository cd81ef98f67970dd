"""The accountability trail: verify the hash chains; replay the journal into a database."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from clerk_app.domain.audit import ChainProblem, verify_chain, witness_problems
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
    #: What SQLite's ``PRAGMA integrity_check`` found (empty: the file is sound).
    integrity: tuple[str, ...] = ()
    #: Whether the chains were compared with the central's copy of their heads.
    witnessed: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.integrity


def verify(db: Database, *, witness: Mapping[str, tuple[int, str]] | None = None) -> VerifyReport:
    """Check every workstation's chain: edited, removed or reordered events are found.

    ``witness``: the central's copy of chain heads, (seq, hash) per workstation, as far as
    this database should hold them (:func:`clerk_app.sync.witness.central_witness`). With
    it, a cut tail whose local head was fixed to match, a re-hashed chain and a deleted
    ``chain_head`` are found too; without it only the local head is the reference.
    """
    problems: list[ChainProblem] = []
    count = 0
    integrity = integrity_check(db)
    with db.read_sessions() as s:
        heads = {h.workstation: (h.seq, h.hash) for h in s.scalars(select(ChainHead))}
        stations = set(heads) | set(s.scalars(select(Event.workstation).distinct()))
        stations |= set(witness or {})
        for ws in sorted(stations):
            rows = s.scalars(select(Event).where(Event.workstation == ws).order_by(Event.seq)).all()
            count += len(rows)
            links = [JournalRow.of(r) for r in rows]
            problems.extend(verify_chain(ws, links, heads.get(ws)))
            if witness is not None and ws in witness:
                seq = witness[ws][0]
                at = next((r.hash for r in rows if r.seq == seq), None)
                last = rows[-1].seq if rows else 0
                problems.extend(witness_problems(ws, witness[ws], last, at))
    return VerifyReport(
        count, len(stations), tuple(problems), integrity, witnessed=witness is not None
    )


def integrity_check(db: Database) -> tuple[str, ...]:
    """SQLite's own check of the file (pages, indexes, constraints); () when sound or when
    the database is not SQLite (PostgreSQL checks its pages itself)."""
    if not db.is_sqlite:
        return ()
    with db.engine.connect() as conn:
        lines = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
    return () if lines == ["ok"] else tuple(lines)


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

"""``audit verify --deep``: replay the journal into a scratch database and compare state.

The hash chains prove the journal was not rewritten; they say nothing of the state tables
a use case writes next to it. Replaying every event (in journal order, skipping the ones
that were quarantined as conflicts and so never applied) into an empty database gives the
state the journal justifies; any row that differs from it was written, changed or deleted
without an event. Each difference names its table, its key and the columns.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from clerk_app.services.audit import JOURNAL_TABLES, event_data
from clerk_app.services.events import apply_event
from clerk_app.services.journal import record_event
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Base, Event
from clerk_app.store.models.sync import SyncConflict

#: At most this many differences are listed (a wrecked database is named, not dumped).
MAX_DIFFERENCES = 200
#: The central's own bookkeeping, written by its functions rather than by events.
CENTRAL_TABLES = frozenset({"central_cursor", "workstation_window"})
CENTRAL_ROWS = frozenset({("counter", ("central_decided",))})


@dataclass(frozen=True)
class StateDifference:
    table: str
    key: tuple[Any, ...]
    what: str

    def __str__(self) -> str:
        key = ", ".join(str(k) for k in self.key)
        return f"{self.table} [{key}]: {self.what}"


@dataclass(frozen=True)
class DeepReport:
    replayed: int
    skipped: int  # quarantined events, journaled but never applied
    differences: tuple[StateDifference, ...]
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return not self.differences


def deep_verify(
    db: Database, *, scratch_dir: Path | None = None, progress: Callable[[int], None] | None = None
) -> DeepReport:
    """Replay ``db``'s journal into a fresh SQLite file and compare every state row."""
    with tempfile.TemporaryDirectory(prefix="clerk-audit-", dir=scratch_dir) as tmp:
        url = f"sqlite:///{Path(tmp) / 'replay.sqlite3'}"
        upgrade(url)
        scratch = open_database(url)
        try:
            replayed, skipped = _replay_applied(db, scratch, progress)
            differences = compare_state(db, scratch)
        finally:
            scratch.dispose()
    return DeepReport(
        replayed,
        skipped,
        tuple(differences[:MAX_DIFFERENCES]),
        truncated=len(differences) > MAX_DIFFERENCES,
    )


def _replay_applied(
    source: Database, target: Database, progress: Callable[[int], None] | None, batch: int = 500
) -> tuple[int, int]:
    with source.read_sessions() as s:
        quarantined = set(s.scalars(select(SyncConflict.event_id)))
    done = skipped = 0
    last = 0
    while True:
        with source.read_sessions() as s:
            rows = s.scalars(
                select(Event).where(Event.position > last).order_by(Event.position).limit(batch)
            ).all()
        if not rows:
            return done, skipped
        with target.sessions() as t, t.begin():
            for row in rows:
                data = event_data(row)
                if row.id in quarantined:
                    skipped += 1
                else:
                    apply_event(t, data)
                record_event(
                    t,
                    data,
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


def _rows(db: Database, table_name: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    table = Base.metadata.tables[table_name]
    key_columns = list(table.primary_key.columns) or list(table.columns)
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    with db.engine.connect() as conn:
        for row in conn.execute(table.select()).mappings():
            out[tuple(row[c.name] for c in key_columns)] = dict(row)
    return out


def compare_state(db: Database, replayed: Database) -> list[StateDifference]:
    """Every state row of ``db`` against the replayed one, by primary key."""
    differences: list[StateDifference] = []
    for table in Base.metadata.sorted_tables:
        if table.name in JOURNAL_TABLES or table.name in CENTRAL_TABLES:
            continue
        ours, justified = _rows(db, table.name), _rows(replayed, table.name)
        for key in list(ours):
            if (table.name, key) in CENTRAL_ROWS:
                del ours[key]
        for key in sorted(ours.keys() - justified.keys(), key=repr):
            differences.append(StateDifference(table.name, key, "no event created this row"))
        for key in sorted(justified.keys() - ours.keys(), key=repr):
            differences.append(
                StateDifference(table.name, key, "deleted without an event (the journal has it)")
            )
        for key in sorted(ours.keys() & justified.keys(), key=repr):
            a, b = ours[key], justified[key]
            changed = [c for c in a if a[c] != b.get(c)]
            if changed:  # columns only: the values may be personal data
                differences.append(
                    StateDifference(
                        table.name, key, f"changed without an event: {', '.join(changed)}"
                    )
                )
    return differences

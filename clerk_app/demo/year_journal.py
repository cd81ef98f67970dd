"""The bulk writer of the generated year: a hash-chained journal and state rows in batches.

The year's events are not applied one by one through the services (a few hundred events a
second); the stories of :mod:`clerk_app.demo.year_stories` compute each event's payload
and the state rows its applier would leave, and this writer appends them in large batches:
``executemany`` on SQLite, ``COPY`` on PostgreSQL. The events are chained exactly as
:func:`clerk_app.services.journal.journal_values` chains them, so ``audit verify`` checks them
and ``audit verify --deep`` replays them into the same state.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from clerk_app.domain.audit import GENESIS
from clerk_app.store.db import Database
from clerk_app.store.models import Base, ChainHead, Counter, Event

Row = dict[str, Any]
#: One event not yet journaled: when, type, actor, window, id, payload (JSON values only).
Pending = tuple[datetime, str, str | None, str | None, str, Mapping[str, Any]]

#: ``canonical_payload`` and the body of ``link_hash``, with their encoders made once.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
_LINK = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _defaults(table: sa.Table) -> Row:
    """Each column's Python-side scalar default (None where there is none)."""
    out: Row = {}
    for col in table.columns:
        default = col.default
        arg = getattr(default, "arg", None) if default is not None else None
        out[col.name] = None if callable(arg) else arg
    return out


class YearJournal:
    """Events by day (sorted and chained when the day is closed) and state rows by table."""

    def __init__(self, db: Database, workstation: str, rng: random.Random) -> None:
        self.db = db
        self.workstation = workstation
        self.rng = rng
        self.pending: dict[date, list[Pending]] = defaultdict(list)
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.journal: list[tuple[Any, ...]] = []
        self.counters: dict[str, int] = {}
        self.written = 0
        self.by_type: dict[str, int] = defaultdict(int)
        with db.read_sessions() as s:
            head = s.get(ChainHead, workstation)
            self.seq = head.seq if head else 0
            self.prev = head.hash if head else GENESIS
            position = s.get(Counter, "journal")
            self.position = position.value if position else 0
        self._tables = {t.name: t for t in Base.metadata.sorted_tables}
        self._order = [t.name for t in Base.metadata.sorted_tables]
        self._blank = {name: _defaults(t) for name, t in self._tables.items()}
        self.is_pg = db.engine.dialect.name == "postgresql"

    # --- ids, events and rows --------------------------------------------------------------

    def new_id(self) -> str:
        """A random (version 4) UUID from the seeded source."""
        bits = self.rng.getrandbits(128)
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[bits & 3]}{h[17:20]}-{h[20:]}"

    def emit(
        self,
        at: datetime,
        event_type: str,
        actor_id: str | None,
        window_id: str | None,
        payload: Mapping[str, Any],
    ) -> str:
        """Queue an event for its day; returns its id (for rows derived from it)."""
        event_id = self.new_id()
        self.pending[at.date()].append((at, event_type, actor_id, window_id, event_id, payload))
        return event_id

    def add(self, table: str, **values: Any) -> Row:
        """A state row (the columns not given take their defaults); returned for later
        changes by the same story."""
        row = dict(self._blank[table])
        row.update(values)
        self.rows[table].append(row)
        return row

    def bump(self, key: str, value: int) -> None:
        if self.counters.get(key, 0) < value:
            self.counters[key] = value

    # --- the journal ---------------------------------------------------------------------

    def close_day(self, day: date) -> None:
        """Chain the day's events in time order (a story's own order kept for ties)."""
        events = self.pending.pop(day, [])
        events.sort(key=lambda e: e[0])
        ws, append, by_type = self.workstation, self.journal.append, self.by_type
        times: dict[datetime, tuple[str, Any]] = {}
        for moment, event_type, actor_id, window_id, event_id, payload in events:
            self.seq += 1
            self.position += 1
            encoded = _CANONICAL(payload)
            stamp = times.get(moment)
            if stamp is None:
                utc = moment.astimezone(UTC).replace(tzinfo=None)
                stamp = times[moment] = (moment.isoformat(), utc if self.is_pg else _lite(utc))
            body = _LINK(
                [
                    event_id,
                    ws,
                    self.seq,
                    event_type,
                    actor_id,
                    window_id,
                    stamp[0],
                    None,
                    encoded,
                    self.prev,
                ]
            )
            digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
            append(
                (
                    event_id,
                    self.position,
                    ws,
                    self.seq,
                    event_type,
                    actor_id,
                    window_id,
                    stamp[0],
                    None,
                    encoded,
                    self.prev,
                    digest,
                    stamp[1],
                    None,
                )
            )
            self.prev = digest
            by_type[event_type] += 1

    # --- writing -------------------------------------------------------------------------

    def flush(self) -> None:
        """Write the buffered rows (parents first) and journal rows in one transaction."""
        with self.db.engine.begin() as conn:
            for name in self._order:
                rows = self.rows.pop(name, None)
                if rows:
                    cols = list(self._tables[name].columns.keys())
                    self._write(conn, name, cols, self._tuples(name, cols, rows))
            if self.journal:
                cols = list(Event.__table__.columns.keys())
                self._write(conn, "event", cols, self.journal)
                self.written += len(self.journal)
                self.journal = []

    def finish(self) -> None:
        """Counters and the chain head, after the last flush."""
        self.flush()
        counters = dict(self.counters, journal=self.position)
        with self.db.engine.begin() as conn:
            table = cast(sa.Table, Counter.__table__)
            existing = set(conn.scalars(sa.select(table.c.key).where(table.c.key.in_(counters))))
            for key in existing:
                conn.execute(sa.update(table).where(table.c.key == key).values(value=counters[key]))
            new = [(k, v) for k, v in counters.items() if k not in existing]
            self._write(conn, "counter", ["key", "value"], new)
            heads = cast(sa.Table, ChainHead.__table__)
            conn.execute(sa.delete(heads).where(heads.c.workstation == self.workstation))
            conn.execute(
                sa.insert(heads).values(workstation=self.workstation, seq=self.seq, hash=self.prev)
            )

    def _tuples(self, name: str, cols: list[str], rows: list[Row]) -> list[tuple[Any, ...]]:
        """Rows as tuples in column order, dates and times as the database takes them."""
        table = self._tables[name]
        timed = [
            n
            for n, c in enumerate(cols)
            if isinstance(table.c[c].type, sa.DateTime | sa.Date)
            or isinstance(getattr(table.c[c].type, "impl", None), sa.DateTime)
        ]
        convert = _pg if self.is_pg else _lite
        out = []
        for r in rows:
            values = [r[c] for c in cols]
            for n in timed:
                if values[n] is not None:
                    values[n] = convert(values[n])
            out.append(tuple(values))
        return out

    def _write(
        self,
        conn: Connection,
        table: str,
        cols: list[str],
        rows: list[tuple[Any, ...]],
    ) -> None:
        if not rows:
            return
        names = ", ".join(f'"{c}"' for c in cols)
        if self.is_pg:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            sql = f'COPY "{table}" ({names}) FROM STDIN'
            with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[attr-defined]
                for row in rows:
                    copy.write_row(row)
            return
        marks = ", ".join("?" for _ in cols)
        conn.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def _pg(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _lite(value: Any) -> Any:
    """The text SQLAlchemy's SQLite dialect stores for dates and times."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
    if isinstance(value, date):
        return value.isoformat()
    return value

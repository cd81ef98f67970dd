"""Transactions: units of work take the write lock at once, queries never take it.

On SQLite a unit of work begins IMMEDIATE and a query DEFERRED, so a long read (a report
being read row by row, a board refresh) never makes a writer wait for the lock or fail
with "database is locked". PostgreSQL never blocked writers on readers; the same tests run
there through the ``db`` fixture.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import event, func, select

from clerk_app.services.context import Actor, ServiceContext
from clerk_app.store.db import Database
from clerk_app.store.models import CalendarEntry

FIRST_DAY = date(2026, 5, 1)
#: Far below the 10 s busy timeout: a writer that waited for the lock would miss it.
WRITE_DEADLINE_S = 5.0


def _entry(ctx: ServiceContext, day: date) -> CalendarEntry:
    return CalendarEntry(day=day, is_workday=False, doc_no="测试", entered_at=ctx.now())


@pytest.fixture
def entries(ctx: ServiceContext) -> list[date]:
    days = [FIRST_DAY + timedelta(days=i) for i in range(3)]
    with ctx.unit_of_work(Actor.system()) as uow:
        uow.session.add_all(_entry(ctx, d) for d in days)
    return days


def _count(db: Database) -> int:
    with db.read_sessions() as s:
        return s.scalar(select(func.count()).select_from(CalendarEntry)) or 0


def test_a_unit_of_work_commits_while_a_long_read_is_open(
    db: Database, ctx: ServiceContext, entries: list[date]
) -> None:
    outcome: dict[str, object] = {}

    def write() -> None:
        started = time.monotonic()
        try:
            with ctx.unit_of_work(Actor.system()) as uow:
                uow.session.add(_entry(ctx, FIRST_DAY + timedelta(days=30)))
        except Exception as exc:  # reported to the test thread below
            outcome["error"] = exc
        outcome["seconds"] = time.monotonic() - started

    with db.read_sessions() as reader:
        # A query in progress: its transaction is open and the result only partly read.
        rows = reader.execute(select(CalendarEntry.day).order_by(CalendarEntry.day))
        assert rows.fetchone() == (entries[0],)
        writer = threading.Thread(target=write, name="test-writer")
        writer.start()
        writer.join(timeout=30)
        assert not writer.is_alive()
        assert "error" not in outcome, outcome.get("error")
        assert isinstance(outcome["seconds"], float)
        assert outcome["seconds"] < WRITE_DEADLINE_S
        # the read goes on undisturbed to its end
        assert [r.day for r in rows] == entries[1:]
    assert _count(db) == len(entries) + 1


@pytest.fixture
def begun(sqlite_db: Database) -> Iterator[list[str]]:
    """The BEGIN statements the SQLite engine sends."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(sqlite_db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(sqlite_db.engine, "before_cursor_execute", record)


def test_sqlite_begins_writes_immediate_and_reads_deferred(
    sqlite_db: Database, begun: list[str]
) -> None:
    with sqlite_db.read_sessions() as s:
        s.scalar(select(func.count()).select_from(CalendarEntry))
    assert begun == ["BEGIN DEFERRED"]
    with sqlite_db.sessions() as s, s.begin():
        s.scalar(select(func.count()).select_from(CalendarEntry))
    assert begun == ["BEGIN DEFERRED", "BEGIN IMMEDIATE"]


def test_a_read_session_refuses_to_write(db: Database, ctx: ServiceContext) -> None:
    with db.read_sessions() as s:
        s.add(_entry(ctx, FIRST_DAY))
        with pytest.raises(RuntimeError, match="read session"):
            s.flush()
    assert _count(db) == 0

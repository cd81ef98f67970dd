"""The engine and session factory: SQLite in WAL mode with foreign keys on every
connection, sessions that keep their objects readable after commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clerk_app.store.db import Database, open_database
from clerk_app.store.models import Center


def _pragma(conn: Any, name: str) -> object:
    """A pragma read on a driver connection (no transaction of SQLAlchemy's begun)."""
    cur = conn.cursor()
    try:
        return cur.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        cur.close()


def test_every_sqlite_connection_has_wal_foreign_keys_and_a_busy_timeout(
    sqlite_db: Database,
) -> None:
    assert sqlite_db.is_sqlite
    first, second = sqlite_db.engine.raw_connection(), sqlite_db.engine.raw_connection()
    try:
        for conn in (first, second):  # each pooled connection, not only the first
            assert _pragma(conn, "journal_mode") == "wal"
            assert _pragma(conn, "foreign_keys") == 1
            assert _pragma(conn, "synchronous") == 1  # NORMAL: safe with WAL, fewer fsyncs
            assert _pragma(conn, "busy_timeout") == 10_000
    finally:
        first.close()
        second.close()
    path = Path(sqlite_db.url.removeprefix("sqlite:///"))
    assert path.with_name(path.name + "-wal").exists()


def test_the_folder_of_a_new_sqlite_file_is_made(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "clerk.sqlite3"
    db = open_database(f"sqlite:///{target}")
    try:
        conn = db.engine.raw_connection()
        try:
            assert _pragma(conn, "journal_mode") == "wal"
        finally:
            conn.close()
    finally:
        db.dispose()
    assert target.is_file()


def _center(code: str) -> Center:
    return Center(id=f"id-{code}", code=code, name=f"中心{code}")


def test_objects_stay_readable_after_commit_without_a_query(db: Database) -> None:
    with db.sessions() as s, s.begin():
        center = _center("C1")
        s.add(center)
    queries: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        queries.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        assert center.name == "中心C1"  # plain data after the transaction, across threads
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    assert queries == []


def test_a_session_sees_what_another_committed(db: Database) -> None:
    with db.sessions() as s, s.begin():
        s.add(_center("C1"))
    with db.sessions() as s:
        assert isinstance(s, Session)
        assert s.scalars(sa.select(Center.code)).all() == ["C1"]


def test_a_failed_unit_of_work_leaves_nothing_behind(db: Database) -> None:
    try:
        with db.sessions() as s, s.begin():
            s.add(_center("C1"))
            s.flush()
            raise RuntimeError("the use case failed after writing")
    except RuntimeError:
        pass
    with db.sessions() as s:
        assert s.scalars(sa.select(Center.code)).all() == []


def test_the_backends_are_told_apart(db: Database) -> None:
    assert db.is_sqlite == (db.engine.dialect.name == "sqlite")
    assert db.is_sqlite == db.url.startswith("sqlite")

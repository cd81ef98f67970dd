"""The demo's journal verifies, tampering is caught, and replay rebuilds the same state."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app.cli import main
from clerk_app.demo.center import build_demo
from clerk_app.services.audit import replay, state_dump, verify
from clerk_app.services.audit_deep import deep_verify
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from tests.helpers.databases import fresh_sqlite

DEMO_DAY = date(2026, 11, 20)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """A small demo (3 working days of history) built once per test session."""
    directory = tmp_path_factory.mktemp("demo")
    db = fresh_sqlite(sqlite_template, directory)
    build_demo(db, workstation="WS-DEMO", days=3, today=DEMO_DAY, password_cost=2**4)
    db.dispose()
    return directory / "clerk.sqlite3"


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "clerk.sqlite3"
    shutil.copyfile(demo_template, target)
    return target


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _exec(path: Path, sql: str) -> None:
    engine = sa.create_engine(_url(path))
    with engine.begin() as conn:
        for statement in sql.split(";"):
            conn.exec_driver_sql(statement)
    engine.dispose()


def test_demo_journal_verifies(demo_db: Path) -> None:
    db = open_database(_url(demo_db))
    report = verify(db)
    db.dispose()
    assert report.ok, report.problems
    assert report.events > 500


def test_cli_audit_verify_passes_on_demo(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(demo_db.parent), "audit", "verify"]) == 0
    assert "审计链完整" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("tampering", "expected"),
    [
        (
            "UPDATE event SET payload = replace(payload, '\"level\":', '\"level\":1') "
            "WHERE id = (SELECT id FROM event WHERE type = 'review.submitted' LIMIT 1)",
            "content edited",
        ),
        (
            'UPDATE event SET payload = replace(payload, \'"applicant_name":"\', '
            '\'"applicant_name":"假\') '
            "WHERE id = (SELECT id FROM event WHERE type = 'case.received' LIMIT 1)",
            "content edited",
        ),
        ("DELETE FROM event WHERE seq = 40", "sequence gap"),
        ("DELETE FROM event WHERE seq = (SELECT max(seq) FROM event)", "tail removed"),
        (
            "UPDATE event SET seq = -1 WHERE seq = 10; UPDATE event SET seq = 10 WHERE seq = 11; "
            "UPDATE event SET seq = 11 WHERE seq = -1",
            "link broken",
        ),
    ],
)
def test_tampered_copy_fails(
    demo_db: Path, tampering: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _exec(demo_db, tampering)
    db = open_database(_url(demo_db))
    report = verify(db)
    db.dispose()
    assert not report.ok
    assert any(expected in p.what for p in report.problems), report.problems
    assert main(["--data-dir", str(demo_db.parent), "audit", "verify"]) == 1
    assert expected in capsys.readouterr().err


def test_replay_into_empty_sqlite_gives_same_state(
    demo_db: Path, sqlite_template: Path, tmp_path: Path
) -> None:
    source = open_database(_url(demo_db))
    target_dir = tmp_path / "replayed"
    target_dir.mkdir()
    target = fresh_sqlite(sqlite_template, target_dir)
    try:
        count = replay(source, target)
        assert count == verify(source).events
        assert state_dump(target) == state_dump(source)
        assert verify(target).ok
    finally:
        source.dispose()
        target.dispose()


def test_replay_into_postgresql_gives_same_state(demo_db: Path, pg_database: Database) -> None:
    from tests.helpers.databases import empty_pg

    empty_pg(pg_database)
    source = open_database(_url(demo_db))
    try:
        replay(source, pg_database)
        assert state_dump(pg_database) == state_dump(source)
        assert verify(pg_database).ok
    finally:
        source.dispose()


def test_migrations_reach_head_on_a_new_file(tmp_path: Path) -> None:
    url = _url(tmp_path / "new.sqlite3")
    upgrade(url)
    upgrade(url)  # idempotent
    db = open_database(url)
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_a_journal_row_is_the_stored_event_whichever_way_it_is_read(demo_db: Path) -> None:
    """One row type for the journal: built from the ORM row or from the plain columns the
    sync engine selects, it is the same value, and it gives back the event as applied."""
    from clerk_app.services.audit import event_data
    from clerk_app.services.journal import JournalRow
    from clerk_app.store.models import Event
    from clerk_app.sync.journal import event_rows, journal_select

    db = open_database(_url(demo_db))
    try:
        with db.read_sessions() as s:
            stmt = sa.select(Event).order_by(Event.position).limit(50)
            events = s.scalars(stmt).all()
            plain = event_rows(s, journal_select().order_by(Event.position).limit(50))
        rows = [JournalRow.of(e) for e in events]
        assert rows == plain and len(rows) == 50
        for e, row in zip(events, rows, strict=True):
            data = row.event()
            assert data == event_data(e)
            assert (data.id, data.seq, data.occurred_at.isoformat()) == (e.id, e.seq, e.occurred_at)
    finally:
        db.dispose()


def test_deep_verify_agrees_with_an_untouched_journal(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(demo_db.parent), "audit", "verify", "--deep"]) == 0
    out = capsys.readouterr().out
    assert "逐行一致" in out and "（其中 0 条为隔离冲突" in out


@pytest.mark.parametrize(
    ("tampering", "table", "what"),
    [
        (
            "UPDATE case_file SET due_date = '2099-12-31' "
            "WHERE id = (SELECT min(id) FROM case_file WHERE due_date IS NOT NULL)",
            "case_file",
            "changed without an event: due_date",
        ),
        (
            "UPDATE staff SET role = 'admin' WHERE id = (SELECT min(id) FROM staff "
            "WHERE role = 'clerk')",
            "staff",
            "changed without an event: role",
        ),
        (
            "DELETE FROM review WHERE id = (SELECT min(id) FROM review)",
            "review",
            "deleted without an event (the journal has it)",
        ),
        (
            "INSERT INTO setting (key, value) VALUES ('suspension.local_reasons', '私设理由')",
            "setting",
            "no event created this row",
        ),
    ],
)
def test_a_state_row_changed_without_an_event_is_named_by_deep_verify(
    demo_db: Path, tampering: str, table: str, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _exec(demo_db, tampering)
    db = open_database(_url(demo_db))
    try:
        assert verify(db).ok  # the journal itself is intact: only the replay sees it
        report = deep_verify(db)
    finally:
        db.dispose()
    assert [(d.table, d.what) for d in report.differences] == [(table, what)]
    if table == "case_file":  # the command names the same row
        named = str(report.differences[0])
        assert main(["--data-dir", str(demo_db.parent), "audit", "verify", "--deep"]) == 1
        err = capsys.readouterr().err
        assert named in err and "状态表与事件日志不符 1 处" in err


def test_both_verify_modes_run_sqlite_integrity_check(demo_db: Path) -> None:
    # Break an index behind SQLite's back: the table says one thing, the index another.
    engine = sa.create_engine(_url(demo_db))
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA writable_schema = ON")
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = replace(sql, 'ON event (', 'ON event (seq, ') "
            "WHERE type = 'index' AND tbl_name = 'event' AND sql IS NOT NULL "
            "AND name = (SELECT min(name) FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'event' AND sql IS NOT NULL)"
        )
    engine.dispose()
    db = open_database(_url(demo_db))
    try:
        report = verify(db)
    finally:
        db.dispose()
    assert report.integrity and not report.ok

"""Alembic makes the schema: the migrated database matches the models on both backends,
and every migration can be undone and redone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import alembic_config, current_revision, head_revision
from clerk_app.store.models import Base
from tests.helpers.databases import create_pg_database, drop_pg_database, require_pg

# Created by the migrations for PostgreSQL only, on purpose (see 0002_sync).
PG_ONLY = {"ix_ticket_day_waiting", "ix_ticket_call_order", "ix_ticket_targeted"}
PG_ONLY_COLUMNS = {("ticket", "claimed")}  # kept by a trigger of the central queue (0015)


def _differences(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
    return [
        d
        for d in diffs
        if not (isinstance(d, tuple) and d[0] == "remove_index" and d[1].name in PG_ONLY)
        and not (
            isinstance(d, tuple)
            and d[0] == "remove_column"
            and (d[2], d[3].name) in PG_ONLY_COLUMNS
        )
    ]


def _tables(db: Database) -> set[str]:
    return set(sa.inspect(db.engine).get_table_names())


def test_migrated_schema_matches_the_models(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    assert _differences(db) == []


@pytest.fixture(params=["sqlite", "pg"])
def blank_url(request: pytest.FixtureRequest, tmp_path: Path, worker_id: str) -> Iterator[str]:
    """A database never migrated, of its own (the shared test databases stay at head)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.sqlite3'}"
        return
    require_pg()
    name = f"clerk_migrations_{worker_id}_{os.getpid()}"
    yield create_pg_database(name)
    drop_pg_database(name)


def test_each_migration_is_undone_and_redone_to_the_same_schema(blank_url: str) -> None:
    cfg = alembic_config(blank_url)
    revisions = [
        s.revision for s in reversed(list(ScriptDirectory.from_config(cfg).walk_revisions()))
    ]
    assert revisions[0] == "0001" and revisions[-1] == head_revision()
    db = open_database(blank_url)
    try:
        for revision in revisions:  # one step at a time, as a workstation a version behind
            command.upgrade(cfg, revision)
            assert current_revision(db.engine) == revision
        at_head = _tables(db)
        for revision in reversed(revisions[:-1]):
            command.downgrade(cfg, revision)
            assert current_revision(db.engine) == revision
        command.downgrade(cfg, "base")
        assert _tables(db) <= {"alembic_version"}
        command.upgrade(cfg, "head")
        assert _tables(db) == at_head
        assert _differences(db) == []
    finally:
        db.dispose()

"""Alembic makes the schema: the migrated database matches the models on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from clerk_app.store.db import Database
from clerk_app.store.migrate import current_revision, head_revision
from clerk_app.store.models import Base

# Created by the migrations for PostgreSQL only, on purpose (see 0002_sync).
PG_ONLY = {"ix_ticket_day_waiting"}


def _differences(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
    return [
        d
        for d in diffs
        if not (isinstance(d, tuple) and d[0] == "remove_index" and d[1].name in PG_ONLY)
    ]


def test_migrated_schema_matches_the_models(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    assert _differences(db) == []

"""Fresh databases for tests: a migrated SQLite file per test, and a PostgreSQL database
per test worker that is emptied between tests.

PostgreSQL tests run wherever the server answers; in CI (``CI`` set) an unreachable
server fails the run instead of skipping, so those tests are never silently lost.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Base

PG_SERVER_URL = os.environ.get(
    "CLERK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def pg_url(database: str) -> str:
    return (
        sa.engine.make_url(PG_SERVER_URL)
        .set(database=database)
        .render_as_string(hide_password=False)
    )


def pg_available() -> str | None:
    """None when the server answers, else why not."""
    try:
        engine = sa.create_engine(PG_SERVER_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        engine.dispose()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def require_pg() -> None:
    problem = pg_available()
    if problem is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI but unreachable: {problem}")
    pytest.skip(f"PostgreSQL not reachable here: {problem}")


def create_pg_database(name: str) -> str:
    admin = sa.create_engine(PG_SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return pg_url(name)


def drop_pg_database(name: str) -> None:
    admin = sa.create_engine(PG_SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def migrated_sqlite_template(directory: Path) -> Path:
    path = directory / "template.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


def fresh_sqlite(template: Path, directory: Path) -> Database:
    target = directory / "clerk.sqlite3"
    shutil.copyfile(template, target)
    return open_database(f"sqlite:///{target}")


def empty_pg(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))

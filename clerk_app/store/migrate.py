"""Alembic is the only way the schema is made, on SQLite and PostgreSQL alike.

Importing Alembic costs about a quarter of a second, so start-up does not: it reads the
version row with one query and compares it with :data:`SCHEMA_HEAD`, and only imports and
runs Alembic when the database is behind (a test keeps the constant equal to Alembic's
head). Every Alembic import in this module is local to the function that needs it.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest migration under ``migrations/versions``; update it with each new migration.
SCHEMA_HEAD = "0019"
VERSION_TABLE = "alembic_version"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("clerk_app.store") / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def head_revision() -> str:
    """The schema version this program needs, as Alembic reads it from the migration
    scripts (slow: imports Alembic). Start-up compares with :data:`SCHEMA_HEAD` instead."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


alembic_head = head_revision


def current_revision(engine: Engine) -> str | None:
    """The schema version of a database (None: never migrated); one cheap query."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the database has several schema heads: {', '.join(rows)}")
    return rows[0] if rows else None


class SchemaTooNew(RuntimeError):
    """The database was made by a newer program: this one does not know its schema."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"the database schema {revision} is newer than this program's")
        self.revision = revision


def known_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this program's migrations (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def refuse_newer(engine: Engine) -> str | None:
    """The database's schema version; :class:`SchemaTooNew` if this program does not know
    it (a database a newer release has upgraded is never written by an older one)."""
    current = current_revision(engine)
    if current is not None and current != SCHEMA_HEAD and not known_revision(current):
        raise SchemaTooNew(current)
    return current


def ensure_schema(url: str, engine: Engine) -> bool:
    """Upgrade the database at ``url`` unless it is already at :data:`SCHEMA_HEAD`; True if
    Alembic ran. (A stale constant only costs a slower start: Alembic then finds nothing
    to do.) A schema newer than this program's raises :class:`SchemaTooNew`."""
    if refuse_newer(engine) == SCHEMA_HEAD:
        return False
    upgrade(url)
    return True

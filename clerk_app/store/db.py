"""Engine and session factories for the embedded SQLite file and the central PostgreSQL.

Two session factories per database: :attr:`Database.sessions` for writes and
:attr:`Database.read_sessions` for queries. On SQLite a write transaction begins with
``BEGIN IMMEDIATE`` (it takes the write lock at once, so a read-then-write unit of work
never fails half-way on a lock it cannot upgrade) and a query's with a plain, deferred
``BEGIN`` (in WAL mode a reader takes no lock a writer waits for). The two factories share
one engine and one connection pool; the begin mode is an execution option of the engine
each one is bound to. PostgreSQL ignores the option: both factories behave alike there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

#: The execution option that says how an SQLite transaction begins.
BEGIN_MODE = "clerk_sqlite_begin"
BeginMode = Literal["IMMEDIATE", "DEFERRED"]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
    # Let SQLAlchemy, not the driver, open transactions, so the BEGIN is ours.
    dbapi_conn.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    mode: BeginMode = conn.get_execution_options().get(BEGIN_MODE, "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the settings every part of the product expects.

    On SQLite its transactions begin IMMEDIATE unless the engine (or a connection) carries
    the execution option ``clerk_sqlite_begin="DEFERRED"`` (see :func:`reading`).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            event.listen(engine, "connect", lambda _c, _r: _owner_mode(path))
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _owner_mode(path: Path) -> None:
    """Give a database file SQLite just made (always 0644 less the umask) the data dir's
    file mode (0600, or 0660 for a machine-wide data dir); its -wal and -shm files copy
    the database file's mode."""
    from clerk_app.files import data_file_mode

    mode = data_file_mode()
    try:
        info = path.stat()
        if mode is not None and info.st_uid == os.geteuid() and (info.st_mode & 0o7777) != mode:
            path.chmod(mode)
    except (OSError, AttributeError):  # gone, or no geteuid (Windows)
        pass


def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a read session never writes: change state in a unit of work")


def reading(engine: Engine) -> Engine:
    """``engine`` for queries: the same pool, transactions begun DEFERRED on SQLite."""
    return engine.execution_options(**{BEGIN_MODE: "DEFERRED"})


@dataclass(frozen=True)
class Database:
    """One database (embedded or central): its engine and its two session factories.

    ``sessions()`` is for units of work (``with db.sessions() as s, s.begin(): ...``);
    ``read_sessions()`` is for queries, which never write: on SQLite it does not take the
    write lock, so a long read never makes a writer wait ("database is locked").
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        reads = sessionmaker(reading(self.engine), expire_on_commit=False)
        event.listen(reads, "before_flush", _refuse_writes)
        object.__setattr__(self, "read_sessions", reads)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def shown_url(url: str) -> str:
    """``url`` as it may be logged or printed: the password, if any, as ``***``."""
    return make_url(url).render_as_string(hide_password=True)


def open_database(url: str, **kwargs: Any) -> Database:
    engine = make_engine(url, **kwargs)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))

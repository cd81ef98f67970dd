"""Workstations and a central database for sync tests: each station its own SQLite file."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Base
from clerk_app.store.models import sync as _sync_models  # noqa: F401 - registers the tables
from clerk_app.sync.admin import WORKSTATION_FUNCTIONS
from clerk_app.sync.central import open_central
from clerk_app.sync.central_apply import CentralApplier
from clerk_app.sync.engine import SyncEngine
from tests.helpers.clock import FakeClock
from tests.helpers.databases import create_pg_database, drop_pg_database, fresh_sqlite, require_pg

CHEAP_PASSWORD_COST = 2**4


def central_db_name(worker_id: str, suffix: str = "") -> str:
    return f"clerk_sync_{worker_id}_{os.getpid()}{suffix}"  # parallel runs never share one


@dataclass
class Station:
    """One workstation: its embedded database, its services and its sync engine."""

    code: str
    ctx: ServiceContext
    sync: SyncEngine

    @property
    def db(self) -> Database:
        return self.ctx.db


def empty_central(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        conn.execute(sa.text("ALTER SEQUENCE central_event_seq RESTART"))


def migrated_central(worker_id: str, suffix: str = "") -> Iterator[tuple[str, Database]]:
    """A migrated central with its applier deciding in the background, as on a server."""
    require_pg()
    name = central_db_name(worker_id, suffix)
    url = create_pg_database(name)
    upgrade(url)
    db = open_central(url)
    with central_service(url):
        yield url, db
    db.dispose()
    drop_pg_database(name)


def register_workstation_login(
    conn: sa.Connection, login: str, code: str, *, windows: list[str]
) -> None:
    """What ``central init`` grants the workstation role and ``add-workstation`` records,
    for a login made by a test on a central the tests migrated themselves."""
    conn.execute(sa.text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{login}"'))
    for signature in WORKSTATION_FUNCTIONS:
        conn.execute(sa.text(f'GRANT EXECUTE ON FUNCTION {signature} TO "{login}"'))
    conn.execute(
        sa.text(
            "INSERT INTO central_workstation (code, role_name, created_at) "
            "VALUES (:c, :r, now()) ON CONFLICT (code) DO UPDATE SET role_name = :r"
        ),
        {"c": code, "r": login},
    )
    for window in windows:
        conn.execute(
            sa.text("INSERT INTO workstation_window VALUES (:c, :w) ON CONFLICT DO NOTHING"),
            {"c": code, "w": window},
        )


@contextmanager
def central_service(owner_url: str) -> Iterator[CentralApplier]:
    """``central serve`` in a thread for the duration (the owner's applier)."""
    db = open_central(owner_url)
    applier = CentralApplier(db)
    stop = threading.Event()
    thread = threading.Thread(target=applier.serve, args=(stop,), kwargs={"idle": 0.2})
    thread.start()
    try:
        yield applier
    finally:
        stop.set()
        thread.join(timeout=10)
        db.dispose()


class StationFactory:
    def __init__(self, template: Path, root: Path, central: Database, clock: FakeClock) -> None:
        self.template, self.root, self.central, self.clock = template, root, central, clock
        self.opened: list[Database] = []

    def __call__(self, code: str, **engine_args: object) -> Station:
        directory = self.root / code
        directory.mkdir()
        db = fresh_sqlite(self.template, directory)
        self.opened.append(db)
        ctx = ServiceContext(
            db=db, workstation=code, clock=self.clock, password_cost=CHEAP_PASSWORD_COST
        )
        engine = SyncEngine(db, self.central, code, clock=self.clock, **engine_args)  # type: ignore[arg-type]
        return Station(code, ctx, engine)

    def close(self) -> None:
        for db in self.opened:
            db.dispose()


def in_ci() -> bool:
    return bool(os.environ.get("CI"))

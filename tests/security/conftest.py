"""A centre set up as in production: ``central init`` roles (never a superuser), one login
per workstation with its windows, the owner's applier running, three workstations."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database
from clerk_app.sync.admin import CentralRoles, add_workstation, drop_roles, init_central
from clerk_app.sync.central import open_central
from clerk_app.sync.engine import SyncEngine
from tests.helpers.clock import FakeClock
from tests.helpers.databases import (
    PG_SERVER_URL,
    create_pg_database,
    drop_pg_database,
    fresh_sqlite,
    require_pg,
)
from tests.helpers.factories import SmallCenter, build_small_center
from tests.sync.stations import CHEAP_PASSWORD_COST, Station, central_db_name, central_service

WINDOWS = {"FRONT": [], "WIN-A": ["A01"], "WIN-B": ["A02"]}


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


@dataclass
class Centre:
    url: str
    roles: CentralRoles
    logins: dict[str, str]
    stations: dict[str, Station]
    center: SmallCenter
    owner: Database

    def login_db(self, code: str) -> Database:
        """The central as that workstation's own login sees it (the engine's handle)."""
        return self.stations[code].sync.central

    def sync_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            for station in self.stations.values():
                station.sync.run_once()


@pytest.fixture
def centre(
    worker_id: str, sqlite_template: Path, tmp_path: Path, clock: FakeClock
) -> Iterator[Centre]:
    require_pg()
    name = central_db_name(worker_id, "_sec")
    url = create_pg_database(name)
    tag = uuid.uuid4().hex[:8]
    roles = CentralRoles(owner=f"clerk_owner_{tag}", workstation=f"clerk_ws_{tag}")
    opened: list[Database] = []
    try:
        init_central(url, roles=roles)
        logins = {
            code: add_workstation(url, code, roles=roles, windows=windows)
            for code, windows in WINDOWS.items()
        }
        owner = open_central(as_login(url, roles.owner))
        opened.append(owner)
        with central_service(as_login(url, roles.owner)):
            stations = {}
            for code, login in logins.items():
                (tmp_path / code).mkdir()
                local = fresh_sqlite(sqlite_template, tmp_path / code)
                central = open_central(as_login(url, login))
                opened += [local, central]
                ctx = ServiceContext(
                    db=local, workstation=code, clock=clock, password_cost=CHEAP_PASSWORD_COST
                )
                stations[code] = Station(code, ctx, SyncEngine(local, central, code, clock=clock))
            center = build_small_center(stations["FRONT"].ctx)
            found = Centre(url, roles, logins, stations, center, owner)
            found.sync_all()
            yield found
    finally:
        for db in opened:
            db.dispose()
        drop_pg_database(name)
        drop_roles(PG_SERVER_URL, roles, list(WINDOWS))

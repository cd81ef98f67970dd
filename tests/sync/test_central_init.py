"""`central init`: schema by the migrations, an owner, and workstations that can do only
what a counter needs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database
from clerk_app.store.migrate import current_revision, head_revision
from clerk_app.sync.admin import CentralRoles, add_workstation, drop_roles, init_central
from clerk_app.sync.central import open_central
from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.errors import CentralAuthFailed
from tests.helpers.clock import FakeClock
from tests.helpers.databases import (
    PG_SERVER_URL,
    create_pg_database,
    drop_pg_database,
    fresh_sqlite,
    require_pg,
)
from tests.helpers.factories import build_small_center
from tests.sync.stations import CHEAP_PASSWORD_COST, central_db_name, central_service


@pytest.fixture
def fresh_central(worker_id: str) -> Iterator[tuple[str, CentralRoles]]:
    require_pg()
    name = central_db_name(worker_id, "_init")
    url = create_pg_database(name)
    tag = uuid.uuid4().hex[:8]
    roles = CentralRoles(owner=f"clerk_owner_{tag}", workstation=f"clerk_ws_{tag}")
    yield url, roles
    drop_pg_database(name)
    drop_roles(PG_SERVER_URL, roles, ["FRONT", "WIN-A"])


def _as(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


def test_init_creates_the_schema_owned_by_the_owner_and_is_repeatable(
    fresh_central: tuple[str, CentralRoles],
) -> None:
    url, roles = fresh_central
    init_central(url, roles=roles)
    init_central(url, roles=roles)  # again: an upgrade run is the same command
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        owner = conn.scalar(sa.text("SELECT tableowner FROM pg_tables WHERE tablename='event'"))
        rls = conn.scalar(sa.text("SELECT relrowsecurity FROM pg_class WHERE relname='event'"))
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert owner == roles.owner and rls is True


def test_a_workstation_writes_only_its_own_events_and_never_deletes_or_alters(
    fresh_central: tuple[str, CentralRoles], sqlite_template: Path, tmp_path: Path
) -> None:
    url, roles = fresh_central
    init_central(url, roles=roles)
    front_login = add_workstation(url, "FRONT", roles=roles)
    add_workstation(url, "WIN-A", roles=roles)
    central = open_central(_as(url, front_login))
    local = fresh_sqlite(sqlite_template, tmp_path)
    service = central_service(_as(url, roles.owner))
    service.__enter__()
    try:
        ctx = ServiceContext(
            db=local, workstation="FRONT", clock=FakeClock(), password_cost=CHEAP_PASSWORD_COST
        )
        build_small_center(ctx)
        SyncEngine(local, central, "FRONT").run_once()  # through the door, decided centrally
        with central.engine.connect() as conn:
            assert conn.scalar(sa.text("SELECT count(*) FROM event")) > 0
        # Another workstation's name is refused at the door.
        impostor = ServiceContext(
            db=local, workstation="WIN-A", clock=FakeClock(), password_cost=CHEAP_PASSWORD_COST
        )
        from clerk_app.services import catalogue
        from clerk_app.services.context import Actor

        catalogue.add_department(impostor, Actor.system(), code="X", name="冒名部门")
        with pytest.raises(CentralAuthFailed):
            SyncEngine(local, central, "WIN-A").push()
        for statement in (
            "DELETE FROM event",
            "UPDATE event SET payload = '{}'",
            "TRUNCATE event",
            "CREATE TABLE sneaky (id int)",
            "DROP TABLE ticket",
            "DELETE FROM alembic_version",
        ):
            with (
                central.engine.connect() as conn,
                pytest.raises(sa.exc.ProgrammingError, match=r"permission denied|must be owner"),
            ):
                conn.execute(sa.text(statement))
    finally:
        service.__exit__(None, None, None)
        central.dispose()
        local.dispose()


def test_bad_credentials_are_a_clear_error(
    fresh_central: tuple[str, CentralRoles], sqlite_template: Path, tmp_path: Path
) -> None:
    url, roles = fresh_central
    init_central(url, roles=roles)
    central = open_central(_as(url, "nobody_" + uuid.uuid4().hex[:6]))
    local: Database = fresh_sqlite(sqlite_template, tmp_path)
    engine = SyncEngine(local, central, "FRONT")
    try:
        with pytest.raises(CentralAuthFailed, match="拒绝登录"):
            engine.run_once()
        assert engine.status().error is not None and "拒绝" in engine.status().error
    finally:
        central.dispose()
        local.dispose()


def test_add_workstation_remembers_the_roles_init_set_up(
    fresh_central: tuple[str, CentralRoles],
) -> None:
    url, roles = fresh_central
    init_central(url, roles=roles)
    login = add_workstation(url, "WIN-A")  # no --workstation-role: the centre knows it
    assert login == roles.login_for("WIN-A")
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        member = conn.scalar(
            sa.text("SELECT pg_has_role(:login, :group, 'MEMBER')"),
            {"login": login, "group": roles.workstation},
        )
    engine.dispose()
    assert member is True


def test_upgrading_a_central_from_0004_decides_nothing_again(
    fresh_central: tuple[str, CentralRoles], sqlite_template: Path, tmp_path: Path
) -> None:
    from alembic import command

    from clerk_app.store.migrate import alembic_config

    url, roles = fresh_central
    init_central(url, roles=roles)
    owner_url = _as(url, roles.owner)
    central = open_central(owner_url)
    local = fresh_sqlite(sqlite_template, tmp_path)
    try:
        ctx = ServiceContext(
            db=local, workstation="FRONT", clock=FakeClock(), password_cost=CHEAP_PASSWORD_COST
        )
        build_small_center(ctx)
        with central_service(owner_url):
            SyncEngine(local, central, "FRONT").run_once()
        command.downgrade(alembic_config(owner_url), "0004")  # a central of the last version
        init_central(url, roles=roles)  # the upgrade
        with central_service(owner_url) as applier:
            assert applier.run_once() == 0  # everything already applied counts as decided
        with central.engine.connect() as conn:
            refused = conn.scalar(sa.text("SELECT count(*) FROM sync_conflict"))
            decided = conn.scalar(
                sa.text("SELECT value FROM counter WHERE key = 'central_decided'")
            )
            last = conn.scalar(sa.text("SELECT max(central_seq) FROM event"))
        assert refused == 0 and decided == last
    finally:
        central.dispose()
        local.dispose()

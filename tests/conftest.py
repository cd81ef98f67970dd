"""Test-wide set-up: offscreen Qt, fresh databases, a hand-moved clock, no real keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never this PC's /etc/clerk-desk: tests that want a machine configuration make their own.
os.environ["CLERK_MACHINE_CONFIG_DIR"] = os.path.join(os.sep, "nonexistent", "clerk-desk-machine")

from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.sealed import DataKey, current_key, install_key
from tests.helpers.clock import FakeClock
from tests.helpers.databases import (
    create_pg_database,
    drop_pg_database,
    empty_pg,
    fresh_sqlite,
    migrated_sqlite_template,
    require_pg,
)
from tests.helpers.error_log import (  # noqa: F401 - autouse fixtures and a hook for every test
    clerk_logging_restored,
    fail_on_error_log,
    pytest_runtest_call,
)
from tests.helpers.factories import SmallCenter, build_small_center
from tests.helpers.keyring_backend import memory_keyring  # noqa: F401 - a fixture for every test

CHEAP_PASSWORD_COST = 2**4


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow first, after pytest-randomly's shuffle (a stable sort keeps
    its order otherwise): with ``-n auto`` they start at once while the other workers share
    the rest, instead of one of them (the installer build: minutes) ending the run alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_sqlite_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def pg_database(worker_id: str) -> Iterator[Database]:
    """One migrated PostgreSQL database per test worker."""
    require_pg()
    name = f"clerk_test_{worker_id}_{os.getpid()}"  # parallel runs never share one
    url = create_pg_database(name)
    upgrade(url)
    db = open_database(url)
    yield db
    db.dispose()
    drop_pg_database(name)


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = fresh_sqlite(sqlite_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "pg"])
def db(request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """The store and service tests run on both the embedded and the central database."""
    if request.param == "sqlite":
        database = fresh_sqlite(sqlite_template, tmp_path)
        yield database
        database.dispose()
    else:
        database = request.getfixturevalue("pg_database")
        empty_pg(database)
        yield database


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ctx(db: Database, clock: FakeClock) -> ServiceContext:
    return ServiceContext(
        db=db, workstation="WS-T1", clock=clock, password_cost=CHEAP_PASSWORD_COST
    )


@pytest.fixture
def center(ctx: ServiceContext) -> SmallCenter:
    return build_small_center(ctx)


#: The centre's data key every test holds (a fixed one).
TEST_DATA_KEY = DataKey(bytes(range(32)))


@pytest.fixture(scope="session", autouse=True)
def session_data_key() -> Iterator[None]:
    """Session-scoped fixtures (demo templates built once) run before any test's own
    fixtures: they too seal with the centre's key, never without one."""
    install_key(TEST_DATA_KEY)
    yield
    install_key(None)


@pytest.fixture(autouse=True)
def centre_data_key(session_data_key: None) -> Iterator[DataKey]:
    """Every test runs as a workstation holding the centre's data key (a fixed one)."""
    key = TEST_DATA_KEY
    before = current_key()
    install_key(key)
    yield key
    install_key(before)

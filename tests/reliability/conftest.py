"""Fixtures of the reliability tests: a central PostgreSQL per worker (own name), stations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app.store.db import Database
from tests.helpers.clock import FakeClock
from tests.sync.stations import StationFactory, empty_central, migrated_central


@pytest.fixture(scope="session")
def central_server(worker_id: str) -> Iterator[tuple[str, Database]]:
    yield from migrated_central(worker_id, "_rel")


@pytest.fixture
def central(central_server: tuple[str, Database]) -> Database:
    empty_central(central_server[1])
    return central_server[1]


@pytest.fixture
def central_url(central_server: tuple[str, Database], central: Database) -> str:
    return central_server[0]


@pytest.fixture
def stations(
    sqlite_template: Path, tmp_path: Path, central: Database, clock: FakeClock
) -> Iterator[StationFactory]:
    factory = StationFactory(sqlite_template, tmp_path, central, clock)
    yield factory
    factory.close()

"""Fixtures of a central PostgreSQL (one per test worker) and fresh stations around it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clerk_app.store.db import Database
from tests.helpers.clock import FakeClock
from tests.sync.stations import StationFactory, empty_central, migrated_central


def central_fixtures(suffix: str = "") -> tuple[Callable[..., Any], ...]:
    """``central_server``, ``central``, ``central_url`` and ``stations`` for a conftest;
    ``suffix`` keeps the database apart from other test folders' on the same worker."""

    @pytest.fixture(scope="session", name="central_server")
    def central_server(worker_id: str) -> Iterator[tuple[str, Database]]:
        yield from migrated_central(worker_id, suffix)

    @pytest.fixture(name="central")
    def central(central_server: tuple[str, Database]) -> Database:
        empty_central(central_server[1])
        return central_server[1]

    @pytest.fixture(name="central_url")
    def central_url(central_server: tuple[str, Database], central: Database) -> str:
        return central_server[0]

    @pytest.fixture(name="stations")
    def stations(
        sqlite_template: Path, tmp_path: Path, central: Database, clock: FakeClock
    ) -> Iterator[StationFactory]:
        factory = StationFactory(sqlite_template, tmp_path, central, clock)
        yield factory
        factory.close()

    return central_server, central, central_url, stations

"""Fixtures of the sync tests: one central PostgreSQL per test worker, fresh stations."""

from __future__ import annotations

from tests.helpers.central_fixtures import central_fixtures

central_server, central, central_url, stations = central_fixtures()

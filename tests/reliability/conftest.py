"""Fixtures of the reliability tests: a central PostgreSQL per worker (own name), stations."""

from __future__ import annotations

from tests.helpers.central_fixtures import central_fixtures

central_server, central, central_url, stations = central_fixtures("_rel")

"""What the composition root logs about the database it opens: never the password."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app.app import open_store
from tests.helpers.databases import create_pg_database, drop_pg_database, require_pg

PASSWORD = "s3cret-Pw"


@pytest.mark.pg
def test_the_database_url_is_logged_without_its_password(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    require_pg()
    name = f"clerk_test_url_{os.getpid()}"
    # The test server trusts local connections: the password is sent nowhere, yet it is
    # part of the URL the workstation is configured with, as it would be in production.
    url = sa.engine.make_url(create_pg_database(name)).set(password=PASSWORD)
    try:
        with caplog.at_level(logging.INFO, logger="clerk.app"):
            ctx = open_store(url.render_as_string(hide_password=False), "WS-URL", tmp_path)
        ctx.db.dispose()
    finally:
        drop_pg_database(name)
    messages = [r.getMessage() for r in caplog.records if r.name == "clerk.app"]
    shown = url.render_as_string(hide_password=True)
    assert f"database upgraded: {shown}" in messages  # a new database: Alembic ran
    assert f"database opened: {shown}" in messages
    assert "***" in shown
    assert PASSWORD not in caplog.text

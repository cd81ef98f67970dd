"""A wrong central schema version, a full local disk: clear errors, nothing half-written."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from clerk_app.services import tickets
from clerk_app.store.db import Database
from clerk_app.store.migrate import head_revision, upgrade
from clerk_app.store.models import Event
from clerk_app.sync.central import open_central
from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.errors import CentralSchemaMismatch, LocalStoreFull
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.databases import create_pg_database, drop_pg_database, require_pg
from tests.helpers.factories import build_small_center
from tests.sync.stations import StationFactory, central_db_name


@pytest.fixture
def old_central(worker_id: str) -> Iterator[Database]:
    require_pg()
    name = central_db_name(worker_id, "_old")
    url = create_pg_database(name)
    upgrade(url, "0001")
    db = open_central(url)
    yield db
    db.dispose()
    drop_pg_database(name)


def test_a_central_of_another_schema_version_is_refused_before_anything_moves(
    stations: StationFactory, old_central: Database
) -> None:
    front = stations("FRONT")
    build_small_center(front.ctx)
    engine = SyncEngine(front.db, old_central, "FRONT")
    with pytest.raises(CentralSchemaMismatch, match=rf"0001.*{head_revision()}"):
        engine.run_once()
    with old_central.sessions() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Event)) == 0
    assert engine.status().waiting > 0 and engine.status().error is not None


def _limit_size(db: Database, extra_pages: int) -> Any:
    """Cap the SQLite file a few pages above its current size (a nearly full disk)."""
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
        cur.close()

    return _cap


def test_a_full_local_disk_stops_the_pull_cleanly_and_it_resumes_later(
    stations: StationFactory, central: Database
) -> None:
    front, counter = stations("FRONT"), stations("WIN-A", pull_batch=100_000)
    center = build_small_center(front.ctx)
    for _ in range(300):
        tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
    front.sync.run_once()
    cap = _limit_size(counter.db, extra_pages=8)
    with pytest.raises(LocalStoreFull, match="磁盘空间不足"):
        counter.sync.run_once()
    assert event_ids(counter.db) == set()  # the whole batch rolled back
    with counter.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    counter.db.engine.dispose()
    event.remove(counter.db.engine, "connect", cap)
    counter.sync.run_once()
    assert event_ids(counter.db) == event_ids(central)
    assert verify_journal(counter.db) == []

"""The background worker feeds the status indicator: online or offline since when, events
waiting, last sync, conflicts; a local write is pushed at once, or only counted while the
central is unreachable."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from clerk_app.services import tickets
from clerk_app.store.db import Database
from clerk_app.store.models import Event
from clerk_app.sync.central import open_central
from clerk_app.sync.engine import SyncEngine, SyncReport, SyncStatus
from clerk_app.sync.worker import SyncWorker
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, build_small_center
from tests.sync.stations import Station, StationFactory

DEAD_CENTRAL = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"
PATIENCE = 60  # seconds before a missing status fails the test (never reached when working)


class CountingEngine(SyncEngine):
    rounds = 0

    def run_once(self) -> SyncReport:
        self.rounds += 1
        return super().run_once()


def _next(statuses: queue.Queue[SyncStatus], until: Callable[[SyncStatus], bool]) -> SyncStatus:
    while True:
        status = statuses.get(timeout=PATIENCE)
        if until(status):
            return status


@pytest.fixture
def front(stations: StationFactory) -> tuple[Station, SmallCenter]:
    station = stations("FRONT")
    return station, build_small_center(station.ctx)


@contextmanager
def running(engine: SyncEngine) -> Iterator[SyncWorker]:
    worker = SyncWorker(engine, interval=3600, max_backoff=3600)  # rounds only when asked
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()


def test_online_a_local_write_is_pushed_at_once_and_the_status_says_so(
    front: tuple[Station, SmallCenter], central: Database, clock: FakeClock
) -> None:
    station, center = front
    statuses: queue.Queue[SyncStatus] = queue.Queue()
    engine = CountingEngine(station.db, central, "FRONT", clock=clock, on_status=statuses.put)
    with running(engine) as worker:
        first = _next(statuses, lambda s: s.online is True)
        assert first.waiting == 0 and first.last_sync == clock.now and first.conflicts == 0
        clock.advance(minutes=2)
        ticket = tickets.issue_ticket(
            station.ctx, center.guide.actor(), queue_id=center.market_queue
        )
        worker.trigger()
        after = _next(statuses, lambda s: s.last_sync == clock.now)
        assert after.online is True and after.waiting == 0
        assert engine.rounds == 2
        assert worker.status == after
        assert "在线" in after.label() and "待上传 0" in after.label()
    with central.sessions() as s:
        payloads = s.scalars(select(Event.payload).where(Event.type == "ticket.issued"))
        assert any(ticket.id in p for p in payloads)


def test_offline_the_indicator_counts_waiting_events_without_hammering_the_central(
    front: tuple[Station, SmallCenter], clock: FakeClock
) -> None:
    station, center = front
    dead = open_central(DEAD_CENTRAL)
    statuses: queue.Queue[SyncStatus] = queue.Queue()
    engine = CountingEngine(station.db, dead, "FRONT", clock=clock, on_status=statuses.put)
    try:
        with running(engine) as worker:
            offline = _next(statuses, lambda s: s.online is False)
            assert offline.offline_since == clock.now and offline.last_sync is None
            assert offline.error is not None and "离线" in offline.label()
            waiting = offline.waiting
            assert waiting > 0  # the catalogue built here has never reached the central

            clock.advance(minutes=5)
            tickets.issue_ticket(station.ctx, center.guide.actor(), queue_id=center.market_queue)
            worker.trigger()
            counted = _next(statuses, lambda s: s.waiting == waiting + 1)
            assert counted.online is False and counted.offline_since == offline.offline_since
            assert engine.rounds == 1  # counted, not retried

            worker.sync_now()  # the user's "立即同步" tries at once
            _next(statuses, lambda s: engine.rounds == 2)
            assert worker.status.online is False and worker.status.waiting == waiting + 1
    finally:
        dead.dispose()

"""Sync processes killed with SIGKILL at random points, 50 times: nothing lost or doubled."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from clerk_app.domain.tickets import TicketState
from clerk_app.services import tickets
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.store.db import Database
from clerk_app.store.models import Event
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, build_small_center
from tests.sync.stations import Station, StationFactory

LOOP = """
import sys
from clerk_app.store.db import open_database
from clerk_app.sync.central import open_central
from clerk_app.sync.engine import SyncEngine
local, central, ws = sys.argv[1:4]
engine = SyncEngine(open_database(local), open_central(central), ws, push_batch=7, pull_batch=11)
print("ready", flush=True)
while True:
    engine.run_once()
"""

KILLS = 50


def _spawn(station: Station, central_url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", LOOP, station.db.url, central_url, station.code],
        stdout=subprocess.PIPE,
        text=True,
    )


def _work(
    front: Station,
    counter: Station,
    clock: FakeClock,
    center: SmallCenter,
    rng: random.Random,
) -> None:
    """A little of the working day between kills, committed locally first."""
    clock.advance(seconds=30)
    guide, clerk = center.guide.actor(), center.clerk.actor()
    for _ in range(rng.randint(1, 4)):
        tickets.issue_ticket(front.ctx, guide, queue_id=center.market_queue)
    try:
        current = tickets.current_ticket(counter.ctx, center.window_a)
        if current is None:
            tickets.call_next(counter.ctx, clerk, window_id=center.window_a)
        elif current.state is TicketState.SERVING:
            tickets.finish(counter.ctx, clerk, current.id)
        else:
            tickets.start_serving(counter.ctx, clerk, current.id)
    except (NotFound, PermissionDenied):
        pass  # the counter has not pulled the catalogue or the staff yet


def _kill(procs: list[subprocess.Popen[str]]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        p.wait()
        if p.stdout is not None:
            p.stdout.close()


@pytest.mark.slow
def test_sync_killed_fifty_times_then_restarted_converges_without_duplicates(
    stations: StationFactory, central: Database, central_url: str, clock: FakeClock
) -> None:
    rng = random.Random(20260928)
    front, counter = stations("FRONT"), stations("WIN-A")
    center = build_small_center(front.ctx)
    for _ in range(40):
        tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)

    kills = 0
    while kills < KILLS:
        procs = [_spawn(front, central_url), _spawn(counter, central_url)]
        try:
            for p in procs:
                assert p.stdout is not None and p.stdout.readline().strip() == "ready"
            _work(front, counter, clock, center, rng)
            time.sleep(rng.uniform(0.0, 0.35))  # a random point of the sync work
            assert all(p.poll() is None for p in procs), "the sync loop died on its own"
        finally:
            _kill(procs)  # never leave a loop running, even when the test fails
        kills += len(procs)

    # Restarted cleanly: run until nothing is waiting anywhere.
    for _ in range(3):
        front.sync.run_once()
        counter.sync.run_once()
    assert front.sync.status().waiting == counter.sync.status().waiting == 0

    central_ids = event_ids(central)
    union = event_ids(front.db, "FRONT") | event_ids(counter.db, "WIN-A")
    assert central_ids == union
    assert event_ids(front.db) == event_ids(counter.db) == central_ids
    with central.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == len(central_ids)
        assert s.scalar(select(func.count(func.distinct(Event.central_seq)))) == len(central_ids)
    for db in (central, front.db, counter.db):
        assert verify_journal(db) == []
    assert counter.sync.status().conflicts == 0

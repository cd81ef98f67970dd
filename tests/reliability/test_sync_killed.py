"""Sync processes killed with SIGKILL at random points, 50 times: nothing lost or doubled."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from clerk_app.services import tickets
from clerk_app.store.db import Database
from clerk_app.store.models import Event
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.clock import FakeClock
from tests.helpers.factories import build_small_center
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
    center_ids: dict[str, str],
    rng: random.Random,
) -> None:
    """A little of the working day between kills, committed locally first."""
    clock.advance(seconds=30)
    for _ in range(rng.randint(1, 4)):
        tickets.issue_ticket(front.ctx, _guide(center_ids), queue_id=center_ids["queue"])
    try:
        current = tickets.current_ticket(counter.ctx, center_ids["window"])
        if current is not None:
            tickets.finish(
                counter.ctx, _clerk(center_ids), current.id
            ) if current.state.value == "serving" else tickets.start_serving(
                counter.ctx, _clerk(center_ids), current.id
            )
        else:
            tickets.call_next(counter.ctx, _clerk(center_ids), window_id=center_ids["window"])
    except Exception as exc:  # the counter may not have the catalogue yet
        assert type(exc).__name__ in {"NotFound", "PermissionDenied"}, exc


_ACTORS: dict[str, object] = {}


def _guide(ids: dict[str, str]):  # type: ignore[no-untyped-def]
    return _ACTORS["guide"]


def _clerk(ids: dict[str, str]):  # type: ignore[no-untyped-def]
    return _ACTORS["clerk"]


@pytest.mark.slow
def test_sync_killed_fifty_times_then_restarted_converges_without_duplicates(
    stations: StationFactory, central: Database, central_url: str, clock: FakeClock
) -> None:
    rng = random.Random(20260928)
    front, counter = stations("FRONT"), stations("WIN-A")
    center = build_small_center(front.ctx)
    _ACTORS.update(guide=center.guide.actor(), clerk=center.clerk.actor())
    ids = {"queue": center.market_queue, "window": center.window_a}
    for _ in range(40):
        tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)

    kills = 0
    while kills < KILLS:
        procs = [_spawn(front, central_url), _spawn(counter, central_url)]
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        _work(front, counter, clock, ids, rng)
        time.sleep(rng.uniform(0.0, 0.35))  # a random point of the sync work
        for p in procs:
            assert p.poll() is None, "the sync loop died on its own"
            p.send_signal(signal.SIGKILL)
            p.wait()
            assert p.stdout is not None
            p.stdout.close()
            kills += 1

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

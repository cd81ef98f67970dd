"""Sync benchmarks: central call-next against a raw-SQL claim, push and pull of 10,000 events.

    python -m bench.run sync    (or: python -m bench.bench_sync [--server URL])

Prints ratios (product ÷ raw baseline, measured in the same run), not pass/fail times.

Call next: the product's claim (``CentralQueue.claim_next``, the SECURITY DEFINER function
``clerk_claim_next``) against a raw-SQL claim, 1, 10 and 50 windows claiming at once, one
thread per window. The central is set up as in production (``central init`` roles): each
window belongs to a workstation with its own login, which is never a superuser, so every
claim runs the ownership check of its window; the raw claim runs as the owner with no
check. Each side runs on fresh engines of its own and makes a few untimed claims per window
before the timed ones; each window's first, cold call (connection set-up) is a line of its
own. Push and pull run on a second fresh central, each workstation with its own login, and
the owner's applier deciding as ``central serve`` does.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench import hold_data_key
from clerk_app.services import tickets
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Queue, Ticket, Window
from clerk_app.sync.admin import CentralRoles, add_workstation, drop_roles, init_central
from clerk_app.sync.central import open_central
from clerk_app.sync.central_queue import CentralQueue
from clerk_app.sync.engine import SyncEngine

#: What the benchmark needs to run (``python -m bench.run --list``).
NEEDS = (
    "a PostgreSQL server that lets it create databases and roles, and lets those roles "
    "log in (CLERK_BENCH_PG_URL; default postgres@127.0.0.1:5432, trusted)"
)

DEFAULT_SERVER = os.environ.get(
    "CLERK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
DAY = date(2026, 9, 28)
#: Untimed claims per window before the timed ones (connections opened, plans cached).
WARM_UP = 5
RAW_CLAIM = sa.text("""
    UPDATE ticket SET state = 'called', window_id = NULL
    WHERE id = (SELECT id FROM ticket WHERE queue_id = :q AND service_day = :day
                AND state = 'waiting' ORDER BY issued_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id""")


def _admin(server: str) -> sa.Engine:
    return sa.create_engine(server, isolation_level="AUTOCOMMIT")


def _as(url: str, *, database: str | None = None, login: str | None = None) -> str:
    found = sa.engine.make_url(url)
    if database is not None:
        found = found.set(database=database)
    if login is not None:
        found = found.set(username=login, password=None)
    return found.render_as_string(hide_password=False)


@dataclass
class _Centre:
    """A fresh central database set up by ``central init`` with this run's roles."""

    admin_url: str
    roles: CentralRoles
    stations: list[str] = field(default_factory=list)

    @property
    def owner_url(self) -> str:
        return _as(self.admin_url, login=self.roles.owner)

    def add(self, code: str, windows: list[str] | None = None) -> str:
        """A workstation's own login URL (``central add-workstation``)."""
        self.stations.append(code)
        login = add_workstation(self.admin_url, code, roles=self.roles, windows=windows)
        return _as(self.admin_url, login=login)


def _create_db(server: str, name: str) -> str:
    """A new, empty database on the server (dropped first if a run left it): its URL."""
    admin = _admin(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return _as(server, database=name)


def _fresh_pg(server: str, name: str, roles: CentralRoles) -> _Centre:
    centre = _Centre(_create_db(server, name), roles)
    init_central(centre.admin_url, roles=roles)
    return centre


def _drop(server: str, names: list[str], roles: CentralRoles, stations: list[str]) -> None:
    admin = _admin(server)
    with admin.connect() as conn:
        for name in names:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
    drop_roles(server, roles, stations)


def _seed_windows(centre: _Centre, windows: int) -> list[tuple[str, str]]:
    """``windows`` service windows, each served by a workstation of its own: (window id,
    that workstation's login URL)."""
    owner = open_central(centre.owner_url)
    ids = [f"bench-window-{w:02d}" for w in range(windows)]
    with owner.sessions() as s, s.begin():
        for w, window_id in enumerate(ids):
            s.add(Window(id=window_id, code=f"BW{w:02d}", name=f"基准窗口{w}"))
    owner.dispose()
    return [(wid, centre.add(f"BENCH-W{w:02d}", [f"BW{w:02d}"])) for w, wid in enumerate(ids)]


def _seed(db: Database, n: int) -> str:
    queue_id = str(uuid.uuid4())
    start = datetime(2026, 9, 28, 0, 30, tzinfo=UTC)
    with db.sessions() as s, s.begin():
        s.execute(sa.text("TRUNCATE ticket, ticket_claim, queue CASCADE"))
        s.add(Queue(id=queue_id, code=f"Q{queue_id[:6]}", name="基准", prefix="Z"))
        s.flush()
        s.execute(
            sa.insert(Ticket),
            [
                dict(
                    id=str(uuid.uuid4()),
                    queue_id=queue_id,
                    service_day=DAY,
                    seq=i,
                    number=f"Z{i:05d}",
                    kind="normal",
                    kind_reason="",
                    state="waiting",
                    issued_at=start + timedelta(seconds=i),
                    recalls=0,
                    transfers=0,
                )
                for i in range(1, n + 1)
            ],
        )
    return queue_id


def _run_windows(
    windows: int, per: int, claim: Callable[[int], object], *, warm: int = WARM_UP
) -> tuple[list[float], float, list[float]]:
    """Each window (thread) first makes ``warm`` untimed calls, then all start together on
    ``per`` timed calls: claim latencies, wall time of the timed part, and the latency of
    each window's very first call (connection set-up included: a start-of-day figure)."""
    latencies: list[float] = []
    first: list[float] = []
    lock = threading.Lock()
    ready = threading.Barrier(windows + 1)
    go = threading.Barrier(windows + 1)

    def work(w: int) -> None:
        mine = []
        for i in range(warm):
            t0 = time.perf_counter()
            claim(w)
            if i == 0:
                with lock:
                    first.append(time.perf_counter() - t0)
        ready.wait()
        go.wait()
        for _ in range(per):
            t0 = time.perf_counter()
            claim(w)
            mine.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(windows)]
    for t in threads:
        t.start()
    ready.wait()
    t0 = time.perf_counter()
    go.wait()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - t0, first


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


Row = tuple[str, float, float, float]


def bench_call_next(centre: _Centre, total: int = 2000) -> list[Row]:
    """Claim latency p50/p99 and time per claim (wall ÷ claims) at 1, 10 and 50 windows,
    each against the same claim in raw SQL in the same run.

    Both sides get the same treatment: fresh engines of their own (one connection per
    window: the product's through that window's workstation login, each its own engine), and
    :data:`WARM_UP` untimed claims per window before the timed ones, so both are measured
    with their connections open. Each window's first (cold) call is reported on its own
    line; it is a start-of-day cost, paid once per window on either side.
    """
    rows: list[Row] = []
    owned = _seed_windows(centre, 50)
    url = centre.owner_url
    for windows in (1, 10, 50):
        per = total // windows
        seed = per * windows + WARM_UP * windows + 10
        db = open_central(url, pool_size=2)
        queue_id = _seed(db, seed)
        db.dispose()
        logins = [open_central(login, pool_size=1) for _, login in owned[:windows]]
        queues = [CentralQueue(login) for login in logins]

        def claim(w: int, q: str = queue_id, queues: list[CentralQueue] = queues) -> None:
            queues[w].claim_next(owned[w][0], [q], DAY)

        lat, wall, first = _run_windows(windows, per, claim)
        for login in logins:
            login.dispose()
        db = open_central(url, pool_size=windows + 2)
        queue_id = _seed(db, seed)

        def raw(_w: int, q: str = queue_id, db: Database = db) -> None:
            with db.engine.begin() as conn:
                conn.execute(RAW_CLAIM, {"q": q, "day": DAY}).first()

        raw_lat, raw_wall, raw_first = _run_windows(windows, per, raw)
        db.dispose()
        n = per * windows
        p50, r50 = _pct(lat, 0.5), _pct(raw_lat, 0.5)
        p99, r99 = _pct(lat, 0.99), _pct(raw_lat, 0.99)
        f50, rf50 = _pct(first, 0.5), _pct(raw_first, 0.5)
        each, raw_each = wall / n * 1000, raw_wall / n * 1000
        rows += [
            (f"call next, {windows} windows, p50", p50, r50, p50 / r50),
            (f"call next, {windows} windows, p99", p99, r99, p99 / r99),
            (f"call next, {windows} windows, per call", each, raw_each, each / raw_each),
            (f"call next, {windows} windows, 1st call p50", f50, rf50, f50 / rf50),
        ]
    return rows


def bench_push_pull(centre: _Centre, workdir: Path, events: int = 10_000) -> list[Row]:
    """Push and pull of ``events`` offline events (target under 5 s each), against
    creating them locally through the services (applying each once). Each workstation
    pushes and pulls through its own login; the owner's applier decides."""
    a_central = open_central(centre.add("BENCH-A"))
    b_central = open_central(centre.add("BENCH-B"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    # The owner's applier in a process of its own, long running, as the centre runs
    # ``central serve``: started here, it is listening well before the push.
    applier = subprocess.Popen(
        [sys.executable, "-m", "clerk_app.sync", "central", "serve", "--url", centre.owner_url]
    )
    try:
        return _push_then_pull(a_central, b_central, workdir, events)
    finally:
        applier.send_signal(signal.SIGINT)
        applier.wait(timeout=60)
        for db in (a_central, b_central):
            db.dispose()


def _push_then_pull(
    a_central: Database, b_central: Database, workdir: Path, events: int
) -> list[Row]:
    from tests.helpers.clock import FakeClock
    from tests.helpers.factories import build_small_center

    a_db = open_database(f"sqlite:///{workdir / 'a.sqlite3'}")
    upgrade(a_db.url)
    b_db = open_database(f"sqlite:///{workdir / 'b.sqlite3'}")
    upgrade(b_db.url)
    clock = FakeClock()
    ctx = ServiceContext(db=a_db, workstation="BENCH-A", clock=clock, password_cost=2**4)
    center = build_small_center(ctx)
    guide = center.guide.actor()
    t0 = time.perf_counter()
    made = 0
    while made < events:
        tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
        clock.advance(seconds=10)  # a busy hall: 2,500 visitors over a long day
        made += 1
        if made % 2500 == 0:
            clock.advance(days=1)
    local_s = time.perf_counter() - t0
    a = SyncEngine(a_db, a_central, "BENCH-A", clock=clock, decision_wait=60)
    b = SyncEngine(b_db, b_central, "BENCH-B", clock=clock)
    t0 = time.perf_counter()
    pushed, _ = a.push()  # through the door and decided by the central
    push_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pulled, _ = b.pull()
    pull_s = time.perf_counter() - t0
    for db in (a_db, b_db):
        db.dispose()
    assert pulled == pushed, (pulled, pushed)
    local_ms = local_s * 1000
    return [
        (f"push {pushed} offline events (ms)", push_s * 1000, local_ms, push_s / local_s),
        (f"pull {pulled} events (ms)", pull_s * 1000, local_ms, pull_s / local_s),
    ]


def run(server: str = DEFAULT_SERVER, events: int = 10_000, *, call_next: bool = True) -> list[Row]:
    hold_data_key()
    tag = os.getpid()  # runs at the same time never share a database or a role
    roles = CentralRoles(owner=f"clerk_bench_owner_{tag}", workstation=f"clerk_bench_ws_{tag}")
    names = [f"clerk_bench_sync_{tag}", f"clerk_bench_push_{tag}"]
    stations: list[str] = []
    try:
        rows: list[Row] = []
        if call_next:
            queue_centre = _fresh_pg(server, names[0], roles)
            stations = queue_centre.stations
            rows += bench_call_next(queue_centre)
        sync_centre = _fresh_pg(server, names[1], roles)
        sync_centre.stations = stations  # one list: the roles are the server's, not a db's
        with tempfile.TemporaryDirectory() as tmp:
            rows += bench_push_pull(sync_centre, Path(tmp), events)
        return rows
    finally:
        _drop(server, names, roles, stations)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--skip-call-next", action="store_true")
    args = parser.parse_args()
    for name, value, base, ratio in run(
        args.server, args.events, call_next=not args.skip_call_next
    ):
        print(f"{name:<46}{value:>10.2f} ms{base:>10.2f} ms{ratio:>8.2f}x")
    print(
        "targets: call next within 2x the raw claim (p50, p99) and at >= 50 % of its "
        "throughput (per call <= 2x); push and pull of 10,000 events under 5 s each"
    )


if __name__ == "__main__":
    main()

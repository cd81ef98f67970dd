"""Sync benchmarks: central call-next against a raw-SQL claim, push and pull of 10,000 events.

    python -m bench.run sync    (or: python -m bench.bench_sync [--server URL])

Prints ratios (product ÷ raw baseline, measured in the same run), not pass/fail times.

Call next: the product's claim (``CentralQueue.claim_next``, the SECURITY DEFINER function
``clerk_claim_next``) against a raw-SQL claim, 1, 10 and 50 windows claiming at once, one
thread and one pooled connection per window. Each side runs on a fresh engine of its own
and makes a few untimed claims per window before the timed ones; each window's first,
cold call (connection set-up) is a line of its own. The bench logs in as the server's
superuser, so the ownership check runs its owner branch; a workstation login adds one
indexed lookup of its windows per claim.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench import hold_data_key
from clerk_app.services import tickets
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Queue, Ticket
from clerk_app.sync.central import open_central
from clerk_app.sync.central_apply import CentralApplier
from clerk_app.sync.central_queue import CentralQueue
from clerk_app.sync.engine import SyncEngine

#: What the benchmark needs to run (``python -m bench.run --list``).
NEEDS = (
    "a PostgreSQL server that lets it create databases "
    "(CLERK_BENCH_PG_URL; default postgres@127.0.0.1:5432, trusted)"
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


def _fresh_pg(server: str, name: str) -> str:
    admin = _admin(server)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    return url


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


def bench_call_next(url: str, total: int = 2000) -> list[Row]:
    """Claim latency p50/p99 and time per claim (wall ÷ claims) at 1, 10 and 50 windows,
    each against the same claim in raw SQL in the same run.

    Both sides get the same treatment: a fresh engine of their own (``windows`` pooled
    connections, as each window is its own workstation with its own connection), and
    :data:`WARM_UP` untimed claims per window before the timed ones, so both are measured
    with their connections open. Each window's first (cold) call is reported on its own
    line; it is a start-of-day cost, paid once per window on either side.
    """
    rows: list[Row] = []
    for windows in (1, 10, 50):
        per = total // windows
        seed = per * windows + WARM_UP * windows + 10
        db = open_central(url, pool_size=windows + 2)
        queue_id = _seed(db, seed)
        cq = CentralQueue(db)
        lat, wall, first = _run_windows(
            windows, per, lambda w, cq=cq, q=queue_id: cq.claim_next(f"w{w}", [q], DAY)
        )
        db.dispose()
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


def bench_push_pull(url: str, workdir: Path, events: int = 10_000) -> list[Row]:
    """Push and pull of ``events`` offline events (target under 5 s each), against
    creating them locally through the services (applying each once)."""
    central = open_central(url)
    with central.engine.begin() as conn:
        names = ", ".join(
            f'"{t}"' for t in sa.inspect(conn).get_table_names() if t != "alembic_version"
        )
        conn.execute(sa.text(f"TRUNCATE {names} CASCADE"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
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
        made += 1
        if made % 2500 == 0:
            clock.advance(days=1)
    local_s = time.perf_counter() - t0
    a = SyncEngine(a_db, central, "BENCH-A", clock=clock, decision_wait=60)
    b = SyncEngine(b_db, central, "BENCH-B", clock=clock)
    applier_db = open_central(url)
    stop = threading.Event()  # the owner's applier, as ``central serve`` runs it
    applier = threading.Thread(target=CentralApplier(applier_db).serve, args=(stop,))
    applier.start()
    try:
        t0 = time.perf_counter()
        pushed, _ = a.push()  # through the door and decided by the central
        push_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        pulled, _ = b.pull()
        pull_s = time.perf_counter() - t0
    finally:
        stop.set()
        applier.join()
    for db in (a_db, b_db, central, applier_db):
        db.dispose()
    assert pulled == pushed, (pulled, pushed)
    local_ms = local_s * 1000
    return [
        (f"push {pushed} offline events (ms)", push_s * 1000, local_ms, push_s / local_s),
        (f"pull {pulled} events (ms)", pull_s * 1000, local_ms, pull_s / local_s),
    ]


def run(server: str = DEFAULT_SERVER, events: int = 10_000, *, call_next: bool = True) -> list[Row]:
    hold_data_key()
    name = f"clerk_bench_sync_{os.getpid()}"  # runs at the same time never share one
    url = _fresh_pg(server, name)
    try:
        rows = bench_call_next(url) if call_next else []
        with tempfile.TemporaryDirectory() as tmp:
            rows += bench_push_pull(url, Path(tmp), events)
        return rows
    finally:
        admin = _admin(server)
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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

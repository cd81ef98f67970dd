"""F1 with the link to the centre healthy and stalled: the time from call next to the
visitor called, through the services and the central link as the application wires them.

    python -m bench.run link

The counter reaches the central PostgreSQL through a TCP proxy; "stalled" keeps the
connections open and passes nothing (a router dropping packets). Rows, each against a
baseline of the same run: healthy F1 against F1 of a standalone workstation (no centre);
the first F1 after the stall (it includes the switch to offline: the call deadline, 1.5 s
by default — goal ≤ 2 s) and the following ones (offline at once) against healthy F1;
ticket issue likewise.
"""

from __future__ import annotations

import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bench import hold_data_key
from bench.bench_sync import DEFAULT_SERVER, _admin, _create_db
from clerk_app.services import tickets
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.store.db import open_database
from clerk_app.store.migrate import upgrade
from clerk_app.sync.central import open_central
from clerk_app.sync.central_queue import CentralQueue
from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.link import CentralLink
from clerk_app.sync.settings import CentralSettings

#: What the benchmark needs to run (``python -m bench.run --list``).
NEEDS = (
    "a PostgreSQL server that lets it create databases "
    "(CLERK_BENCH_PG_URL; default postgres@127.0.0.1:5432, trusted)"
)

Row = tuple[str, float, float, float]
ROUNDS = 15


def _serve(ctx: ServiceContext, clerk: Actor, window_id: str) -> Callable[[], float]:
    """One F1: call next, timed; then the visit is closed so the next F1 can call."""

    def f1() -> float:
        t0 = time.perf_counter()
        called = tickets.call_next(ctx, clerk, window_id=window_id)
        took = time.perf_counter() - t0
        assert called is not None, "nobody to call"
        tickets.no_show(ctx, clerk, called.id)
        return took * 1000

    return f1


def run(server: str = DEFAULT_SERVER) -> list[Row]:
    hold_data_key()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import keyring

    from tests.helpers.clock import FakeClock
    from tests.helpers.factories import build_small_center
    from tests.helpers.keyring_backend import MemoryKeyring
    from tests.reliability.tcp_proxy import TcpProxy
    from tests.sync.stations import central_service

    keyring.set_keyring(MemoryKeyring())
    logging.getLogger("clerk").setLevel(logging.ERROR)  # the offline warnings are expected
    name = "clerk_bench_link"
    url = _create_db(server, name)
    upgrade(url)
    parsed = make_url(url)
    proxy = TcpProxy(parsed.host or "127.0.0.1", parsed.port or 5432)
    proxy.start()
    central = open_central(url)
    link: CentralLink | None = None
    try:
        with tempfile.TemporaryDirectory() as tmp, central_service(url):  # the owner's applier
            clock = FakeClock()
            front_db = open_database(f"sqlite:///{Path(tmp) / 'front.sqlite3'}")
            counter_db = open_database(f"sqlite:///{Path(tmp) / 'counter.sqlite3'}")
            alone_db = open_database(f"sqlite:///{Path(tmp) / 'alone.sqlite3'}")
            for db in (front_db, counter_db, alone_db):
                upgrade(db.url)
            front = ServiceContext(db=front_db, workstation="FRONT", clock=clock, password_cost=16)
            center = build_small_center(front)
            front = replace(front, shared_queue=CentralQueue(central))
            front_sync = SyncEngine(front_db, central, "FRONT", clock=clock)
            guide, clerk = center.guide.actor(), center.clerk.actor()

            # baseline: a standalone workstation (no centre), the same F1
            alone = ServiceContext(db=alone_db, workstation="ALONE", clock=clock, password_cost=16)
            alone_center = build_small_center(alone)
            for _ in range(ROUNDS):
                tickets.issue_ticket(alone, guide, queue_id=alone_center.market_queue)
            f1_alone = _serve(alone, alone_center.clerk.actor(), alone_center.window_a)
            standalone = [f1_alone() for _ in range(ROUNDS)]

            for _ in range(3 * ROUNDS + 5):
                tickets.issue_ticket(front, guide, queue_id=center.market_queue)
            front_sync.run_once()
            settings = CentralSettings(
                host="127.0.0.1",
                port=proxy.port,
                database=name,
                user=parsed.username or "",
                workstation="WIN-A",
            )
            if parsed.password:
                from clerk_app.sync.settings import store_password

                store_password(settings, parsed.password)
            link = CentralLink(settings)
            assert link.connect(counter_db, "WIN-A", _NoStatus())
            assert link.engine is not None
            counter = ServiceContext(
                db=counter_db,
                workstation="WIN-A",
                clock=clock,
                shared_queue=link.queue,
                fetch_missing=link.fetch_missing,
            )
            link.engine.run_once()
            # the same F1 as before the bounds: a plain handle, no deadline, no watchdog
            plain_db = open_database(
                parsed.set(port=proxy.port).render_as_string(hide_password=False),
                connect_args={"connect_timeout": 5},
                pool_size=2,
            )
            plain = replace(counter, shared_queue=CentralQueue(plain_db))
            f1_plain = _serve(plain, clerk, center.window_a)
            unbounded = [f1_plain() for _ in range(ROUNDS)]
            plain_db.dispose()
            f1 = _serve(counter, clerk, center.window_a)
            healthy = [f1() for _ in range(ROUNDS)]
            issue_healthy = [
                _timed(lambda: tickets.issue_ticket(counter, clerk, queue_id=center.market_queue))
                for _ in range(ROUNDS)
            ]

            proxy.stall()
            issue_first = _timed(  # includes the deadline and the switch to offline
                lambda: tickets.issue_ticket(counter, clerk, queue_id=center.market_queue)
            )
            for _ in range(ROUNDS):  # more of its own offline series, to call offline
                tickets.issue_ticket(counter, clerk, queue_id=center.market_queue)
            proxy.forward()
            link.engine.run_once()  # back online (the offline tickets pushed)
            proxy.stall()
            first = f1()  # includes the deadline and the switch to offline
            later = [f1() for _ in range(ROUNDS)]
            proxy.forward()
    finally:
        if link is not None:
            link.stop()
        proxy.stop()
        central.dispose()
        admin = _admin(server)
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    med = statistics.median
    return [
        (
            "F1→called, healthy, bounded vs unbounded (ms)",
            med(healthy),
            med(unbounded),
            med(healthy) / med(unbounded),
        ),
        (
            "F1→called, link healthy vs standalone (ms)",
            med(healthy),
            med(standalone),
            med(healthy) / med(standalone),
        ),
        ("F1→called, stalled, first (ms, goal ≤2000)", first, med(healthy), first / med(healthy)),
        ("F1→called, stalled, next ones (ms)", med(later), med(healthy), med(later) / med(healthy)),
        (
            "取号, stalled, first (ms, goal ≤2000)",
            issue_first,
            med(issue_healthy),
            issue_first / med(issue_healthy),
        ),
    ]


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


class _NoStatus:
    def push(self, status: object) -> None:
        pass

    def problem(self, message: str) -> None:
        pass


if __name__ == "__main__":
    for row in run():
        print(f"{row[0]:<46}{row[1]:>10.2f} ms{row[2]:>10.2f} ms{row[3]:>8.2f}x")

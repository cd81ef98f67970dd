"""The counter never waits on the link: stalled, refused or with its login disabled, the
visitor is still numbered and called (offline), the status says why, and once the link is
back everything converges with no ticket twice and none lost.

The counter reaches the real central PostgreSQL through a TCP proxy the test controls;
the bounds are short here (under a second) so the run takes seconds. The benchmark
``python -m bench.run link`` measures the times; these tests assert the outcomes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from clerk_app.domain.tickets import TicketState
from clerk_app.services import tickets
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database
from clerk_app.store.models import Ticket
from clerk_app.sync.bounds import NO_ANSWER, LinkBounds
from clerk_app.sync.central_queue import CentralQueue
from clerk_app.sync.errors import SyncError
from clerk_app.sync.link import CentralLink
from clerk_app.sync.settings import CentralSettings
from clerk_app.sync.status import SyncStatus
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.factories import SmallCenter, build_small_center
from tests.helpers.keyring_backend import MemoryKeyring
from tests.reliability.tcp_proxy import TcpProxy
from tests.sync.stations import Station, StationFactory, register_workstation_login

BOUNDS = LinkBounds(
    call_deadline=0.6,
    statement_timeout_ms=600,
    lock_timeout_ms=400,
    sync_statement_timeout_ms=800,
    sync_deadline=0.8,
)
SLACK = 2.5  # seconds past the deadline a loaded CI machine may need; the bench measures


@dataclass
class Sink:
    """The status indicator, as the link sees it."""

    statuses: list[SyncStatus] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def push(self, status: SyncStatus) -> None:
        self.statuses.append(status)

    def problem(self, message: str) -> None:
        self.problems.append(message)

    @property
    def last(self) -> SyncStatus:
        return self.statuses[-1]


@dataclass
class Counter:
    station: Station
    link: CentralLink
    ctx: ServiceContext
    sink: Sink

    def sync(self) -> None:
        assert self.link.engine is not None
        self.link.engine.run_once()


@pytest.fixture
def proxy(central_url: str) -> Iterator[TcpProxy]:
    url = make_url(central_url)
    p = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    p.start()
    yield p
    p.stop()


@pytest.fixture
def login(central: Database, central_url: str) -> Iterator[str]:
    """A workstation login of its own (per process), so the test can disable it."""
    name = f"clerk_rel_ws_{os.getpid()}"
    with central.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if conn.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}) is None:
            conn.execute(sa.text(f'CREATE ROLE "{name}" LOGIN'))
        conn.execute(sa.text(f'ALTER ROLE "{name}" LOGIN'))
        register_workstation_login(conn, name, "WIN-A", windows=["A01"])
    yield name
    with central.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(
            sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
            {"n": name},
        )
        conn.execute(sa.text(f'DROP OWNED BY "{name}"'))
        conn.execute(sa.text(f'DROP ROLE "{name}"'))


@pytest.fixture
def floor(
    stations: StationFactory,
    central: Database,
    central_url: str,
    proxy: TcpProxy,
    login: str,
    memory_keyring: MemoryKeyring,
) -> Iterator[tuple[Station, Counter, SmallCenter]]:
    """A front desk on a healthy link and window A01's counter behind the proxy."""
    front, station = stations("FRONT"), stations("WIN-A")
    center = build_small_center(front.ctx)
    front.ctx = replace(front.ctx, shared_queue=CentralQueue(central))
    front.sync.run_once()
    settings = CentralSettings(
        host="127.0.0.1",
        port=proxy.port,
        database=make_url(central_url).database or "",
        user=login,
        workstation="WIN-A",
    )
    link = CentralLink(settings, bounds=BOUNDS)
    sink = Sink()
    assert link.connect(station.db, "WIN-A", sink)  # no password stored: trust
    ctx = replace(station.ctx, shared_queue=link.queue, fetch_missing=link.fetch_missing)
    counter = Counter(station, link, ctx, sink)
    counter.sync()
    yield front, counter, center
    link.stop()


def _timed(fn):  # type: ignore[no-untyped-def]
    started = time.monotonic()
    result = fn()
    return result, time.monotonic() - started


def _converge(front: Station, counter: Counter) -> None:
    for _ in range(2):
        front.sync.run_once()
        counter.sync()


def _assert_converged(front: Station, counter: Counter, central: Database) -> None:
    assert event_ids(front.db) == event_ids(counter.station.db) == event_ids(central)
    for db in (front.db, counter.station.db, central):
        assert verify_journal(db) == []
    with central.sessions() as s:
        numbers = s.execute(sa.select(Ticket.queue_id, Ticket.number)).all()
    assert len(numbers) == len(set(numbers))  # no number twice in a queue


def test_a_stalled_link_numbers_and_calls_offline_within_the_bound_then_converges(
    floor: tuple[Station, Counter, SmallCenter], proxy: TcpProxy, central: Database
) -> None:
    front, counter, center = floor
    guide, clerk = center.guide.actor(), center.clerk.actor()
    shared = [
        tickets.issue_ticket(front.ctx, guide, queue_id=center.market_queue) for _ in range(2)
    ]
    assert [t.number for t in shared] == ["A001", "A002"]
    front.sync.run_once()
    counter.sync()
    assert counter.sink.last.online is True

    proxy.stall()  # open connections, nothing comes back
    walk_in, took = _timed(
        lambda: tickets.issue_ticket(counter.ctx, clerk, queue_id=center.market_queue)
    )
    assert took < BOUNDS.call_deadline + SLACK
    assert walk_in.number == "A01-01"  # the window's offline series, not the workstation's
    status = counter.sink.last
    assert status.online is False and status.error == NO_ANSWER
    assert "中心无响应" in status.error

    called, took = _timed(lambda: tickets.call_next(counter.ctx, clerk, window_id=center.window_a))
    assert took < BOUNDS.call_deadline + SLACK
    assert called is not None and called.id == walk_in.id  # its own series, offline
    assert tickets.queue_offline(counter.ctx)
    queues = tickets.window_queues(counter.ctx, center.window_a)
    assert sum(q.waiting for q in queues) == 2 and sum(q.own_offline for q in queues) == 0
    tickets.start_serving(counter.ctx, clerk, called.id)
    tickets.finish(counter.ctx, clerk, called.id)
    # nothing else can be called offline: the shared tickets wait for the link
    assert tickets.call_next(counter.ctx, clerk, window_id=center.window_a) is None
    with pytest.raises(SyncError):  # a sync round is bounded too
        _timed(counter.sync)

    proxy.forward()
    counter.sync()
    assert counter.sink.last.online is True and not tickets.queue_offline(counter.ctx)
    again = tickets.call_next(counter.ctx, clerk, window_id=center.window_a)
    assert again is not None and again.id == shared[0].id
    _converge(front, counter)
    _assert_converged(front, counter, central)
    for db_ctx in (front.ctx, counter.ctx, replace(front.ctx, db=central)):
        assert tickets.get_ticket(db_ctx, walk_in.id).state is TicketState.DONE
        assert tickets.get_ticket(db_ctx, shared[0].id).state is TicketState.CALLED
        assert tickets.get_ticket(db_ctx, shared[1].id).state is TicketState.WAITING


def test_a_refused_link_numbers_and_calls_offline_then_converges(
    floor: tuple[Station, Counter, SmallCenter], proxy: TcpProxy, central: Database
) -> None:
    front, counter, center = floor
    clerk = center.clerk.actor()
    proxy.refuse()
    walk_in = tickets.issue_ticket(counter.ctx, clerk, queue_id=center.market_queue)
    assert walk_in.number == "A01-01"
    assert counter.sink.last.online is False
    called = tickets.call_next(counter.ctx, clerk, window_id=center.window_a)
    assert called is not None and called.id == walk_in.id
    proxy.forward()
    counter.sync()
    assert counter.sink.last.online is True
    _converge(front, counter)
    _assert_converged(front, counter, central)


def test_a_disabled_login_keeps_the_counter_working_offline_with_a_chinese_reason(
    floor: tuple[Station, Counter, SmallCenter], central: Database, login: str
) -> None:
    front, counter, center = floor
    guide, clerk = center.guide.actor(), center.clerk.actor()
    shared = tickets.issue_ticket(front.ctx, guide, queue_id=center.market_queue)
    front.sync.run_once()
    counter.sync()
    with central.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(f'ALTER ROLE "{login}" NOLOGIN'))
        conn.execute(  # its open sessions end too: the next call must log in again
            sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
            {"n": login},
        )

    walk_in = tickets.issue_ticket(counter.ctx, clerk, queue_id=center.market_queue)
    assert walk_in.number == "A01-01"
    status = counter.sink.last
    assert status.online is False and status.error is not None
    assert "拒绝登录" in status.error and "停用" in status.error
    assert "role" not in status.error and "permitted" not in status.error  # no English
    called = tickets.call_next(counter.ctx, clerk, window_id=center.window_a)
    assert called is not None and called.id == walk_in.id
    with pytest.raises(SyncError):
        counter.sync()
    assert counter.sink.last.online is False  # never 在线 after a failed call

    with central.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(f'ALTER ROLE "{login}" LOGIN'))
    counter.sync()
    assert counter.sink.last.online is True
    tickets.start_serving(counter.ctx, clerk, called.id)
    tickets.finish(counter.ctx, clerk, called.id)
    again = tickets.call_next(counter.ctx, clerk, window_id=center.window_a)
    assert again is not None and again.id == shared.id
    _converge(front, counter)
    _assert_converged(front, counter, central)


def test_a_centre_switched_on_mid_day_continues_the_local_numbers_without_a_clash(
    stations: StationFactory, central: Database
) -> None:
    front = stations("FRONT")
    center = build_small_center(front.ctx)
    guide = center.guide.actor()
    local = [tickets.issue_ticket(front.ctx, guide, queue_id=center.market_queue) for _ in range(4)]
    assert [t.number for t in local] == ["A001", "A002", "A003", "A004"]
    front.ctx = replace(front.ctx, shared_queue=CentralQueue(central))  # the centre, switched on
    # before anything was pushed: the workstation's own numbers are the floor
    fifth = tickets.issue_ticket(front.ctx, guide, queue_id=center.market_queue)
    assert fifth.number == "A005"
    front.sync.run_once()
    # another workstation asks the centre, which now knows A001–A005
    other = stations("WIN-B")
    other.sync.run_once()
    other.ctx = replace(other.ctx, shared_queue=CentralQueue(central))
    sixth = tickets.issue_ticket(other.ctx, center.clerk_b.actor(), queue_id=center.market_queue)
    assert sixth.number == "A006"
    with central.sessions() as s:
        value = s.scalar(sa.text("SELECT value FROM queue_number"))
    assert value == 6  # no number burnt on a clash

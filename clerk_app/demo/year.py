"""A year of a large centre (``clerk-app demo --scale year``): the demo catalogue built
through the services, then 300,000 cases, 600,000 tickets and some 3.5 million events
written in bulk, in minutes rather than the hours the services would take.

What is written is what the services would have written: every event is journaled with
its payload (personal data sealed) on the workstation's hash chain, and every state row is
the one its applier leaves; ``audit verify --deep`` replays the journal and finds the same
state (the tests check it on a small year, on SQLite and PostgreSQL).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time

from sqlalchemy import select

from clerk_app.demo.catalogue import load_demo_catalogue
from clerk_app.demo.center import (
    DemoError,
    HandClock,
    _Settings,
    build_catalogue,
    hold_demo_key,
    remove_embedded,
)
from clerk_app.demo.year_journal import YearJournal
from clerk_app.demo.year_stories import YearStories
from clerk_app.demo.year_world import Calendar, load_world
from clerk_app.domain.clock import SHANGHAI, now_local
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Center
from clerk_app.store.sealed import KeyRing

#: The full year: cases; tickets are twice as many (half the visits bring no application).
YEAR_CASES = 300_000
TICKETS_PER_CASE = 2
#: Days between two bulk writes (each a transaction).
FLUSH_DAYS = 5


@dataclass(frozen=True)
class YearSummary:
    first_day: date
    last_day: date
    workdays: int
    events: int
    seconds: float  # in all
    bulk_seconds: float  # after the catalogue (built through the services)
    bulk_cpu_seconds: float  # this process's CPU time in the bulk part (not the server's)
    counts: dict[str, int]

    @property
    def rate(self) -> float:
        """Events per second of the bulk part."""
        return self.events / self.bulk_seconds if self.bulk_seconds else 0.0

    def text(self) -> str:
        c = self.counts
        return (
            f"已生成 {self.first_day} 至 {self.last_day} 共 {self.workdays} 个工作日的数据："
            f"号票 {c.get('tickets', 0)} 张、办件 {c.get('cases', 0)} 件"
            f"（现场办结 {c.get('on_spot', 0)}、受理 {c.get('accepted', 0)}、"
            f"逾期 {c.get('overdue', 0)}、延期 {c.get('extended', 0)}、"
            f"补正告知 {c.get('supplement', 0)}、转办 {c.get('referred', 0)}）、"
            f"评价 {c.get('reviews', 0)} 条、投诉 {c.get('complaints', 0)} 件，"
            f"共 {self.events} 条事件，用时 {self.seconds:.0f} 秒"
            f"（批量写入 {self.bulk_seconds:.0f} 秒，{self.rate:.0f} 条/秒）。"
        )


def year_days(cal: Calendar, year: int | None, today: date) -> tuple[date, date]:
    """The first and last day generated: a calendar year (up to yesterday at the latest),
    or the twelve months before ``today``."""
    yesterday = today - timedelta(days=1)
    if year is None:
        return today - timedelta(days=365), yesterday
    return date(year, 1, 1), min(date(year, 12, 31), yesterday)


def build_year(
    db: Database,
    *,
    cases: int = YEAR_CASES,
    seed: int = 20261203,
    year: int | None = None,
    today: date | None = None,
    workstation: str = "YEAR-01",
    password_cost: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> YearSummary:
    """Fill an empty, migrated database with the demo centre and a year of its work."""
    with db.read_sessions() as s:
        if s.scalar(select(Center.id).limit(1)) is not None:
            raise DemoError("数据库中已经有服务中心，不能再生成一年的数据")
    started = time.perf_counter()
    today = today or now_local().date()
    cat = load_demo_catalogue()
    rng = random.Random(seed)
    probe = ServiceContext(db=db, workstation=workstation)
    with db.read_sessions() as s:
        cal = Calendar(probe.calendar_from(s))
    first, last = year_days(cal, year, today)
    days = cal.workdays(first, last)
    if not days:
        raise DemoError("所选年份没有已经过去的工作日")
    clock = HandClock(
        datetime.combine(days[0] - timedelta(days=1), clock_time(8, 0), tzinfo=SHANGHAI)
    )
    ctx = ServiceContext(db=db, workstation=workstation, clock=clock)
    if password_cost is not None:
        ctx.password_cost = password_cost
    if progress:
        progress("catalogue")
    ids = build_catalogue(ctx, cat)
    bulk_started, bulk_cpu = time.perf_counter(), time.process_time()
    world = load_world(db, cat, ids.staff)
    journal = YearJournal(db, workstation, rng)
    stories = YearStories(journal, world, cal, rng, workstation=workstation, last_day=days[-1])
    weights = [1.25 if d.weekday() == 0 else 0.9 if d.weekday() == 4 else 1.0 for d in days]
    scale = cases / sum(weights)
    made = 0
    for n, day in enumerate(days):
        todo = round(scale * sum(weights[: n + 1])) - made
        made += todo
        stories.day(day, todo, todo * TICKETS_PER_CASE)
        journal.close_day(day)
        if (n + 1) % FLUSH_DAYS == 0:
            journal.flush()
            if progress:
                progress(f"{day.isoformat()}（累计 {journal.written} 条事件）")
    if journal.pending:
        raise RuntimeError("events planned after the year's last day")
    journal.finish()
    _analyze(db)  # the planner's statistics for tables filled in bulk (autovacuum lags)
    return YearSummary(
        first_day=days[0],
        last_day=days[-1],
        workdays=len(days),
        events=sum(journal.by_type.values()),
        seconds=time.perf_counter() - started,
        bulk_seconds=time.perf_counter() - bulk_started,
        bulk_cpu_seconds=time.process_time() - bulk_cpu,
        counts=dict(stories.count),
    )


def _analyze(db: Database) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()


def load_year(
    settings: _Settings,
    *,
    cases: int = YEAR_CASES,
    year: int | None = None,
    reset: bool = False,
    progress: Callable[[str], None] | None = None,
    key_ring: KeyRing | None = None,
) -> str:
    """``clerk-app demo --scale year``: migrate the database and fill it with a year. The
    personal data is sealed with ``key_ring`` (the workstation's keys) or, when it has
    none, with the demo's own key (:mod:`clerk_app.demo.demo_key`)."""
    url = settings.database_url
    if reset:
        remove_embedded(url)
    upgrade(url)
    hold_demo_key(settings.data_dir, key_ring)
    db = open_database(url)
    try:
        summary = build_year(
            db, cases=cases, year=year, workstation=settings.workstation, progress=progress
        )
    finally:
        db.dispose()
    return summary.text()

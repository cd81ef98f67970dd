"""A year of a large centre (300,000 cases, ~3.7 million events, 600,000 tickets) on SQLite
and on PostgreSQL: the supervision screens' queries against a trivial count, and the time
the generator took.

    python -m bench.run year          (or: python -m bench.bench_year [--prepare])

The generated year (``clerk-app demo --scale year``) is built once and kept: SQLite in
``CLERK_BENCH_CACHE`` (default ``~/.cache/clerk-desk-bench``), PostgreSQL as the database
``clerk_bench_year_<cases>`` on ``CLERK_BENCH_PG_URL``; a later run reuses both (building
one takes minutes). ``CLERK_BENCH_YEAR_CASES`` makes a smaller year (e.g. 30000).

Rows, each the median of a few calls made as the UI makes them, against ``SELECT
count(*) FROM case_file`` of the same database in the same run: the supervision board's
refresh (windows, deadline lights, escalations; target 300 ms), a month's performance
statistics (the centre and by department; target 1 s) and the year's department scores
(target 2 s). The generation row compares the services' time per 1000 events (while they
built the year's catalogue) with the bulk writer's (the rest of the year), both measured
when the year was built (the JSON record next to it keeps them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics as stats
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.bench_sync import DEFAULT_SERVER, _admin
from clerk_app.demo.year import YEAR_CASES, build_year
from clerk_app.services import auth, board, closed_periods, scores, statistics
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.statistics import Grouping
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Staff
from clerk_app.store.sealed import DataKey, current_key, install_key

#: What the benchmark needs to run (``python -m bench.run --list``).
NEEDS = (
    "a PostgreSQL server that lets it create databases (CLERK_BENCH_PG_URL; default "
    "postgres@127.0.0.1:5432, trusted); ~4 GB of disk for the SQLite year; the first run "
    "builds the year on both databases (minutes each), later runs reuse it"
)

Row = tuple[str, float, float, float]
CASES = int(os.environ.get("CLERK_BENCH_YEAR_CASES", YEAR_CASES))
CACHE = Path(os.environ.get("CLERK_BENCH_CACHE", Path.home() / ".cache" / "clerk-desk-bench"))
SEED = 20261203
ROUNDS = 3
TARGETS = {"board refresh": 300.0, "month performance": 1000.0, "year scores": 2000.0}


def _record(kind: str) -> Path:
    return CACHE / f"year-{CASES}-{kind}.json"


def _pg_name() -> str:
    return f"clerk_bench_year_{CASES}"


def _pg_url(server: str) -> str:
    url = sa.engine.make_url(server).set(database=_pg_name())
    return url.render_as_string(hide_password=False)


def _sqlite_url() -> str:
    return f"sqlite:///{CACHE / f'year-{CASES}.sqlite3'}"


def _fresh(kind: str, server: str) -> str:
    """An empty migrated database for the year (the old one, if any, dropped)."""
    if kind == "postgresql":
        admin = _admin(server)
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{_pg_name()}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{_pg_name()}"'))
        admin.dispose()
        url = _pg_url(server)
    else:
        CACHE.mkdir(parents=True, exist_ok=True)
        url = _sqlite_url()
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    upgrade(url)
    return url


def prepare(kind: str, server: str = DEFAULT_SERVER) -> tuple[str, dict[str, Any]]:
    """The year on ``kind`` ("sqlite" | "postgresql"): reused if built before, else built
    now; returns its URL and what the build recorded (events, seconds, size …)."""
    record = _record(kind)
    if record.exists():
        url = _pg_url(server) if kind == "postgresql" else _sqlite_url()
        try:
            upgrade(url)  # a year built before a migration gets its indexes
            db = open_database(url)
            with db.engine.connect() as conn:
                conn.execute(sa.text("SELECT count(*) FROM case_file")).scalar_one()
            db.dispose()
            return url, dict(json.loads(record.read_text("utf-8")), cached=True)
        except sa.exc.SQLAlchemyError:
            record.unlink()
    url = _fresh(kind, server)
    db = open_database(url)
    if current_key() is None:  # a centre seals personal data; so does its year
        install_key(DataKey.generate()[0])
    try:
        summary = build_year(db, cases=CASES, seed=SEED, workstation="BENCH-YEAR")
        catalogue_events = _events(db) - summary.events
        with db.engine.connect() as conn:
            if kind == "postgresql":
                size = conn.execute(sa.text("SELECT pg_database_size(current_database())"))
                size_bytes = int(size.scalar_one())
            else:
                size_bytes = Path(url.removeprefix("sqlite:///")).stat().st_size
    finally:
        db.dispose()
    info = dict(
        cases=summary.counts.get("cases", 0),
        tickets=summary.counts.get("tickets", 0),
        events=summary.events,
        seconds=summary.seconds,
        bulk_seconds=summary.bulk_seconds,
        bulk_cpu_seconds=summary.bulk_cpu_seconds,
        load_average=round(os.getloadavg()[0], 1),
        catalogue_events=catalogue_events,
        catalogue_seconds=summary.seconds - summary.bulk_seconds,
        first_day=summary.first_day.isoformat(),
        last_day=summary.last_day.isoformat(),
        size_mb=round(size_bytes / 2**20),
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(info, ensure_ascii=False, indent=1), "utf-8")
    return url, dict(info, cached=False)


def _events(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM event")).scalar_one())


def _median_ms(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    fn()  # the first call fills caches (the calendar, SQLAlchemy's statement cache)
    took = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        took.append((time.perf_counter() - t0) * 1000)
    return stats.median(took)


def _supervisor(ctx: ServiceContext) -> Actor:
    with ctx.db.read_sessions() as s:
        staff_id = s.scalar(sa.select(Staff.id).where(Staff.role == "supervisor").limit(1))
    assert staff_id is not None, "the year has no supervisor"
    return auth.actor_of_staff(ctx, staff_id)


def _last_full_month(last_day: date) -> tuple[date, date]:
    end = last_day.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def measure(kind: str, url: str, info: dict[str, Any]) -> list[Row]:
    db = open_database(url)
    try:
        ctx = ServiceContext(db=db, workstation="BENCH")
        actor = _supervisor(ctx)
        first, last = date.fromisoformat(info["first_day"]), date.fromisoformat(info["last_day"])
        month_start, month_end = _last_full_month(last)

        def count() -> None:
            with db.engine.connect() as conn:
                conn.execute(sa.text("SELECT count(*) FROM case_file")).scalar_one()

        def refresh() -> None:  # ui/supervision/ops.py: the board's refresh
            board.windows_board(ctx), board.deadline_lights(ctx), board.escalations(ctx)

        def month() -> None:  # ui/supervision/ops.py: performance()
            kw: dict[str, Any] = dict(start=month_start, end=month_end)
            statistics.performance(ctx, actor, group=Grouping.CENTER, **kw)
            closed_periods.period_status(ctx, month_start, month_end)
            statistics.performance(ctx, actor, group=Grouping.DEPARTMENT, **kw)

        def year() -> None:  # ui/supervision/scores_ops.py: load()
            scores.department_scores(ctx, actor, start=first, end=last)
            board.names(ctx)

        base = _median_ms(count)
        rows: list[Row] = []
        for label, fn in (("board refresh", refresh), ("month performance", month)):
            value = _median_ms(fn)
            rows.append(_row(label, kind, value, base))
        value = _median_ms(year)
        rows.append(_row("year scores", kind, value, base))
    finally:
        db.dispose()
    bulk_k = info["bulk_seconds"] * 1e6 / max(info["events"], 1)
    services_k = info["catalogue_seconds"] * 1e6 / max(info["catalogue_events"], 1)
    note = "cached" if info.get("cached") else "built now"
    rows.append(  # value: through the services; baseline: the bulk writer
        (
            f"generate ms/1000 ev, services ({kind}, {note})",
            services_k,
            bulk_k,
            services_k / bulk_k if bulk_k else 0.0,
        )
    )
    return rows


def _row(label: str, kind: str, value: float, base: float) -> Row:
    target = TARGETS[label]
    shown = f"{target / 1000:g} s" if target >= 1000 else f"{target:g} ms"
    return (f"{label} ({kind}) <{shown}", value, base, value / base if base else 0.0)


def _describe(kind: str, info: dict[str, Any]) -> str:
    rate = info["events"] / info["bulk_seconds"] if info["bulk_seconds"] else 0.0
    return (
        f"  {kind}: {info['cases']} cases, {info['tickets']} tickets, {info['events']} events "
        f"({info['first_day']}..{info['last_day']}), generated in {info['seconds']:.0f} s "
        f"({info['bulk_seconds']:.0f} s bulk, {rate:.0f} events/s; "
        f"{info.get('bulk_cpu_seconds', 0):.0f} s of CPU; load {info.get('load_average', '?')} "
        f"at the end), {info['size_mb']} MB" + (" [cached]" if info.get("cached") else "")
    )


def run(server: str = DEFAULT_SERVER) -> list[Row]:
    rows: list[Row] = []
    load = os.getloadavg()[0]
    print(f"  load average {load:.1f} on {os.cpu_count()} cores (times are wall clock)")
    for kind in ("sqlite", "postgresql"):
        url, info = prepare(kind, server)
        print(_describe(kind, info), flush=True)
        rows += measure(kind, url, info)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument(
        "--prepare", choices=("sqlite", "postgresql"), help="only build (or find) the year"
    )
    args = parser.parse_args()
    if args.prepare:
        _url, info = prepare(args.prepare, args.server)
        print(_describe(args.prepare, info))
        return
    for name, value, base, ratio in run(args.server):
        print(f"{name:<46}{value:>10.2f} ms{base:>10.2f} ms{ratio:>8.2f}x")


if __name__ == "__main__":
    main()

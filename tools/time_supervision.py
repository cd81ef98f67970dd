"""Time the supervisor's reads on a database of any size (not a test, not a benchmark row).

    python tools/time_supervision.py URL [--today 2026-12-03] [--month 2026-11] [--save F]

Prints the median of three runs (after one warm-up) of: the board refresh (windows,
deadline lights, escalations, as the supervision tab loads them), a month's performance
per grouping, the month's report, and a year's department and staff scores. ``--save F``
writes the results' ``repr`` to F, so two versions of the code can be compared on the same
data (``diff``).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock_time
from typing import Any

from sqlalchemy import select

from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.periods import month_of
from clerk_app.services import board, scores
from clerk_app.services.context import Role, ServiceContext, _mint_actor
from clerk_app.services.statistics import Grouping, performance
from clerk_app.store.db import open_database
from clerk_app.store.models import Staff


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--today", default="2026-12-03")
    parser.add_argument("--month", default="2026-11")
    parser.add_argument("--save", default="")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    today = date.fromisoformat(args.today)
    moment = datetime.combine(today, clock_time(15, 0), tzinfo=SHANGHAI)
    db = open_database(args.url)
    ctx = ServiceContext(db=db, workstation="TIMING", clock=lambda: moment)
    with db.read_sessions() as s:
        boss = s.scalar(select(Staff.id).where(Staff.role == "supervisor").limit(1))
    actor = _mint_actor(staff_id=boss, role=Role.SUPERVISOR, name="timing")
    year, month = (int(x) for x in args.month.split("-"))
    start, end = month_of(date(year, month, 1), today)
    y_start, y_end = date(year, 1, 1), min(date(year, 12, 31), today)

    def board_refresh() -> Any:
        return (board.windows_board(ctx), board.deadline_lights(ctx), board.escalations(ctx))

    jobs: list[tuple[str, Callable[[], Any]]] = [
        ("board: windows", lambda: board.windows_board(ctx)),
        ("board: deadline lights", lambda: board.deadline_lights(ctx)),
        ("board: escalations", lambda: board.escalations(ctx)),
        ("board refresh", board_refresh),
    ]
    for g in Grouping:
        jobs.append(
            (
                f"month performance ({g.value})",
                lambda g=g: performance(ctx, actor, start=start, end=end, group=g),
            )
        )
    jobs += [
        (
            "month report (日报/月报 doc)",
            lambda: board.performance_report(ctx, actor, start, end),
        ),
        (
            "year department scores",
            lambda: scores.department_scores(ctx, actor, start=y_start, end=y_end),
        ),
        ("year staff scores", lambda: scores.staff_scores(ctx, actor, start=y_start, end=y_end)),
    ]
    saved = []
    print(f"{db.engine.dialect.name}: today {today}, month {start}–{end}, year {y_start}–{y_end}")
    for name, job in jobs:
        result = job()
        times, cpu = [], []
        for _ in range(args.runs):
            began, began_cpu = time.perf_counter(), time.process_time()
            job()
            times.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - began_cpu) * 1000)
        print(
            f"  {name:<34}{statistics.median(times):>10.1f} ms"
            f"{statistics.median(cpu):>10.1f} ms CPU (this process)"
        )
        saved.append(f"## {name}\n{_plain(result)}\n")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            f.writelines(saved)
    db.dispose()


def _plain(result: Any) -> str:
    """The result without what differs between two runs (generation times)."""
    text = repr(result)
    if hasattr(result, "generated_at"):
        text = text.replace(repr(result.generated_at), "<generated_at>")
    return text


if __name__ == "__main__":
    main()

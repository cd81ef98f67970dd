"""Performance statistics (绩效考核): the rates of DESIGN §2 per center, department, window
and clerk over any period, computed with grouped SQL so a year of data stays quick."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from clerk_app.domain.cases import CaseState
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.metrics import Counts
from clerk_app.domain.reviews import ContestStatus
from clerk_app.services.context import ServiceContext
from clerk_app.store.models import Case, Center, Department, Review, Staff, Window

DONE_STATES = (
    CaseState.COMPLETED.value,
    CaseState.COMPLETED_ON_SPOT.value,
    CaseState.DEEMED_APPROVED.value,
)


class Grouping(StrEnum):
    CENTER = "center"
    DEPARTMENT = "department"
    WINDOW = "window"
    STAFF = "staff"


@dataclass(frozen=True)
class PerformanceRow:
    key: str
    name: str
    counts: Counts
    short_name: str = ""  # a department's short name (市场监管), for charts; "" otherwise


def _case_key(group: Grouping) -> Any:
    return {
        Grouping.CENTER: literal("center"),
        Grouping.DEPARTMENT: Case.department_id,
        Grouping.WINDOW: Case.window_id,
        Grouping.STAFF: Case.clerk_id,
    }[group]


def _review_key(group: Grouping) -> Any:
    return {
        Grouping.CENTER: literal("center"),
        Grouping.DEPARTMENT: Review.department_id,
        Grouping.WINDOW: Review.window_id,
        Grouping.STAFF: Review.staff_id,
    }[group]


def _utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(start, time(0), tzinfo=SHANGHAI),
        datetime.combine(end + timedelta(days=1), time(0), tzinfo=SHANGHAI),
    )


def overdue_cutoff(ctx: ServiceContext, end: date) -> date:
    """An open case counts as overdue in a period ending ``end`` when its due date fell
    before this day (overdue on day D: D is past the due date). The statistics and both
    parts of the report (its table and its list of overdue cases) use this one cut-off."""
    return min(end, ctx.today())


def performance(
    ctx: ServiceContext, *, start: date, end: date, group: Grouping = Grouping.CENTER
) -> list[PerformanceRow]:
    """Counts and rates of each group over [start, end] (dates in Asia/Shanghai).

    Open overdue cases are those still open now whose due date fell before the end of the
    period (or before today, for a period that has not ended).
    """
    if end < start:
        raise ValueError("period ends before it starts")
    cutoff = overdue_cutoff(ctx, end)
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with ctx.db.read_sessions() as s:
        key = _case_key(group).label("key")
        accepted = (
            select(key, func.count(), func.sum(case((Case.on_spot.is_(True), 1), else_=0)))
            .where(Case.accepted_on.between(start, end))
            .group_by(key)
        )
        for k, n, spot in s.execute(accepted):
            totals[k]["accepted"] += n
            totals[k]["on_spot"] += int(spot or 0)
        done = (
            select(
                key,
                func.count(),
                func.sum(
                    case(
                        (and_(Case.due_date.is_not(None), Case.closed_on <= Case.due_date), 1),
                        else_=0,
                    )
                ),
            )
            .where(Case.state.in_(DONE_STATES), Case.closed_on.between(start, end))
            .group_by(key)
        )
        for k, n, on_time in s.execute(done):
            totals[k]["completed"] += n
            totals[k]["on_time"] += int(on_time or 0)
        late = (
            select(key, func.count())
            .where(
                or_(
                    and_(Case.state == CaseState.ACCEPTED.value, Case.due_date < cutoff),
                    and_(Case.state == CaseState.SUSPENDED.value, Case.overdue.is_(True)),
                )
            )
            .group_by(key)
        )
        for k, n in s.execute(late):
            totals[k]["open_overdue"] += n
        lo, hi = _utc_bounds(start, end)
        rkey = _review_key(group).label("key")
        rated = (
            select(rkey, func.count(), func.sum(case((Review.level >= 3, 1), else_=0)))
            .where(
                Review.created_at >= lo,
                Review.created_at < hi,
                Review.contest_status != ContestStatus.UPHELD.value,
            )
            .group_by(rkey)
        )
        for k, n, good in s.execute(rated):
            totals[k]["reviews"] += n
            totals[k]["satisfied"] += int(good or 0)
        names = _names(s, group)
        short = (
            dict(s.execute(select(Department.id, Department.short_name)).all())
            if group is Grouping.DEPARTMENT
            else {}
        )
    rows = [
        PerformanceRow(
            str(k),
            names.get(str(k), "—") if k else "（未指定）",
            Counts(**dict(v)),
            short.get(str(k)) or "",
        )
        for k, v in totals.items()
    ]
    return sorted(rows, key=lambda r: r.name)


def _names(s: Session, group: Grouping) -> dict[str, str]:
    if group is Grouping.CENTER:
        center = s.scalar(select(Center.name).limit(1))
        return {"center": center or "服务中心"}
    if group is Grouping.DEPARTMENT:
        return dict(s.execute(select(Department.id, Department.name)).all())
    if group is Grouping.WINDOW:
        return {
            i: f"{c} {n}"
            for i, c, n in s.execute(select(Window.id, Window.code, Window.name)).all()
        }
    return {
        i: f"{n}（{no}）"
        for i, n, no in s.execute(select(Staff.id, Staff.name, Staff.staff_no)).all()
    }

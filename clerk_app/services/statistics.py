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

from clerk_app.domain.cases import CaseState, ItemKind
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.metrics import Counts
from clerk_app.domain.reviews import ContestStatus
from clerk_app.services.authority import statistics_scope
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.store.models import Case, Center, Department, Review, ServiceItem, Staff, Window

#: Item kinds whose cases the window's chief representative decides at the centre.
ON_SITE_KINDS = (ItemKind.INSTANT.value, ItemKind.PROMISED.value)
FULL_AUTHORISATION = "full"
#: States of a case that ran on its clock (open, or closed after a decision).
RAN_STATES = (
    CaseState.ACCEPTED.value,
    CaseState.COMPLETED.value,
    CaseState.DEEMED_APPROVED.value,
)
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
    ctx: ServiceContext,
    actor: Actor,
    *,
    start: date,
    end: date,
    group: Grouping = Grouping.CENTER,
    department_id: str | None = None,
) -> list[PerformanceRow]:
    """Counts and rates of each group over [start, end] (dates in Asia/Shanghai).

    The whole centre for supervisors and administrators; a department leader sees their
    own department only (``department_id`` narrows it for the others); window staff see
    none. A period a supervisor has closed gives its frozen figures for the whole centre
    (the latest revision); any other is computed as of its end (:func:`live_performance`).
    """
    department_id = statistics_scope(actor, department_id)
    if end < start:
        raise ValueError("period ends before it starts")
    if department_id is None:
        from clerk_app.services.closed_periods import frozen_rows

        frozen = frozen_rows(ctx, start, end, group)
        if frozen is not None:
            return frozen
    return live_performance(ctx, start=start, end=end, group=group, department_id=department_id)


def live_performance(
    ctx: ServiceContext,
    *,
    start: date,
    end: date,
    group: Grouping = Grouping.CENTER,
    department_id: str | None = None,
) -> list[PerformanceRow]:
    """The figures computed now, as of the period's end (callers check who may see them).

    On-site: accepted in the period and completed in the visit, or an on-site item (not
    上报件 / 联办件) decided by the end of the period. Open overdue: accepted by the end,
    due before the end (or before today, for a period that has not ended) and not closed
    by the end — a case closed late after the period still counts as overdue in it.
    """
    if end < start:
        raise ValueError("period ends before it starts")
    cutoff = overdue_cutoff(ctx, end)
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with ctx.db.read_sessions() as s:
        key = _case_key(group).label("key")
        decided_at_window = or_(
            Case.on_spot.is_(True),
            and_(
                ServiceItem.on_site.is_(True),
                ServiceItem.kind.in_(ON_SITE_KINDS),
                Case.state == CaseState.COMPLETED.value,
                Case.closed_on <= end,
            ),
        )
        accepted = (
            select(
                key,
                func.count(),
                func.sum(case((Case.on_spot.is_(True), 1), else_=0)),
                func.sum(case((decided_at_window, 1), else_=0)),
            )
            .join(ServiceItem, ServiceItem.id == Case.item_id)
            .where(Case.accepted_on.between(start, end), *_of_case(department_id))
            .group_by(key)
        )
        for k, n, spot, site in s.execute(accepted):
            totals[k]["accepted"] += n
            totals[k]["on_spot"] += int(spot or 0)
            totals[k]["on_site"] += int(site or 0)
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
            .where(
                Case.state.in_(DONE_STATES),
                Case.closed_on.between(start, end),
                *_of_case(department_id),
            )
            .group_by(key)
        )
        for k, n, on_time in s.execute(done):
            totals[k]["completed"] += n
            totals[k]["on_time"] += int(on_time or 0)
        # Three disjoint branches, each reached through ``ix_case_state_closed`` (state,
        # closed_on): open now, closed after the end, suspended while overdue. The due date
        # is compared through coalesce (a NULL due date stays outside) so that SQLite, which
        # has no statistics, does not walk every past case by ``ix_case_open`` instead.
        due_before = func.coalesce(Case.due_date, cutoff) < cutoff
        late = (
            select(key, func.count())
            .where(
                Case.accepted_on <= end,
                due_before,
                or_(
                    and_(Case.state.in_(RAN_STATES), Case.closed_on.is_(None)),
                    and_(Case.state.in_(RAN_STATES), Case.closed_on > end),
                    and_(Case.state == CaseState.SUSPENDED.value, Case.overdue.is_(True)),
                ),
                *_of_case(department_id),
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
                *([] if department_id is None else [Review.department_id == department_id]),
            )
            .group_by(rkey)
        )
        for k, n, good in s.execute(rated):
            totals[k]["reviews"] += n
            totals[k]["satisfied"] += int(good or 0)
        if group in (Grouping.CENTER, Grouping.DEPARTMENT):
            ikey = (
                literal("center") if group is Grouping.CENTER else ServiceItem.department_id
            ).label("key")
            items = (
                select(
                    ikey,
                    func.count(),
                    func.sum(case((ServiceItem.authorisation == FULL_AUTHORISATION, 1), else_=0)),
                )
                .where(ServiceItem.status != "cancelled", ServiceItem.active.is_(True))
                .group_by(ikey)
            )
            for k, n, full in s.execute(items):
                if k in totals:  # a group with nothing in the period shows no row
                    totals[k]["items"] += n
                    totals[k]["authorised"] += int(full or 0)
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


def _of_case(department_id: str | None) -> list[Any]:
    return [] if department_id is None else [Case.department_id == department_id]


def flagged_for_notice(rows: list[PerformanceRow]) -> list[PerformanceRow]:
    """The departments / windows / staff whose satisfaction is below its target (通报)."""
    return [r for r in rows if r.counts.low_satisfaction]


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


GROUP_TITLES = {
    Grouping.CENTER: "全中心",
    Grouping.DEPARTMENT: "按部门",
    Grouping.WINDOW: "按窗口",
    Grouping.STAFF: "按工作人员",
}


def performance_excel(ctx: ServiceContext, actor: Actor, *, start: date, end: date) -> bytes:
    """The statistics tables of [start, end] (every grouping, frozen figures for a closed
    period) as an Excel workbook."""
    from clerk_app.printing.spreadsheet import performance_workbook
    from clerk_app.services.closed_periods import period_status

    sheets = {
        GROUP_TITLES[g]: [
            (r.name, r.counts) for r in performance(ctx, actor, start=start, end=end, group=g)
        ]
        for g in Grouping
    }
    closed = period_status(ctx, start, end)
    note = f"已结账（第 {closed.revision} 版）" if closed is not None else ""
    with ctx.db.read_sessions() as s:
        center = s.scalar(select(Center.name).limit(1)) or "政务服务中心"
    return performance_workbook(center, start, end, sheets, frozen_note=note)

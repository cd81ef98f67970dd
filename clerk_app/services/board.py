"""The supervisor's live board (电子监察), read-only: windows, deadline lights, accountability.

Every function here only reads, in a few grouped queries (a county center has 40–80 windows
and thousands of open cases), and returns plain frozen dataclasses for the UI.
:func:`performance_report` builds the 日报 / 月报 document; :func:`archive_report` keeps its
PDF under ``archive_dir/reports/`` (a report belongs to no case, so it is a file only, not a
row of the document archive).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from clerk_app.domain.accountability import RECORD_LIMIT_WORKDAYS
from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.cases import CaseState
from clerk_app.domain.clock import SHANGHAI, to_local
from clerk_app.domain.metrics import Counts
from clerk_app.domain.tickets import TicketState
from clerk_app.files import write_new
from clerk_app.services.authority import statistics_scope
from clerk_app.services.complaints import ComplaintView, late_complaints
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.lights import DepartmentLights as DepartmentLights
from clerk_app.services.lights import LightCase as LightCase
from clerk_app.services.lights import LightsBoard as LightsBoard
from clerk_app.services.lights import deadline_lights as deadline_lights
from clerk_app.services.orders import OrderView, orders
from clerk_app.services.statistics import Grouping, overdue_cutoff, performance
from clerk_app.services.tasks import TaskView, late_tasks
from clerk_app.store.models import (
    AccountabilityPoint,
    AccountabilityRecord,
    Case,
    Center,
    Department,
    ServiceItem,
    Staff,
    Ticket,
    Window,
    WindowQueue,
)

if TYPE_CHECKING:
    from clerk_app.printing.report_docs import PerformanceReportDoc, ReportKind


@dataclass(frozen=True)
class WindowStatus:
    window_id: str
    code: str
    name: str
    department_name: str
    paused: bool
    pause_reason: str
    clerk_name: str  # the clerk last signed on at the window ("" if none)
    current_number: str  # the ticket called or being served ("" if none)
    waiting: int  # waiting today in the queues the window calls from
    longest_wait_minutes: int


@dataclass(frozen=True)
class AccountabilityView:
    """An accountability record: codes (cause, status) the screens and the report name."""

    id: str
    cause: str  # overdue / deemed_approval / second_supplement / complaint
    case_id: str | None
    case_no: str
    department_name: str
    main_staff: str
    supervising_staff: str
    direct_staff: str
    opened_at: datetime
    status: str  # open / closed
    note: str
    due_date: date | None = None  # to be closed by (RECORD_LIMIT_WORKDAYS after opening)
    overdue: bool = False  # still open after its date: escalated on the board
    points_closed: int = 0  # of the four (四不放过)
    outcome: str = ""  # fixed on the responsibility point
    department_id: str | None = None


@dataclass(frozen=True)
class Names:
    """Who and what the ids of follow-ups and complaints stand for."""

    staff: dict[str, str]  # id -> 李窗口（C001）
    departments: dict[str, str]  # id -> name
    clerks: tuple[tuple[str, str, str | None], ...]  # (id, label, department id) of clerks
    windows: tuple[tuple[str, str, str | None], ...] = ()  # (id, "A01 name", department id)


# --- windows -----------------------------------------------------------------------------


def windows_board(ctx: ServiceContext) -> list[WindowStatus]:
    """Every window with its state, clerk, current number and the waiting in its queues."""
    today, now = ctx.today(), ctx.now()
    with ctx.db.read_sessions() as s:
        waiting: dict[str, tuple[int, datetime | None]] = {
            q: (int(n), oldest)
            for q, n, oldest in s.execute(
                select(Ticket.queue_id, func.count(), func.min(Ticket.issued_at))
                .where(Ticket.service_day == today, Ticket.state == TicketState.WAITING.value)
                .group_by(Ticket.queue_id)
            )
        }
        queues: dict[str, list[str]] = defaultdict(list)
        for link in s.scalars(select(WindowQueue).order_by(WindowQueue.position)):
            queues[link.window_id].append(link.queue_id)
        current: dict[str, str] = {}
        for window_id, number in s.execute(
            select(Ticket.window_id, Ticket.number)
            .where(
                Ticket.window_id.is_not(None),
                Ticket.state.in_([TicketState.CALLED.value, TicketState.SERVING.value]),
            )
            .order_by(Ticket.called_at)
        ):
            if window_id is not None:
                current[window_id] = number  # the latest call wins
        depts = dict(s.execute(select(Department.id, Department.name)).all())
        clerks = dict(s.execute(select(Staff.id, Staff.name)).all())
        out = []
        for w in s.scalars(select(Window).order_by(Window.code)):
            count, oldest = 0, None
            for queue_id in queues.get(w.id, ()):
                n, first = waiting.get(queue_id, (0, None))
                count += n
                if first is not None and (oldest is None or first < oldest):
                    oldest = first
            wait = 0 if oldest is None else max(0, int((now - oldest).total_seconds() // 60))
            out.append(
                WindowStatus(
                    window_id=w.id,
                    code=w.code,
                    name=w.name,
                    department_name=depts.get(w.department_id or "", ""),
                    paused=w.state == "paused",
                    pause_reason=w.pause_reason if w.state == "paused" else "",
                    clerk_name=clerks.get(w.staff_id or "", ""),
                    current_number=current.get(w.id, ""),
                    waiting=count,
                    longest_wait_minutes=wait,
                )
            )
        return out


# --- accountability and names ----------------------------------------------------------


def _local_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(start, time(0), tzinfo=SHANGHAI),
        datetime.combine(end + timedelta(days=1), time(0), tzinfo=SHANGHAI),
    )


def accountability_records(
    ctx: ServiceContext,
    *,
    start: date | None = None,
    end: date | None = None,
    department_id: str | None = None,
    overdue_only: bool = False,
    limit: int | None = None,
) -> list[AccountabilityView]:
    """Accountability records, newest first; ``start``/``end`` bound the day they opened,
    ``department_id`` narrows them to one department, ``overdue_only`` to the open ones past
    their date (the board's escalations); ``limit`` keeps the oldest that many (the most
    overdue) instead of all."""
    record = AccountabilityRecord
    main, supervising, direct = aliased(Staff), aliased(Staff), aliased(Staff)
    closed_points = (
        select(AccountabilityPoint.record_id, func.count().label("n"))
        .group_by(AccountabilityPoint.record_id)
        .subquery("closed_points")
    )
    query = (
        select(
            record.id,
            record.cause,
            record.case_id,
            Case.case_no,
            Department.name.label("department_name"),
            main.name.label("main_staff"),
            supervising.name.label("supervising_staff"),
            direct.name.label("direct_staff"),
            record.opened_at,
            record.status,
            record.note,
            record.outcome,
            record.department_id,
            func.coalesce(closed_points.c.n, 0).label("points_closed"),
        )
        .outerjoin(Case, Case.id == record.case_id)
        .outerjoin(Department, Department.id == record.department_id)
        .outerjoin(main, main.id == record.main_staff_id)
        .outerjoin(supervising, supervising.id == record.supervising_staff_id)
        .outerjoin(direct, direct.id == record.direct_staff_id)
        .outerjoin(closed_points, closed_points.c.record_id == record.id)
        .order_by(record.opened_at.desc(), record.id)
    )
    if department_id is not None:
        query = query.where(record.department_id == department_id)
    if limit is not None:
        query = query.order_by(None).order_by(record.opened_at, record.id).limit(limit)
    if start is not None or end is not None:
        lo, hi = _local_bounds(start or date.min + timedelta(days=1), end or ctx.today())
        query = query.where(record.opened_at >= lo, record.opened_at < hi)
    today = ctx.today()
    with ctx.db.read_sessions() as s:
        cal = ctx.calendar_from(s)
        if overdue_only:
            query = query.where(
                record.status == "open", record.opened_at < _late_if_opened_before(cal, today)
            )
        dues: dict[date, date] = {}

        def due_of(opened_at: datetime) -> date:
            day = to_local(opened_at).date()
            if day not in dues:
                dues[day] = cal.add_workdays(day, RECORD_LIMIT_WORKDAYS)
            return dues[day]

        views = []
        for r in s.execute(query):
            due = due_of(r.opened_at)
            views.append(
                AccountabilityView(
                    id=r.id,
                    cause=r.cause,
                    case_id=r.case_id,
                    case_no=r.case_no or "",
                    department_name=r.department_name or "",
                    main_staff=r.main_staff or "",
                    supervising_staff=r.supervising_staff or "",
                    direct_staff=r.direct_staff or "",
                    opened_at=r.opened_at,
                    status=r.status,
                    note=r.note,
                    due_date=due,
                    overdue=r.status == "open" and today > due,
                    points_closed=int(r.points_closed),
                    outcome=r.outcome,
                    department_id=r.department_id,
                )
            )
        return [v for v in views if v.overdue or not overdue_only]


def _late_if_opened_before(cal: WorkCalendar, today: date) -> datetime:
    """A record still open is past its date today if it opened before this moment: the
    last day whose date (RECORD_LIMIT_WORKDAYS later) is before today, and every day
    before it (a later opening never has an earlier date)."""
    day = today
    while cal.add_workdays(day, RECORD_LIMIT_WORKDAYS) >= today:
        day -= timedelta(days=1)
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=SHANGHAI)


def names(ctx: ServiceContext) -> Names:
    with ctx.db.read_sessions() as s:
        staff = s.execute(
            select(Staff.id, Staff.name, Staff.staff_no, Staff.role, Staff.department_id).order_by(
                Staff.staff_no
            )
        ).all()
        return Names(
            staff={i: f"{n}（{no}）" for i, n, no, _r, _d in staff},
            departments=dict(s.execute(select(Department.id, Department.name)).all()),
            clerks=tuple((i, f"{n}（{no}）", d) for i, n, no, r, d in staff if r == "clerk"),
            windows=tuple(
                (i, f"{c} {n}", d)
                for i, c, n, d in s.execute(
                    select(Window.id, Window.code, Window.name, Window.department_id).order_by(
                        Window.code
                    )
                )
            ),
        )


# --- reports -----------------------------------------------------------------------------


def _overdue(s: Session, cutoff: date, department_id: str | None) -> list[Any]:
    """The open overdue cases (those the report's table counts), the earliest due first."""
    query = (
        select(
            Case.case_no,
            ServiceItem.name.label("item_name"),
            Department.name.label("department_name"),
            Staff.name.label("clerk_name"),
            Case.due_date,
            Case.state,
        )
        .join(ServiceItem, ServiceItem.id == Case.item_id)
        .join(Department, Department.id == Case.department_id)
        .outerjoin(Staff, Staff.id == Case.clerk_id)
        .where(
            or_(
                and_(Case.state == CaseState.ACCEPTED.value, Case.due_date < cutoff),
                and_(Case.state == CaseState.SUSPENDED.value, Case.overdue.is_(True)),
            )
        )
        .order_by(Case.due_date, Case.case_no)
    )
    if department_id is not None:
        query = query.where(Case.department_id == department_id)
    return list(s.execute(query))


def performance_report(
    ctx: ServiceContext,
    actor: Actor,
    start: date,
    end: date,
    *,
    kind: ReportKind | None = None,
    generated_by: str = "",
) -> PerformanceReportDoc:
    """The 日报 / 月报 of [start, end]: rates by department, totals, overdue cases and the
    accountability records opened in the period (the same counts as the statistics tab)."""
    from clerk_app.printing.report_docs import (
        AccountabilityLine,
        OverdueLine,
        PerformanceReportDoc,
        ReportKind,
        ReportRow,
    )

    if kind is None:
        kind = ReportKind.DAILY if start == end else ReportKind.PERIOD
    scope = statistics_scope(actor, None)  # a leader's report is their department's
    rows = performance(ctx, actor, start=start, end=end, group=Grouping.DEPARTMENT)
    total = sum((r.counts for r in rows), Counts())
    cutoff = overdue_cutoff(ctx, end)  # the table's open_overdue counts the same cases
    with ctx.db.read_sessions() as s:
        center = s.scalar(select(Center.name).limit(1)) or "政务服务中心"
        overdue = [
            OverdueLine(
                case_number=c.case_no,
                item_name=c.item_name,
                department_name=c.department_name,
                clerk_name=c.clerk_name or "",
                due_date=c.due_date,
                state=c.state,
            )
            for c in _overdue(s, cutoff, scope)
        ]
    records = accountability_records(ctx, start=start, end=end, department_id=scope)
    return PerformanceReportDoc(
        center_name=center,
        kind=kind,
        start=start,
        end=end,
        rows=tuple(ReportRow(name=r.name, counts=r.counts) for r in rows),
        total=total,
        overdue=tuple(overdue),
        accountability=tuple(
            AccountabilityLine(
                opened_on=to_local(r.opened_at).date(),
                cause=r.cause,
                case_number=r.case_no,
                department_name=r.department_name,
                main_staff=r.main_staff,
                supervising_staff=r.supervising_staff,
                direct_staff=r.direct_staff,
                status=r.status,
            )
            for r in sorted(records, key=lambda r: (r.opened_at, r.id))
        ),
        generated_at=ctx.now(),
        generated_by=generated_by,
    )


def report_file_name(doc: PerformanceReportDoc) -> str:
    """日报-2026-11-02-093000.pdf / 月报-2026-11-01_2026-11-30-093000.pdf"""
    label = {"daily": "日报", "monthly": "月报"}.get(doc.kind.value, "统计报告")
    period = doc.start.isoformat()
    if doc.end != doc.start:
        period += "_" + doc.end.isoformat()
    return f"{label}-{period}-{to_local(doc.generated_at):%H%M%S}.pdf"


@dataclass(frozen=True)
class ArchivedReport:
    pdf: bytes
    path: Path | None  # None: no archive folder is set, the report is not kept
    workbook: Path | None = None  # its tables as Excel, next to the PDF


def archive_report(ctx: ServiceContext, doc: PerformanceReportDoc) -> ArchivedReport:
    """Render the report and keep it as ``archive_dir/reports/YYYY/<file name>`` (written
    atomically; an existing file is never overwritten), its tables as an Excel workbook of
    the same name beside it. No archive folder: not kept."""
    from clerk_app import printing
    from clerk_app.printing.spreadsheet import report_workbook

    pdf = printing.render(doc)
    if ctx.archive_dir is None:
        return ArchivedReport(pdf, None)
    folder = ctx.archive_dir / "reports" / f"{doc.end.year:04d}"
    target = write_new(folder, Path(report_file_name(doc)).stem, ".pdf", pdf)
    book = write_new(folder, target.stem, ".xlsx", report_workbook(doc))
    return ArchivedReport(pdf, target, book)


# --- escalations -------------------------------------------------------------------------


@dataclass(frozen=True)
class Escalations:
    """What the board shows in red besides the cases: accountability records still open
    after their date, 督办 orders unanswered after theirs, complaints still open after
    their handling deadline and 督查 tasks after theirs."""

    records: tuple[AccountabilityView, ...]  # the most overdue (at most ESCALATED_SHOWN)
    orders: tuple[OrderView, ...]
    complaints: tuple[ComplaintView, ...] = ()
    tasks: tuple[TaskView, ...] = ()  # 督查 tasks open after their deadline
    #: How many records are past their date (``records`` holds the oldest of them).
    record_count: int | None = None

    @property
    def late_records(self) -> int:
        return len(self.records) if self.record_count is None else self.record_count

    @property
    def count(self) -> int:
        return self.late_records + len(self.orders) + len(self.complaints) + len(self.tasks)


#: The board counts every escalated accountability record but reads only this many of
#: them (the most overdue): a neglected year can hold thousands.
ESCALATED_SHOWN = 200


def late_record_count(ctx: ServiceContext) -> int:
    """Accountability records still open after their date, counted in SQL."""
    record = AccountabilityRecord
    with ctx.db.read_sessions() as s:
        cutoff = _late_if_opened_before(ctx.calendar_from(s), ctx.today())
        query = (
            select(func.count())
            .select_from(record)
            .where(record.status == "open", record.opened_at < cutoff)
        )
        return int(s.scalar(query) or 0)


def escalations(ctx: ServiceContext) -> Escalations:
    records = accountability_records(ctx, overdue_only=True, limit=ESCALATED_SHOWN)
    records.sort(key=lambda r: (r.due_date or date.min, r.id))
    total = len(records) if len(records) < ESCALATED_SHOWN else late_record_count(ctx)
    late_orders = [o for o in orders(ctx, open_only=True) if o.overdue]
    return Escalations(
        tuple(records),
        tuple(late_orders),
        tuple(late_complaints(ctx)),
        tuple(late_tasks(ctx)),
        record_count=total,
    )

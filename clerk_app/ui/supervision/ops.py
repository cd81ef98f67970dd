"""The supervision features' user actions, one function each (Anki's ``aqt.operations``).

Each returns an operation: what runs in the background (a use case on the single writer,
a read on the I/O pool); the panel adds what it shows on success, and a failure shows the
supervisor the Chinese message of the error unless the panel handles it.

One section per panel: the board, the approvals, the follow-ups, complaints and
accountability records, the sync conflicts, the work calendar, the statistics and the
printed reports.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from clerk_app.domain.inspections import BulletinKind
from clerk_app.services import (
    accountability,
    board,
    casework,
    closed_periods,
    complaints,
    conflicts,
    follow_ups,
    inspections,
    orders,
    oversight,
    reviews,
    statistics,
    tasks,
)
from clerk_app.services.accountability import RecordDetail
from clerk_app.services.board import (
    AccountabilityView,
    Escalations,
    LightsBoard,
    Names,
    WindowStatus,
)
from clerk_app.services.case_views import CaseView
from clerk_app.services.casework import PendingExtension
from clerk_app.services.closed_periods import ClosedPeriodView
from clerk_app.services.complaints import ComplaintView
from clerk_app.services.conflicts import ConflictView
from clerk_app.services.inspections import FindingView, InspectionView
from clerk_app.services.orders import OrderView
from clerk_app.services.oversight import CalendarDay, DueChange, SweepResult
from clerk_app.services.reviews import ReviewView
from clerk_app.services.statistics import Grouping, PerformanceRow
from clerk_app.services.tasks import TaskView
from clerk_app.ui.common.labels import document_kind_label
from clerk_app.ui.common.printing import DocumentPrinter, builders
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.oversight_model import ComplaintRow, FollowUpRow
from clerk_app.ui.tasks import QueryOp, WriteOp

if TYPE_CHECKING:  # the panels load their operations from here
    from clerk_app.ui.supervision.accountability import PointForm
    from clerk_app.ui.supervision.dialogs import ComplaintForm, Resolution
    from clerk_app.ui.supervision.inspections import FindingForm, InspectionForm
    from clerk_app.ui.supervision.orders import OrderForm
    from clerk_app.ui.supervision.statistics import Report

BoardData = tuple[list[WindowStatus], LightsBoard, Escalations]
ComplaintsData = tuple[Names, list[ComplaintRow]]
# the grouping's rows, the rows by department, and the period's close (None: not closed)
StatsData = tuple[list[PerformanceRow], list[PerformanceRow], ClosedPeriodView | None]

# --- the board ---------------------------------------------------------------------------


def load_board(session: SignedOn) -> QueryOp[BoardData]:
    """The windows, the deadline lights and what escalated (the board's 15 s refresh)."""
    ctx = session.ctx
    return QueryOp(
        session.tasks,
        lambda: (board.windows_board(ctx), board.deadline_lights(ctx), board.escalations(ctx)),
    )


def sweep(session: SignedOn) -> WriteOp[SweepResult]:
    """时限监察 now: overdue cases, deemed approvals, deemed acceptances."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: oversight.sweep(ctx, actor))


# --- approvals ---------------------------------------------------------------------------


def pending_extensions(session: SignedOn) -> QueryOp[list[PendingExtension]]:
    """A department leader's pending extensions; the 效能办's: every department's."""
    ctx, actor = session.ctx, session.actor
    return QueryOp(
        session.tasks,
        lambda: casework.pending_extensions(ctx, actor),
    )


def decide_extension(
    session: SignedOn,
    request_id: str,
    *,
    approve: bool,
    note: str,
    county_approver: str = "",
    county_document: str = "",
) -> WriteOp[CaseView]:
    """批准延期 / 不批准 (the head or deputy of the case's department)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: casework.decide_extension(
            ctx,
            actor,
            request_id,
            approve=approve,
            note=note,
            county_approver=county_approver,
            county_document=county_document,
        ),
    )


def print_extension_notice(
    printer: DocumentPrinter, request_id: str, case: CaseView, parent: QWidget
) -> None:
    printer.issue(
        lambda c: builders().extension_notice_doc(c, request_id),
        kind="extension_notice",
        title=f"{document_kind_label('extension_notice')} {case.case_no}",
        case_id=case.id,
        parent=parent,
    )


def pending_contests(session: SignedOn) -> QueryOp[list[ReviewView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: reviews.pending_contests(ctx))


def decide_contest(
    session: SignedOn, review_id: str, *, upheld: bool, note: str
) -> WriteOp[ReviewView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: reviews.decide_contest(ctx, actor, review_id, upheld=upheld, note=note),
    )


# --- follow-ups, complaints, accountability ------------------------------------------------


def open_follow_ups(session: SignedOn) -> QueryOp[list[FollowUpRow]]:
    """The open call-backs, rectifications and result-issuing tasks, with whom they name."""
    ctx = session.ctx

    def load() -> list[FollowUpRow]:
        found = board.names(ctx)
        return [
            FollowUpRow(
                view=f,
                staff_name=found.staff.get(f.staff_id or "", ""),
                department_name=found.departments.get(f.department_id or "", ""),
            )
            for f in follow_ups.open_follow_ups(ctx)
        ]

    return QueryOp(session.tasks, load)


def close_follow_up(session: SignedOn, task_id: str, *, category: str, note: str) -> WriteOp[None]:
    """办结 a follow-up with its outcome category."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: follow_ups.close_follow_up(ctx, actor, task_id, category=category, note=note),
    )


def open_complaints(session: SignedOn, *, closed_days: int = 0) -> QueryOp[ComplaintsData]:
    """The staff and department names (for filing a complaint) and the open complaints;
    with ``closed_days``, also those handled that were received in as many days."""
    ctx = session.ctx

    def load() -> ComplaintsData:
        found = board.names(ctx)
        listed = complaints.open_complaints(ctx)
        if closed_days:
            since = ctx.today() - timedelta(days=closed_days)
            listed += complaints.closed_complaints(ctx, since=since)
        return found, [
            ComplaintRow(
                view=c,
                staff_name=found.staff.get(c.staff_id or "", ""),
                department_name=found.departments.get(c.department_id or "", ""),
            )
            for c in listed
        ]

    return QueryOp(session.tasks, load)


def file_complaint(session: SignedOn, form: ComplaintForm) -> WriteOp[str]:
    """登记投诉, on the case whose number was given (if one was)."""
    from clerk_app.ui.common.complaint_filing import filing_op

    return filing_op(session, form)


def resolve_complaint(
    session: SignedOn, complaint_id: str, answer: Resolution
) -> WriteOp[ComplaintView]:
    """处理 a complaint; a substantiated one opens an accountability record."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: complaints.resolve_complaint(
            ctx,
            actor,
            complaint_id,
            outcome=answer.outcome,
            substantiated=answer.substantiated,
            note=answer.note,
            reply=complaints.Reply(answer.reply_method, answer.reply_satisfied, answer.reply_note),
        ),
    )


def accountability_records(session: SignedOn) -> QueryOp[list[AccountabilityView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: board.accountability_records(ctx))


def record_detail(session: SignedOn, record_id: str) -> QueryOp[RecordDetail]:
    """A record's four points, closed or not (for the form that closes the next one)."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: accountability.record_detail(ctx, record_id))


def close_accountability_point(
    session: SignedOn, record_id: str, form: PointForm
) -> WriteOp[RecordDetail]:
    """办结 one of the four points; the fourth closes the record."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: accountability.close_point(
            ctx,
            actor,
            record_id,
            point=form.point,
            note=form.note,
            outcome=form.outcome,
            attachment=form.attachment,
        ),
    )


# --- 明查暗访 -------------------------------------------------------------------------------

InspectionsData = tuple[Names, tuple[str, ...], list[InspectionView]]


def list_inspections(session: SignedOn) -> QueryOp[InspectionsData]:
    """The names (windows, staff), the checklist and every inspection with its findings."""
    ctx = session.ctx
    return QueryOp(
        session.tasks,
        lambda: (board.names(ctx), inspections.checklist(ctx), inspections.inspections(ctx)),
    )


def record_inspection(session: SignedOn, form: InspectionForm) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: inspections.record_inspection(
            ctx,
            actor,
            held_on=form.held_on,
            kind=form.kind,
            inspectors=form.inspectors,
            window_ids=list(form.window_ids),
            results=form.results,
        ),
    )


def add_finding(session: SignedOn, inspection_id: str, form: FindingForm) -> WriteOp[FindingView]:
    """A problem found; it opens an accountability record or a 督办 as chosen."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: inspections.add_finding(
            ctx,
            actor,
            inspection_id,
            window_id=form.window_id,
            check_item=form.check_item,
            note=form.note,
            evidence=form.evidence,
            action=form.action,
        ),
    )


def inspection_bulletin(
    session: SignedOn, inspection_id: str, kind: BulletinKind
) -> QueryOp[Printout]:
    """通报批评 / 通报表扬 of an inspection, rendered on the I/O pool for the preview."""
    ctx, by = session.ctx, session.badge.name

    def work() -> Printout:
        from clerk_app import printing

        doc = inspections.bulletin(ctx, inspection_id, kind, generated_by=by)
        title = f"{kind.label}-{doc.held_on.isoformat()}"
        return Printout(title=title, pdf=printing.render(doc), kind=f"bulletin_{kind.value}")

    return QueryOp(session.tasks, work)


# --- 督查 ---------------------------------------------------------------------------------


def list_tasks(session: SignedOn) -> QueryOp[tuple[Names, list[TaskView]]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: (board.names(ctx), tasks.tasks(ctx)))


def create_task(
    session: SignedOn,
    *,
    title: str,
    department_id: str,
    owner_staff_id: str | None,
    method: str,
    workdays: int,
) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: tasks.create_task(
            ctx,
            actor,
            title=title,
            department_id=department_id,
            owner_staff_id=owner_staff_id,
            method=method,
            workdays=workdays,
        ),
    )


def report_task_progress(session: SignedOn, task_id: str, note: str) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: tasks.report_progress(ctx, actor, task_id, note=note))


def complete_task(
    session: SignedOn, task_id: str, *, result: str, effect: str
) -> WriteOp[TaskView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: tasks.complete_task(ctx, actor, task_id, result=result, effect=effect),
    )


# --- 督办 ---------------------------------------------------------------------------------


def list_orders(session: SignedOn) -> QueryOp[tuple[Names, list[OrderView]]]:
    """Every 督办 order, and the names of departments and windows (for a new one)."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: (board.names(ctx), orders.orders(ctx)))


def issue_order(session: SignedOn, form: OrderForm) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: orders.issue_order(
            ctx,
            actor,
            content=form.content,
            workdays=form.workdays,
            department_id=form.department_id,
            window_id=form.window_id,
            source=form.source,
            source_id=form.source_id,
            case_id=form.case_id,
        ),
    )


# --- sync conflicts ------------------------------------------------------------------------


def list_conflicts(session: SignedOn, *, open_only: bool) -> QueryOp[list[ConflictView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: conflicts.list_conflicts(ctx, open_only=open_only))


def resolve_conflict(session: SignedOn, conflict_id: str, note: str) -> WriteOp[ConflictView]:
    """标记已处理, with how it was settled."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks, lambda: conflicts.resolve_conflict(ctx, actor, conflict_id, note=note)
    )


# --- the work calendar ---------------------------------------------------------------------


def calendar_month(session: SignedOn, year: int, month: int) -> QueryOp[list[CalendarDay]]:
    """Every day of a month as the centre's calendar has it, with the local entries."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: oversight.calendar_month(ctx, year, month))


def preview_calendar_entry(
    session: SignedOn, *, day: date, is_workday: bool
) -> QueryOp[list[DueChange]]:
    """The due dates a calendar entry would move, written nowhere."""
    ctx = session.ctx
    return QueryOp(
        session.tasks,
        lambda: oversight.preview_calendar_entry(ctx, day=day, is_workday=is_workday),
    )


def set_calendar_entry(
    session: SignedOn, *, day: date, is_workday: bool, doc_no: str, note: str
) -> WriteOp[list[DueChange]]:
    """A local calendar day; the open cases whose due dates moved, old → new."""
    ctx, actor = session.ctx, session.actor

    return WriteOp(
        session.tasks,
        lambda: oversight.set_calendar_entry(
            ctx, actor, day=day, is_workday=is_workday, doc_no=doc_no, note=note
        ),
    )


# --- statistics and reports ----------------------------------------------------------------


def performance(session: SignedOn, start: date, end: date, group: Grouping) -> QueryOp[StatsData]:
    """The rows of the grouping, and the rows by department (the chart's)."""
    ctx, actor = session.ctx, session.actor

    def load() -> StatsData:
        rows = statistics.performance(ctx, actor, start=start, end=end, group=group)
        closed = closed_periods.period_status(ctx, start, end)
        if group is Grouping.DEPARTMENT:
            return rows, rows, closed
        by_dept = statistics.performance(
            ctx, actor, start=start, end=end, group=Grouping.DEPARTMENT
        )
        return rows, by_dept, closed

    return QueryOp(session.tasks, load)


def export_excel(session: SignedOn, start: date, end: date, path: Path) -> QueryOp[Path]:
    """The statistics tables of the period as an .xlsx file (the I/O pool: a file, no
    database write)."""
    ctx, actor = session.ctx, session.actor

    def work() -> Path:
        from clerk_app.files import write_atomic

        return write_atomic(path, statistics.performance_excel(ctx, actor, start=start, end=end))

    return QueryOp(session.tasks, work)


def close_period(
    session: SignedOn, start: date, end: date, reason: str
) -> WriteOp[ClosedPeriodView]:
    """结账: freeze the period's figures (again: a revision with its reason)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: closed_periods.close_period(ctx, actor, start=start, end=end, reason=reason),
    )


def performance_report(
    session: SignedOn, kind: Report, start: date, end: date
) -> QueryOp[Printout]:
    """日报 / 月报: built, rendered and kept as a file in the archive folder (the I/O pool:
    a file, no database write); the panel previews it."""
    ctx, by, actor = session.ctx, session.badge.name, session.actor

    def work() -> Printout:
        from clerk_app.printing.report_docs import ReportKind  # reportlab: with the first

        doc = board.performance_report(
            ctx, actor, start, end, kind=ReportKind(kind.value), generated_by=by
        )
        report = board.archive_report(ctx, doc)
        span = start.isoformat() if start == end else f"{start.isoformat()} 至 {end.isoformat()}"
        title = f"{doc.kind.heading} {span}"  # 政务服务效能日报 2026-11-10, not a file name
        return Printout(title=title, pdf=report.pdf, kind=f"report_{kind.value}", path=report.path)

    return QueryOp(session.tasks, work)

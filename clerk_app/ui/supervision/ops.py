"""The supervision features' user actions, one function each (Anki's ``aqt.operations``).

Each returns an operation: what runs in the background (a use case on the single writer,
a read on the I/O pool); the panel adds what it shows on success, and a failure shows the
supervisor the Chinese message of the error unless the panel handles it.

One section per panel: the board, the approvals, the follow-ups, complaints and
accountability records, the sync conflicts, the work calendar, the statistics and the
printed reports.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from clerk_app.services import (
    board,
    casework,
    complaints,
    conflicts,
    follow_ups,
    oversight,
    reviews,
    statistics,
)
from clerk_app.services.board import AccountabilityView, LightsBoard, Names, WindowStatus
from clerk_app.services.case_views import CaseView
from clerk_app.services.casework import PendingExtension
from clerk_app.services.complaints import ComplaintView
from clerk_app.services.conflicts import ConflictView
from clerk_app.services.oversight import CalendarDay, DueChange, SweepResult
from clerk_app.services.reviews import ReviewView
from clerk_app.services.statistics import Grouping, PerformanceRow
from clerk_app.ui.common.labels import document_kind_label
from clerk_app.ui.common.printing import DocumentPrinter, builders
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.oversight_model import ComplaintRow, FollowUpRow
from clerk_app.ui.tasks import QueryOp, WriteOp

if TYPE_CHECKING:  # the panels load their operations from here
    from clerk_app.ui.supervision.dialogs import ComplaintForm, Resolution
    from clerk_app.ui.supervision.statistics import Report

BoardData = tuple[list[WindowStatus], LightsBoard]
ComplaintsData = tuple[Names, list[ComplaintRow]]
StatsData = tuple[list[PerformanceRow], list[PerformanceRow]]  # the grouping's, by department

# --- the board ---------------------------------------------------------------------------


def load_board(session: SignedOn) -> QueryOp[BoardData]:
    """The windows and the deadline lights (the board's 15 s refresh)."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: (board.windows_board(ctx), board.deadline_lights(ctx)))


def sweep(session: SignedOn) -> WriteOp[SweepResult]:
    """时限监察 now: overdue cases, deemed approvals, deemed acceptances."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: oversight.sweep(ctx, actor))


# --- approvals ---------------------------------------------------------------------------


def pending_extensions(session: SignedOn) -> QueryOp[list[PendingExtension]]:
    ctx = session.ctx
    return QueryOp(
        session.tasks,
        lambda: casework.pending_extensions(ctx),
    )


def decide_extension(
    session: SignedOn, request_id: str, *, approve: bool, note: str
) -> WriteOp[CaseView]:
    """批准延期 / 不批准 (the department leader or a supervisor)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: casework.decide_extension(ctx, actor, request_id, approve=approve, note=note),
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


def open_complaints(session: SignedOn) -> QueryOp[ComplaintsData]:
    """The staff and department names (for filing a complaint) and the open complaints."""
    ctx = session.ctx

    def load() -> ComplaintsData:
        found = board.names(ctx)
        return found, [
            ComplaintRow(
                view=c,
                staff_name=found.staff.get(c.staff_id or "", ""),
                department_name=found.departments.get(c.department_id or "", ""),
            )
            for c in complaints.open_complaints(ctx)
        ]

    return QueryOp(session.tasks, load)


def file_complaint(session: SignedOn, form: ComplaintForm) -> WriteOp[str]:
    """登记投诉, on the case whose number was given (if one was)."""
    ctx, actor = session.ctx, session.actor

    def work() -> str:
        case_id = casework.find_by_number(ctx, form.case_no).id if form.case_no else None
        return complaints.file_complaint(
            ctx,
            actor,
            complainant=form.complainant,
            content=form.content,
            phone=form.phone,
            staff_id=form.staff_id,
            department_id=form.department_id,
            case_id=case_id,
        )

    return WriteOp(session.tasks, work)


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
        ),
    )


def accountability_records(session: SignedOn) -> QueryOp[list[AccountabilityView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: board.accountability_records(ctx))


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
    ctx = session.ctx

    def load() -> StatsData:
        rows = statistics.performance(ctx, start=start, end=end, group=group)
        if group is Grouping.DEPARTMENT:
            return rows, rows
        return rows, statistics.performance(ctx, start=start, end=end, group=Grouping.DEPARTMENT)

    return QueryOp(session.tasks, load)


def performance_report(
    session: SignedOn, kind: Report, start: date, end: date
) -> QueryOp[Printout]:
    """日报 / 月报: built, rendered and kept as a file in the archive folder (the I/O pool:
    a file, no database write); the panel previews it."""
    ctx, by = session.ctx, session.badge.name

    def work() -> Printout:
        from clerk_app.printing.report_docs import ReportKind  # reportlab: with the first

        doc = board.performance_report(
            ctx, start, end, kind=ReportKind(kind.value), generated_by=by
        )
        report = board.archive_report(ctx, doc)
        span = start.isoformat() if start == end else f"{start.isoformat()} 至 {end.isoformat()}"
        title = f"{doc.kind.heading} {span}"  # 政务服务效能日报 2026-11-10, not a file name
        return Printout(title=title, pdf=report.pdf, kind=f"report_{kind.value}", path=report.path)

    return QueryOp(session.tasks, work)

"""The supervision features' user actions, one function each (Anki's ``aqt.operations``).

Each returns an operation: what runs in the background (a use case on the single writer,
a read on the I/O pool); the panel adds what it shows on success, and a failure shows the
supervisor the Chinese message of the error unless the panel handles it.

Converted so far: the board (load, sweep) and the approvals (extensions, contested
reviews). The follow-ups, conflicts, calendar and statistics panels still submit their
own work to ``session.tasks``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from clerk_app.services import board, casework, oversight, reviews
from clerk_app.services.board import LightsBoard, WindowStatus
from clerk_app.services.case_views import CaseView
from clerk_app.services.casework import PendingExtension
from clerk_app.services.oversight import SweepResult
from clerk_app.services.reviews import ReviewView
from clerk_app.ui.common.printing import DocumentPrinter, builders
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import QueryOp, WriteOp

BoardData = tuple[list[WindowStatus], LightsBoard]


def load_board(session: SignedOn) -> QueryOp[BoardData]:
    """The windows and the deadline lights (the board's 15 s refresh)."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: (board.windows_board(ctx), board.deadline_lights(ctx)))


def sweep(session: SignedOn) -> WriteOp[SweepResult]:
    """时限监察 now: overdue cases, deemed approvals, deemed acceptances."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: oversight.sweep(ctx, actor))


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
        title=f"extension_notice-{case.case_no}",
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

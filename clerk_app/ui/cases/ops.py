"""The case features' user actions, one function each (Anki's ``aqt.operations``).

Each returns an operation: what runs in the background (a use case on the single writer,
a read on the I/O pool); the widget adds what it shows on success, and a failure shows the
clerk the Chinese message of the error unless the widget handles it. The documents a
decision prints are chosen here too (``print_*``), so widgets only say where.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from clerk_app.domain.cases import CaseState, Decision
from clerk_app.services import (
    casework,
    catalogue,
    deliveries,
    intake,
    joint,
    orders,
    personal_data,
)
from clerk_app.services.case_views import CaseView
from clerk_app.services.catalogue import ItemView
from clerk_app.services.context import ServiceContext
from clerk_app.services.deliveries import DeliveryMethod, DeliveryView
from clerk_app.services.intake import DuePreview, MaterialCheck
from clerk_app.services.intake_decision import (
    Application,
    IntakeDecision,
    IntakeOutcome,
    receive_and_decide,
)
from clerk_app.services.joint import StepView
from clerk_app.services.orders import OrderView
from clerk_app.ui.common.labels import document_kind_label
from clerk_app.ui.common.printing import DocumentPrinter, archive_service, builders
from clerk_app.ui.ports import DepartmentChoice, WindowChoice
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import QueryOp, WriteOp

if TYPE_CHECKING:  # reportlab loads with the first printout
    from clerk_app.printing.documents import Document

IntakeLookups = tuple[ItemView | None, list[DepartmentChoice], list[WindowChoice]]
Builder = Callable[[ServiceContext], "Document"]

# --- intake (收件) ------------------------------------------------------------------------


def load_intake(session: SignedOn, item_id: str | None) -> QueryOp[IntakeLookups]:
    """The item of the ticket or case (if any), and where a referral can go."""
    ctx, directory = session.ctx, session.app.directory

    def load() -> IntakeLookups:
        item = catalogue.get_item(ctx, item_id) if item_id else None
        return item, directory.departments(), directory.windows()

    return QueryOp(session.tasks, load)


def search_items(session: SignedOn, text: str) -> QueryOp[list[ItemView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: catalogue.search_items(ctx, text))


def preview_due_date(session: SignedOn, item_id: str) -> QueryOp[DuePreview]:
    """(promised working days, due date, provisional?) if accepted today."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: intake.preview_due_date(ctx, item_id))


def decide(
    session: SignedOn,
    decision: IntakeDecision,
    *,
    application: Application | None,
    case_id: str | None,
    request_id: str,
    supplement: tuple[MaterialCheck, ...] | None = None,
) -> WriteOp[IntakeOutcome]:
    """Receive the application (unless already received; a case under a one-time notice
    takes in the ``supplement`` first) and record the decision: one use case, one
    transaction (``services.intake_decision.receive_and_decide``)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: receive_and_decide(
            ctx,
            actor,
            decision,
            application=application,
            case_id=case_id,
            supplement=supplement,
            request_id=request_id,
        ),
    )


def print_outcome(
    printer: DocumentPrinter,
    outcome: IntakeOutcome,
    *,
    ticket_id: str | None,
    parent: QWidget | None,
) -> None:
    """The document a decision gives the applicant: receipt, notice, refusal or guide slip
    (nothing for an on-the-spot completion or a matter told on the spot)."""
    case, rid = outcome.case, outcome.referral_id
    jobs: dict[CaseState, tuple[str, Builder]] = {
        CaseState.ACCEPTED: ("receipt", lambda c: builders().receipt_doc(c, case.id)),
        CaseState.SUPPLEMENT_NOTICE: (
            "supplement_notice",
            lambda c: builders().supplement_notice_doc(c, case.id),
        ),
        CaseState.REFUSED: ("refusal", lambda c: builders().refusal_doc(c, case.id)),
    }
    if rid is not None:
        jobs[CaseState.REFERRED] = ("referral_slip", lambda c: builders().referral_slip_doc(c, rid))
    job = jobs.get(case.state)
    if job is None:
        return
    kind, build = job
    printer.issue(
        build,
        kind=kind,
        title=f"{document_kind_label(kind)} {case.case_no}",
        case_id=case.id,
        ticket_id=ticket_id,
        referral_id=rid,
        parent=parent,
    )


# --- 我的办件 -----------------------------------------------------------------------------


def my_cases(session: SignedOn) -> QueryOp[list[CaseView]]:
    ctx, staff_id = session.ctx, session.badge.staff_id
    return QueryOp(session.tasks, lambda: casework.my_cases(ctx, staff_id))


def suspend(
    session: SignedOn, case_id: str, *, reason: str, detail: str, expected_workdays: int
) -> WriteOp[CaseView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: casework.suspend(
            ctx, actor, case_id, reason=reason, detail=detail, expected_workdays=expected_workdays
        ),
    )


def print_suspension_notice(printer: DocumentPrinter, case: CaseView, parent: QWidget) -> None:
    case_id = case.id
    printer.issue(
        lambda c: builders().suspension_notice_doc(c, case_id),
        kind="suspension_notice",
        title=f"{document_kind_label('suspension_notice')} {case.case_no}",
        case_id=case_id,
        parent=parent,
    )


def reveal(session: SignedOn, case_id: str, field: str, reason: str) -> WriteOp[str]:
    """The full number, recorded as an attributed event (who, which case, why)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: personal_data.reveal(ctx, actor, case_id, field, reason))


def resume(session: SignedOn, case_id: str) -> WriteOp[CaseView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: casework.resume(ctx, actor, case_id))


def request_extension(
    session: SignedOn, case_id: str, *, workdays: int, reason: str
) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: casework.request_extension(ctx, actor, case_id, workdays=workdays, reason=reason),
    )


def complete(
    session: SignedOn, case_id: str, *, decision: Decision, note: str
) -> WriteOp[CaseView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: casework.complete(ctx, actor, case_id, decision=decision, note=note),
    )


def print_completion_notice(printer: DocumentPrinter, case: CaseView, parent: QWidget) -> None:
    case_id = case.id
    printer.issue(
        lambda c: builders().completion_notice_doc(c, case_id),
        kind="completion_notice",
        title=f"{document_kind_label('completion_notice')} {case.case_no}",
        case_id=case_id,
        parent=parent,
    )


def documents_of(session: SignedOn, case_id: str) -> QueryOp[list[Any]]:
    """The documents printed for the case, from the archive (the details dialog)."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: list(archive_service().archived_documents(ctx, case_id)))


# --- joint steps (联办环节) ---------------------------------------------------------------


def open_steps(session: SignedOn, department_id: str) -> QueryOp[list[StepView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: joint.open_steps(ctx, department_id))


def steps_of(session: SignedOn, case_id: str) -> QueryOp[list[StepView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: joint.steps_of(ctx, case_id))


def complete_step(session: SignedOn, step_id: str, outcome: str) -> WriteOp[StepView]:
    """办结本环节 with the department's opinion."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: joint.complete_step(ctx, actor, step_id, outcome))


# --- 督办 ---------------------------------------------------------------------------------


def my_orders(session: SignedOn) -> QueryOp[list[OrderView]]:
    """The open 督办 orders to the clerk's department or window."""
    ctx, actor = session.ctx, session.actor
    return QueryOp(session.tasks, lambda: orders.orders_for(ctx, actor))


def answer_order(session: SignedOn, order_id: str, answer: str) -> WriteOp[OrderView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: orders.answer_order(ctx, actor, order_id, answer=answer))


# --- 待送达 -------------------------------------------------------------------------------


def to_deliver(session: SignedOn) -> QueryOp[list[DeliveryView]]:
    ctx, actor = session.ctx, session.actor
    return QueryOp(session.tasks, lambda: deliveries.to_deliver(ctx, actor))


def record_delivery(
    session: SignedOn, delivery_id: str, method: DeliveryMethod, note: str
) -> WriteOp[DeliveryView]:
    """送达: in person or by post once printed; an SMS note says what was sent."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: deliveries.record_delivery(ctx, actor, delivery_id, method=method, note=note),
    )

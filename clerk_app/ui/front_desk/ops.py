"""The front desk's user actions, one function each (Anki's ``aqt.operations``).

Each returns an operation: what runs in the background (a use case on the single writer,
a read on the I/O pool); the widget adds what it shows on success, and a failure shows the
clerk the Chinese message of the error. The printouts that follow an action are chosen
here too (``print_*``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from clerk_app.domain.tickets import TicketKind
from clerk_app.services import catalogue, first_contact, tickets
from clerk_app.services.catalogue import ItemView
from clerk_app.services.context import ServiceContext
from clerk_app.services.first_contact import FirstContactRecord, ReferralView, ReferTo
from clerk_app.services.tickets import QueueRef, TicketView
from clerk_app.ui.common.labels import document_kind_label
from clerk_app.ui.common.printing import DocumentPrinter, builders
from clerk_app.ui.ports import DepartmentChoice, WindowChoice
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import QueryOp, WriteOp

if TYPE_CHECKING:  # the dialog module loads its operations from here
    from clerk_app.printing.documents import Document
    from clerk_app.ui.front_desk.first_contact import FirstContactRequest

Queues = list[QueueRef]
Done = Callable[[Any], None]


def load_lookups(session: SignedOn) -> QueryOp[tuple[Queues, list[WindowChoice]]]:
    """The queues a ticket can be issued in, and the windows the item guide names."""
    ctx, directory = session.ctx, session.app.directory
    return QueryOp(session.tasks, lambda: (tickets.list_queues(ctx), directory.windows()))


def load_directory(
    session: SignedOn,
) -> QueryOp[tuple[list[DepartmentChoice], list[WindowChoice]]]:
    """Where a first contact can be referred (the first contact dialog)."""
    directory = session.app.directory
    return QueryOp(session.tasks, lambda: (directory.departments(), directory.windows()))


def search_items(session: SignedOn, text: str) -> QueryOp[list[ItemView]]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: catalogue.search_items(ctx, text))


def issue_ticket(
    session: SignedOn, *, queue_id: str, kind: TicketKind, reason: str, item_id: str | None
) -> WriteOp[TicketView]:
    """取号 in a queue, for an item if one was chosen."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: tickets.issue_ticket(
            ctx, actor, queue_id=queue_id, kind=kind, reason=reason, item_id=item_id
        ),
    )


def print_ticket(
    printer: DocumentPrinter, ticket: TicketView, parent: QWidget, on_done: Done
) -> None:
    ticket_id = ticket.id
    printer.issue(
        lambda ctx: builders().ticket_doc(ctx, ticket_id),
        kind="ticket",
        title=f"{document_kind_label('ticket')} {ticket.number}",
        ticket_id=ticket_id,
        parent=parent,
        on_done=on_done,
    )


def record_first_contact(
    session: SignedOn, req: FirstContactRequest, item_id: str | None, request_id: str
) -> WriteOp[FirstContactRecord]:
    """首问登记, referred if the clerk chose a department: one use case, one transaction
    (``services.first_contact.record_and_refer``)."""
    ctx, actor = session.ctx, session.actor
    refer_to = (
        ReferTo(req.refer_to_department, req.refer_to_window)
        if req.refer_to_department is not None
        else None
    )
    return WriteOp(
        session.tasks,
        lambda: first_contact.record_and_refer(
            ctx,
            actor,
            visitor_name=req.visitor_name,
            visitor_phone=req.visitor_phone,
            question=req.question,
            answer=req.answer,
            item_id=item_id,
            refer_to=refer_to,
            request_id=request_id,
        ),
    )


def print_guide_slip(
    printer: DocumentPrinter, record: FirstContactRecord, has_item: bool, on_done: Done
) -> bool:
    """The guide slip: of the referral (archived with it), or, for a question answered at
    the desk about an item, to that item's department (printed, not archived). False: no
    slip to print."""
    rid, contact_id = record.referral_id, record.contact_id
    if rid is None and not has_item:
        return False

    def build(ctx: ServiceContext) -> Document:
        if rid is not None:
            return builders().referral_slip_doc(ctx, rid)
        return builders().first_contact_slip_doc(ctx, contact_id)

    title = document_kind_label("referral_slip")
    printer.issue(build, kind="referral_slip", title=title, referral_id=rid, on_done=on_done)
    return True


def load_referrals(
    session: SignedOn, department_id: str | None
) -> QueryOp[tuple[list[ReferralView], list[ReferralView]]]:
    """我的转办 (what this clerk referred) and what was referred to the department."""
    ctx, staff_id = session.ctx, session.badge.staff_id

    def load() -> tuple[list[ReferralView], list[ReferralView]]:
        incoming = first_contact.incoming_referrals(ctx, department_id) if department_id else []
        return first_contact.my_referrals(ctx, staff_id), incoming

    return QueryOp(session.tasks, load)


def take_referral(session: SignedOn, referral_id: str) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: first_contact.take_referral(ctx, actor, referral_id))


def close_referral(session: SignedOn, referral_id: str, outcome: str) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks, lambda: first_contact.close_referral(ctx, actor, referral_id, outcome)
    )


def print_item_guide(printer: DocumentPrinter, item: ItemView, parent: QWidget) -> None:
    """办事指南 of an item for a visitor at the desk: printed, not archived."""
    item_id = item.id
    printer.issue(
        lambda c: builders().item_guide_doc(c, item_id),
        kind="item_guide",
        title=f"办事指南-{item.code}",
        parent=parent,
    )

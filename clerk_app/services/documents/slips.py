"""The front desk's slips: the queue ticket (排队号), the referral guide slip (转办引导单)
and the guide slip of a question answered at the desk."""

from __future__ import annotations

from sqlalchemy import select

from clerk_app.domain.clock import local_date, to_local
from clerk_app.domain.errors import IllegalTransition
from clerk_app.domain.tickets import TERMINAL_TICKET_STATES
from clerk_app.printing.documents import Party, ReferralSlipDoc, TicketDoc
from clerk_app.services import tickets
from clerk_app.services.case_views import readable
from clerk_app.services.context import ServiceContext
from clerk_app.services.documents.parts import applicant_party, center_of, window_names, window_of
from clerk_app.services.errors import NotFound
from clerk_app.store.models import (
    Case,
    Department,
    FirstContact,
    ItemMaterial,
    Referral,
    ServiceItem,
    Staff,
    Window,
    WindowQueue,
)


def ticket_doc(ctx: ServiceContext, ticket_id: str) -> TicketDoc:
    """排队号 for a ticket still waiting or called (not for one finished or missed)."""
    view = tickets.get_ticket(ctx, ticket_id)
    if view.state in TERMINAL_TICKET_STATES:
        raise IllegalTransition(
            f"{view.number}号已{view.state.label}，不能再打印排队号",
            state=view.state.value,
            action="ticket",
        )
    with ctx.db.read_sessions() as s:
        center = center_of(s)
        zones = s.scalars(
            select(Window.zone)
            .join(WindowQueue, WindowQueue.window_id == Window.id)
            .where(
                WindowQueue.queue_id == view.queue_id, Window.active.is_(True), Window.zone != ""
            )
            .order_by(WindowQueue.position, Window.code)
        ).all()
    return TicketDoc(
        center_name=center.name,
        ticket_number=view.number,
        queue_name=view.queue_name,
        item_name=view.item_name,
        wait_zone="、".join(dict.fromkeys(zones)),
        people_ahead=view.people_ahead,
        issued_at=to_local(view.issued_at),
        estimated_wait_minutes=view.estimated_wait_minutes if view.people_ahead else None,
        kind=view.kind,
    )


def referral_number(ref: Referral, case_no: str | None) -> str:
    """The case number for a case referral; ``ZB20260928-1A2B3C`` for a front-desk one."""
    return case_no or f"ZB{local_date(ref.created_at):%Y%m%d}-{ref.id[:6].upper()}"


def referral_slip_doc(ctx: ServiceContext, referral_id: str) -> ReferralSlipDoc:
    """转办引导单: where to go, and the first responder who follows the matter."""
    with ctx.db.read_sessions() as s:
        ref = s.get(Referral, referral_id)
        if ref is None:
            raise NotFound("找不到该转办记录")
        if ref.status == "done":
            raise IllegalTransition(
                "该转办已办结，无需再打印引导单", state=ref.status, action="referral_slip"
            )
        center = center_of(s)
        target = s.get(Department, ref.to_department_id)
        first = s.get(Staff, ref.from_staff_id)
        if target is None or first is None:
            raise NotFound("转办记录的接收部门或首问负责人不存在")
        case = s.get(Case, ref.case_id) if ref.case_id else None
        item = s.get(ServiceItem, ref.item_id) if ref.item_id else None
        window = window_of(s, ref.to_window_id)
        if window is not None:
            target_window = f"{window.code}（{window.name}）"
        else:
            target_window = (
                "、".join(window_names(s, target)) or f"{target.short_name or target.name}窗口"
            )
        bring: tuple[str, ...] = ()
        if item is not None:
            bring = tuple(
                s.scalars(
                    select(ItemMaterial.name)
                    .where(ItemMaterial.item_id == item.id, ItemMaterial.required.is_(True))
                    .order_by(ItemMaterial.position)
                )
            )
        visitor = (
            applicant_party(case)
            if case
            else Party(name=ref.visitor_name, phone=readable(ref.visitor_phone))
        )
        created = local_date(ref.created_at)
        number = referral_number(ref, case.case_no if case else None)
        return ReferralSlipDoc(
            center_name=center.name,
            agency_name=center.name,
            document_number="",
            case_number=number,
            issue_date=created,
            item_name=item.name if item else ref.matter,
            applicant=visitor,
            matter=ref.matter,
            target_agency=target.name,
            target_place=center.address or center.name,
            target_window=target_window,
            target_phone=center.query_phone,
            first_responder_name=first.name,
            first_responder_number=first.staff_no,
            first_responder_phone=center.query_phone,
            materials_to_bring=bring,
        )


def first_contact_slip_doc(ctx: ServiceContext, contact_id: str) -> ReferralSlipDoc:
    """引导单 for a question answered at the desk: the item's department and materials."""
    with ctx.db.read_sessions() as s:
        contact = s.get(FirstContact, contact_id)
        if contact is None:
            raise NotFound("找不到该首问登记")
        center, first = center_of(s), s.get(Staff, contact.staff_id)
        item = s.get(ServiceItem, contact.item_id) if contact.item_id else None
        dept = s.get(Department, item.department_id) if item else None
        if first is None:
            raise NotFound("首问登记的首问负责人不存在")
        bring: tuple[str, ...] = ()
        if item is not None:
            query = select(ItemMaterial.name).where(ItemMaterial.item_id == item.id)
            bring = tuple(s.scalars(query.order_by(ItemMaterial.position)))
        return ReferralSlipDoc(
            center_name=center.name,
            agency_name=center.name,
            document_number="",
            case_number="",
            issue_date=local_date(contact.created_at),
            item_name=item.name if item else contact.question[:40],
            applicant=Party(name=contact.visitor_name, phone=readable(contact.visitor_phone)),
            matter=contact.question,
            target_agency=dept.name if dept else "",
            target_place=center.address or center.name,
            target_window="",
            first_responder_name=first.name,
            first_responder_number=first.staff_no,
            first_responder_phone=center.query_phone,
            materials_to_bring=bring,
        )


# --- the case notices --------------------------------------------------------------------

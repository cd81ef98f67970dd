"""The decisions at the counter: 受理通知书, 补正材料一次性告知书, 不予受理决定书."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.cases import CaseState
from clerk_app.domain.clock import local_date, to_local
from clerk_app.domain.deadlines import due_date
from clerk_app.domain.errors import IllegalTransition
from clerk_app.printing.documents import (
    DeemedAcceptanceNoticeDoc,
    Problem,
    ReceiptDoc,
    RefusalDoc,
    SupplementLine,
    SupplementNoticeDoc,
    WithdrawalNoticeDoc,
)
from clerk_app.services.case_views import get_case, get_item
from clerk_app.services.context import ServiceContext
from clerk_app.services.documents.parts import (
    ACCEPTED_STATES,
    REFUSAL_BASIS,
    agent_party,
    appeal_bodies,
    catalogue_of,
    center_of,
    department_of,
    document_number,
    event_time,
    forms_text,
    header,
    int_setting,
    material_line,
    place_of,
    progress_url,
    refusal_ground,
    state_of,
    where_to_go,
    window_of,
    wrong_state,
)
from clerk_app.store.models import CaseMaterial, Department, Event, Staff


def receipt_doc(ctx: ServiceContext, case_id: str) -> ReceiptDoc:
    """受理通知书 for an accepted case (also after it was suspended, completed or deemed)."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if state_of(case) not in ACCEPTED_STATES or case.accepted_on is None:
            raise wrong_state(case, "受理通知书", "receipt")
        if case.deemed_accepted:
            raise IllegalTransition(
                f"办件 {case.case_no} 为逾期视为受理，应出具视为受理通知书，不能出具受理通知书",
                state=case.state,
                action="receipt",
            )
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        cal = ctx.calendar_from(s)
        due = due_date(cal, case.accepted_on, case.limit_workdays)
        accepted_at = event_time(s, "case.accepted", case.id) or to_local(case.received_at)
        mats = s.scalars(
            select(CaseMaterial)
            .where(CaseMaterial.case_id == case.id, CaseMaterial.status == "received")
            .order_by(CaseMaterial.position)
        ).all()
        catalogue = catalogue_of(s, item.id)
        window = window_of(s, case.window_id)
        clerk = s.get(Staff, case.clerk_id)
        return ReceiptDoc(
            **header(center, dept, item, case, word="受", issued=case.accepted_on),
            item_code=item.code,
            agent=agent_party(case),
            materials=tuple(material_line(m, catalogue.get(m.material_id or "")) for m in mats),
            accepted_at=accepted_at,
            promised_days=case.limit_workdays,
            due_date=due,
            due_date_provisional=cal.any_provisional(case.accepted_on, due),
            statutory_days=item.statutory_limit or None,
            window_name=window.name if window else dept.name,
            clerk_name=clerk.name if clerk else "",
            clerk_number=clerk.staff_no if clerk else "",
            query_phone=center.query_phone,
            complaint_phone=center.complaint_phone,
            reconsideration_body=appeal_bodies(center, dept)[0],
            court=appeal_bodies(center, dept)[1],
            qr_payload=progress_url(center.progress_query_url, case.case_no),
        )


def supplement_notice_doc(ctx: ServiceContext, case_id: str) -> SupplementNoticeDoc:
    """补正材料一次性告知书: every missing or deficient material of the checklist at once."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if state_of(case) is not CaseState.SUPPLEMENT_NOTICE:
            raise wrong_state(case, "补正材料一次性告知书", "supplement_notice")
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        catalogue = catalogue_of(s, item.id)
        lines = []
        for m in s.scalars(
            select(CaseMaterial)
            .where(CaseMaterial.case_id == case.id, CaseMaterial.status != "received")
            .order_by(CaseMaterial.position)
        ):
            spec = catalogue.get(m.material_id or "")
            if m.status == "deficient":
                fix = m.note or "不符合法定形式，请按要求重新提交"
                problem = Problem.DEFICIENT
            else:
                fix = f"请提交{forms_text(spec.originals, spec.copies) if spec else '原件1份'}"
                if spec is not None and spec.note:
                    fix += f"（{spec.note}）"
                problem = Problem.MISSING
            lines.append(SupplementLine(material=m.name, problem=problem, what_to_fix=fix))
        issued_at = event_time(s, "case.supplement_notice", case.id)
        issued = local_date(issued_at) if issued_at else ctx.today()
        deadline = case.supplement_due
        if deadline is None:  # a notice from before the item's period was recorded
            days = int_setting(s, "documents.supplement_deadline_workdays", 0)
            deadline = ctx.calendar_from(s).add_workdays(issued, days) if days > 0 else None
        window = window_of(s, case.window_id)
        clerk = s.get(Staff, case.clerk_id)
        return SupplementNoticeDoc(
            **header(
                center,
                dept,
                item,
                case,
                word="补",
                issued=issued,
                ordinal=case.supplement_count - 1,
            ),
            received_at=to_local(case.received_at),
            lines=tuple(lines),
            deadline=deadline,
            submit_place=place_of(center, window, dept),
            clerk_name=clerk.name if clerk else "",
            contact_phone=center.query_phone,
        )


def refusal_doc(ctx: ServiceContext, case_id: str) -> RefusalDoc:
    """不予受理决定书 with the reasons, the competent agency and the appeal rights."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if state_of(case) is not CaseState.REFUSED:
            raise wrong_state(case, "不予受理决定书", "refusal")
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        ground = refusal_ground(s, case.id)
        reason = case.refusal_reason
        if ground is not None and ground.label not in reason:
            reason = f"{ground.label}：{reason}"
        contact = ""
        if case.refusal_agency:
            other = s.scalar(select(Department).where(Department.name == case.refusal_agency))
            if other is not None:
                contact = where_to_go(s, center, other)
        return RefusalDoc(
            **header(center, dept, item, case, word="不受", issued=case.closed_on or ctx.today()),
            received_at=to_local(case.received_at),
            reasons=(reason,),
            legal_basis=REFUSAL_BASIS.get(ground, item.legal_basis) if ground else item.legal_basis,
            competent_agency=case.refusal_agency,
            competent_agency_contact=contact,
            reconsideration_body=appeal_bodies(center, dept)[0],
            court=appeal_bodies(center, dept)[1],
        )


def deemed_acceptance_notice_doc(ctx: ServiceContext, case_id: str) -> DeemedAcceptanceNoticeDoc:
    """视为受理通知书 (Art. 32(4)): accepted from the day the materials came in because
    no decision or notice followed within five working days; issued the day it was
    decided, listing what was actually received."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if not case.deemed_accepted or case.accepted_on is None:
            raise wrong_state(case, "视为受理通知书", "deemed_acceptance")
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        cal = ctx.calendar_from(s)
        due = due_date(cal, case.accepted_on, case.limit_workdays)
        decided = event_time(s, "case.accepted", case.id)
        mats = s.scalars(
            select(CaseMaterial)
            .where(CaseMaterial.case_id == case.id, CaseMaterial.status == "received")
            .order_by(CaseMaterial.position)
        ).all()
        catalogue = catalogue_of(s, item.id)
        return DeemedAcceptanceNoticeDoc(
            **header(
                center,
                dept,
                item,
                case,
                word="视受",
                issued=local_date(decided) if decided else ctx.today(),
            ),
            received_at=to_local(case.received_at),
            materials=tuple(material_line(m, catalogue.get(m.material_id or "")) for m in mats),
            materials_expected=len(catalogue),
            promised_days=case.limit_workdays,
            due_date=due,
            statutory_days=item.statutory_limit or None,
            due_date_provisional=cal.any_provisional(case.accepted_on, due),
            contact_phone=dept.phone or center.query_phone,
        )


def withdrawal_notice_doc(ctx: ServiceContext, case_id: str) -> WithdrawalNoticeDoc:
    """视为撤回申请告知书: the supplement deadline passed without the materials."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if state_of(case) is not CaseState.WITHDRAWN or case.closed_on is None:
            raise wrong_state(case, "视为撤回申请告知书", "withdrawal")
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        notice_at = event_time(s, "case.supplement_notice", case.id)
        notice_on = local_date(notice_at) if notice_at else case.received_on
        deadline = _withdrawal_deadline(s, case.id) or case.closed_on
        window = window_of(s, case.window_id)
        return WithdrawalNoticeDoc(
            **header(center, dept, item, case, word="撤", issued=case.closed_on),
            received_at=to_local(case.received_at),
            notice_date=notice_on,
            notice_number=document_number(
                dept.short_name or dept.name, "补", notice_on, case.case_no, ordinal=0
            ),
            deadline=deadline,
            return_place=place_of(center, window, dept),
        )


def _withdrawal_deadline(s: Session, case_id: str) -> date | None:
    raw = s.scalar(
        select(Event.payload)
        .where(Event.type == "case.withdrawn", Event.payload.contains(f'"case_id":"{case_id}"'))
        .order_by(Event.position.desc())
        .limit(1)
    )
    return date.fromisoformat(json.loads(raw)["deadline"]) if raw else None

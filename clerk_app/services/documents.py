"""Printed documents from the real state: each builder reads the database and returns the
frozen dataclass the printing package renders (no session escapes, no PDF here).

Every builder opens its own session and raises :class:`NotFound` for an unknown id and
:class:`IllegalTransition` when the case is not in a state that document is for (no
receipt for a refused case, no completion notice for an open one…).

Decisions kept here:

- 文号: ``{department short name}{word}字〔{year}〕第{MMDD}{serial}号``; the serial is the
  one of the case number (``YYYYMMDD-WS-0012``), so a reprint gets the same number.
- Supplement deadline: the law (Art. 32) sets none. By default none is printed and the
  notice says to bring the materials once complete; a center that wants one sets
  ``documents.supplement_deadline_workdays`` (working days after the notice).
- The receipt states the due date of acceptance (promised limit counted from the
  acceptance day on the current calendar), not a later extended one: extensions and
  suspensions have their own notices.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.cases import CaseState, Decision, RefusalGround, SuspensionReason
from clerk_app.domain.clock import local_date, to_local
from clerk_app.domain.deadlines import due_date
from clerk_app.domain.errors import IllegalTransition
from clerk_app.domain.tickets import TERMINAL_TICKET_STATES
from clerk_app.printing.documents import (
    CompletionNoticeDoc,
    DeemedApprovalNoticeDoc,
    ExtensionNoticeDoc,
    IdKind,
    MaterialForm,
    MaterialLine,
    Party,
    Problem,
    ReceiptDoc,
    ReferralSlipDoc,
    RefusalDoc,
    SupplementLine,
    SupplementNoticeDoc,
    SuspensionNoticeDoc,
    TicketDoc,
)
from clerk_app.services import tickets
from clerk_app.services.case_views import get_case, get_item
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import NotFound
from clerk_app.store.models import (
    Case,
    CaseMaterial,
    Center,
    Department,
    Event,
    ExtensionRequest,
    FirstContact,
    ItemMaterial,
    Referral,
    ServiceItem,
    Setting,
    Staff,
    Suspension,
    Window,
)

ACCEPTED_STATES = frozenset(
    {CaseState.ACCEPTED, CaseState.SUSPENDED, CaseState.COMPLETED, CaseState.DEEMED_APPROVED}
)
DEFAULT_DEEMED_BASIS = "本中心行政审批超时默认办理制度"
DEFAULT_RESULT_DAYS = 1
#: Legal basis printed on a refusal, by ground (the item's own basis for "not eligible").
REFUSAL_BASIS = {
    RefusalGround.OUT_OF_JURISDICTION: "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
    RefusalGround.SUPPLEMENT_NOT_MADE: "《中华人民共和国行政许可法》第三十二条第一款第（四）项",
    RefusalGround.FALSE_MATERIALS: "《中华人民共和国行政许可法》第七十八条",
}


# --- shared pieces -----------------------------------------------------------------------


def center_of(s: Session) -> Center:
    center = s.scalar(select(Center).limit(1))
    if center is None:
        raise NotFound("尚未建立服务中心，请先完成中心设置")
    return center


def _dept(s: Session, case: Case) -> Department:
    dept = s.get(Department, case.department_id)
    if dept is None:
        raise NotFound("找不到办件所属部门")
    return dept


def _window(s: Session, window_id: str | None) -> Window | None:
    return s.get(Window, window_id) if window_id else None


def _place(center: Center, window: Window | None, dept: Department) -> str:
    return f"{center.name}{window.name if window else dept.name + '窗口'}"


def _window_names(s: Session, dept: Department) -> list[str]:
    query = select(Window.name).where(Window.department_id == dept.id).order_by(Window.code)
    return list(s.scalars(query))


def _where_to_go(s: Session, center: Center, dept: Department) -> str:
    names = _window_names(s, dept)
    where = f"本中心{'、'.join(names)}，" if names else ""
    return f"{where}咨询电话{center.query_phone}" if center.query_phone else where.rstrip("，")


def _setting(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return row.value.strip() if row is not None and row.value.strip() else None


def _int_setting(s: Session, key: str, default: int) -> int:
    raw = _setting(s, key)
    return int(raw) if raw is not None and raw.isdigit() else default


def document_number(short_name: str, word: str, issued: date, case_no: str) -> str:
    """文号 ``市场监管受字〔2026〕第09280012号``: the case's day and serial, stable on reprint."""
    found = re.fullmatch(r"\d{4}(\d{4})-.*-(\d+)", case_no)
    serial = f"{found[1]}{int(found[2]):04d}" if found else re.sub(r"\D", "", case_no)[-8:]
    return f"{short_name}{word}字〔{issued.year}〕第{serial}号"


def _event_time(s: Session, event_type: str, case_id: str) -> datetime | None:
    """When the latest event of that type happened to the case (from the journal)."""
    raw = s.scalar(
        select(Event.occurred_at)
        .where(Event.type == event_type, Event.payload.contains(f'"case_id":"{case_id}"'))
        .order_by(Event.position.desc())
        .limit(1)
    )
    return to_local(datetime.fromisoformat(raw)) if raw else None


def _refusal_ground(s: Session, case_id: str) -> RefusalGround | None:
    raw = s.scalar(
        select(Event.payload)
        .where(Event.type == "case.refused", Event.payload.contains(f'"case_id":"{case_id}"'))
        .order_by(Event.position.desc())
        .limit(1)
    )
    if raw is None:
        return None
    value = json.loads(raw).get("ground")
    return RefusalGround(value) if value in RefusalGround.__members__.values() else None


def _applicant(case: Case) -> Party:
    kind = IdKind.USCC if case.applicant_kind == "enterprise" else IdKind.ID_CARD
    return Party(
        name=case.applicant_name,
        id_number=case.applicant_id_no,
        id_kind=kind,
        phone=case.applicant_phone,
    )


def _agent(case: Case) -> Party | None:
    if not case.agent_name:
        return None
    return Party(name=case.agent_name, id_number=case.agent_id_no)


def _header(
    center: Center, dept: Department, item: ServiceItem, case: Case, *, word: str, issued: date
) -> dict[str, Any]:
    return {
        "center_name": center.name,
        "agency_name": dept.name,
        "document_number": document_number(
            dept.short_name or dept.name, word, issued, case.case_no
        ),
        "case_number": case.case_no,
        "issue_date": issued,
        "item_name": item.name,
        "applicant": _applicant(case),
    }


def forms_text(originals: int, copies: int) -> str:
    """``原件1份、复印件1份``"""
    parts = [f"原件{originals}份"] if originals else []
    parts += [f"复印件{copies}份"] if copies else []
    return "、".join(parts) or "原件1份"


def _material_line(m: CaseMaterial, spec: ItemMaterial | None) -> MaterialLine:
    """What was received; the catalogue's expectation when the counts were not recorded."""
    originals, copies = m.originals, m.copies
    if not originals and not copies and spec is not None:
        originals, copies = spec.originals, spec.copies
    if originals and copies:
        form = MaterialForm.ORIGINAL_AND_COPY
        note = f"原件{originals}份、复印件{copies}份" if originals != copies else ""
        return MaterialLine(name=m.name, form=form, count=max(originals, copies), note=note)
    if copies:
        return MaterialLine(name=m.name, form=MaterialForm.COPY, count=copies)
    return MaterialLine(name=m.name, form=MaterialForm.ORIGINAL, count=max(originals, 1))


def _state(case: Case) -> CaseState:
    return CaseState(case.state)


def _wrong_state(case: Case, document: str, action: str) -> IllegalTransition:
    return IllegalTransition(
        f"办件 {case.case_no} 当前状态为“{_state(case).label}”，不能出具{document}",
        state=case.state,
        action=action,
    )


def _catalogue(s: Session, item_id: str) -> dict[str, ItemMaterial]:
    return {m.id: m for m in s.scalars(select(ItemMaterial).where(ItemMaterial.item_id == item_id))}


# --- the front desk ----------------------------------------------------------------------


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
    queue = f"{view.queue_name}（{view.item_name}）" if view.item_name else view.queue_name
    return TicketDoc(
        center_name=center.name,
        ticket_number=view.number,
        queue_name=queue,
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
        window = _window(s, ref.to_window_id)
        if window is not None:
            target_window = f"{window.code}（{window.name}）"
        else:
            target_window = (
                "、".join(_window_names(s, target)) or f"{target.short_name or target.name}窗口"
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
            _applicant(case) if case else Party(name=ref.visitor_name, phone=ref.visitor_phone)
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
    with ctx.db.sessions() as s:
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
            applicant=Party(name=contact.visitor_name, phone=contact.visitor_phone),
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


def receipt_doc(ctx: ServiceContext, case_id: str) -> ReceiptDoc:
    """受理通知书 for an accepted case (also after it was suspended, completed or deemed)."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if _state(case) not in ACCEPTED_STATES or case.accepted_on is None:
            raise _wrong_state(case, "受理通知书", "receipt")
        item, dept, center = get_item(s, case.item_id), _dept(s, case), center_of(s)
        cal = ctx.calendar_from(s)
        due = due_date(cal, case.accepted_on, case.limit_workdays)
        if case.deemed_accepted:
            accepted_at = to_local(case.received_at)
        else:
            accepted_at = _event_time(s, "case.accepted", case.id) or to_local(case.received_at)
        mats = s.scalars(
            select(CaseMaterial)
            .where(CaseMaterial.case_id == case.id, CaseMaterial.status == "received")
            .order_by(CaseMaterial.position)
        ).all()
        catalogue = _catalogue(s, item.id)
        window = _window(s, case.window_id)
        clerk = s.get(Staff, case.clerk_id)
        return ReceiptDoc(
            **_header(center, dept, item, case, word="受", issued=case.accepted_on),
            item_code=item.code,
            agent=_agent(case),
            materials=tuple(_material_line(m, catalogue.get(m.material_id or "")) for m in mats),
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
        )


def supplement_notice_doc(ctx: ServiceContext, case_id: str) -> SupplementNoticeDoc:
    """补正材料一次性告知书: every missing or deficient material of the checklist at once."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if _state(case) is not CaseState.SUPPLEMENT_NOTICE:
            raise _wrong_state(case, "补正材料一次性告知书", "supplement_notice")
        item, dept, center = get_item(s, case.item_id), _dept(s, case), center_of(s)
        catalogue = _catalogue(s, item.id)
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
        issued_at = _event_time(s, "case.supplement_notice", case.id)
        issued = local_date(issued_at) if issued_at else ctx.today()
        days = _int_setting(s, "documents.supplement_deadline_workdays", 0)
        cal = ctx.calendar_from(s)
        window = _window(s, case.window_id)
        clerk = s.get(Staff, case.clerk_id)
        return SupplementNoticeDoc(
            **_header(center, dept, item, case, word="补", issued=issued),
            received_at=to_local(case.received_at),
            lines=tuple(lines),
            deadline=cal.add_workdays(issued, days) if days > 0 else None,
            submit_place=_place(center, window, dept),
            clerk_name=clerk.name if clerk else "",
            contact_phone=center.query_phone,
        )


def refusal_doc(ctx: ServiceContext, case_id: str) -> RefusalDoc:
    """不予受理决定书 with the reasons, the competent agency and the appeal rights."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if _state(case) is not CaseState.REFUSED:
            raise _wrong_state(case, "不予受理决定书", "refusal")
        item, dept, center = get_item(s, case.item_id), _dept(s, case), center_of(s)
        ground = _refusal_ground(s, case.id)
        reason = case.refusal_reason
        if ground is not None and ground.label not in reason:
            reason = f"{ground.label}：{reason}"
        contact = ""
        if case.refusal_agency:
            other = s.scalar(select(Department).where(Department.name == case.refusal_agency))
            if other is not None:
                contact = _where_to_go(s, center, other)
        return RefusalDoc(
            **_header(center, dept, item, case, word="不受", issued=case.closed_on or ctx.today()),
            received_at=to_local(case.received_at),
            reasons=(reason,),
            legal_basis=REFUSAL_BASIS.get(ground, item.legal_basis) if ground else item.legal_basis,
            competent_agency=case.refusal_agency,
            competent_agency_contact=contact,
            reconsideration_body=center.reconsideration_body or "本级人民政府",
            court=center.litigation_court or "有管辖权的人民法院",
        )


def extension_notice_doc(ctx: ServiceContext, extension_request_id: str) -> ExtensionNoticeDoc:
    """延期告知书 for an approved extension."""
    with ctx.db.read_sessions() as s:
        req = s.get(ExtensionRequest, extension_request_id)
        if req is None:
            raise NotFound("找不到该延期申请")
        case = get_case(s, req.case_id)
        if req.status != "approved" or req.new_due is None:
            label = {"pending": "待审批", "denied": "未获批准"}.get(req.status, req.status)
            raise IllegalTransition(
                f"该延期申请{label}，不能出具延期告知书", state=req.status, action="extension"
            )
        assert case.accepted_on is not None
        item, dept, center = get_item(s, case.item_id), _dept(s, case), center_of(s)
        approver = s.get(Staff, req.decided_by) if req.decided_by else None
        approved_on = local_date(req.decided_at) if req.decided_at else None
        return ExtensionNoticeDoc(
            **_header(center, dept, item, case, word="延", issued=approved_on or ctx.today()),
            accepted_date=case.accepted_on,
            original_due_date=req.old_due,
            extension_days=req.workdays,
            new_due_date=req.new_due,
            reason=req.reason,
            approver_name=approver.name if approver else "",
            approver_title=approver.title if approver else "",
            approved_on=approved_on,
        )


def suspension_notice_doc(ctx: ServiceContext, case_id: str) -> SuspensionNoticeDoc:
    """特别程序告知书 for the open suspension of the case, or else its latest one."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        sus = s.scalar(
            select(Suspension)
            .where(Suspension.case_id == case.id)
            .order_by(Suspension.end_on.is_not(None), Suspension.start_on.desc())
            .limit(1)
        )
        if sus is None:
            raise _wrong_state(case, "特别程序告知书（该办件没有中止计时记录）", "suspension")
        item, dept, center = get_item(s, case.item_id), _dept(s, case), center_of(s)
        labels = {r.value: r.label for r in SuspensionReason}
        cal = ctx.calendar_from(s)
        return SuspensionNoticeDoc(
            **_header(center, dept, item, case, word="特", issued=sus.start_on),
            procedure_type=labels.get(sus.reason, sus.reason),
            reason=sus.detail,
            start_date=sus.start_on,
            expected_days=sus.expected_workdays,
            expected_end_date=_expected_end(cal, sus) if sus.expected_workdays > 0 else None,
        )


def _expected_end(cal: WorkCalendar, sus: Suspension) -> date:
    # The start day counts when it is a working day: count from the day before.
    return cal.add_workdays(sus.start_on - timedelta(days=1), sus.expected_workdays)


def completion_notice_doc(ctx: ServiceContext, case_id: str) -> CompletionNoticeDoc:
    """办结通知书: the decision; the renderer says on time or late from the two dates."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        state = _state(case)
        if state not in (CaseState.COMPLETED, CaseState.COMPLETED_ON_SPOT) or not case.decision:
            raise _wrong_state(case, "办结通知书", "completion")
        assert case.closed_on is not None
        item, dept, center = get_item(s, case.item_id), _dept(s, case), center_of(s)
        accepted = case.accepted_on or case.received_on
        decision = Decision(case.decision)
        window = _window(s, case.window_id)
        place = _place(center, window, dept)
        if decision is Decision.APPROVED:
            result = decision.label
            document = f"“{item.name}”准予许可决定书及相关证照"
            pickup = f"请携带本通知书及身份证件到{place}领取办理结果。"
        else:
            note = f"理由：{case.decision_note}；" if case.decision_note else ""
            result = (
                f"{decision.label}（{note}如不服本决定，可以自收到本通知书之日起六十日内"
                f"向{center.reconsideration_body or '本级人民政府'}申请行政复议，或者在六个月内"
                f"依法向{center.litigation_court or '有管辖权的人民法院'}提起行政诉讼）"
            )
            document = "不予行政许可决定书"
            pickup = f"请携带本通知书及身份证件到{place}领取决定书和申请材料。"
        return CompletionNoticeDoc(
            **_header(center, dept, item, case, word="结", issued=case.closed_on),
            accepted_date=accepted,
            due_date=case.due_date or case.closed_on,
            completed_date=case.closed_on,
            result=result,
            result_document=document,
            pickup=pickup,
        )


def deemed_approval_notice_doc(ctx: ServiceContext, case_id: str) -> DeemedApprovalNoticeDoc:
    """超时默认通知书 for a case the sweep deemed approved."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if _state(case) is not CaseState.DEEMED_APPROVED:
            raise _wrong_state(case, "超时默认通知书", "deemed_approval")
        assert case.accepted_on is not None and case.due_date is not None
        assert case.closed_on is not None
        item, dept, center = get_item(s, case.item_id), _dept(s, case), center_of(s)
        window = _window(s, case.window_id)
        return DeemedApprovalNoticeDoc(
            **_header(center, dept, item, case, word="默", issued=case.closed_on),
            accepted_date=case.accepted_on,
            due_date=case.due_date,
            deemed_date=case.closed_on,
            policy_basis=_setting(s, "documents.deemed_policy_basis") or DEFAULT_DEEMED_BASIS,
            result_issue_days=_int_setting(
                s, "documents.result_issue_workdays", DEFAULT_RESULT_DAYS
            ),
            pickup=f"请于结果制发后携带本通知书及身份证件到{_place(center, window, dept)}领取。",
        )

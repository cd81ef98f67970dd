"""Taking in an application (收件) and deciding it at the counter.

A received application ends in exactly one of: accepted (with its due date), a one-time
supplement notice listing everything missing, refused with reasons, referred to the
competent department, completed on the spot (instant items) or told on the spot (matters
that need no licence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain import cases as rules
from clerk_app.domain.cases import CaseState, RefusalGround
from clerk_app.domain.deadlines import due_date
from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.domain.organisation import is_cancelled
from clerk_app.domain.text_limits import TEXT_FIELDS, check_count, check_text
from clerk_app.domain.validation import normalize_id_card, normalize_phone, normalize_uscc
from clerk_app.services.accountability import add_record
from clerk_app.services.authority import own_case
from clerk_app.services.case_views import (
    CaseView,
    case_view,
    get_case,
    get_item,
    snapshot,
    store_snapshot,
)
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.deliveries import add_delivery
from clerk_app.services.events import EventData, applier
from clerk_app.services.first_contact import emit_referral
from clerk_app.services.joint import add_steps, steps_payload
from clerk_app.services.rows import bump_counter, new_id, next_counter
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import Case, CaseMaterial, ItemMaterial

COUNTER = (Role.CLERK, Role.SUPERVISOR)
MATERIAL_STATES = ("received", "missing", "deficient")


@dataclass(frozen=True)
class Applicant:
    kind: str  # "person" | "enterprise"
    name: str
    id_no: str  # ID card number, or unified social credit code for an enterprise
    phone: str = ""
    agent_name: str = ""
    agent_id_no: str = ""


@dataclass(frozen=True)
class MaterialCheck:
    material_id: str
    status: str  # received | missing | deficient
    originals: int = 0
    copies: int = 0
    note: str = ""


def validate_applicant(applicant: Applicant) -> Applicant:
    """Normalise and check every field; raises InvalidInput with the first problem."""
    if applicant.kind not in ("person", "enterprise"):
        raise InvalidInput("请选择申请人类型（个人或企业）")
    enterprise = applicant.kind == "enterprise"
    name_key = "enterprise_name" if enterprise else "applicant_name"
    name = check_text(name_key, applicant.name)
    if not name:
        raise InvalidInput("请填写申请人名称" if enterprise else "请填写申请人姓名", field=name_key)
    id_no = normalize_uscc(applicant.id_no) if enterprise else normalize_id_card(applicant.id_no)
    phone_text = check_text("applicant_phone", applicant.phone)
    phone = normalize_phone(phone_text) if phone_text else ""
    agent_name = check_text("agent_name", applicant.agent_name)
    agent_id = normalize_id_card(applicant.agent_id_no) if applicant.agent_id_no.strip() else ""
    if enterprise and not agent_name:
        raise InvalidInput("企业申请须填写经办人姓名", field="agent_name")
    if agent_id and not agent_name:
        raise InvalidInput("请填写经办人姓名", field="agent_name")
    return Applicant(applicant.kind, name, id_no, phone, agent_name, agent_id)


def view_in(uow: UnitOfWork, case_id: str) -> CaseView:
    return case_view(uow.session, get_case(uow.session, case_id), uow.calendar, uow.today)


def receive(
    ctx: ServiceContext,
    actor: Actor,
    *,
    item_id: str,
    applicant: Applicant,
    materials: Sequence[MaterialCheck],
    ticket_id: str | None = None,
    request_id: str | None = None,
) -> CaseView:
    """收件: register the application with its materials checklist (only catalogue materials)."""
    require_role(actor, *COUNTER, action="收件")
    person = validate_applicant(applicant)
    with ctx.unit_of_work(actor, request_id=request_id) as uow:
        case_id = receive_in(uow, item_id, person, materials, ticket_id)
        return view_in(uow, case_id)


def receive_in(
    uow: UnitOfWork,
    item_id: str,
    person: Applicant,
    materials: Sequence[MaterialCheck],
    ticket_id: str | None,
) -> str:
    item = get_item(uow.session, item_id)
    if is_cancelled(item.status, item.status_from, uow.today):
        since = f"自{item.status_from.isoformat()}起" if item.status_from else ""
        raise RuleViolation(
            f"事项“{item.name}”{since}已取消，不能再收件；已受理的办件照常办理",
            field="item",
        )
    lines = _checklist(uow.session, item_id, materials)
    workstation, actor = uow.ctx.workstation, uow.actor
    seq = next_counter(uow.session, _case_counter(workstation, uow.today))
    case_id = new_id()
    uow.emit(
        "case.received",
        dict(
            id=case_id,
            case_no=_case_no(workstation, uow.today, seq),
            seq=seq,
            item_id=item.id,
            department_id=item.department_id,
            window_id=actor.window_id,
            clerk_id=actor.staff_id,
            ticket_id=ticket_id,
            applicant_kind=person.kind,
            applicant_name=person.name,
            applicant_id_no=person.id_no,
            applicant_phone=person.phone,
            agent_name=person.agent_name,
            agent_id_no=person.agent_id_no,
            received_at=uow.now,
            received_on=uow.today,
            materials=lines,
        ),
    )
    return case_id


def _case_counter(workstation: str, day: date) -> str:
    return f"case:{workstation}:{day.isoformat()}"


def _case_no(workstation: str, day: date, seq: int) -> str:
    return f"{day:%Y%m%d}-{workstation}-{seq:04d}"


def _checklist(
    s: Session, item_id: str, checks: Sequence[MaterialCheck]
) -> list[dict[str, object]]:
    catalogue = {
        m.id: m for m in s.scalars(select(ItemMaterial).where(ItemMaterial.item_id == item_id))
    }
    given = {c.material_id: c for c in checks}
    unknown = set(given) - set(catalogue)
    if unknown:
        raise InvalidInput("材料清单中有不属于该事项目录的材料")
    lines: list[dict[str, object]] = []
    for mat in sorted(catalogue.values(), key=lambda m: m.position):
        check = given.get(mat.id)
        status = check.status if check else "missing"
        if status not in MATERIAL_STATES:
            raise InvalidInput(f"材料“{mat.name}”的状态无效")
        note = _material_note(mat.name, check.note) if check else ""
        if check:
            _material_count(mat.name, "originals", check.originals)
            _material_count(mat.name, "copies", check.copies)
        if status == "deficient" and not note:
            raise InvalidInput(f"材料“{mat.name}”不符合要求，请写明需要补正的内容")
        if not mat.required and status == "missing":
            continue
        lines.append(
            dict(
                id=new_id(),
                material_id=mat.id,
                position=mat.position,
                name=mat.name,
                status=status,
                originals=check.originals if check else 0,
                copies=check.copies if check else 0,
                note=note,
            )
        )
    return lines


def _material_note(material: str, note: str) -> str:
    try:
        return check_text("material_note", note)
    except InvalidInput as exc:
        raise InvalidInput(f"材料“{material}”：{exc.message}", field=exc.field) from None


def _material_count(material: str, key: str, value: int) -> None:
    try:
        check_count(key, value)
    except InvalidInput as exc:
        raise InvalidInput(f"材料“{material}”：{exc.message}", field=exc.field) from None


@applier("case.received")
def _received(s: Session, e: EventData) -> None:
    p = dict(e.payload)
    materials = p.pop("materials")
    seq = p.pop("seq")
    p["received_at"] = e.moment("received_at")
    p["received_on"] = e.day("received_on")
    s.add(Case(state=CaseState.RECEIVED.value, **p))
    s.flush()
    for m in materials:
        s.add(CaseMaterial(case_id=p["id"], **m))
    bump_counter(s, _case_counter(e.workstation, p["received_on"]), seq)


@dataclass(frozen=True)
class DuePreview:
    """The due date a case of an item would get if accepted on a given day."""

    promised_workdays: int
    due_date: date
    provisional: bool  # the calendar of some day until then is not published yet


def preview_due_date(ctx: ServiceContext, item_id: str, on: date | None = None) -> DuePreview:
    """The promised limit and due date if accepted on ``on`` (today)."""
    with ctx.db.read_sessions() as s:
        item = get_item(s, item_id)
        cal = ctx.calendar_from(s)
        day = on or ctx.today()
        due = due_date(cal, day, item.promised_limit)
        return DuePreview(item.promised_limit, due, cal.any_provisional(day, due))


def _missing(s: Session, case: Case) -> list[CaseMaterial]:
    return [
        m
        for m in s.scalars(
            select(CaseMaterial)
            .where(CaseMaterial.case_id == case.id)
            .order_by(CaseMaterial.position)
        )
        if m.status != "received"
    ]


def accept(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseView:
    """受理: materials complete; the promised limit gives the due date shown on the receipt."""
    require_role(actor, *COUNTER, action="受理")
    with ctx.unit_of_work(actor) as uow:
        accept_in(uow, case_id)
        return view_in(uow, case_id)


def accept_in(uow: UnitOfWork, case_id: str) -> None:
    case = own_case(uow, case_id, action="受理")
    item = get_item(uow.session, case.item_id)
    if _missing(uow.session, case):
        raise RuleViolation("材料不齐全或不符合要求，不能受理；请出具一次性告知书")
    due = due_date(uow.calendar, uow.today, item.promised_limit)
    rules.accept(snapshot(uow.session, case), on=uow.today, due_on=due)  # precheck
    uow.emit(
        "case.accepted",
        dict(
            case_id=case_id,
            accepted_on=uow.today,
            limit_workdays=item.promised_limit,
            due_date=due,
            provisional=uow.calendar.any_provisional(uow.today, due),
            deemed=False,
            steps=steps_payload(uow.session, uow.calendar, item, uow.today),
        ),
    )


@applier("case.accepted")
def _accepted(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    if e.flag("deemed") and case.state != CaseState.RECEIVED.value:
        return  # decided meanwhile, or deemed accepted by another workstation's sweep
    snap = rules.accept(snapshot(s, case), on=e.day("accepted_on"), due_on=e.day("due_date"))
    store_snapshot(case, snap)
    case.limit_workdays = e.integer("limit_workdays")
    case.provisional_due = e.flag("provisional")
    case.deemed_accepted = e.flag("deemed")
    add_steps(s, case, list(e.payload.get("steps", [])), e.day("accepted_on"))
    if case.deemed_accepted:  # its notice must reach the applicant
        add_delivery(s, e, case, "deemed_acceptance_notice")


def issue_supplement_notice(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseView:
    """一次性告知: one notice listing every missing or deficient material.

    A second notice for the same application needs a supervisor and is logged against the
    clerk who took the application in.
    """
    require_role(actor, *COUNTER, action="出具一次性告知书")
    with ctx.unit_of_work(actor) as uow:
        issue_supplement_notice_in(uow, case_id)
        return view_in(uow, case_id)


def issue_supplement_notice_in(uow: UnitOfWork, case_id: str) -> None:
    actor = uow.actor
    case = own_case(uow, case_id, action="出具一次性告知书")
    missing = _missing(uow.session, case)
    names = [m.name for m in missing]
    by_supervisor = actor.role is Role.SUPERVISOR
    rules.issue_supplement_notice(snapshot(uow.session, case), names, by_supervisor=by_supervisor)
    item = get_item(uow.session, case.item_id)
    # the date by which to supply the materials (the item's period, in working days)
    deadline = (
        uow.calendar.add_workdays(uow.today, item.supplement_days)
        if item.supplement_days > 0
        else None
    )
    uow.emit(
        "case.supplement_notice",
        dict(
            case_id=case_id,
            materials=[dict(name=m.name, status=m.status, note=m.note) for m in missing],
            by_supervisor=by_supervisor,
            accountability_id=new_id(),
            deadline=deadline,
        ),
    )


@applier("case.supplement_notice")
def _supplement_notice(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    names = [str(m["name"]) for m in e.payload["materials"]]
    by_supervisor = e.flag("by_supervisor")
    snap = rules.issue_supplement_notice(snapshot(s, case), names, by_supervisor=by_supervisor)
    store_snapshot(case, snap)
    case.supplement_due = e.day("deadline") if e.payload.get("deadline") else None
    if snap.supplement_notices > 1:
        add_record(
            s,
            record_id=e.text("accountability_id"),
            cause="second_supplement",
            case_id=case.id,
            department_id=case.department_id,
            direct_staff_id=case.clerk_id,
            opened_at=e.occurred_at,
            note="同一申请第二次出具补正告知",
        )


def receive_supplement(
    ctx: ServiceContext, actor: Actor, case_id: str, materials: Sequence[MaterialCheck]
) -> CaseView:
    """The applicant is back with the materials: the checklist is taken again, receipt anew."""
    require_role(actor, *COUNTER, action="接收补正材料")
    with ctx.unit_of_work(actor) as uow:
        receive_supplement_in(uow, case_id, materials)
        return view_in(uow, case_id)


def receive_supplement_in(
    uow: UnitOfWork, case_id: str, materials: Sequence[MaterialCheck]
) -> None:
    case = own_case(uow, case_id, action="接收补正材料")
    rules.receive_supplement(snapshot(uow.session, case), on=uow.today)
    lines = _checklist(uow.session, case.item_id, materials)
    uow.emit(
        "case.supplement_received",
        dict(case_id=case_id, received_on=uow.today, materials=lines),
    )


@applier("case.supplement_received")
def _supplement_received(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    snap = rules.receive_supplement(snapshot(s, case), on=e.day("received_on"))
    store_snapshot(case, snap)
    case.received_on = snap.received_on
    case.supplement_due = None
    for old in s.scalars(select(CaseMaterial).where(CaseMaterial.case_id == case.id)):
        s.delete(old)
    s.flush()
    for m in e.payload["materials"]:
        s.add(CaseMaterial(case_id=case.id, **m))


def refuse(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    ground: RefusalGround,
    reason: str,
    other_agency: str = "",
) -> CaseView:
    """不予受理: a reason, and the competent agency when the matter is not ours."""
    require_role(actor, *COUNTER, action="不予受理")
    with ctx.unit_of_work(actor) as uow:
        refuse_in(uow, case_id, ground, reason, other_agency)
        return view_in(uow, case_id)


def refuse_in(
    uow: UnitOfWork, case_id: str, ground: RefusalGround, reason: str, other_agency: str
) -> None:
    reason = check_text("refusal_reason", reason)
    other_agency = check_text("refusal_agency", other_agency)
    case = own_case(uow, case_id, action="不予受理")
    rules.refuse(
        snapshot(uow.session, case), ground, reason, on=uow.today, other_agency=other_agency
    )
    uow.emit(
        "case.refused",
        dict(
            case_id=case_id,
            ground=ground.value,
            reason=reason,
            other_agency=other_agency,
            on=uow.today,
            at=uow.now,
        ),
    )


@applier("case.refused")
def _refused(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    snap = rules.refuse(
        snapshot(s, case),
        RefusalGround(e.text("ground")),
        e.text("reason"),
        on=e.day("on"),
        other_agency=e.text("other_agency"),
    )
    store_snapshot(case, snap)
    case.refusal_agency = snap.other_agency
    case.closed_at = e.moment("at")


def refer(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    to_department_id: str,
    matter: str,
    to_window_id: str | None = None,
    step_limit: int = 1,
) -> str:
    """转办: the matter belongs to another department; refer it with a guide slip and follow it."""
    require_role(actor, *COUNTER, action="转办")
    with ctx.unit_of_work(actor) as uow:
        return refer_in(uow, case_id, to_department_id, matter, to_window_id, step_limit)


def refer_in(
    uow: UnitOfWork,
    case_id: str,
    to_department_id: str,
    matter: str,
    to_window_id: str | None,
    step_limit: int = 1,
) -> str:
    case = own_case(uow, case_id, action="转办")
    rules.refer(snapshot(uow.session, case), to_department_id, on=uow.today)
    uow.emit(
        "case.referred",
        dict(case_id=case_id, to_department_id=to_department_id, on=uow.today, at=uow.now),
    )
    return emit_referral(
        uow,
        to_department_id=to_department_id,
        matter=matter,
        case_id=case_id,
        to_window_id=to_window_id,
        item_id=case.item_id,
        visitor_name=_visitor_name(case),
        visitor_phone=case.applicant_phone,
        step_limit=step_limit,
    )


def _visitor_name(case: Case) -> str:
    """Who the referral slip names: the applicant, or (an enterprise name too long for
    the referral's visitor field) the agent who stands at the counter for it."""
    if len(case.applicant_name) <= TEXT_FIELDS["visitor_name"].max_length:
        return case.applicant_name
    return case.agent_name


@applier("case.referred")
def _referred(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    store_snapshot(case, rules.refer(snapshot(s, case), e.text("to_department_id"), on=e.day("on")))
    case.closed_at = e.moment("at")


def complete_on_spot(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseView:
    """现场办结: an instant item with complete materials is approved at the counter."""
    require_role(actor, *COUNTER, action="现场办结")
    with ctx.unit_of_work(actor) as uow:
        complete_on_spot_in(uow, case_id)
        return view_in(uow, case_id)


def complete_on_spot_in(uow: UnitOfWork, case_id: str) -> None:
    case = own_case(uow, case_id, action="现场办结")
    if _missing(uow.session, case):
        raise RuleViolation("材料不齐全，不能现场办结；请出具一次性告知书")
    rules.complete_on_spot(snapshot(uow.session, case), on=uow.today)
    uow.emit("case.completed_on_spot", dict(case_id=case_id, on=uow.today, at=uow.now))


@applier("case.completed_on_spot")
def _completed_on_spot(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    store_snapshot(case, rules.complete_on_spot(snapshot(s, case), on=e.day("on")))
    case.on_spot = True
    case.closed_at = e.moment("at")


def tell_on_spot(ctx: ServiceContext, actor: Actor, case_id: str, note: str) -> CaseView:
    """当场告知: the matter needs no licence; the applicant is told what to do on the spot."""
    require_role(actor, *COUNTER, action="当场告知")
    with ctx.unit_of_work(actor) as uow:
        tell_on_spot_in(uow, case_id, note)
        return view_in(uow, case_id)


def tell_on_spot_in(uow: UnitOfWork, case_id: str, note: str) -> None:
    note = check_text("told_note", note)
    case = own_case(uow, case_id, action="当场告知")
    if get_item(uow.session, case.item_id).needs_licence:
        raise RuleViolation("该事项需要许可，不能当场告知了结；请受理、告知补正或不予受理")
    if not note:
        raise InvalidInput("请写明告知的内容", field="told_note")
    rules.tell_on_spot(snapshot(uow.session, case), on=uow.today, note=note)
    uow.emit("case.told_on_spot", dict(case_id=case_id, note=note, on=uow.today, at=uow.now))


@applier("case.told_on_spot")
def _told(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    store_snapshot(case, rules.tell_on_spot(snapshot(s, case), on=e.day("on"), note=e.text("note")))
    case.decision_note = e.text("note")
    case.closed_at = e.moment("at")

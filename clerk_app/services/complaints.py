"""效能投诉: record a complaint against a clerk, a window or a department, and resolve it.

A complaint found substantiated opens an accountability record (责任追究) naming the
complained-about staff as directly responsible and the department's leaders (分管负责人,
主要负责人) as the supervising and main responsible ones, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from clerk_app.domain import reviews as rules
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.reviews import ComplaintOutcome
from clerk_app.domain.text_limits import check_phone, check_text
from clerk_app.services.accountability import add_record
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import AccountabilityRecord, Case, Complaint, Department, Staff

RECEIVERS = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR)
ACCOUNTABILITY_CAUSE = "complaint"
OPEN = "open"
SUBSTANTIATED = "substantiated"
UNFOUNDED = "unfounded"


@dataclass(frozen=True)
class ComplaintView:
    """For supervisors: the complainant is shown here, unlike on a review."""

    id: str
    complainant: str
    phone: str
    content: str
    staff_id: str | None
    department_id: str | None
    case_id: str | None
    received_at: datetime
    status: str  # open / substantiated / unfounded
    outcome: str
    accountability_id: str | None


def file_complaint(
    ctx: ServiceContext,
    actor: Actor,
    *,
    complainant: str,
    content: str,
    phone: str = "",
    staff_id: str | None = None,
    department_id: str | None = None,
    case_id: str | None = None,
) -> str:
    """Record a 效能投诉; the department follows from the staff or the case when not given."""
    require_role(actor, *RECEIVERS, action="登记效能投诉")
    complainant = check_text("complainant", complainant)
    content = check_text("complaint_content", content)
    if not complainant:
        raise InvalidInput("请填写投诉人姓名（不愿留名可填“匿名”）", field="complainant")
    if not content:
        raise InvalidInput("请填写投诉内容", field="complaint_content")
    number = check_phone("complainant_phone", phone)
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        if staff_id is not None:
            staff = s.get(Staff, staff_id)
            if staff is None:
                raise NotFound("找不到被投诉的工作人员")
            department_id = department_id or staff.department_id
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None:
                raise NotFound("找不到投诉涉及的办件")
            department_id = department_id or case.department_id
        if department_id is not None and s.get(Department, department_id) is None:
            raise NotFound("找不到被投诉的部门")
        complaint_id = new_id()
        uow.emit(
            "complaint.filed",
            dict(
                id=complaint_id,
                complainant=complainant,
                phone=number,
                content=content,
                staff_id=staff_id,
                department_id=department_id,
                case_id=case_id,
                received_at=uow.now,
            ),
        )
    return complaint_id


@applier("complaint.filed")
def _filed(s: Session, e: EventData) -> None:
    s.add(
        Complaint(
            id=e.text("id"),
            complainant=e.text("complainant"),
            phone=e.text("phone"),
            content=e.text("content"),
            staff_id=e.optional_text("staff_id"),
            department_id=e.optional_text("department_id"),
            case_id=e.optional_text("case_id"),
            received_at=e.moment("received_at"),
            status=OPEN,
            outcome="",
        )
    )


def resolve_complaint(
    ctx: ServiceContext,
    actor: Actor,
    complaint_id: str,
    *,
    outcome: ComplaintOutcome | str,
    substantiated: bool,
    note: str,
) -> ComplaintView:
    """A supervisor closes the complaint; a substantiated one opens an accountability record."""
    require_role(actor, Role.SUPERVISOR, action="处理效能投诉")
    result = ComplaintOutcome.parse(outcome, what="投诉处理结果")
    rules.check_complaint_outcome(result, substantiated)
    note = check_text("complaint_note", note)
    if not note:
        raise InvalidInput("请填写调查核实情况和处理意见", field="complaint_note")
    with ctx.unit_of_work(actor) as uow:
        complaint = _complaint(uow.session, complaint_id)
        if complaint.status != OPEN:
            raise IllegalTransition("该投诉已经处理完毕", state=complaint.status, action="resolve")
        if complaint.staff_id is not None and complaint.staff_id == actor.staff_id:
            raise PermissionDenied("不能处理针对本人的投诉，请由其他监督员处理")
        uow.emit(
            "complaint.resolved",
            dict(
                complaint_id=complaint_id,
                outcome=result,
                substantiated=substantiated,
                note=note,
                staff_id=actor.staff_id,
                at=uow.now,
                accountability_id=new_id() if substantiated else None,
            ),
        )
        return _views(uow.session, Complaint.id == complaint_id)[0]


@applier("complaint.resolved")
def _resolved(s: Session, e: EventData) -> None:
    complaint = _complaint(s, e.text("complaint_id"))
    if complaint.status != OPEN:
        raise IllegalTransition("该投诉已经处理完毕", state=complaint.status, action="resolve")
    result = ComplaintOutcome(e.text("outcome"))
    substantiated = e.flag("substantiated")
    rules.check_complaint_outcome(result, substantiated)
    complaint.status = SUBSTANTIATED if substantiated else UNFOUNDED
    complaint.outcome = f"{result.label}：{e.text('note')}"
    record_id = e.optional_text("accountability_id")
    if substantiated and record_id is not None:
        add_record(
            s,
            record_id=record_id,
            cause=ACCOUNTABILITY_CAUSE,
            case_id=complaint.case_id,
            complaint_id=complaint.id,
            department_id=complaint.department_id,
            direct_staff_id=complaint.staff_id,
            opened_at=e.moment("at"),
            note=f"效能投诉属实（{result.label}）：{e.text('note')}",
        )


# --- reads -------------------------------------------------------------------------------


def get_complaint(ctx: ServiceContext, complaint_id: str) -> ComplaintView:
    with ctx.db.read_sessions() as s:
        found = _views(s, Complaint.id == complaint_id)
        if not found:
            raise NotFound("找不到该投诉")
        return found[0]


def open_complaints(
    ctx: ServiceContext, *, department_id: str | None = None
) -> list[ComplaintView]:
    """Complaints still to be handled, oldest first."""
    where = Complaint.status == OPEN
    if department_id is not None:
        where = where & (Complaint.department_id == department_id)
    with ctx.db.read_sessions() as s:
        return _views(s, where)


def _complaint(s: Session, complaint_id: str) -> Complaint:
    complaint = s.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound("找不到该投诉")
    return complaint


def _views(s: Session, where: ColumnElement[bool]) -> list[ComplaintView]:
    rows = s.execute(
        select(Complaint, AccountabilityRecord.id)
        .outerjoin(AccountabilityRecord, AccountabilityRecord.complaint_id == Complaint.id)
        .where(where)
        .order_by(Complaint.received_at, Complaint.id)
    ).all()
    return [
        ComplaintView(
            id=c.id,
            complainant=c.complainant,
            phone=c.phone,
            content=c.content,
            staff_id=c.staff_id,
            department_id=c.department_id,
            case_id=c.case_id,
            received_at=c.received_at,
            status=c.status,
            outcome=c.outcome,
            accountability_id=record_id,
        )
        for c, record_id in rows
    ]

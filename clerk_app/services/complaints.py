"""效能投诉: record a complaint against a clerk, a window or a department, and resolve it.

A complaint found substantiated opens an accountability record (责任追究) naming the
complained-about staff as directly responsible and the department's leaders (分管负责人,
主要负责人) as the supervising and main responsible ones, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from clerk_app.domain import complaints as channels
from clerk_app.domain import reviews as rules
from clerk_app.domain.clock import SHANGHAI, to_local
from clerk_app.domain.complaints import Channel, ReplyMethod
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.reviews import ComplaintOutcome
from clerk_app.domain.text_limits import check_phone, check_text
from clerk_app.services.accountability import add_record
from clerk_app.services.case_views import readable
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import (
    AccountabilityRecord,
    Case,
    Complaint,
    ComplaintFollowUp,
    Department,
    Setting,
    Staff,
)

RECEIVERS = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR)
ACCOUNTABILITY_CAUSE = "complaint"
OPEN = "open"
SUBSTANTIATED = "substantiated"
UNFOUNDED = "unfounded"
LIMIT_KEY = "complaint.limit_workdays"


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
    channel: Channel = Channel.ONSITE
    work_order_no: str = ""
    due_date: date | None = None
    reply_method: str = ""  # a ReplyMethod, "" before the reply
    replied_at: datetime | None = None
    reply_satisfied: bool | None = None
    reply_note: str = ""
    #: still open after its handling deadline: red, on the board, escalated by the sweep
    overdue: bool = False
    #: the complainant was answered after the handling deadline
    replied_late: bool = False

    @property
    def replied(self) -> bool:
        return self.replied_at is not None


@dataclass(frozen=True)
class Reply:
    """答复投诉人: how, whether the complainant was satisfied, and what was said."""

    method: ReplyMethod | str
    satisfied: bool
    note: str


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
    channel: Channel | str = Channel.ONSITE,
    work_order_no: str = "",
) -> str:
    """Record a 效能投诉 (at the counter, the front desk or the back office); the department
    follows from the staff or the case when not given; it is due in the configured
    number of working days."""
    require_role(actor, *RECEIVERS, action="登记效能投诉")
    how = channels.parse_channel(str(channel))
    order_no = channels.check_work_order(how, work_order_no)
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
        check_new_work_order(s, order_no)
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
                channel=how,
                work_order_no=order_no,
                due_date=uow.calendar.add_workdays(uow.today, limit_workdays_in(s)),
            ),
        )
    return complaint_id


def check_new_work_order(s: Session, work_order_no: str) -> None:
    if work_order_no and s.scalar(
        select(Complaint.id).where(Complaint.work_order_no == work_order_no)
    ):
        raise IllegalTransition(
            f"工单 {work_order_no} 已经登记", state="filed", action="file_complaint"
        )


def limit_workdays_in(s: Session) -> int:
    row = s.get(Setting, LIMIT_KEY)
    return channels.DEFAULT_LIMIT_WORKDAYS if row is None else int(row.value)


@applier("complaint.filed")
def _filed(s: Session, e: EventData) -> None:
    how = channels.parse_channel(str(e.payload.get("channel", Channel.ONSITE.value)))
    order_no = channels.check_work_order(how, str(e.payload.get("work_order_no", "")))
    check_new_work_order(s, order_no)
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
            channel=how.value,
            work_order_no=order_no or None,
            due_date=e.optional_day("due_date"),
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
    reply: Reply | None = None,
) -> ComplaintView:
    """A supervisor closes the complaint with its result and the reply to the complainant
    (given here, or recorded before with :func:`reply_to_complainant`): nothing closes
    without both (每理必果). A substantiated one opens an accountability record."""
    require_role(actor, Role.SUPERVISOR, action="处理效能投诉")
    answer = _check_reply(reply) if reply is not None else None
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
        if answer is not None:
            uow.emit("complaint.replied", dict(complaint_id=complaint_id, **answer, at=uow.now))
        elif complaint.replied_at is None:
            raise InvalidInput("请先答复投诉人（方式、是否满意）再办结", field="reply_method")
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
        return _views(uow.session, uow.today, Complaint.id == complaint_id)[0]


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


def _check_reply(reply: Reply) -> dict[str, object]:
    method = channels.parse_reply_method(str(reply.method))
    note = check_text("reply_note", reply.note)
    if not note:
        raise InvalidInput("请填写答复投诉人的情况", field="reply_note")
    return dict(method=method.value, satisfied=bool(reply.satisfied), note=note)


def reply_to_complainant(
    ctx: ServiceContext, actor: Actor, complaint_id: str, reply: Reply
) -> ComplaintView:
    """答复投诉人 (a supervisor, or the complained-about department's leader)."""
    require_role(actor, Role.SUPERVISOR, Role.LEADER, action="答复投诉人")
    answer = _check_reply(reply)
    with ctx.unit_of_work(actor) as uow:
        complaint = _complaint(uow.session, complaint_id)
        _check_handler(uow.session, complaint, actor.role, actor.staff_id)
        uow.emit("complaint.replied", dict(complaint_id=complaint_id, **answer, at=uow.now))
        return _views(uow.session, uow.today, Complaint.id == complaint_id)[0]


def _check_handler(
    s: Session, complaint: Complaint, role: Role | str, staff_id: str | None
) -> None:
    """Open, and the actor's to handle: supervisors all, others their department's."""
    if complaint.status != OPEN:
        raise IllegalTransition("该投诉已经处理完毕", state=complaint.status, action="handle")
    if role in (Role.LEADER, Role.CLERK):
        staff = s.get(Staff, staff_id) if staff_id is not None else None
        if staff is None or staff.department_id != complaint.department_id:
            raise PermissionDenied("只能办理本部门被投诉的事项")


@applier("complaint.replied")
def _replied(s: Session, e: EventData) -> None:
    complaint = _complaint(s, e.text("complaint_id"))
    staff = s.get(Staff, e.actor_id) if e.actor_id is not None else None
    _check_handler(s, complaint, staff.role if staff else Role.SYSTEM, e.actor_id)
    complaint.reply_method = channels.parse_reply_method(e.text("method")).value
    complaint.reply_satisfied = e.flag("satisfied")
    complaint.reply_note = e.text("note")
    complaint.replied_at = e.moment("at")


def follow_up(ctx: ServiceContext, actor: Actor, complaint_id: str, note: str) -> str:
    """跟进: a note of what was done while the complaint is open."""
    require_role(actor, Role.CLERK, Role.LEADER, Role.SUPERVISOR, action="跟进投诉办理")
    note = check_text("complaint_follow_up", note)
    if not note:
        raise InvalidInput("请填写跟进情况", field="complaint_follow_up")
    with ctx.unit_of_work(actor) as uow:
        complaint = _complaint(uow.session, complaint_id)
        _check_handler(uow.session, complaint, actor.role, actor.staff_id)
        follow_up_id = new_id()
        uow.emit(
            "complaint.followed_up",
            dict(id=follow_up_id, complaint_id=complaint_id, note=note, at=uow.now),
        )
    return follow_up_id


@applier("complaint.followed_up")
def _followed_up(s: Session, e: EventData) -> None:
    complaint = _complaint(s, e.text("complaint_id"))
    staff = s.get(Staff, e.actor_id) if e.actor_id is not None else None
    _check_handler(s, complaint, staff.role if staff else Role.SYSTEM, e.actor_id)
    s.add(
        ComplaintFollowUp(
            id=e.text("id"),
            complaint_id=complaint.id,
            note=e.text("note"),
            staff_id=e.actor_id,
            at=e.moment("at"),
        )
    )


def set_limit(ctx: ServiceContext, actor: Actor, workdays: int) -> int:
    """配置投诉办理时限 (working days from receipt)."""
    require_role(actor, Role.SUPERVISOR, Role.ADMIN, action="配置投诉办理时限")
    channels.check_limit(workdays)
    with ctx.unit_of_work(actor) as uow:
        uow.emit("complaint.limit_set", dict(workdays=workdays))
    return workdays


@applier("complaint.limit_set")
def _limit_set(s: Session, e: EventData) -> None:
    workdays = channels.check_limit(e.integer("workdays"))
    row = s.get(Setting, LIMIT_KEY)
    if row is None:
        row = Setting(key=LIMIT_KEY)
        s.add(row)
    row.value = str(workdays)
    row.staff_id = e.actor_id


def limit_workdays(ctx: ServiceContext) -> int:
    with ctx.db.read_sessions() as s:
        return limit_workdays_in(s)


def follow_ups(ctx: ServiceContext, complaint_id: str) -> list[tuple[datetime, str, str]]:
    """(when, who, note) of a complaint's follow-ups, oldest first."""
    with ctx.db.read_sessions() as s:
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        return [
            (f.at, names.get(f.staff_id or "", ""), f.note)
            for f in s.scalars(
                select(ComplaintFollowUp)
                .where(ComplaintFollowUp.complaint_id == complaint_id)
                .order_by(ComplaintFollowUp.at)
            )
        ]


# --- reads -------------------------------------------------------------------------------


def get_complaint(ctx: ServiceContext, complaint_id: str) -> ComplaintView:
    with ctx.db.read_sessions() as s:
        found = _views(s, ctx.today(), Complaint.id == complaint_id)
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
        return _views(s, ctx.today(), where)


def late_complaints(ctx: ServiceContext) -> list[ComplaintView]:
    """Open complaints past their handling deadline (the board's escalation), the most
    overdue first."""
    today = ctx.today()
    where = (Complaint.status == OPEN) & (Complaint.due_date < today)
    with ctx.db.read_sessions() as s:
        found = _views(s, today, where)
    return sorted(found, key=lambda c: (c.due_date or today, c.received_at, c.id))


def closed_complaints(ctx: ServiceContext, *, since: date) -> list[ComplaintView]:
    """Complaints handled, received on or after ``since`` (those answered late show it)."""
    lo = datetime.combine(since, datetime.min.time(), tzinfo=SHANGHAI)
    where = (Complaint.status != OPEN) & (Complaint.received_at >= lo)
    with ctx.db.read_sessions() as s:
        return _views(s, ctx.today(), where)


def _complaint(s: Session, complaint_id: str) -> Complaint:
    complaint = s.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound("找不到该投诉")
    return complaint


def is_late(due: date | None, day: date) -> bool:
    """Done (or still not done) on ``day``, after the handling deadline ``due``?"""
    return due is not None and day > due


def _views(s: Session, today: date, where: ColumnElement[bool]) -> list[ComplaintView]:
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
            phone=readable(c.phone),
            content=c.content,
            staff_id=c.staff_id,
            department_id=c.department_id,
            case_id=c.case_id,
            received_at=c.received_at,
            status=c.status,
            outcome=c.outcome,
            accountability_id=record_id,
            channel=Channel(c.channel),
            work_order_no=c.work_order_no or "",
            due_date=c.due_date,
            reply_method=c.reply_method,
            replied_at=c.replied_at,
            reply_satisfied=c.reply_satisfied,
            reply_note=c.reply_note,
            overdue=c.status == OPEN and is_late(c.due_date, today),
            replied_late=c.replied_at is not None
            and is_late(c.due_date, to_local(c.replied_at).date()),
        )
        for c, record_id in rows
    ]

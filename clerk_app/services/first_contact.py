"""首问负责制: record who asked what, answer or refer, and follow the referral to its end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.clock import local_date
from clerk_app.domain.deadlines import is_step_late, step_due
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.text_limits import check_count, check_phone, check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import Department, FirstContact, Referral, Staff, Window

STAFF = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR)
DEFAULT_STEP_LIMIT = 1


@dataclass(frozen=True)
class ReferralView:
    id: str
    matter: str
    visitor_name: str
    from_staff_id: str
    from_staff_name: str
    from_staff_no: str
    to_department_id: str
    to_department_name: str
    to_window_id: str | None
    to_window_code: str
    status: str
    step_due: date
    late: bool
    created_at: datetime
    closed_at: datetime | None
    outcome: str
    case_id: str | None


@dataclass(frozen=True)
class ReferTo:
    """Where a first contact is referred (转办): the department, and a window if chosen."""

    department_id: str
    window_id: str | None = None


@dataclass(frozen=True)
class FirstContactRecord:
    contact_id: str
    referral_id: str | None  # None: answered at the desk


def record_first_contact(
    ctx: ServiceContext,
    actor: Actor,
    *,
    visitor_name: str,
    question: str,
    visitor_phone: str = "",
    answer: str = "",
    item_id: str | None = None,
) -> str:
    """首问登记: the first person asked owns the question until it is answered or referred."""
    return record_and_refer(
        ctx,
        actor,
        visitor_name=visitor_name,
        question=question,
        visitor_phone=visitor_phone,
        answer=answer,
        item_id=item_id,
    ).contact_id


def record_and_refer(
    ctx: ServiceContext,
    actor: Actor,
    *,
    visitor_name: str,
    question: str,
    visitor_phone: str = "",
    answer: str = "",
    item_id: str | None = None,
    refer_to: ReferTo | None = None,
    request_id: str | None = None,
) -> FirstContactRecord:
    """首问登记, and the referral when the matter is not ours, in ONE transaction: a
    referral that fails leaves no first contact behind, so a retry records it once."""
    require_role(actor, *STAFF, action="转办" if refer_to is not None else "首问登记")
    visitor_name = check_text("visitor_name", visitor_name)
    question = check_text("question", question)
    answer = check_text("answer", answer)
    if not visitor_name:
        raise InvalidInput("请填写来访人姓名", field="visitor_name")
    if not question:
        raise InvalidInput("请填写咨询或办理的事项", field="question")
    phone = check_phone("visitor_phone", visitor_phone)
    with ctx.unit_of_work(actor, request_id=request_id) as uow:
        contact_id = new_id()
        uow.emit(
            "first_contact.recorded",
            dict(
                id=contact_id,
                staff_id=actor.staff_id,
                window_id=actor.window_id,
                visitor_name=visitor_name,
                visitor_phone=phone,
                question=question,
                answer=answer,
                item_id=item_id,
                created_at=uow.now,
            ),
        )
        referral_id = None
        if refer_to is not None:
            referral_id = emit_referral(
                uow,
                to_department_id=refer_to.department_id,
                matter=question,
                first_contact_id=contact_id,
                to_window_id=refer_to.window_id,
                item_id=item_id,
                visitor_name=visitor_name,
                visitor_phone=phone,
            )
    return FirstContactRecord(contact_id, referral_id)


@applier("first_contact.recorded")
def _recorded(s: Session, e: EventData) -> None:
    p = dict(e.payload)
    p["created_at"] = e.moment("created_at")
    s.add(FirstContact(**p))


def refer(
    ctx: ServiceContext,
    actor: Actor,
    *,
    to_department_id: str,
    matter: str,
    first_contact_id: str | None = None,
    to_window_id: str | None = None,
    item_id: str | None = None,
    visitor_name: str = "",
    visitor_phone: str = "",
    step_limit: int = DEFAULT_STEP_LIMIT,
) -> str:
    """转办: send the matter to the competent department; the first responder follows it."""
    require_role(actor, *STAFF, action="转办")
    with ctx.unit_of_work(actor) as uow:
        return emit_referral(
            uow,
            to_department_id=to_department_id,
            matter=matter,
            first_contact_id=first_contact_id,
            to_window_id=to_window_id,
            item_id=item_id,
            visitor_name=visitor_name,
            visitor_phone=visitor_phone,
            step_limit=step_limit,
        )


def emit_referral(
    uow: UnitOfWork,
    *,
    to_department_id: str,
    matter: str,
    first_contact_id: str | None = None,
    case_id: str | None = None,
    to_window_id: str | None = None,
    item_id: str | None = None,
    visitor_name: str = "",
    visitor_phone: str = "",
    step_limit: int = DEFAULT_STEP_LIMIT,
) -> str:
    """The referral event, inside the caller's unit of work (a case referral is one too)."""
    matter = check_text("referral_matter", matter)
    if not matter:
        raise InvalidInput("请写明转办事由", field="referral_matter")
    if step_limit < 1:
        raise InvalidInput("转办时限至少 1 个工作日", field="referral_workdays")
    check_count("referral_workdays", step_limit)
    visitor_name = check_text("visitor_name", visitor_name)
    phone = check_phone("visitor_phone", visitor_phone)
    if uow.session.get(Department, to_department_id) is None:
        raise NotFound("找不到接收部门")
    if to_window_id is not None and uow.session.get(Window, to_window_id) is None:
        raise NotFound("找不到接收窗口")
    referral_id = new_id()
    uow.emit(
        "referral.created",
        dict(
            id=referral_id,
            first_contact_id=first_contact_id,
            case_id=case_id,
            from_staff_id=uow.actor.staff_id,
            from_window_id=uow.actor.window_id,
            to_department_id=to_department_id,
            to_window_id=to_window_id,
            item_id=item_id,
            matter=matter,
            visitor_name=visitor_name,
            visitor_phone=phone,
            step_limit=step_limit,
            step_due=step_due(uow.calendar, uow.today, step_limit),
            created_at=uow.now,
        ),
    )
    return referral_id


@applier("referral.created")
def _created(s: Session, e: EventData) -> None:
    p = dict(e.payload)
    p["created_at"] = e.moment("created_at")
    p["step_due"] = e.day("step_due")
    s.add(Referral(**p))


def take_referral(ctx: ServiceContext, actor: Actor, referral_id: str) -> None:
    """The receiving department takes the referred matter in hand."""
    _referral_step(ctx, actor, referral_id, "referral.taken", "接收转办", "")


def close_referral(ctx: ServiceContext, actor: Actor, referral_id: str, outcome: str) -> None:
    """The receiving department closes the matter; the first responder sees it done."""
    outcome = check_text("referral_outcome", outcome)
    if not outcome:
        raise InvalidInput("请填写办理结果", field="referral_outcome")
    _referral_step(ctx, actor, referral_id, "referral.closed", "办结转办", outcome)


def _referral_step(
    ctx: ServiceContext, actor: Actor, referral_id: str, event_type: str, action: str, outcome: str
) -> None:
    require_role(actor, Role.CLERK, Role.SUPERVISOR, action=action)
    with ctx.unit_of_work(actor) as uow:
        ref = _referral(uow.session, referral_id)
        if actor.role is Role.CLERK and actor.department_id != ref.to_department_id:
            raise PermissionDenied("只有接收部门的窗口人员可以办理该转办")
        uow.emit(
            event_type,
            dict(referral_id=referral_id, staff_id=actor.staff_id, outcome=outcome, at=uow.now),
        )


@applier("referral.taken")
def _taken(s: Session, e: EventData) -> None:
    ref = _referral(s, e.text("referral_id"))
    if ref.status != "open":
        raise IllegalTransition("该转办已被接收或已办结", state=ref.status, action="take")
    ref.status = "taken"
    ref.taken_by = e.optional_text("staff_id")


@applier("referral.closed")
def _closed(s: Session, e: EventData) -> None:
    ref = _referral(s, e.text("referral_id"))
    if ref.status == "done":
        raise IllegalTransition("该转办已办结", state=ref.status, action="close")
    ref.status = "done"
    ref.taken_by = ref.taken_by or e.optional_text("staff_id")
    ref.outcome = e.text("outcome")
    ref.closed_at = e.moment("at")


def my_referrals(ctx: ServiceContext, staff_id: str) -> list[ReferralView]:
    """What this first responder referred, newest first, until the other side closes it."""
    return _list(ctx, Referral.from_staff_id == staff_id)


def incoming_referrals(ctx: ServiceContext, department_id: str) -> list[ReferralView]:
    return _list(ctx, Referral.to_department_id == department_id)


def open_referrals(ctx: ServiceContext) -> list[ReferralView]:
    """Every referral not yet closed by its receiving department."""
    return _list(ctx, Referral.status != "done")


def get_referral(ctx: ServiceContext, referral_id: str) -> ReferralView:
    found = _list(ctx, Referral.id == referral_id)
    if not found:
        raise NotFound("找不到该转办记录")
    return found[0]


def _list(ctx: ServiceContext, where: object) -> list[ReferralView]:
    today = ctx.today()
    with ctx.db.read_sessions() as s:
        cal = ctx.calendar_from(s)
        rows = s.execute(
            select(Referral, Staff, Department, Window)
            .join(Staff, Staff.id == Referral.from_staff_id)
            .join(Department, Department.id == Referral.to_department_id)
            .outerjoin(Window, Window.id == Referral.to_window_id)
            .where(where)  # type: ignore[arg-type]
            .order_by(Referral.created_at.desc())
        ).all()
        out = []
        for ref, staff, dept, window in rows:
            done_on = local_date(ref.closed_at) if ref.closed_at else None
            out.append(
                ReferralView(
                    id=ref.id,
                    matter=ref.matter,
                    visitor_name=ref.visitor_name,
                    from_staff_id=staff.id,
                    from_staff_name=staff.name,
                    from_staff_no=staff.staff_no,
                    to_department_id=dept.id,
                    to_department_name=dept.name,
                    to_window_id=ref.to_window_id,
                    to_window_code=window.code if window else "",
                    status=ref.status,
                    step_due=ref.step_due,
                    late=is_step_late(
                        cal, local_date(ref.created_at), ref.step_limit, today, done_on
                    ),
                    created_at=ref.created_at,
                    closed_at=ref.closed_at,
                    outcome=ref.outcome,
                    case_id=ref.case_id,
                )
            )
        return out


def _referral(s: Session, referral_id: str) -> Referral:
    ref = s.get(Referral, referral_id)
    if ref is None:
        raise NotFound("找不到该转办记录")
    return ref

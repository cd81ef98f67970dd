"""督办: a supervisor orders a department or a window to act by a date; the receiver answers.

An order comes from the board, a case, a complaint or an inspection finding. The clerks
of the department (of the window, when one is named) and the department's leaders see it
on their screen and answer it; an order still unanswered after its date is red on the
board and the sweep opens an accountability record for it (``Cause.LATE_ORDER``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from clerk_app.domain.cases import _Labelled
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.text_limits import check_count, check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import Case, Department, Staff, SupervisionOrder, Window

OPEN, ANSWERED = "open", "answered"
RECEIVERS = (Role.CLERK, Role.LEADER)


class Source(_Labelled):
    BOARD = "board", "实时看板"
    CASE = "case", "办件"
    COMPLAINT = "complaint", "效能投诉"
    FINDING = "finding", "明查暗访发现问题"


@dataclass(frozen=True)
class OrderView:
    id: str
    source_kind: str
    source_id: str | None
    case_id: str | None
    case_no: str
    department_id: str | None
    department_name: str
    window_id: str | None
    window_code: str
    content: str
    due_date: date
    issued_by: str  # name
    issued_at: datetime
    status: str
    answer: str
    answered_by: str
    answered_at: datetime | None
    overdue: bool  # unanswered after its date: red, escalated


def issue_order(
    ctx: ServiceContext,
    actor: Actor,
    *,
    content: str,
    workdays: int,
    department_id: str | None = None,
    window_id: str | None = None,
    source: Source | str = Source.BOARD,
    source_id: str | None = None,
    case_id: str | None = None,
) -> str:
    """督办 to a department or a window: what to do, within how many working days."""
    require_role(actor, Role.SUPERVISOR, action="下达督办")
    content = check_text("order_content", content)
    if not content:
        raise InvalidInput("请填写督办事项", field="order_content")
    workdays = check_count("order_workdays", workdays)
    try:
        kind = Source(str(source))
    except ValueError:
        raise InvalidInput("未知的督办来源") from None
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        if window_id is not None:
            window = s.get(Window, window_id)
            if window is None:
                raise NotFound("找不到督办的窗口")
            department_id = department_id or window.department_id
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None:
                raise NotFound("找不到督办涉及的办件")
            department_id = department_id or case.department_id
        if department_id is None:
            raise InvalidInput("请选择督办的部门或窗口", field="order_department")
        if s.get(Department, department_id) is None:
            raise NotFound("找不到督办的部门")
        order_id = new_id()
        uow.emit(
            "order.issued",
            dict(
                id=order_id,
                source_kind=kind,
                source_id=source_id,
                case_id=case_id,
                department_id=department_id,
                window_id=window_id,
                content=content,
                due_date=uow.calendar.add_workdays(uow.today, workdays),
                at=uow.now,
            ),
        )
    return order_id


@applier("order.issued")
def _issued(s: Session, e: EventData) -> None:
    Source(e.text("source_kind"))
    s.add(
        SupervisionOrder(
            id=e.text("id"),
            source_kind=e.text("source_kind"),
            source_id=e.optional_text("source_id"),
            case_id=e.optional_text("case_id"),
            department_id=e.optional_text("department_id"),
            window_id=e.optional_text("window_id"),
            content=e.text("content"),
            due_date=e.day("due_date"),
            issued_by=e.actor_id,
            issued_at=e.moment("at"),
            status=OPEN,
            answer="",
        )
    )


def answer_order(ctx: ServiceContext, actor: Actor, order_id: str, *, answer: str) -> OrderView:
    """The receiver reports what was done (办理情况反馈)."""
    require_role(actor, *RECEIVERS, action="反馈督办事项")
    answer = check_text("order_answer", answer)
    if not answer:
        raise InvalidInput("请填写办理情况", field="order_answer")
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        _check_may_answer(s, _order(s, order_id), actor.staff_id)
        uow.emit(
            "order.answered",
            dict(order_id=order_id, answer=answer, staff_id=actor.staff_id, at=uow.now),
        )
        return _views(s, uow.today, SupervisionOrder.id == order_id)[0]


def _check_may_answer(s: Session, order: SupervisionOrder, staff_id: str | None) -> None:
    if order.status != OPEN:
        raise IllegalTransition("该督办事项已经反馈", state=order.status, action="answer")
    staff = s.get(Staff, staff_id) if staff_id is not None else None
    if staff is None or staff.department_id != order.department_id:
        raise PermissionDenied("只有被督办部门的工作人员可以反馈该督办事项")


@applier("order.answered")
def _answered(s: Session, e: EventData) -> None:
    order = _order(s, e.text("order_id"))
    _check_may_answer(s, order, e.actor_id)
    order.status = ANSWERED
    order.answer = e.text("answer")
    order.answered_by = e.optional_text("staff_id")
    order.answered_at = e.moment("at")


# --- reads -------------------------------------------------------------------------------


def orders(ctx: ServiceContext, *, open_only: bool = False) -> list[OrderView]:
    """Every order (the supervisor's list), the most urgent first."""
    where: ColumnElement[bool] = (
        SupervisionOrder.status == OPEN if open_only else SupervisionOrder.id.is_not(None)
    )
    with ctx.db.read_sessions() as s:
        return _views(s, ctx.today(), where)


def orders_for(ctx: ServiceContext, actor: Actor) -> list[OrderView]:
    """The open orders the actor must answer: their department's, or their window's."""
    if actor.department_id is None:
        return []
    where = (SupervisionOrder.status == OPEN) & (
        SupervisionOrder.department_id == actor.department_id
    )
    if actor.role == Role.CLERK and actor.window_id is not None:
        where = where & or_(
            SupervisionOrder.window_id.is_(None), SupervisionOrder.window_id == actor.window_id
        )
    with ctx.db.read_sessions() as s:
        return _views(s, ctx.today(), where)


def _order(s: Session, order_id: str) -> SupervisionOrder:
    order = s.get(SupervisionOrder, order_id)
    if order is None:
        raise NotFound("找不到该督办事项")
    return order


def _views(s: Session, today: date, where: ColumnElement[bool]) -> list[OrderView]:
    staff = dict(s.execute(select(Staff.id, Staff.name)).all())
    depts = dict(s.execute(select(Department.id, Department.name)).all())
    windows = dict(s.execute(select(Window.id, Window.code)).all())
    rows = s.execute(
        select(SupervisionOrder, Case.case_no)
        .outerjoin(Case, Case.id == SupervisionOrder.case_id)
        .where(where)
        .order_by(SupervisionOrder.status.desc(), SupervisionOrder.due_date, SupervisionOrder.id)
    ).all()
    return [
        OrderView(
            id=o.id,
            source_kind=o.source_kind,
            source_id=o.source_id,
            case_id=o.case_id,
            case_no=case_no or "",
            department_id=o.department_id,
            department_name=depts.get(o.department_id or "", ""),
            window_id=o.window_id,
            window_code=windows.get(o.window_id or "", ""),
            content=o.content,
            due_date=o.due_date,
            issued_by=staff.get(o.issued_by or "", ""),
            issued_at=o.issued_at,
            status=o.status,
            answer=o.answer,
            answered_by=staff.get(o.answered_by or "", ""),
            answered_at=o.answered_at,
            overdue=o.status == OPEN and today > o.due_date,
        )
        for o, case_no in rows
    ]

"""并联审批: one joint case, one acceptance, one sub-task per department with its own limit.

The lead department accepts the case at its window; on acceptance every participating
department gets its step with its own due date. Each department completes its step; the
lead completes the case when all steps are done, on the one overall due date. A step that
runs late is flagged even while the case itself is still on time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.cases import CaseState, ItemKind
from clerk_app.domain.deadlines import is_step_late, step_due
from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.domain.text_limits import check_text
from clerk_app.services.case_views import RUNNING_STATES, get_case
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import Case, CaseStep, Department, ItemStep, ServiceItem


@dataclass(frozen=True)
class StepView:
    id: str
    case_id: str
    case_no: str
    item_name: str
    department_id: str
    department_name: str
    is_lead: bool
    step_limit: int
    started_on: date
    due_date: date
    done_on: date | None
    outcome: str
    late: bool


def steps_payload(
    s: Session, cal: WorkCalendar, item: ServiceItem, accepted_on: date
) -> list[dict[str, Any]]:
    """The steps a joint case gets when it is accepted (empty for other kinds)."""
    if item.kind != ItemKind.JOINT.value:
        return []
    rows = s.scalars(
        select(ItemStep).where(ItemStep.item_id == item.id).order_by(ItemStep.position)
    ).all()
    return [
        dict(
            id=new_id(),
            department_id=r.department_id,
            is_lead=r.department_id == item.department_id,
            step_limit=r.step_limit,
            due_date=step_due(cal, accepted_on, r.step_limit),
        )
        for r in rows
    ]


def add_steps(s: Session, case: Case, steps: list[dict[str, Any]], started_on: date) -> None:
    """Applier side of acceptance: the steps' rows."""
    for step in steps:
        s.add(
            CaseStep(
                id=step["id"],
                case_id=case.id,
                department_id=step["department_id"],
                is_lead=step["is_lead"],
                step_limit=step["step_limit"],
                started_on=started_on,
                due_date=date.fromisoformat(step["due_date"]),
            )
        )


def open_step_departments(s: Session, case_id: str) -> list[str]:
    """Names of the departments whose step of the case is not done yet."""
    return list(
        s.scalars(
            select(Department.name)
            .join(CaseStep, CaseStep.department_id == Department.id)
            .where(CaseStep.case_id == case_id, CaseStep.done_on.is_(None))
            .order_by(Department.name)
        )
    )


def complete_step(ctx: ServiceContext, actor: Actor, step_id: str, outcome: str) -> StepView:
    """A department finishes its part of a joint case (its clerk, or a supervisor)."""
    require_role(actor, Role.CLERK, Role.SUPERVISOR, action="办结联办环节")
    outcome = check_text("step_outcome", outcome)
    if not outcome:
        raise InvalidInput("请填写本部门的办理意见", field="step_outcome")
    with ctx.unit_of_work(actor) as uow:
        step = _step(uow.session, step_id)
        if actor.role is Role.CLERK and actor.department_id != step.department_id:
            raise PermissionDenied("只有该联办部门的窗口人员可以办结本环节")
        uow.emit(
            "case_step.completed",
            dict(step_id=step_id, outcome=outcome, on=uow.today),
        )
        return _views(uow.session, uow.calendar, uow.today, CaseStep.id == step_id)[0]


@applier("case_step.completed")
def _step_completed(s: Session, e: EventData) -> None:
    step = _step(s, e.text("step_id"))
    case = get_case(s, step.case_id)
    if step.done_on is not None:
        raise IllegalTransition("该联办环节已办结", state="done", action="complete_step")
    if case.state not in RUNNING_STATES:
        raise RuleViolation(f"办件当前状态为“{CaseState(case.state).label}”，不能办结联办环节")
    step.done_on = e.day("on")
    step.outcome = e.text("outcome")


def steps_of(ctx: ServiceContext, case_id: str) -> list[StepView]:
    with ctx.db.read_sessions() as s:
        return _views(s, ctx.calendar_from(s), ctx.today(), CaseStep.case_id == case_id)


def open_steps(ctx: ServiceContext, department_id: str) -> list[StepView]:
    """The joint-case steps a department still has to do, the most urgent first."""
    with ctx.db.read_sessions() as s:
        return _views(
            s,
            ctx.calendar_from(s),
            ctx.today(),
            (CaseStep.department_id == department_id) & CaseStep.done_on.is_(None),
        )


def _views(s: Session, cal: WorkCalendar, today: date, where: Any) -> list[StepView]:
    rows = s.execute(
        select(CaseStep, Case.case_no, ServiceItem.name, Department.name)
        .join(Case, Case.id == CaseStep.case_id)
        .join(ServiceItem, ServiceItem.id == Case.item_id)
        .join(Department, Department.id == CaseStep.department_id)
        .where(where)
        .order_by(CaseStep.due_date, Case.case_no, Department.name)
    ).all()
    return [
        StepView(
            id=step.id,
            case_id=step.case_id,
            case_no=case_no,
            item_name=item_name,
            department_id=step.department_id,
            department_name=dept_name,
            is_lead=step.is_lead,
            step_limit=step.step_limit,
            started_on=step.started_on,
            due_date=step.due_date,
            done_on=step.done_on,
            outcome=step.outcome,
            late=is_step_late(cal, step.started_on, step.step_limit, today, step.done_on),
        )
        for step, case_no, item_name, dept_name in rows
    ]


def _step(s: Session, step_id: str) -> CaseStep:
    step = s.get(CaseStep, step_id)
    if step is None:
        raise NotFound("找不到该联办环节")
    return step

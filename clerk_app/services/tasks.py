"""督查: a task given to a department — 谁去落实 (the department and, when named, the staff
member), 怎么落实 (method), 何时落实 (deadline) — with progress reports and, at the end,
落实成效 (the result and its effect rating). A task still open after its deadline is late:
the sweep opens an accountability record for it (``Cause.LATE_TASK``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.cases import _Labelled
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.text_limits import check_count, check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import Department, Staff, SupervisionTask, SupervisionTaskReport

OPEN, DONE = "open", "done"
REPORTERS = (Role.SUPERVISOR, Role.LEADER, Role.CLERK)


class Effect(_Labelled):
    GOOD = "good", "好"
    FAIR = "fair", "一般"
    POOR = "poor", "差"


@dataclass(frozen=True)
class TaskView:
    id: str
    title: str
    department_id: str
    department_name: str
    owner_name: str
    method: str
    due_date: date
    status: str
    result: str
    effect: str
    reports: tuple[tuple[datetime, str, str], ...]  # (when, who, what)
    late: bool


def create_task(
    ctx: ServiceContext,
    actor: Actor,
    *,
    title: str,
    department_id: str,
    method: str,
    workdays: int,
    owner_staff_id: str | None = None,
) -> str:
    require_role(actor, Role.SUPERVISOR, action="下达督查任务")
    title = check_text("task_title", title)
    method = check_text("task_method", method)
    if not title:
        raise InvalidInput("请填写督查事项", field="task_title")
    if not method:
        raise InvalidInput("请填写落实方式", field="task_method")
    check_count("task_workdays", workdays)
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        if s.get(Department, department_id) is None:
            raise NotFound("找不到负责落实的部门")
        if owner_staff_id is not None and s.get(Staff, owner_staff_id) is None:
            raise NotFound("找不到负责落实的人员")
        task_id = new_id()
        uow.emit(
            "task.created",
            dict(
                id=task_id,
                title=title,
                department_id=department_id,
                owner_staff_id=owner_staff_id,
                method=method,
                due_date=uow.calendar.add_workdays(uow.today, workdays),
                at=uow.now,
            ),
        )
    return task_id


@applier("task.created")
def _created(s: Session, e: EventData) -> None:
    s.add(
        SupervisionTask(
            id=e.text("id"),
            title=e.text("title"),
            department_id=e.text("department_id"),
            owner_staff_id=e.optional_text("owner_staff_id"),
            method=e.text("method"),
            due_date=e.day("due_date"),
            status=OPEN,
            result="",
            effect="",
            created_by=e.actor_id,
            created_at=e.moment("at"),
        )
    )


def report_progress(ctx: ServiceContext, actor: Actor, task_id: str, *, note: str) -> None:
    """A progress report: by a supervisor, or by the department's own staff."""
    require_role(actor, *REPORTERS, action="报告督查任务进展")
    note = check_text("task_report", note)
    if not note:
        raise InvalidInput("请填写进展情况", field="task_report")
    with ctx.unit_of_work(actor) as uow:
        _check_reporter(uow.session, _task(uow.session, task_id), actor.staff_id)
        uow.emit(
            "task.progress_reported",
            dict(id=new_id(), task_id=task_id, note=note, at=uow.now),
        )


def _check_reporter(s: Session, task: SupervisionTask, staff_id: str | None) -> None:
    if task.status != OPEN:
        raise IllegalTransition("该督查任务已办结", state=task.status, action="report")
    staff = s.get(Staff, staff_id) if staff_id is not None else None
    if staff is None:
        return  # replay of a system report: nothing to check against
    if staff.role != Role.SUPERVISOR.value and staff.department_id != task.department_id:
        raise PermissionDenied("只有负责落实的部门或监督员可以报告该督查任务的进展")


@applier("task.progress_reported")
def _reported(s: Session, e: EventData) -> None:
    task = _task(s, e.text("task_id"))
    _check_reporter(s, task, e.actor_id)
    s.add(
        SupervisionTaskReport(
            id=e.text("id"),
            task_id=task.id,
            note=e.text("note"),
            staff_id=e.actor_id,
            reported_at=e.moment("at"),
        )
    )


def complete_task(
    ctx: ServiceContext, actor: Actor, task_id: str, *, result: str, effect: Effect | str
) -> TaskView:
    """落实成效: the supervisor closes the task with its result and effect rating."""
    require_role(actor, Role.SUPERVISOR, action="验收督查任务")
    result = check_text("task_result", result)
    if not result:
        raise InvalidInput("请填写落实成效", field="task_result")
    try:
        rating = Effect(str(effect))
    except ValueError:
        raise InvalidInput("请选择成效评价", field="task_effect") from None
    with ctx.unit_of_work(actor) as uow:
        task = _task(uow.session, task_id)
        if task.status != OPEN:
            raise IllegalTransition("该督查任务已办结", state=task.status, action="complete")
        uow.emit(
            "task.completed",
            dict(task_id=task_id, result=result, effect=rating, at=uow.now),
        )
        return _views(uow.session, uow.today, [task_id])[0]


@applier("task.completed")
def _completed(s: Session, e: EventData) -> None:
    task = _task(s, e.text("task_id"))
    if task.status != OPEN:
        raise IllegalTransition("该督查任务已办结", state=task.status, action="complete")
    task.status = DONE
    task.result = e.text("result")
    task.effect = Effect(e.text("effect")).value
    task.closed_at = e.moment("at")


# --- reads -------------------------------------------------------------------------------


def tasks(ctx: ServiceContext) -> list[TaskView]:
    with ctx.db.read_sessions() as s:
        ids = list(s.scalars(select(SupervisionTask.id)))
        return _views(s, ctx.today(), ids)


def late_tasks(ctx: ServiceContext) -> list[TaskView]:
    """Tasks still open after their deadline (the board's escalation)."""
    today = ctx.today()
    with ctx.db.read_sessions() as s:
        ids = list(
            s.scalars(
                select(SupervisionTask.id).where(
                    SupervisionTask.status == OPEN, SupervisionTask.due_date < today
                )
            )
        )
        return sorted(_views(s, today, ids), key=lambda t: (t.due_date, t.id))


def _task(s: Session, task_id: str) -> SupervisionTask:
    task = s.get(SupervisionTask, task_id)
    if task is None:
        raise NotFound("找不到该督查任务")
    return task


def _views(s: Session, today: date, ids: list[str]) -> list[TaskView]:
    if not ids:
        return []
    staff = dict(s.execute(select(Staff.id, Staff.name)).all())
    depts = dict(s.execute(select(Department.id, Department.name)).all())
    reports: dict[str, list[tuple[datetime, str, str]]] = {}
    for r in s.scalars(
        select(SupervisionTaskReport)
        .where(SupervisionTaskReport.task_id.in_(ids))
        .order_by(SupervisionTaskReport.reported_at)
    ):
        reports.setdefault(r.task_id, []).append(
            (r.reported_at, staff.get(r.staff_id or "", ""), r.note)
        )
    rows = s.scalars(
        select(SupervisionTask)
        .where(SupervisionTask.id.in_(ids))
        .order_by(SupervisionTask.status.desc(), SupervisionTask.due_date, SupervisionTask.id)
    )
    return [
        TaskView(
            id=t.id,
            title=t.title,
            department_id=t.department_id,
            department_name=depts.get(t.department_id, ""),
            owner_name=staff.get(t.owner_staff_id or "", ""),
            method=t.method,
            due_date=t.due_date,
            status=t.status,
            result=t.result,
            effect=t.effect,
            reports=tuple(reports.get(t.id, [])),
            late=t.status == OPEN and today > t.due_date,
        )
        for t in rows
    ]

"""The administrator sets up the centre: its own details, departments, queues and windows.

Each save is one unit of work and one attributed event carrying the whole record
(``center.updated``, ``department.updated``, ``queue.updated``, ``window.updated``); a
new row is first created with the catalogue's ``*.created`` event in the same unit of
work. The appliers check the record again (a replica applies what the central accepted,
but never a record that breaks a rule).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.organisation import (
    WindowKind,
    check_no_duplicates,
    check_prefix,
    window_kind,
)
from clerk_app.domain.text_limits import TEXT_FIELDS, check_count, check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.services.setup_records import (
    CenterRecord,
    DepartmentRecord,
    QueueRecord,
    WindowRecord,
)
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import (
    Center,
    Department,
    Queue,
    Staff,
    Window,
    WindowDepartment,
    WindowQueue,
)


def require_admin(actor: Actor, action: str) -> None:
    """Only an administrator (or the system, setting up a centre from a file) may."""
    require_role(actor, Role.ADMIN, Role.SYSTEM, action=action)


def _required(key: str, value: str) -> str:
    text = check_text(key, value)
    if not text:
        raise InvalidInput(f"请填写{TEXT_FIELDS[key].label}", field=key)
    return text


# --- the centre ------------------------------------------------------------------------------


def checked_center(r: CenterRecord) -> dict[str, object]:
    """The payload of ``center.updated`` for ``r``, or the first thing wrong with it."""
    return dict(
        id=r.id,
        name=_required("center_name", r.name),
        address=check_text("center_address", r.address),
        query_phone=check_text("center_phone", r.query_phone),
        complaint_phone=check_text("center_phone", r.complaint_phone),
        supervision_phone=check_text("supervision_phone", r.supervision_phone),
        opening_hours=check_text("center_hours", r.opening_hours),
        progress_query_url=_url(r.progress_query_url),
        seal_text=check_text("center_seal", r.seal_text),
        hall_notice=check_text("hall_notice", r.hall_notice),
        reconsideration_body=check_text("reconsideration_body", r.reconsideration_body),
        litigation_court=check_text("litigation_court", r.litigation_court),
    )


def _url(value: str) -> str:
    url = check_text("center_query_url", value)
    if url and not url.startswith(("http://", "https://")):
        raise InvalidInput("进度查询网址应以 http:// 或 https:// 开头", field="center_query_url")
    return url


def save_center(ctx: ServiceContext, actor: Actor, record: CenterRecord) -> None:
    require_admin(actor, "修改服务中心信息")
    with ctx.unit_of_work(actor) as uow:
        center = uow.session.scalar(select(Center).limit(1))
        if center is None:
            raise NotFound("请先建立服务中心")
        payload = checked_center(replace(record, id=center.id))
        uow.emit("center.updated", payload)


@applier("center.updated")
def _center_updated(s: Session, e: EventData) -> None:
    record = CenterRecord(**{k: v for k, v in e.payload.items()})
    checked_center(record)
    center = s.get(Center, e.text("id"))
    if center is None:
        raise NotFound("找不到服务中心")
    for key, value in e.payload.items():
        if key != "id":
            setattr(center, key, value)


# --- departments -----------------------------------------------------------------------------


def checked_department(s: Session, r: DepartmentRecord) -> dict[str, object]:
    code = _required("department_code", r.code)
    name = _required("department_name", r.name)
    short_name = check_text("department_short_name", r.short_name)
    if len(name) > TEXT_FIELDS["department_short_name"].max_length and not short_name:
        raise InvalidInput("部门名称较长，请另填部门简称", field="department_short_name")
    clash = s.scalar(select(Department.id).where(Department.code == code, Department.id != r.id))
    if clash is not None:
        raise InvalidInput(f"部门编码 {code} 已被其他部门使用", field="department_code")
    for key, staff_id, label in (
        ("department_head", r.head_staff_id, "主要负责人"),
        ("department_deputy", r.deputy_staff_id, "分管负责人"),
    ):
        if staff_id is None:
            continue
        leader = s.get(Staff, staff_id)
        if leader is None or not leader.active:
            raise InvalidInput(f"{label}不是本中心在职的工作人员", field=key)
        if leader.role != Role.LEADER:
            raise InvalidInput(f"{label}{leader.name}的角色应为“部门负责人”", field=key)
    if r.head_staff_id is not None and r.head_staff_id == r.deputy_staff_id:
        raise InvalidInput("主要负责人和分管负责人不能是同一人", field="department_deputy")
    return dict(
        id=r.id,
        code=code,
        name=name,
        short_name=short_name or name,
        head_staff_id=r.head_staff_id,
        deputy_staff_id=r.deputy_staff_id,
        reconsideration_body=check_text("department_reconsideration", r.reconsideration_body),
        litigation_court=check_text("department_court", r.litigation_court),
        phone=check_text("department_phone", r.phone),
        active=bool(r.active),
    )


def save_department(ctx: ServiceContext, actor: Actor, record: DepartmentRecord) -> str:
    """Create (``record.id`` empty) or change a department; its id."""
    require_admin(actor, "设置部门")
    with ctx.unit_of_work(actor) as uow:
        return save_department_in(uow, record)


def save_department_in(uow: UnitOfWork, record: DepartmentRecord) -> str:
    s = uow.session
    center_id = s.scalar(select(Center.id).limit(1))
    if center_id is None:
        raise NotFound("请先建立服务中心")
    dept_id = record.id or new_id()
    if record.id and s.get(Department, record.id) is None:
        raise NotFound("找不到该部门")
    payload = checked_department(s, replace(record, id=dept_id))
    if not record.id:
        uow.emit(
            "department.created",
            dict(
                id=dept_id,
                center_id=center_id,
                code=payload["code"],
                name=payload["name"],
                short_name=payload["short_name"],
            ),
        )
    uow.emit("department.updated", payload)
    return dept_id


@applier("department.updated")
def _department_updated(s: Session, e: EventData) -> None:
    record = DepartmentRecord(**dict(e.payload))
    payload = checked_department(s, record)
    dept = s.get(Department, record.id)
    if dept is None:
        raise NotFound("找不到该部门")
    for key, value in payload.items():
        setattr(dept, key, value)


# --- queues ----------------------------------------------------------------------------------


def checked_queue(s: Session, r: QueueRecord) -> dict[str, object]:
    code = _required("queue_code", r.code)
    name = _required("queue_name", r.name)
    prefix = check_prefix(r.prefix)
    check_count("minutes_per_visitor", r.minutes_per_visitor)
    if s.scalar(select(Queue.id).where(Queue.code == code, Queue.id != r.id)) is not None:
        raise InvalidInput(f"队列编码 {code} 已被其他队列使用", field="queue_code")
    _known_department(s, r.department_id, "queue_department")
    return dict(
        id=r.id,
        code=code,
        name=name,
        prefix=prefix,
        department_id=r.department_id,
        minutes_per_visitor=r.minutes_per_visitor,
        active=bool(r.active),
    )


def _known_department(s: Session, dept_id: str | None, field: str) -> None:
    if dept_id is not None and s.get(Department, dept_id) is None:
        raise InvalidInput("所选部门在本中心不存在", field=field)


def save_queue(ctx: ServiceContext, actor: Actor, record: QueueRecord) -> str:
    require_admin(actor, "设置队列")
    with ctx.unit_of_work(actor) as uow:
        return save_queue_in(uow, record)


def save_queue_in(uow: UnitOfWork, record: QueueRecord) -> str:
    s = uow.session
    queue_id = record.id or new_id()
    if record.id and s.get(Queue, record.id) is None:
        raise NotFound("找不到该队列")
    payload = checked_queue(s, replace(record, id=queue_id))
    if not record.id:
        uow.emit(
            "queue.created",
            {k: payload[k] for k in ("id", "code", "name", "prefix", "department_id")}
            | {"minutes_per_visitor": payload["minutes_per_visitor"]},
        )
    uow.emit("queue.updated", payload)
    return queue_id


@applier("queue.updated")
def _queue_updated(s: Session, e: EventData) -> None:
    payload = checked_queue(s, QueueRecord(**dict(e.payload)))
    queue = s.get(Queue, e.text("id"))
    if queue is None:
        raise NotFound("找不到该队列")
    for key, value in payload.items():
        setattr(queue, key, value)


# --- windows ---------------------------------------------------------------------------------


def checked_window(s: Session, r: WindowRecord) -> dict[str, object]:
    code = _required("window_code", r.code)
    name = _required("window_name", r.name)
    kind = window_kind(r.kind)
    zone = check_text("window_zone", r.zone)
    if s.scalar(select(Window.id).where(Window.code == code, Window.id != r.id)) is not None:
        raise InvalidInput(f"窗口编码 {code} 已被其他窗口使用", field="window_code")
    _known_department(s, r.department_id, "window_department")
    for dept_id in r.extra_department_ids:
        _known_department(s, dept_id, "window_extra_departments")
    if r.department_id in r.extra_department_ids:
        raise InvalidInput("其他部门中不必再列本窗口的部门", field="window_extra_departments")
    check_no_duplicates(r.extra_department_ids, label="部门", field="window_extra_departments")
    check_no_duplicates(r.queue_ids, label="队列", field="window_queues")
    for queue_id in r.queue_ids:
        if s.get(Queue, queue_id) is None:
            raise InvalidInput("所选队列在本中心不存在", field="window_queues")
    if r.active and not r.queue_ids:
        raise InvalidInput("开放的窗口至少要服务一个队列", field="window_queues")
    if kind is WindowKind.ORDINARY and r.extra_department_ids:
        raise InvalidInput("普通窗口只服务本部门；服务多个部门请选“综合窗口”", field="window_kind")
    return dict(
        id=r.id,
        code=code,
        name=name,
        department_id=r.department_id,
        extra_department_ids=sorted(r.extra_department_ids),
        queue_ids=list(r.queue_ids),
        kind=kind.value,
        zone=zone,
        active=bool(r.active),
    )


def save_window(ctx: ServiceContext, actor: Actor, record: WindowRecord) -> str:
    require_admin(actor, "设置窗口")
    with ctx.unit_of_work(actor) as uow:
        return save_window_in(uow, record)


def save_window_in(uow: UnitOfWork, record: WindowRecord) -> str:
    s = uow.session
    window_id = record.id or new_id()
    if record.id and s.get(Window, record.id) is None:
        raise NotFound("找不到该窗口")
    payload = checked_window(s, replace(record, id=window_id))
    if not record.id:
        uow.emit(
            "window.created",
            dict(
                id=window_id,
                code=payload["code"],
                name=payload["name"],
                department_id=payload["department_id"],
                is_green_channel=payload["kind"] == WindowKind.GREEN,
                queue_ids=[],
            ),
        )
    uow.emit("window.updated", payload)
    return window_id


@applier("window.updated")
def _window_updated(s: Session, e: EventData) -> None:
    record = WindowRecord(
        **{k: v for k, v in e.payload.items() if k not in ("extra_department_ids", "queue_ids")},
        extra_department_ids=tuple(e.payload["extra_department_ids"]),
        queue_ids=tuple(e.payload["queue_ids"]),
    )
    payload = checked_window(s, record)
    window = s.get(Window, record.id)
    if window is None:
        raise NotFound("找不到该窗口")
    window.code = record.code
    window.name = record.name
    window.department_id = record.department_id
    window.kind = str(payload["kind"])
    window.is_green_channel = payload["kind"] == WindowKind.GREEN
    window.zone = str(payload["zone"])
    window.active = record.active
    for link in s.scalars(select(WindowQueue).where(WindowQueue.window_id == record.id)):
        s.delete(link)
    for extra in s.scalars(select(WindowDepartment).where(WindowDepartment.window_id == record.id)):
        s.delete(extra)
    s.flush()
    for pos, queue_id in enumerate(record.queue_ids):
        s.add(WindowQueue(window_id=record.id, queue_id=queue_id, position=pos))
    for dept_id in record.extra_department_ids:
        s.add(WindowDepartment(window_id=record.id, department_id=dept_id))


__all__ = [
    "checked_center",
    "checked_department",
    "checked_queue",
    "checked_window",
    "require_admin",
    "save_center",
    "save_department",
    "save_queue",
    "save_window",
]

"""The center's organisation and its catalogue of service items (事项).

Set up by an administrator (or the demo); read by everyone: the front desk searches the
catalogue by name, item code or pinyin initials.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clerk_app.domain.cases import ItemKind
from clerk_app.domain.deadlines import check_joint_steps, check_limits
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.organisation import is_cancelled
from clerk_app.domain.text_limits import TEXT_FIELDS, check_count, check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import (
    Center,
    Department,
    ItemMaterial,
    ItemRefusalReason,
    ItemStep,
    Queue,
    ServiceItem,
    Staff,
    Window,
    WindowQueue,
)


def pinyin_initials(name: str) -> str:
    """营业执照 -> yyzz: what the front desk types to find an item."""
    from pypinyin import Style, lazy_pinyin  # ~0.4 s to import: only when items are written

    return "".join(
        p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER) if p and p[0].isalnum()
    )


@dataclass(frozen=True)
class MaterialSpec:
    name: str
    originals: int = 1
    copies: int = 0
    required: bool = True
    note: str = ""


@dataclass(frozen=True)
class JointStepSpec:
    """One department's part of a joint item and its own limit in working days."""

    department_id: str
    step_limit: int
    department_name: str = ""


@dataclass(frozen=True)
class ItemView:
    id: str
    code: str
    name: str
    department_id: str
    department_name: str
    queue_id: str | None
    kind: str
    statutory_limit: int
    promised_limit: int
    max_extension: int
    deemed_approval: bool
    needs_licence: bool
    conditions: str
    fees: str
    legal_basis: str
    materials: tuple[MaterialSpec, ...]
    material_ids: tuple[str, ...]
    joint_steps: tuple[JointStepSpec, ...] = ()
    #: active / adjusted / cancelled, from ``status_from`` (see :mod:`item_admin`).
    status: str = "active"
    status_from: date | None = None
    status_note: str = ""
    #: the standard reasons offered at the counter when refusing this item (不予受理)
    refusal_reasons: tuple[str, ...] = ()
    result_document: str = ""

    def cancelled_on(self, day: date) -> bool:
        """The item can no longer be taken in on ``day``."""
        return is_cancelled(self.status, self.status_from, day)


def _admin(actor: Actor, action: str) -> None:
    require_role(actor, Role.ADMIN, Role.SYSTEM, action=action)


def create_center(
    ctx: ServiceContext,
    actor: Actor,
    *,
    code: str,
    name: str,
    address: str = "",
    query_phone: str = "",
    complaint_phone: str = "",
    reconsideration_body: str = "",
    litigation_court: str = "",
) -> str:
    _admin(actor, "设置服务中心")
    code, name = check_text("center_code", code), check_text("center_name", name)
    if not name or not code:
        raise InvalidInput("中心名称和编码不能为空", field="center_name" if code else "center_code")
    address = check_text("center_address", address)
    query_phone = check_text("center_phone", query_phone)
    complaint_phone = check_text("center_phone", complaint_phone)
    reconsideration_body = check_text("reconsideration_body", reconsideration_body)
    litigation_court = check_text("litigation_court", litigation_court)
    with ctx.unit_of_work(actor) as uow:
        if uow.session.scalar(select(Center.id).limit(1)) is not None:
            raise InvalidInput("本库已设置服务中心")
        center_id = new_id()
        uow.emit(
            "center.created",
            dict(
                id=center_id,
                code=code,
                name=name,
                address=address,
                query_phone=query_phone,
                complaint_phone=complaint_phone,
                reconsideration_body=reconsideration_body,
                litigation_court=litigation_court,
            ),
        )
    return center_id


@applier("center.created")
def _center_created(s: Session, e: EventData) -> None:
    s.add(Center(**dict(e.payload)))


def add_department(
    ctx: ServiceContext, actor: Actor, *, code: str, name: str, short_name: str = ""
) -> str:
    _admin(actor, "设置部门")
    code, name = check_text("department_code", code), check_text("department_name", name)
    short_name = check_text("department_short_name", short_name)
    if len(name) > TEXT_FIELDS["department_short_name"].max_length and not short_name:
        raise InvalidInput("部门名称较长，请另填部门简称", field="department_short_name")
    with ctx.unit_of_work(actor) as uow:
        center_id = uow.session.scalar(select(Center.id).limit(1))
        if center_id is None:
            raise NotFound("请先设置服务中心")
        dept_id = new_id()
        uow.emit(
            "department.created",
            dict(
                id=dept_id, center_id=center_id, code=code, name=name, short_name=short_name or name
            ),
        )
    return dept_id


@applier("department.created")
def _department_created(s: Session, e: EventData) -> None:
    s.add(Department(**dict(e.payload)))


def _check_leaders(s: Session, department_id: str, staff_ids: tuple[str | None, ...]) -> None:
    if s.get(Department, department_id) is None:
        raise NotFound("找不到该部门")
    for staff_id in staff_ids:
        if staff_id is None:
            continue
        staff = s.get(Staff, staff_id)
        if staff is None or staff.role != Role.LEADER.value:
            raise InvalidInput(
                "部门负责人须为“部门负责人”角色的工作人员", field="department_leader"
            )
        if staff.department_id != department_id:
            raise InvalidInput(f"{staff.name}不属于该部门", field="department_leader")


@applier("department.leaders_set")
def _leaders_set(s: Session, e: EventData) -> None:
    """Legacy: journals written before the leaders were set with the whole department record
    (``department.updated``, :func:`organisation.save_department`) carry this type; nothing
    emits it any more, but it must still apply when such a journal is pulled or replayed."""
    head, deputy = e.optional_text("head_staff_id"), e.optional_text("deputy_staff_id")
    _check_leaders(s, e.text("id"), (head, deputy))
    dept = s.get(Department, e.text("id"))
    assert dept is not None
    dept.head_staff_id, dept.deputy_staff_id = head, deputy


def add_queue(
    ctx: ServiceContext,
    actor: Actor,
    *,
    code: str,
    name: str,
    prefix: str,
    department_id: str | None = None,
    minutes_per_visitor: int = 8,
) -> str:
    _admin(actor, "设置队列")
    code, name = check_text("queue_code", code), check_text("queue_name", name)
    check_count("minutes_per_visitor", minutes_per_visitor)
    if not prefix.isalpha() or len(prefix) > 2:
        raise InvalidInput("号码前缀应为一到两个字母")
    with ctx.unit_of_work(actor) as uow:
        queue_id = new_id()
        uow.emit(
            "queue.created",
            dict(
                id=queue_id,
                code=code,
                name=name,
                prefix=prefix.upper(),
                department_id=department_id,
                minutes_per_visitor=minutes_per_visitor,
            ),
        )
    return queue_id


@applier("queue.created")
def _queue_created(s: Session, e: EventData) -> None:
    s.add(Queue(**dict(e.payload)))


def add_window(
    ctx: ServiceContext,
    actor: Actor,
    *,
    code: str,
    name: str,
    department_id: str | None,
    queue_ids: Sequence[str],
    is_green_channel: bool = False,
) -> str:
    _admin(actor, "设置窗口")
    code, name = check_text("window_code", code), check_text("window_name", name)
    with ctx.unit_of_work(actor) as uow:
        window_id = new_id()
        uow.emit(
            "window.created",
            dict(
                id=window_id,
                code=code,
                name=name,
                department_id=department_id,
                is_green_channel=is_green_channel,
                queue_ids=list(queue_ids),
            ),
        )
    return window_id


@applier("window.created")
def _window_created(s: Session, e: EventData) -> None:
    p = e.payload
    s.add(
        Window(
            id=p["id"],
            code=p["code"],
            name=p["name"],
            department_id=p["department_id"],
            is_green_channel=p["is_green_channel"],
        )
    )
    s.flush()
    for pos, qid in enumerate(p["queue_ids"]):
        s.add(WindowQueue(window_id=p["id"], queue_id=qid, position=pos))


def add_item(
    ctx: ServiceContext,
    actor: Actor,
    *,
    code: str,
    name: str,
    department_id: str,
    kind: ItemKind,
    statutory_limit: int,
    promised_limit: int,
    materials: Sequence[MaterialSpec],
    queue_id: str | None = None,
    max_extension: int = 0,
    deemed_approval: bool = False,
    needs_licence: bool = True,
    conditions: str = "",
    fees: str = "不收费",
    legal_basis: str = "",
    joint_steps: Sequence[JointStepSpec] = (),
) -> str:
    """A service item of the catalogue; a joint item lists its departments' steps."""
    _admin(actor, "设置事项")
    code, name = check_text("item_code", code), check_text("item_name", name)
    conditions = check_text("item_conditions", conditions)
    fees = check_text("item_fees", fees)
    legal_basis = check_text("item_legal_basis", legal_basis)
    materials = [_checked_material(m) for m in materials]
    check_limits(statutory_limit, promised_limit)
    check_count("statutory_limit", statutory_limit)
    check_count("promised_limit", promised_limit)
    check_count("max_extension", max_extension)
    for step in joint_steps:
        check_count("step_limit", step.step_limit)
    if kind is ItemKind.INSTANT and promised_limit != 0:
        raise InvalidInput("即办件的承诺时限应为 0 个工作日")
    if kind is ItemKind.JOINT:
        check_joint_steps(promised_limit, [(j.department_id, j.step_limit) for j in joint_steps])
    elif joint_steps:
        raise InvalidInput("只有联办件才设置联办部门")
    with ctx.unit_of_work(actor) as uow:
        item_id = new_id()
        uow.emit(
            "item.created",
            dict(
                id=item_id,
                code=code,
                name=name,
                pinyin_initials=pinyin_initials(name),
                department_id=department_id,
                queue_id=queue_id,
                kind=kind.value,
                statutory_limit=statutory_limit,
                promised_limit=promised_limit,
                max_extension=max_extension,
                deemed_approval=deemed_approval,
                needs_licence=needs_licence,
                conditions=conditions,
                fees=fees,
                legal_basis=legal_basis,
                materials=[
                    dict(
                        id=new_id(),
                        name=m.name,
                        originals=m.originals,
                        copies=m.copies,
                        required=m.required,
                        note=m.note,
                    )
                    for m in materials
                ],
                steps=[
                    dict(id=new_id(), department_id=j.department_id, step_limit=j.step_limit)
                    for j in joint_steps
                ],
            ),
        )
    return item_id


def _checked_material(m: MaterialSpec) -> MaterialSpec:
    check_count("originals", m.originals)
    check_count("copies", m.copies)
    return replace(
        m,
        name=check_text("material_name", m.name),
        note=check_text("catalogue_material_note", m.note),
    )


@applier("item.created")
def _item_created(s: Session, e: EventData) -> None:
    p = dict(e.payload)
    materials = p.pop("materials")
    steps = p.pop("steps", [])
    s.add(ServiceItem(**p))
    s.flush()
    for pos, m in enumerate(materials):
        s.add(ItemMaterial(item_id=p["id"], position=pos, **m))
    for pos, step in enumerate(steps):
        s.add(ItemStep(item_id=p["id"], position=pos, **step))


def _item_view(s: Session, item: ServiceItem) -> ItemView:
    return _item_views(s, [item])[0]


def _item_views(s: Session, items: Sequence[ServiceItem]) -> list[ItemView]:
    """The views of ``items`` in three queries however many there are (a search result
    must not cost three round trips per item on the central database)."""
    ids = [i.id for i in items]
    if not ids:
        return []
    dept_names = dict(
        s.execute(
            select(Department.id, Department.name).where(
                Department.id.in_({i.department_id for i in items})
            )
        ).all()
    )
    mats: dict[str, list[ItemMaterial]] = {i: [] for i in ids}
    for m in s.scalars(
        select(ItemMaterial)
        .where(ItemMaterial.item_id.in_(ids), ItemMaterial.retired.is_(False))
        .order_by(ItemMaterial.item_id, ItemMaterial.position)
    ):
        mats[m.item_id].append(m)
    reasons: dict[str, list[str]] = {i: [] for i in ids}
    for r in s.scalars(
        select(ItemRefusalReason)
        .where(ItemRefusalReason.item_id.in_(ids))
        .order_by(ItemRefusalReason.item_id, ItemRefusalReason.position)
    ):
        reasons[r.item_id].append(r.text)
    steps: dict[str, list[JointStepSpec]] = {i: [] for i in ids}
    for step, name in s.execute(
        select(ItemStep, Department.name)
        .join(Department, Department.id == ItemStep.department_id)
        .where(ItemStep.item_id.in_(ids))
        .order_by(ItemStep.item_id, ItemStep.position)
    ).all():
        steps[step.item_id].append(JointStepSpec(step.department_id, step.step_limit, name))
    return [
        ItemView(
            id=item.id,
            code=item.code,
            name=item.name,
            department_id=item.department_id,
            department_name=dept_names.get(item.department_id, ""),
            queue_id=item.queue_id,
            kind=item.kind,
            statutory_limit=item.statutory_limit,
            promised_limit=item.promised_limit,
            max_extension=item.max_extension,
            deemed_approval=item.deemed_approval,
            needs_licence=item.needs_licence,
            conditions=item.conditions,
            fees=item.fees,
            legal_basis=item.legal_basis,
            materials=tuple(
                MaterialSpec(m.name, m.originals, m.copies, m.required, m.note)
                for m in mats[item.id]
            ),
            material_ids=tuple(m.id for m in mats[item.id]),
            joint_steps=tuple(steps[item.id]),
            status=item.status,
            status_from=item.status_from,
            status_note=item.status_note,
            refusal_reasons=tuple(reasons[item.id]),
            result_document=item.result_document,
        )
        for item in items
    ]


def get_item(ctx: ServiceContext, item_id: str) -> ItemView:
    with ctx.db.read_sessions() as s:
        item = s.get(ServiceItem, item_id)
        if item is None:
            raise NotFound("找不到该事项")
        return _item_view(s, item)


def search_items(ctx: ServiceContext, text: str, limit: int = 50) -> list[ItemView]:
    """Find items by a part of the name, the item code or the pinyin initials (yyzz)."""
    text = text.strip()
    with ctx.db.read_sessions() as s:
        # Cancelled items too: the front desk shows them marked, and intake refuses them.
        query = select(ServiceItem)
        if text:
            like = f"%{text}%"
            query = query.where(
                or_(
                    ServiceItem.name.like(like),
                    ServiceItem.code.like(like),
                    ServiceItem.pinyin_initials.like(f"%{text.lower()}%"),
                )
            )
        items = s.scalars(query.order_by(ServiceItem.code).limit(limit)).all()
        return _item_views(s, items)


# --- organisation look-ups (read-only, any thread) -----------------------------------------


@dataclass(frozen=True)
class CenterInfo:
    id: str
    code: str
    name: str
    address: str = ""
    query_phone: str = ""
    complaint_phone: str = ""


@dataclass(frozen=True)
class WindowChoice:
    id: str
    code: str
    name: str
    department_id: str | None
    department_name: str = ""
    is_green_channel: bool = False
    queue_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DepartmentChoice:
    id: str
    code: str
    name: str
    short_name: str = ""


def get_center(ctx: ServiceContext) -> CenterInfo | None:
    """The center this database serves; None before the first run set it up."""
    with ctx.db.read_sessions() as s:
        c = s.scalar(select(Center).limit(1))
        if c is None:
            return None
        return CenterInfo(
            id=c.id,
            code=c.code,
            name=c.name,
            address=c.address,
            query_phone=c.query_phone,
            complaint_phone=c.complaint_phone,
        )


def list_windows(ctx: ServiceContext) -> list[WindowChoice]:
    """Every window with its department and the queues it calls from, by window code."""
    with ctx.db.read_sessions() as s:
        depts = {d.id: d.name for d in s.scalars(select(Department))}
        links: dict[str, list[str]] = {}
        for link in s.scalars(select(WindowQueue).order_by(WindowQueue.position)):
            links.setdefault(link.window_id, []).append(link.queue_id)
        return [
            WindowChoice(
                id=w.id,
                code=w.code,
                name=w.name,
                department_id=w.department_id,
                department_name=depts.get(w.department_id or "", ""),
                is_green_channel=w.is_green_channel,
                queue_ids=tuple(links.get(w.id, ())),
            )
            for w in s.scalars(select(Window).order_by(Window.code))
        ]


def list_departments(ctx: ServiceContext) -> list[DepartmentChoice]:
    with ctx.db.read_sessions() as s:
        return [
            DepartmentChoice(id=d.id, code=d.code, name=d.name, short_name=d.short_name)
            for d in s.scalars(select(Department).order_by(Department.code))
        ]

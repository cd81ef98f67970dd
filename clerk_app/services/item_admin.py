"""The catalogue kept by the administrator (事项目录): every column of an item, its
materials, its standard refusal reasons, its joint steps, and its status.

One event, ``item.updated``, carries the whole item. A material removed from the list is
retired, not deleted, when a case cites it. A limit changed here never moves the due date
of a case already accepted (the case keeps the limit it was accepted with); a cancelled
item is refused at intake from its cancellation date, its open cases go on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.cases import ItemKind
from clerk_app.domain.deadlines import check_joint_steps, check_limits
from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.domain.organisation import (
    authorisation,
    check_deemed_approval,
    check_item_status,
    check_no_duplicates,
    item_category,
    item_status,
)
from clerk_app.domain.text_limits import TEXT_FIELDS, check_count, check_text
from clerk_app.services.catalogue import pinyin_initials
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import NotFound
from clerk_app.services.events import EventData, applier
from clerk_app.services.organisation import require_admin
from clerk_app.services.rows import new_id
from clerk_app.services.setup_records import ItemRecord, MaterialRecord, StepRecord
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import (
    CaseMaterial,
    Department,
    ItemMaterial,
    ItemRefusalReason,
    ItemStep,
    Queue,
    ServiceItem,
)


def _kind(value: str) -> ItemKind:
    try:
        return ItemKind(value)
    except ValueError:
        raise InvalidInput(f"办件类型“{value[:20]}”无效", field="item_kind") from None


def _limits(r: ItemRecord, kind: ItemKind) -> None:
    check_count("statutory_limit", r.statutory_limit)
    check_count("promised_limit", r.promised_limit)
    check_count("max_extension", r.max_extension)
    check_count("supplement_days", r.supplement_days)
    try:
        check_limits(r.statutory_limit, r.promised_limit)
    except RuleViolation as exc:
        raise RuleViolation(exc.message, field="promised_limit") from None
    if kind is ItemKind.INSTANT and r.promised_limit != 0:
        raise InvalidInput("即办件的承诺时限应为 0 个工作日", field="promised_limit")
    if kind is not ItemKind.INSTANT and r.promised_limit == 0:
        raise InvalidInput("承诺件的承诺时限至少 1 个工作日", field="promised_limit")
    if kind is ItemKind.JOINT:
        for step in r.steps:
            check_count("step_limit", step.step_limit)
        try:
            check_joint_steps(r.promised_limit, [(j.department_id, j.step_limit) for j in r.steps])
        except RuleViolation as exc:
            raise RuleViolation(exc.message, field="item_steps") from None
    elif r.steps:
        raise InvalidInput("只有联办件才设置联办部门", field="item_steps")


def _material(m: MaterialRecord) -> dict[str, object]:
    name = check_text("material_name", m.name)
    if not name:
        raise InvalidInput("材料名称不能为空", field="material_name")
    check_count("originals", m.originals)
    check_count("copies", m.copies)
    if m.originals + m.copies == 0:
        raise InvalidInput(f"材料“{name}”至少要一份原件或复印件", field="originals")
    return dict(
        id=m.id,
        name=name,
        originals=m.originals,
        copies=m.copies,
        required=bool(m.required),
        note=check_text("catalogue_material_note", m.note),
        sample=check_text("material_sample", m.sample),
    )


def checked_item(s: Session, r: ItemRecord) -> dict[str, object]:
    """The payload of ``item.updated`` for ``r`` (ids filled in), or what is wrong."""
    code = check_text("item_code", r.code)
    name = check_text("item_name", r.name)
    if not code:
        raise InvalidInput("请填写事项编码", field="item_code")
    if not name:
        raise InvalidInput("请填写事项名称", field="item_name")
    kind = _kind(r.kind)
    _limits(r, kind)
    status = item_status(r.status)
    note = check_text("item_status_note", r.status_note)
    check_item_status(status, r.status_from, note)
    basis = check_text("item_deemed_basis", r.deemed_approval_basis)
    existing = s.get(ServiceItem, r.id) if r.id else None
    if existing is None or not existing.deemed_approval:  # older entries may lack a basis
        check_deemed_approval(r.deemed_approval, basis)
    if s.scalar(select(ServiceItem.id).where(ServiceItem.code == code, ServiceItem.id != r.id)):
        raise InvalidInput(f"事项编码 {code} 已被其他事项使用", field="item_code")
    if not r.department_id or s.get(Department, r.department_id) is None:
        raise InvalidInput("请选择本中心的一个部门", field="item_department")
    for step in r.steps:
        if s.get(Department, step.department_id) is None:
            raise InvalidInput("联办部门在本中心不存在", field="item_steps")
    if r.queue_id is not None and s.get(Queue, r.queue_id) is None:
        raise InvalidInput("所选队列在本中心不存在", field="item_queue")
    materials = [_material(m) for m in r.materials]
    check_no_duplicates([str(m["name"]) for m in materials], label="材料", field="material_name")
    reasons = [check_text("refusal_reason_text", t) for t in r.refusal_reasons]
    reasons = [t for t in reasons if t]
    check_no_duplicates(reasons, label="不予受理理由", field="refusal_reason_text")
    pinyin = pinyin_initials(name)[: TEXT_FIELDS["item_name"].max_length]
    return dict(
        id=r.id,
        code=code,
        name=name,
        pinyin_initials=pinyin,
        department_id=r.department_id,
        queue_id=r.queue_id,
        kind=kind.value,
        category=item_category(r.category).value,
        statutory_limit=r.statutory_limit,
        promised_limit=r.promised_limit,
        max_extension=r.max_extension,
        deemed_approval=bool(r.deemed_approval),
        deemed_approval_basis=basis,
        needs_licence=bool(r.needs_licence),
        on_site=bool(r.on_site),
        conditions=check_text("item_conditions", r.conditions),
        fees=check_text("item_fees", r.fees) or "不收费",
        fee_basis=check_text("item_fee_basis", r.fee_basis),
        legal_basis=check_text("item_legal_basis", r.legal_basis),
        result_document=check_text("item_result_document", r.result_document),
        authorisation=authorisation(r.authorisation).value,
        supplement_days=r.supplement_days,
        status=status.value,
        status_from=r.status_from.isoformat() if r.status_from else None,
        status_note=note,
        materials=materials,
        refusal_reasons=reasons,
        steps=[
            dict(id=j.id, department_id=j.department_id, step_limit=j.step_limit) for j in r.steps
        ],
    )


def _with_ids(s: Session, r: ItemRecord, item_id: str) -> ItemRecord:
    """Keep the ids of the materials and steps still there; new ones get new ids."""
    known_materials = (
        set(s.scalars(select(ItemMaterial.id).where(ItemMaterial.item_id == item_id)))
        if r.id
        else set()
    )
    known_steps = (
        set(s.scalars(select(ItemStep.id).where(ItemStep.item_id == item_id))) if r.id else set()
    )
    return replace(
        r,
        id=item_id,
        materials=tuple(
            m if m.id in known_materials else replace(m, id=new_id()) for m in r.materials
        ),
        steps=tuple(st if st.id in known_steps else replace(st, id=new_id()) for st in r.steps),
    )


def save_item(ctx: ServiceContext, actor: Actor, record: ItemRecord) -> str:
    """Create or change a service item; its id."""
    require_admin(actor, "设置事项")
    with ctx.unit_of_work(actor) as uow:
        return save_item_in(uow, record)


def save_item_in(uow: UnitOfWork, record: ItemRecord) -> str:
    s = uow.session
    if record.id and s.get(ServiceItem, record.id) is None:
        raise NotFound("找不到该事项")
    item_id = record.id or new_id()
    payload = checked_item(s, _with_ids(s, record, item_id))
    if not record.id:
        uow.emit(
            "item.created",
            {
                k: payload[k]
                for k in (
                    "id",
                    "code",
                    "name",
                    "pinyin_initials",
                    "department_id",
                    "queue_id",
                    "kind",
                    "statutory_limit",
                    "promised_limit",
                    "max_extension",
                    "deemed_approval",
                    "needs_licence",
                    "conditions",
                    "fees",
                    "legal_basis",
                )
            }
            | {"materials": [], "steps": []},
        )
    uow.emit("item.updated", payload)
    return item_id


def set_item_status(
    ctx: ServiceContext,
    actor: Actor,
    item_id: str,
    status: str,
    status_from: date | None,
    note: str = "",
) -> None:
    """Adjust or cancel an item from a date (or make it active again)."""
    from clerk_app.services.setup_records import organisation

    record = next((i for i in organisation(ctx).items if i.id == item_id), None)
    if record is None:
        raise NotFound("找不到该事项")
    save_item(ctx, actor, replace(record, status=status, status_from=status_from, status_note=note))


def _record_of(payload: dict[str, object]) -> ItemRecord:
    p = dict(payload)
    materials = p.pop("materials")
    steps = p.pop("steps")
    reasons = p.pop("refusal_reasons")
    p.pop("pinyin_initials")
    status_from = p.pop("status_from")
    assert isinstance(materials, list) and isinstance(steps, list) and isinstance(reasons, list)
    return ItemRecord(
        **p,  # type: ignore[arg-type]
        status_from=date.fromisoformat(status_from) if isinstance(status_from, str) else None,
        materials=tuple(MaterialRecord(**m) for m in materials),
        steps=tuple(StepRecord(**st) for st in steps),
        refusal_reasons=tuple(reasons),
    )


@applier("item.updated")
def _item_updated(s: Session, e: EventData) -> None:
    payload = checked_item(s, _record_of(dict(e.payload)))  # the rules, once more
    item = s.get(ServiceItem, e.text("id"))
    if item is None:
        raise NotFound("找不到该事项")
    for key, value in payload.items():
        if key in ("materials", "refusal_reasons", "steps"):
            continue
        if key == "status_from":
            item.status_from = date.fromisoformat(value) if isinstance(value, str) else None
        else:
            setattr(item, key, value)
    item.active = payload["status"] != "cancelled"
    _replace_materials(s, item.id, payload["materials"])  # type: ignore[arg-type]
    _replace_steps(s, item.id, payload["steps"])  # type: ignore[arg-type]
    for old in s.scalars(select(ItemRefusalReason).where(ItemRefusalReason.item_id == item.id)):
        s.delete(old)
    s.flush()
    reasons = payload["refusal_reasons"]
    assert isinstance(reasons, list)
    for pos, text in enumerate(reasons):
        s.add(
            ItemRefusalReason(
                id=e.derived_id(f"reason{pos}"), item_id=item.id, position=pos, text=str(text)
            )
        )


def _replace_materials(s: Session, item_id: str, materials: list[dict[str, object]]) -> None:
    existing = {
        m.id: m for m in s.scalars(select(ItemMaterial).where(ItemMaterial.item_id == item_id))
    }
    for n, old in enumerate(existing.values()):  # out of the way of the unique positions
        old.position = -1 - n
    s.flush()
    kept = {str(m["id"]) for m in materials}
    retired_pos = len(materials) + 1000
    for mid, row in existing.items():
        if mid in kept:
            continue
        cited = s.scalar(select(CaseMaterial.id).where(CaseMaterial.material_id == mid).limit(1))
        if cited is None:
            s.delete(row)
        else:
            row.retired = True
            row.position = retired_pos
            retired_pos += 1
    s.flush()
    for pos, spec in enumerate(materials):
        entry = existing.get(str(spec["id"]))
        if entry is None:
            entry = ItemMaterial(id=str(spec["id"]), item_id=item_id)
            s.add(entry)
        entry.position = pos
        entry.retired = False
        for key in ("name", "originals", "copies", "required", "note", "sample"):
            setattr(entry, key, spec[key])


def _replace_steps(s: Session, item_id: str, steps: list[dict[str, object]]) -> None:
    for old in s.scalars(select(ItemStep).where(ItemStep.item_id == item_id)):
        s.delete(old)
    s.flush()
    for pos, st in enumerate(steps):
        s.add(
            ItemStep(
                id=str(st["id"]),
                item_id=item_id,
                department_id=str(st["department_id"]),
                position=pos,
                step_limit=int(str(st["step_limit"])),
            )
        )

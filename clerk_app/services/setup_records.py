"""What the administration tab edits: one frozen record per row of the organisation and
the catalogue, read in one go and handed back whole to the use cases that save it.

An empty ``id`` is a record not saved yet. The use cases are in
:mod:`clerk_app.services.organisation` (centre, departments, queues, windows),
:mod:`clerk_app.services.staff_admin` and :mod:`clerk_app.services.item_admin`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.services.context import ServiceContext
from clerk_app.store.models import (
    Center,
    Department,
    ItemMaterial,
    ItemRefusalReason,
    ItemStep,
    Queue,
    ServiceItem,
    Staff,
    StaffWindow,
    Window,
    WindowDepartment,
    WindowQueue,
)


@dataclass(frozen=True)
class CenterRecord:
    id: str = ""
    code: str = ""
    name: str = ""
    address: str = ""
    query_phone: str = ""
    complaint_phone: str = ""
    supervision_phone: str = ""
    opening_hours: str = ""
    progress_query_url: str = ""
    seal_text: str = ""
    hall_notice: str = ""
    reconsideration_body: str = ""
    litigation_court: str = ""


@dataclass(frozen=True)
class DepartmentRecord:
    id: str = ""
    code: str = ""
    name: str = ""
    short_name: str = ""
    head_staff_id: str | None = None
    deputy_staff_id: str | None = None
    reconsideration_body: str = ""
    litigation_court: str = ""
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class QueueRecord:
    id: str = ""
    code: str = ""
    name: str = ""
    prefix: str = ""
    department_id: str | None = None
    minutes_per_visitor: int = 8
    active: bool = True


@dataclass(frozen=True)
class WindowRecord:
    id: str = ""
    code: str = ""
    name: str = ""
    department_id: str | None = None
    extra_department_ids: tuple[str, ...] = ()
    queue_ids: tuple[str, ...] = ()  # in the order the window calls from them
    kind: str = "ordinary"
    zone: str = ""
    active: bool = True


@dataclass(frozen=True)
class StaffRecord:
    id: str = ""
    staff_no: str = ""
    name: str = ""
    role: str = "clerk"
    department_id: str | None = None
    window_ids: tuple[str, ...] = ()
    title: str = ""
    active: bool = True
    locked: bool = False
    must_change_password: bool = False


@dataclass(frozen=True)
class MaterialRecord:
    name: str
    originals: int = 1
    copies: int = 0
    required: bool = True
    note: str = ""
    sample: str = ""
    id: str = ""


@dataclass(frozen=True)
class StepRecord:
    department_id: str
    step_limit: int
    id: str = ""


@dataclass(frozen=True)
class ItemRecord:
    id: str = ""
    code: str = ""
    name: str = ""
    department_id: str = ""
    queue_id: str | None = None
    kind: str = "promised"
    category: str = "licence"
    statutory_limit: int = 20
    promised_limit: int = 10
    max_extension: int = 0
    deemed_approval: bool = False
    deemed_approval_basis: str = ""
    needs_licence: bool = True
    on_site: bool = True
    conditions: str = ""
    fees: str = "不收费"
    fee_basis: str = ""
    legal_basis: str = ""
    result_document: str = ""
    authorisation: str = "full"
    supplement_days: int = 20
    status: str = "active"
    status_from: date | None = None
    status_note: str = ""
    materials: tuple[MaterialRecord, ...] = ()
    refusal_reasons: tuple[str, ...] = ()
    steps: tuple[StepRecord, ...] = ()


@dataclass(frozen=True)
class Organisation:
    """Everything the administration tab shows, read at once."""

    center: CenterRecord | None
    departments: tuple[DepartmentRecord, ...]
    queues: tuple[QueueRecord, ...]
    windows: tuple[WindowRecord, ...]
    staff: tuple[StaffRecord, ...]
    items: tuple[ItemRecord, ...]

    def department_name(self, dept_id: str | None) -> str:
        for d in self.departments:
            if d.id == dept_id:
                return d.short_name or d.name
        return ""

    def staff_name(self, staff_id: str | None) -> str:
        for p in self.staff:
            if p.id == staff_id:
                return p.name
        return ""


@dataclass(frozen=True)
class SetupStep:
    key: str  # center / departments / windows / staff / items
    label: str
    done: bool
    what: str  # what is there, or what is still missing


def organisation(ctx: ServiceContext) -> Organisation:
    with ctx.db.read_sessions() as s:
        return organisation_in(s, ctx.now())


def organisation_in(s: Session, now: datetime) -> Organisation:
    if True:
        c = s.scalar(select(Center).limit(1))
        center = (
            None
            if c is None
            else CenterRecord(
                id=c.id,
                code=c.code,
                name=c.name,
                address=c.address,
                query_phone=c.query_phone,
                complaint_phone=c.complaint_phone,
                supervision_phone=c.supervision_phone,
                opening_hours=c.opening_hours,
                progress_query_url=c.progress_query_url,
                seal_text=c.seal_text,
                hall_notice=c.hall_notice,
                reconsideration_body=c.reconsideration_body,
                litigation_court=c.litigation_court,
            )
        )
        departments = tuple(
            DepartmentRecord(
                id=d.id,
                code=d.code,
                name=d.name,
                short_name=d.short_name,
                head_staff_id=d.head_staff_id,
                deputy_staff_id=d.deputy_staff_id,
                reconsideration_body=d.reconsideration_body,
                litigation_court=d.litigation_court,
                phone=d.phone,
                active=d.active,
            )
            for d in s.scalars(select(Department).order_by(Department.code))
        )
        queues = tuple(
            QueueRecord(
                id=q.id,
                code=q.code,
                name=q.name,
                prefix=q.prefix,
                department_id=q.department_id,
                minutes_per_visitor=q.minutes_per_visitor,
                active=q.active,
            )
            for q in s.scalars(select(Queue).order_by(Queue.code))
        )
        wq: dict[str, list[str]] = defaultdict(list)
        for link in s.scalars(select(WindowQueue).order_by(WindowQueue.position)):
            wq[link.window_id].append(link.queue_id)
        wd: dict[str, list[str]] = defaultdict(list)
        for extra in s.scalars(select(WindowDepartment)):
            wd[extra.window_id].append(extra.department_id)
        windows = tuple(
            WindowRecord(
                id=w.id,
                code=w.code,
                name=w.name,
                department_id=w.department_id,
                extra_department_ids=tuple(sorted(wd[w.id])),
                queue_ids=tuple(wq[w.id]),
                kind=w.kind,
                zone=w.zone,
                active=w.active,
            )
            for w in s.scalars(select(Window).order_by(Window.code))
        )
        sw: dict[str, list[str]] = defaultdict(list)
        for seat in s.scalars(select(StaffWindow)):
            sw[seat.staff_id].append(seat.window_id)
        staff = tuple(
            StaffRecord(
                id=p.id,
                staff_no=p.staff_no,
                name=p.name,
                role=p.role,
                department_id=p.department_id,
                window_ids=tuple(sorted(sw[p.id])),
                title=p.title,
                active=p.active,
                locked=p.locked_until is not None and p.locked_until > now,
                must_change_password=p.must_change_password,
            )
            for p in s.scalars(select(Staff).order_by(Staff.staff_no))
        )
        items = tuple(_items(s))
    return Organisation(center, departments, queues, windows, staff, items)


def _items(s: Session) -> list[ItemRecord]:
    mats: dict[str, list[MaterialRecord]] = defaultdict(list)
    for m in s.scalars(
        select(ItemMaterial)
        .where(ItemMaterial.retired.is_(False))
        .order_by(ItemMaterial.item_id, ItemMaterial.position)
    ):
        mats[m.item_id].append(
            MaterialRecord(m.name, m.originals, m.copies, m.required, m.note, m.sample, m.id)
        )
    reasons: dict[str, list[str]] = defaultdict(list)
    for r in s.scalars(
        select(ItemRefusalReason).order_by(ItemRefusalReason.item_id, ItemRefusalReason.position)
    ):
        reasons[r.item_id].append(r.text)
    steps: dict[str, list[StepRecord]] = defaultdict(list)
    for st in s.scalars(select(ItemStep).order_by(ItemStep.item_id, ItemStep.position)):
        steps[st.item_id].append(StepRecord(st.department_id, st.step_limit, st.id))
    return [
        ItemRecord(
            id=i.id,
            code=i.code,
            name=i.name,
            department_id=i.department_id,
            queue_id=i.queue_id,
            kind=i.kind,
            category=i.category,
            statutory_limit=i.statutory_limit,
            promised_limit=i.promised_limit,
            max_extension=i.max_extension,
            deemed_approval=i.deemed_approval,
            deemed_approval_basis=i.deemed_approval_basis,
            needs_licence=i.needs_licence,
            on_site=i.on_site,
            conditions=i.conditions,
            fees=i.fees,
            fee_basis=i.fee_basis,
            legal_basis=i.legal_basis,
            result_document=i.result_document,
            authorisation=i.authorisation,
            supplement_days=i.supplement_days,
            status=i.status,
            status_from=i.status_from,
            status_note=i.status_note,
            materials=tuple(mats[i.id]),
            refusal_reasons=tuple(reasons[i.id]),
            steps=tuple(steps[i.id]),
        )
        for i in s.scalars(select(ServiceItem).order_by(ServiceItem.code))
    ]


def setup_steps(org: Organisation) -> tuple[SetupStep, ...]:
    """The first-run checklist: centre → departments → windows → staff → items."""
    windows = [w for w in org.windows if w.active]
    counter_staff = [p for p in org.staff if p.active and p.role in ("clerk", "supervisor")]
    items = [i for i in org.items if i.status != "cancelled"]
    center_ok = org.center is not None and bool(org.center.address and org.center.query_phone)
    return (
        SetupStep(
            "center",
            "服务中心信息",
            center_ok,
            "已填写" if center_ok else "请填写中心地址和咨询电话",
        ),
        SetupStep(
            "departments",
            "部门",
            bool(org.departments),
            f"{len(org.departments)} 个部门" if org.departments else "尚未设置部门",
        ),
        SetupStep(
            "windows",
            "窗口和队列",
            bool(windows) and bool(org.queues),
            f"{len(windows)} 个窗口、{len(org.queues)} 个队列" if windows else "尚未设置窗口",
        ),
        SetupStep(
            "staff",
            "工作人员",
            bool(counter_staff),
            f"{len(counter_staff)} 名窗口人员" if counter_staff else "尚未设置窗口工作人员",
        ),
        SetupStep(
            "items",
            "事项目录",
            bool(items),
            f"{len(items)} 个事项" if items else "尚未设置事项",
        ),
    )


def counters_usable(org: Organisation) -> bool:
    """One window, one member of counter staff and one item: the counters can open."""
    steps = {s.key: s.done for s in setup_steps(org)}
    return steps["windows"] and steps["staff"] and steps["items"]

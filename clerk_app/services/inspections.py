"""明查暗访: record an inspection with its checklist, add findings that open an
accountability record or a 督办, and build the 通报 published from it.

The checklist is a centre setting (``inspection.checklist``, canonical JSON) a supervisor
maintains; until set, :data:`~clerk_app.domain.inspections.DEFAULT_CHECKLIST`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain import inspections as rules
from clerk_app.domain.accountability import Cause
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.inspections import BulletinKind, FindingAction, InspectionKind
from clerk_app.domain.text_limits import check_count, check_text
from clerk_app.services.accountability import add_record, source_record_id
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound
from clerk_app.services.events import EventData, applier
from clerk_app.services.orders import OPEN as ORDER_OPEN
from clerk_app.services.orders import Source
from clerk_app.services.rows import new_id
from clerk_app.store.models import (
    Center,
    Department,
    Inspection,
    InspectionFinding,
    Setting,
    Staff,
    SupervisionOrder,
    Window,
)

if TYPE_CHECKING:
    from clerk_app.printing.report_docs import BulletinDoc

CHECKLIST_KEY = "inspection.checklist"


@dataclass(frozen=True)
class FindingView:
    id: str
    window_code: str
    department_name: str
    staff_name: str
    check_item: str
    note: str
    evidence: str
    action: str
    record_id: str | None
    order_id: str | None


@dataclass(frozen=True)
class InspectionView:
    id: str
    held_on: date
    kind: str
    inspectors: str
    windows: tuple[str, ...]  # codes
    checks: tuple[tuple[str, bool], ...]  # (item, passed)
    findings: tuple[FindingView, ...]


# --- the checklist ------------------------------------------------------------------------


def checklist(ctx: ServiceContext) -> tuple[str, ...]:
    with ctx.db.read_sessions() as s:
        return _checklist(s)


def _checklist(s: Session) -> tuple[str, ...]:
    row = s.get(Setting, CHECKLIST_KEY)
    if row is None:
        return rules.DEFAULT_CHECKLIST
    return tuple(json.loads(row.value))


def set_checklist(ctx: ServiceContext, actor: Actor, items: Sequence[str]) -> tuple[str, ...]:
    """配置检查表: the items every new inspection is checked against."""
    require_role(actor, Role.SUPERVISOR, Role.ADMIN, action="配置明查暗访检查表")
    cleaned = rules.check_checklist(items)
    with ctx.unit_of_work(actor) as uow:
        uow.emit("inspection.checklist_set", dict(items=list(cleaned)))
    return cleaned


@applier("inspection.checklist_set")
def _checklist_set(s: Session, e: EventData) -> None:
    items = rules.check_checklist([str(i) for i in e.payload["items"]])
    row = s.get(Setting, CHECKLIST_KEY)
    if row is None:
        row = Setting(key=CHECKLIST_KEY)
        s.add(row)
    row.value = json.dumps(list(items), ensure_ascii=False)
    row.staff_id = e.actor_id


# --- inspections and findings ---------------------------------------------------------


def record_inspection(
    ctx: ServiceContext,
    actor: Actor,
    *,
    held_on: date,
    kind: InspectionKind | str,
    inspectors: str,
    window_ids: Sequence[str],
    results: Mapping[str, bool],
) -> str:
    """登记明查暗访: who inspected, when, which windows, and each checklist item's result."""
    require_role(actor, Role.SUPERVISOR, action="登记明查暗访")
    try:
        how = InspectionKind(str(kind))
    except ValueError:
        raise InvalidInput("请选择明查或暗访", field="inspection_kind") from None
    inspectors = check_text("inspectors", inspectors)
    if not inspectors:
        raise InvalidInput("请填写检查人员", field="inspectors")
    if not window_ids:
        raise InvalidInput("请选择检查的窗口", field="inspection_windows")
    if held_on > ctx.today():
        raise InvalidInput("检查日期不能晚于今天", field="inspection_day")
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        for window_id in window_ids:
            if s.get(Window, window_id) is None:
                raise NotFound("找不到检查的窗口")
        items = _checklist(s)
        unknown = set(results) - set(items)
        if unknown:
            raise InvalidInput(f"检查表中没有“{sorted(unknown)[0]}”", field="inspection_checks")
        inspection_id = new_id()
        uow.emit(
            "inspection.recorded",
            dict(
                id=inspection_id,
                held_on=held_on,
                kind=how,
                inspectors=inspectors,
                window_ids=list(window_ids),
                checks=[dict(item=i, passed=bool(results.get(i, True))) for i in items],
                at=uow.now,
            ),
        )
    return inspection_id


@applier("inspection.recorded")
def _recorded(s: Session, e: EventData) -> None:
    InspectionKind(e.text("kind"))
    s.add(
        Inspection(
            id=e.text("id"),
            held_on=e.day("held_on"),
            kind=e.text("kind"),
            inspectors=e.text("inspectors"),
            windows=json.dumps(list(e.payload["window_ids"])),
            checks=json.dumps(list(e.payload["checks"]), ensure_ascii=False),
            recorded_by=e.actor_id,
            recorded_at=e.moment("at"),
        )
    )


def add_finding(
    ctx: ServiceContext,
    actor: Actor,
    inspection_id: str,
    *,
    window_id: str,
    check_item: str,
    note: str,
    action: FindingAction | str,
    evidence: str = "",
    staff_id: str | None = None,
    order_workdays: int = 3,
) -> FindingView:
    """A problem found at a window; it opens an accountability record or a 督办 (or not)."""
    require_role(actor, Role.SUPERVISOR, action="记录检查发现的问题")
    note = check_text("finding_note", note)
    evidence = check_text("finding_evidence", evidence)
    if not note:
        raise InvalidInput("请填写发现的问题", field="finding_note")
    try:
        what = FindingAction(str(action))
    except ValueError:
        raise InvalidInput("请选择处理方式", field="finding_action") from None
    if what is FindingAction.ORDER:
        check_count("order_workdays", order_workdays)
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        inspection = _inspection(s, inspection_id)
        if window_id not in json.loads(inspection.windows):
            raise InvalidInput("该窗口不在本次检查的范围内", field="finding_window")
        if check_item not in [c["item"] for c in json.loads(inspection.checks)]:
            raise InvalidInput("请选择检查表中的项目", field="finding_check")
        window = s.get(Window, window_id)
        assert window is not None
        if staff_id is not None and s.get(Staff, staff_id) is None:
            raise NotFound("找不到涉及的工作人员")
        finding_id = new_id()
        uow.emit(
            "inspection.finding_added",
            dict(
                id=finding_id,
                inspection_id=inspection_id,
                window_id=window_id,
                department_id=window.department_id,
                staff_id=staff_id or window.staff_id,
                check_item=check_item,
                note=note,
                evidence=evidence,
                action=what,
                record_id=(
                    source_record_id(Cause.INSPECTION, finding_id)
                    if what is FindingAction.RECORD
                    else None
                ),
                order_id=new_id() if what is FindingAction.ORDER else None,
                order_due=(
                    uow.calendar.add_workdays(uow.today, order_workdays)
                    if what is FindingAction.ORDER
                    else None
                ),
                at=uow.now,
            ),
        )
        return _finding_views(s, [finding_id])[0]


@applier("inspection.finding_added")
def _finding_added(s: Session, e: EventData) -> None:
    inspection = _inspection(s, e.text("inspection_id"))
    what = FindingAction(e.text("action"))
    kind = InspectionKind(inspection.kind).label
    text = f"{kind}（{inspection.held_on}）发现“{e.text('check_item')}”问题：{e.text('note')}"
    record_id, order_id = e.optional_text("record_id"), e.optional_text("order_id")
    s.add(
        InspectionFinding(
            id=e.text("id"),
            inspection_id=inspection.id,
            window_id=e.optional_text("window_id"),
            department_id=e.optional_text("department_id"),
            staff_id=e.optional_text("staff_id"),
            check_item=e.text("check_item"),
            note=e.text("note"),
            evidence=e.text("evidence"),
            action=what.value,
            record_id=record_id,
            order_id=order_id,
            recorded_at=e.moment("at"),
        )
    )
    if what is FindingAction.RECORD and record_id is not None:
        add_record(
            s,
            record_id=record_id,
            cause=Cause.INSPECTION.value,
            opened_at=e.moment("at"),
            note=text,
            department_id=e.optional_text("department_id"),
            direct_staff_id=e.optional_text("staff_id"),
            source_id=e.text("id"),
        )
    if what is FindingAction.ORDER and order_id is not None:
        s.add(
            SupervisionOrder(
                id=order_id,
                source_kind=Source.FINDING.value,
                source_id=e.text("id"),
                department_id=e.optional_text("department_id"),
                window_id=e.optional_text("window_id"),
                content=f"请整改：{text}",
                due_date=e.day("order_due"),
                issued_by=e.actor_id,
                issued_at=e.moment("at"),
                status=ORDER_OPEN,
                answer="",
            )
        )


# --- reads and the 通报 ---------------------------------------------------------------


def inspections(ctx: ServiceContext) -> list[InspectionView]:
    """Every inspection, the newest first, with its findings."""
    with ctx.db.read_sessions() as s:
        codes = dict(s.execute(select(Window.id, Window.code)).all())
        found: dict[str, list[str]] = {}
        for f_id, i_id in s.execute(
            select(InspectionFinding.id, InspectionFinding.inspection_id).order_by(
                InspectionFinding.recorded_at, InspectionFinding.id
            )
        ):
            found.setdefault(i_id, []).append(f_id)
        out = []
        for i in s.scalars(
            select(Inspection).order_by(Inspection.held_on.desc(), Inspection.recorded_at.desc())
        ):
            out.append(
                InspectionView(
                    id=i.id,
                    held_on=i.held_on,
                    kind=i.kind,
                    inspectors=i.inspectors,
                    windows=tuple(codes.get(w, "") for w in json.loads(i.windows)),
                    checks=tuple((c["item"], bool(c["passed"])) for c in json.loads(i.checks)),
                    findings=tuple(_finding_views(s, found.get(i.id, []))),
                )
            )
        return out


def bulletin(
    ctx: ServiceContext, inspection_id: str, kind: BulletinKind, *, generated_by: str = ""
) -> BulletinDoc:
    """The 通报 of an inspection: criticism of its findings, or commendation of the windows
    visited that had none."""
    from clerk_app.printing.report_docs import BulletinDoc, BulletinLine

    with ctx.db.read_sessions() as s:
        inspection = _inspection(s, inspection_id)
        center = s.scalar(select(Center.name).limit(1)) or "政务服务中心"
        ids = list(
            s.scalars(
                select(InspectionFinding.id).where(InspectionFinding.inspection_id == inspection_id)
            )
        )
        findings = _finding_views(s, ids)
        windows = {
            w.id: (w.code, w.name, w.department_id)
            for w in s.scalars(select(Window).where(Window.id.in_(json.loads(inspection.windows))))
        }
        depts = dict(s.execute(select(Department.id, Department.name)).all())
    if kind is BulletinKind.CRITICISM:
        lines = tuple(
            BulletinLine(
                window=f.window_code,
                department=f.department_name,
                staff=f.staff_name,
                item=f.check_item,
                text=f.note,
            )
            for f in findings
        )
    else:
        faulted = {f.window_code for f in findings}
        lines = tuple(
            BulletinLine(
                window=code,
                department=depts.get(dept or "", ""),
                staff="",
                item="",
                text="各项检查均符合要求",
            )
            for code, _name, dept in sorted(windows.values())
            if code not in faulted
        )
    return BulletinDoc(
        center_name=center,
        kind_label=kind.label,
        inspection_label=InspectionKind(inspection.kind).label,
        held_on=inspection.held_on,
        lines=lines,
        generated_at=ctx.now(),
        generated_by=generated_by,
    )


def _inspection(s: Session, inspection_id: str) -> Inspection:
    inspection = s.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound("找不到该次检查")
    return inspection


def _finding_views(s: Session, ids: Sequence[str]) -> list[FindingView]:
    if not ids:
        return []
    codes = dict(s.execute(select(Window.id, Window.code)).all())
    depts = dict(s.execute(select(Department.id, Department.name)).all())
    staff = dict(s.execute(select(Staff.id, Staff.name)).all())
    rows = {
        f.id: f for f in s.scalars(select(InspectionFinding).where(InspectionFinding.id.in_(ids)))
    }
    return [
        FindingView(
            id=f.id,
            window_code=codes.get(f.window_id or "", ""),
            department_name=depts.get(f.department_id or "", ""),
            staff_name=staff.get(f.staff_id or "", ""),
            check_item=f.check_item,
            note=f.note,
            evidence=f.evidence,
            action=f.action,
            record_id=f.record_id,
            order_id=f.order_id,
        )
        for f in (rows[i] for i in ids if i in rows)
    ]

"""Sync conflicts for supervisors: what was refused, by whom, against what, and closing them.

A conflict is an event that was journaled but not applied somewhere (its precondition no
longer held there, e.g. two offline windows called the same visitor). The sync engine
records it with both sides as JSON; this module turns that into words a supervisor reads
and lets a supervisor record how it was settled. Resolving is an event like any other
("conflict.resolved"), so it travels to every replica; its applier marks the conflict row
wherever that row exists and is a no-op elsewhere, and never raises, so a resolution can
itself never become a conflict.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.domain.text_limits import check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound
from clerk_app.services.events import EventData, applier
from clerk_app.store.models import (
    Case,
    Department,
    Queue,
    Referral,
    ServiceItem,
    Staff,
    Ticket,
    Window,
)
from clerk_app.store.models.sync import SyncConflict

CENTRAL = "central"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CJK = re.compile(r"[\u4e00-\u9fff]")

EVENT_LABELS: Mapping[str, str] = {
    "calendar.entry_set": "设置工作日历",
    "case.accepted": "受理",
    "case.completed": "办结",
    "case.completed_on_spot": "即办办结",
    "case.deemed_approved": "超时默认",
    "case.due_changed": "调整办结期限",
    "case.overdue": "超期",
    "case.received": "收件",
    "case.referred": "转办办件",
    "case.refused": "不予受理",
    "case.resumed": "恢复计时",
    "case.supplement_notice": "一次性告知补正",
    "case.supplement_received": "收取补正材料",
    "case.suspended": "中止计时（特别程序）",
    "case.told_on_spot": "当场告知",
    "case.withdrawn": "逾期未补正视为撤回",
    "center.created": "建立服务中心",
    "complaint.filed": "登记效能投诉",
    "complaint.resolved": "办结效能投诉",
    "conflict.resolved": "处理同步冲突",
    "department.created": "新增部门",
    "department.leaders_set": "设置部门负责人",
    "document.archived": "文书归档",
    "extension.decided": "审批延期",
    "extension.requested": "申请延期",
    "notice.delivered": "登记文书送达",
    "first_contact.recorded": "首问登记",
    "follow_up.closed": "办结回访整改",
    "follow_up.opened": "开启回访整改",
    "item.created": "新增事项",
    "queue.created": "新增队列",
    "referral.closed": "办结转办",
    "referral.created": "转办",
    "referral.taken": "接收转办",
    "review.contest_decided": "审核评价申诉",
    "review.contested": "评价申诉",
    "review.follow_up_limits_set": "设置回访整改时限",
    "review.submitted": "服务评价",
    "staff.created": "新增工作人员",
    "staff.login_failed": "登录失败",
    "staff.signed_on": "挂牌上岗",
    "staff.signed_off": "退出登录",
    "ticket.called": "叫号",
    "ticket.finished": "办结号票",
    "ticket.issued": "取号",
    "ticket.no_show": "过号",
    "ticket.recalled": "重呼",
    "ticket.serving": "开始办理",
    "ticket.transferred": "转移号票",
    "window.created": "新增窗口",
    "window.paused": "窗口暂停",
    "window.resumed": "窗口恢复",
}

_DRIVER_REASONS: Mapping[str, str] = {
    "IntegrityError": "与本库已有的记录冲突（同一记录已由其他窗口先写入）",
}


@dataclass(frozen=True)
class ConflictSide:
    """One event of a conflict, as a supervisor reads it."""

    event_id: str
    event_type: str
    label: str  # 叫号, 受理…
    workstation: str
    who: str  # 赵窗口（C002）, 系统
    window: str  # A02 市场监管2号窗口, or ""
    when: datetime  # Asia/Shanghai
    records: tuple[str, ...]  # 号票 A001, 办件 …

    @property
    def summary(self) -> str:
        where = f"在{self.window}" if self.window else f"在工作站{self.workstation}"
        what = f"：{'、'.join(self.records)}" if self.records else ""
        return f"{self.when:%Y-%m-%d %H:%M} {self.who}{where}{self.label}{what}"


@dataclass(frozen=True)
class ConflictView:
    id: str
    detected_by: str  # 中心数据库 / 工作站 WIN-B
    detected_at: datetime  # Asia/Shanghai
    reason: str
    refused: ConflictSide  # the event journaled but not applied where detected
    earlier: tuple[ConflictSide, ...]  # what was already there on the same records
    resolved_at: datetime | None
    resolved_by: str
    resolution: str

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def list_conflicts(ctx: ServiceContext, *, open_only: bool = True) -> list[ConflictView]:
    """The conflicts this replica knows (its own and the central's), newest first."""
    with ctx.db.read_sessions() as s:
        stmt = select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.id)
        if open_only:
            stmt = stmt.where(SyncConflict.resolved_at.is_(None))
        return [_view(s, c) for c in s.scalars(stmt)]


def resolve_conflict(
    ctx: ServiceContext, actor: Actor, conflict_id: str, *, note: str
) -> ConflictView:
    """A supervisor records how a conflict was settled; it then shows as resolved everywhere
    the conflict is listed once the workstations have synced."""
    require_role(actor, Role.SUPERVISOR, action="处理同步冲突")
    note = check_text("conflict_note", note)
    if not note:
        raise InvalidInput(
            "请填写处理意见（例如已与哪个窗口核实、以哪一方为准）", field="conflict_note"
        )
    with ctx.unit_of_work(actor) as uow:
        conflict = uow.session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("找不到该同步冲突，可能尚未同步到本工作站")
        if conflict.resolved_at is not None:
            by = _staff_name(uow.session, conflict.resolved_by)
            raise RuleViolation(
                f"该冲突已于{_local(conflict.resolved_at):%Y-%m-%d %H:%M}由{by}处理，无需重复处理"
            )
        uow.emit("conflict.resolved", dict(conflict_id=conflict_id, note=note, at=uow.now))
        return _view(uow.session, conflict)


@applier("conflict.resolved")
def _resolved(s: Session, e: EventData) -> None:
    conflict = s.get(SyncConflict, e.text("conflict_id"))
    if conflict is None:  # this replica never saw that conflict: nothing to mark
        return
    at, by, note = e.moment("at"), e.actor_id, e.text("note")
    # Two supervisors settled it on different workstations: the earlier one stands on
    # every replica, whatever order the two events arrive in.
    if conflict.resolved_at is not None and (
        conflict.resolved_at,
        conflict.resolved_by or "",
        conflict.resolution,
    ) <= (at, by or "", note):
        return
    conflict.resolved_at, conflict.resolved_by, conflict.resolution = at, by, note


# --- presenting ------------------------------------------------------------------------


def reason_text(reason: str) -> str:
    """The stored reason in Chinese (appliers' messages are; driver errors are not)."""
    if _CJK.search(reason):
        return reason
    return _DRIVER_REASONS.get(reason, f"该操作的前提条件在此处已不成立（{reason}）")


def _view(s: Session, c: SyncConflict) -> ConflictView:
    earlier = json.loads(c.our_side)
    return ConflictView(
        id=c.id,
        detected_by="中心数据库" if c.detected_by == CENTRAL else f"工作站 {c.detected_by}",
        detected_at=_local(c.detected_at),
        reason=reason_text(c.reason),
        refused=_side(s, json.loads(c.their_side)),
        earlier=tuple(_side(s, e) for e in earlier if isinstance(e, dict)),
        resolved_at=_local(c.resolved_at) if c.resolved_at is not None else None,
        resolved_by=_staff_name(s, c.resolved_by) if c.resolved_at is not None else "",
        resolution=c.resolution,
    )


def _side(s: Session, raw: Mapping[str, Any]) -> ConflictSide:
    event_type = str(raw.get("type", ""))
    actor_id = raw.get("actor_id")
    window_id = raw.get("window_id")
    payload = json.dumps(raw.get("payload", {}), ensure_ascii=False)
    skip = {actor_id, window_id}
    ids = [i for i in dict.fromkeys(_UUID.findall(payload)) if i not in skip]
    return ConflictSide(
        event_id=str(raw.get("id", "")),
        event_type=event_type,
        label=EVENT_LABELS.get(event_type, event_type),
        workstation=str(raw.get("workstation", "")),
        who=_staff_name(s, actor_id if isinstance(actor_id, str) else None),
        window=_window_name(s, window_id if isinstance(window_id, str) else None),
        when=datetime.fromisoformat(str(raw["occurred_at"])).astimezone(SHANGHAI),
        records=tuple(name for i in ids if (name := _record_name(s, i)) is not None),
    )


def _record_name(s: Session, record_id: str) -> str | None:
    if (ticket := s.get(Ticket, record_id)) is not None:
        return f"号票 {ticket.number}"
    if (case := s.get(Case, record_id)) is not None:
        return f"办件 {case.case_no}"
    if (window := s.get(Window, record_id)) is not None:
        return f"窗口 {window.code}"
    if (referral := s.get(Referral, record_id)) is not None:
        return f"转办“{referral.matter}”"
    if (staff := s.get(Staff, record_id)) is not None:
        return f"工作人员 {staff.name}（{staff.staff_no}）"
    for model, word in _NAMED:
        name = s.scalar(select(model.name).where(model.id == record_id))
        if name is not None:
            return f"{word} {name}"
    return None


_NAMED: Sequence[tuple[Any, str]] = ((Queue, "队列"), (Department, "部门"), (ServiceItem, "事项"))


def _staff_name(s: Session, staff_id: str | None) -> str:
    if staff_id is None:
        return "系统"
    staff = s.get(Staff, staff_id)
    return f"{staff.name}（{staff.staff_no}）" if staff is not None else "未知人员"


def _window_name(s: Session, window_id: str | None) -> str:
    if window_id is None:
        return ""
    window = s.get(Window, window_id)
    return f"{window.code} {window.name}" if window is not None else ""


def _local(moment: datetime) -> datetime:
    return moment.astimezone(SHANGHAI)

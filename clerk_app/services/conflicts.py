"""Sync conflicts for supervisors: what was refused, by whom, against what, and closing them.

A conflict is an event that was journaled but not applied somewhere (its precondition no
longer held there, e.g. two offline windows called the same visitor). The sync engine
records it with both sides as JSON; this module names the people, windows and records
involved (the screens word the codes: ``clerk_app.ui.common.labels``) and lets a
supervisor record how it was settled. Resolving is an event like any other
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


@dataclass(frozen=True)
class ConflictRecord:
    """A record an event touched: its kind (ticket, case, window, referral, staff, queue,
    department, item) and what names it (A001, a case number, 赵窗口（C002）…)."""

    kind: str
    name: str


@dataclass(frozen=True)
class ConflictSide:
    """One event of a conflict; the screens word its codes (``ui.common.labels``)."""

    event_id: str
    event_type: str  # ticket.called, case.accepted…
    actor_id: str | None  # None: the system
    workstation: str
    who: str  # 赵窗口（C002）; "" for the system or staff this replica does not know
    window: str  # A02 市场监管2号窗口, or ""
    when: datetime  # Asia/Shanghai
    records: tuple[ConflictRecord, ...]


@dataclass(frozen=True)
class ConflictView:
    id: str
    detected_by: str  # CENTRAL or the workstation's name
    detected_at: datetime  # Asia/Shanghai
    reason: str  # an applier's message (Chinese), or the class name of a driver error
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


def _view(s: Session, c: SyncConflict) -> ConflictView:
    earlier = json.loads(c.our_side)
    return ConflictView(
        id=c.id,
        detected_by=c.detected_by,
        detected_at=_local(c.detected_at),
        reason=c.reason,
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
    actor = actor_id if isinstance(actor_id, str) else None
    return ConflictSide(
        event_id=str(raw.get("id", "")),
        event_type=event_type,
        actor_id=actor,
        workstation=str(raw.get("workstation", "")),
        who="" if actor is None else _staff_name(s, actor, unknown=""),
        window=_window_name(s, window_id if isinstance(window_id, str) else None),
        when=datetime.fromisoformat(str(raw["occurred_at"])).astimezone(SHANGHAI),
        records=tuple(record for i in ids if (record := _record(s, i)) is not None),
    )


def _record(s: Session, record_id: str) -> ConflictRecord | None:
    if (ticket := s.get(Ticket, record_id)) is not None:
        return ConflictRecord("ticket", ticket.number)
    if (case := s.get(Case, record_id)) is not None:
        return ConflictRecord("case", case.case_no)
    if (window := s.get(Window, record_id)) is not None:
        return ConflictRecord("window", window.code)
    if (referral := s.get(Referral, record_id)) is not None:
        return ConflictRecord("referral", referral.matter)
    if (staff := s.get(Staff, record_id)) is not None:
        return ConflictRecord("staff", f"{staff.name}（{staff.staff_no}）")
    for model, kind in _NAMED:
        name = s.scalar(select(model.name).where(model.id == record_id))
        if name is not None:
            return ConflictRecord(kind, name)
    return None


_NAMED: Sequence[tuple[Any, str]] = (
    (Queue, "queue"),
    (Department, "department"),
    (ServiceItem, "item"),
)


def _staff_name(s: Session, staff_id: str | None, *, unknown: str = "未知人员") -> str:
    if staff_id is None:
        return "系统"
    staff = s.get(Staff, staff_id)
    return f"{staff.name}（{staff.staff_no}）" if staff is not None else unknown


def _window_name(s: Session, window_id: str | None) -> str:
    if window_id is None:
        return ""
    window = s.get(Window, window_id)
    return f"{window.code} {window.name}" if window is not None else ""


def _local(moment: datetime) -> datetime:
    return moment.astimezone(SHANGHAI)

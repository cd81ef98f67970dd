"""责任追究 as a procedure: open a record, close its four points (四不放过), close it.

A record names the directly responsible staff and, from the department's organisation,
its supervising leader (分管负责人, ``department.deputy_staff_id``) and its main responsible
leader (主要负责人, ``department.head_staff_id``). Each point is closed by a supervisor
(or the department's own leader) with a note and an optional attachment reference; the
use case that closes the fourth point closes the record in the same unit of work.

Records are opened by the appliers of other events (an overdue case, a deemed approval,
a substantiated complaint) through :func:`add_record`, by the sweep for late referrals,
joint steps, call-backs and 督办 (``accountability.opened``), and by a supervisor.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain import accountability as rules
from clerk_app.domain.accountability import Cause, Point
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.text_limits import check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import (
    AccountabilityPoint,
    AccountabilityRecord,
    Department,
    Staff,
)

OPEN, CLOSED = "open", "closed"
CLOSERS = (Role.SUPERVISOR, Role.LEADER)
_NAMESPACE = uuid.UUID("6f1d8d3e-2a8c-4a57-9d4b-2a3c5b1d0e14")


def source_record_id(cause: Cause | str, source_id: str) -> str:
    """The one record id for a cause and its source: two sweeps make the same record."""
    return str(uuid.uuid5(_NAMESPACE, f"{cause}:{source_id}"))


def add_record(
    s: Session,
    *,
    record_id: str,
    cause: str,
    opened_at: datetime,
    note: str,
    department_id: str | None,
    direct_staff_id: str | None,
    case_id: str | None = None,
    complaint_id: str | None = None,
    source_id: str | None = None,
) -> AccountabilityRecord | None:
    """Open a record naming the department's leaders; None if it exists already."""
    if s.get(AccountabilityRecord, record_id) is not None:
        return None
    head = deputy = None
    if department_id is not None:
        dept = s.get(Department, department_id)
        if dept is not None:
            head = _existing_staff(s, dept.head_staff_id)
            deputy = _existing_staff(s, dept.deputy_staff_id)
    record = AccountabilityRecord(
        id=record_id,
        cause=cause,
        case_id=case_id,
        complaint_id=complaint_id,
        department_id=department_id,
        main_staff_id=head,
        supervising_staff_id=deputy,
        direct_staff_id=direct_staff_id,
        opened_at=opened_at,
        status=OPEN,
        note=note,
        source_id=source_id,
        outcome="",
    )
    s.add(record)
    return record


def _existing_staff(s: Session, staff_id: str | None) -> str | None:
    return staff_id if staff_id is not None and s.get(Staff, staff_id) is not None else None


# --- opening by hand ------------------------------------------------------------------------


def open_record(
    ctx: ServiceContext,
    actor: Actor,
    *,
    department_id: str,
    facts: str,
    direct_staff_id: str | None = None,
    case_id: str | None = None,
    cause: Cause = Cause.MANUAL,
    source_id: str | None = None,
) -> str:
    """A supervisor opens a record (a finding of an inspection, a matter seen elsewhere)."""
    require_role(actor, Role.SUPERVISOR, action="立案追究责任")
    facts = check_text("accountability_facts", facts)
    if not facts:
        raise InvalidInput("请填写问题事实", field="accountability_facts")
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        if s.get(Department, department_id) is None:
            raise NotFound("找不到被追究的部门")
        if direct_staff_id is not None and s.get(Staff, direct_staff_id) is None:
            raise NotFound("找不到直接责任人")
        record_id = source_record_id(cause, source_id) if source_id else new_id()
        if s.get(AccountabilityRecord, record_id) is not None:
            raise IllegalTransition("该问题已立案追究", state=OPEN, action="open")
        uow.emit(
            "accountability.opened",
            dict(
                id=record_id,
                cause=cause,
                case_id=case_id,
                department_id=department_id,
                direct_staff_id=direct_staff_id,
                source_id=source_id,
                note=facts,
                at=uow.now,
            ),
        )
    return record_id


@applier("accountability.opened")
def _opened(s: Session, e: EventData) -> None:
    try:
        cause = Cause(e.text("cause"))
    except ValueError:
        raise InvalidInput("未知的追究事由") from None
    add_record(
        s,
        record_id=e.text("id"),
        cause=cause.value,
        opened_at=e.moment("at"),
        note=e.text("note"),
        department_id=e.optional_text("department_id"),
        direct_staff_id=e.optional_text("direct_staff_id"),
        case_id=e.optional_text("case_id"),
        source_id=e.optional_text("source_id"),
    )


# --- the four points ---------------------------------------------------------------------


@dataclass(frozen=True)
class PointView:
    point: Point
    closed: bool
    outcome: str  # an Outcome code on the responsibility point, else ""
    note: str
    attachment: str
    closed_by: str  # the name of who closed it
    closed_at: datetime | None


@dataclass(frozen=True)
class RecordDetail:
    id: str
    cause: str
    status: str
    department_id: str | None
    main_staff_id: str | None
    supervising_staff_id: str | None
    direct_staff_id: str | None
    opened_at: datetime
    closed_at: datetime | None
    outcome: str
    note: str
    points: tuple[PointView, ...]

    @property
    def missing(self) -> list[Point]:
        return rules.missing_points(p.point.value for p in self.points if p.closed)


def close_point(
    ctx: ServiceContext,
    actor: Actor,
    record_id: str,
    *,
    point: Point | str,
    note: str,
    outcome: str = "",
    attachment: str = "",
) -> RecordDetail:
    """Close one point; closing the last one closes the record (same transaction)."""
    require_role(actor, *CLOSERS, action="办理责任追究")
    which = rules.parse_point(str(point))
    note = check_text("accountability_note", note)
    attachment = check_text("accountability_attachment", attachment)
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        record = _record(s, record_id)
        _check_may_close(s, record, actor.role, actor.staff_id)
        closed = _closed_points(s, record_id)
        rules.check_point(which, outcome, note, closed)
        uow.emit(
            "accountability.point_closed",
            dict(
                record_id=record_id,
                point=which,
                outcome=outcome,
                note=note,
                attachment=attachment,
                staff_id=actor.staff_id,
                at=uow.now,
            ),
        )
        if not rules.missing_points([*closed, which.value]):
            uow.emit("accountability.closed", dict(record_id=record_id, at=uow.now))
        return _detail(s, record_id)


def _check_may_close(
    s: Session, record: AccountabilityRecord, role: Role | str, staff_id: str | None
) -> None:
    if record.status != OPEN:
        raise IllegalTransition("该责任追究记录已经办结", state=record.status, action="close")
    if role == Role.LEADER:
        staff = s.get(Staff, staff_id) if staff_id is not None else None
        if staff is None or staff.department_id != record.department_id:
            raise PermissionDenied("部门负责人只能办理本部门的责任追究记录")
    if staff_id is not None and staff_id == record.direct_staff_id:
        raise PermissionDenied("不能办理追究本人责任的记录，请由其他人员办理")


@applier("accountability.point_closed")
def _point_closed(s: Session, e: EventData) -> None:
    record = _record(s, e.text("record_id"))
    staff = s.get(Staff, e.actor_id) if e.actor_id is not None else None
    _check_may_close(s, record, staff.role if staff else Role.SYSTEM, e.actor_id)
    which = rules.parse_point(e.text("point"))
    rules.check_point(which, e.text("outcome"), e.text("note"), _closed_points(s, record.id))
    s.add(
        AccountabilityPoint(
            record_id=record.id,
            point=which.value,
            outcome=e.text("outcome"),
            note=e.text("note"),
            attachment=e.text("attachment"),
            closed_by=e.optional_text("staff_id"),
            closed_at=e.moment("at"),
        )
    )
    if which is Point.RESPONSIBILITY:
        record.outcome = e.text("outcome")


@applier("accountability.closed")
def _closed(s: Session, e: EventData) -> None:
    record = _record(s, e.text("record_id"))
    if record.status != OPEN:
        raise IllegalTransition("该责任追究记录已经办结", state=record.status, action="close")
    s.flush()
    missing = rules.missing_points(_closed_points(s, record.id))
    if missing:
        names = "、".join(p.label for p in missing)
        raise IllegalTransition(f"尚有要点未办结：{names}", state=OPEN, action="close")
    record.status = CLOSED
    record.closed_at = e.moment("at")


# --- reads -------------------------------------------------------------------------------


def record_detail(ctx: ServiceContext, record_id: str) -> RecordDetail:
    with ctx.db.read_sessions() as s:
        return _detail(s, record_id)


def _detail(s: Session, record_id: str) -> RecordDetail:
    record = _record(s, record_id)
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    rows = {
        p.point: p
        for p in s.scalars(
            select(AccountabilityPoint).where(AccountabilityPoint.record_id == record_id)
        )
    }
    points = []
    for point in Point:
        row = rows.get(point.value)
        points.append(
            PointView(
                point=point,
                closed=row is not None,
                outcome=row.outcome if row else "",
                note=row.note if row else "",
                attachment=row.attachment if row else "",
                closed_by=names.get(row.closed_by or "", "") if row else "",
                closed_at=row.closed_at if row else None,
            )
        )
    return RecordDetail(
        id=record.id,
        cause=record.cause,
        status=record.status,
        department_id=record.department_id,
        main_staff_id=record.main_staff_id,
        supervising_staff_id=record.supervising_staff_id,
        direct_staff_id=record.direct_staff_id,
        opened_at=record.opened_at,
        closed_at=record.closed_at,
        outcome=record.outcome,
        note=record.note,
        points=tuple(points),
    )


def _record(s: Session, record_id: str) -> AccountabilityRecord:
    record = s.get(AccountabilityRecord, record_id)
    if record is None:
        raise NotFound("找不到该责任追究记录")
    return record


def _closed_points(s: Session, record_id: str) -> list[str]:
    return list(
        s.scalars(
            select(AccountabilityPoint.point).where(AccountabilityPoint.record_id == record_id)
        )
    )

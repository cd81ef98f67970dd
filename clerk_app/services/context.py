"""The service context and the unit of work every use case runs in.

``with ctx.unit_of_work(actor) as uow:`` opens one transaction. Everything the use case
emits is applied and journaled inside it; an exception rolls back state and events alike.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from clerk_app.domain.audit import GENESIS, link_hash
from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.clock import SHANGHAI, local_date, now_local
from clerk_app.services.errors import DuplicateRequest, PermissionDenied
from clerk_app.services.events import EventData, apply_event, encode_payload
from clerk_app.services.shared_queue import SharedQueue
from clerk_app.store.db import Database
from clerk_app.store.models import CalendarEntry, ChainHead, Counter, Event


class Role(StrEnum):
    GUIDE = "guide"
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    SYSTEM = "system"


ROLE_LABELS = {
    Role.GUIDE: "导服人员",
    Role.CLERK: "窗口首席代表",
    Role.SUPERVISOR: "效能监督员",
    Role.ADMIN: "系统管理员",
    Role.SYSTEM: "系统",
}


@dataclass(frozen=True)
class Actor:
    """Who acts, from which window and workstation."""

    staff_id: str | None
    role: Role
    name: str = ""
    department_id: str | None = None
    window_id: str | None = None

    @classmethod
    def system(cls) -> Actor:
        return cls(staff_id=None, role=Role.SYSTEM, name="系统")


def require_role(actor: Actor, *roles: Role, action: str) -> None:
    if actor.role not in roles:
        allowed = "、".join(ROLE_LABELS[r] for r in roles)
        raise PermissionDenied(f"{ROLE_LABELS[actor.role]}无权{action}（需要：{allowed}）")


@dataclass
class ServiceContext:
    """What every use case needs: the database, the workstation, the clock."""

    db: Database
    workstation: str
    clock: Callable[[], datetime] = now_local
    password_cost: int = 2**14
    archive_dir: Path | None = None  # printed documents kept as PDF (None: not archived)
    shared_queue: SharedQueue | None = None  # the central queue, when there is a central DB
    fetch_missing: Callable[[], None] | None = None  # pull from the central now (sync)
    # (entries, calendar) as one value: worker threads replace it whole, never half of it
    _calendar: tuple[tuple[Any, ...], WorkCalendar] | None = field(
        default=None, init=False, repr=False
    )

    def now(self) -> datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must give aware datetimes")
        return moment.astimezone(SHANGHAI)

    def today(self) -> date:
        return local_date(self.now())

    @contextmanager
    def unit_of_work(self, actor: Actor, *, request_id: str | None = None) -> Iterator[UnitOfWork]:
        with self.db.sessions() as session, session.begin():
            uow = UnitOfWork(self, session, actor, request_id)
            if request_id is not None:
                uow.check_not_done(request_id)
            yield uow

    def calendar_from(self, session: Session) -> WorkCalendar:
        """The center calendar: official arrangement plus local entries, which win."""
        rows = session.execute(select(CalendarEntry.day, CalendarEntry.is_workday)).all()
        key = tuple(sorted((d, w) for d, w in rows))
        cached = self._calendar
        if cached is not None and cached[0] == key:
            return cached[1]
        calendar = WorkCalendar({d: w for d, w in key})
        self._calendar = (key, calendar)
        return calendar


class UnitOfWork:
    def __init__(
        self, ctx: ServiceContext, session: Session, actor: Actor, request_id: str | None
    ) -> None:
        self.ctx = ctx
        self.session = session
        self.actor = actor
        self.request_id = request_id
        self.now = ctx.now()
        self.today = local_date(self.now)
        self.events: list[EventData] = []
        self._calendar: WorkCalendar | None = None

    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            self._calendar = self.ctx.calendar_from(self.session)
        return self._calendar

    def check_not_done(self, request_id: str) -> None:
        done = self.session.scalar(select(Event.id).where(Event.request_id == request_id).limit(1))
        if done is not None:
            raise DuplicateRequest("该操作已经办理过，请勿重复提交")

    def emit(self, event_type: str, payload: Mapping[str, Any]) -> EventData:
        """Apply one event to the state and append it to this workstation's chain."""
        encoded = encode_payload(payload)
        head = locked_get(self.session, ChainHead, self.ctx.workstation)
        seq = 1 if head is None else head.seq + 1
        prev_hash = GENESIS if head is None else head.hash
        event = EventData(
            id=str(uuid.uuid4()),
            type=event_type,
            workstation=self.ctx.workstation,
            seq=seq,
            actor_id=self.actor.staff_id,
            window_id=self.actor.window_id,
            occurred_at=self.now,
            payload=json.loads(encoded),
        )
        apply_event(self.session, event)
        record_event(self.session, event, encoded, prev_hash, self.request_id, recorded_at=self.now)
        self.events.append(event)
        return event


def record_event(
    session: Session,
    event: EventData,
    encoded: str,
    prev_hash: str,
    request_id: str | None,
    *,
    recorded_at: datetime,
    expected_hash: str | None = None,
    central_seq: int | None = None,
) -> Event:
    """Append an event to the journal and move its workstation's chain head."""
    row = journal_row(
        event,
        encoded,
        prev_hash,
        request_id,
        position=next_counter(session, "journal"),
        recorded_at=recorded_at,
        expected_hash=expected_hash,
        central_seq=central_seq,
    )
    session.add(row)
    head = session.get(ChainHead, event.workstation)
    if head is None:
        session.add(ChainHead(workstation=event.workstation, seq=event.seq, hash=row.hash))
    elif event.seq > head.seq:
        head.seq, head.hash = event.seq, row.hash
    session.flush()
    return row


def journal_row(
    event: EventData,
    encoded: str,
    prev_hash: str,
    request_id: str | None,
    *,
    position: int,
    recorded_at: datetime,
    expected_hash: str | None = None,
    central_seq: int | None = None,
) -> Event:
    """The journal row of an event, hash-linked to ``prev_hash`` (not yet added).

    ``record_event`` adds one at a time; sync adds a checked batch at once.
    """
    occurred = event.occurred_at.astimezone(SHANGHAI).isoformat()
    digest = link_hash(
        id=event.id,
        workstation=event.workstation,
        seq=event.seq,
        type=event.type,
        actor_id=event.actor_id,
        window_id=event.window_id,
        occurred_at=occurred,
        request_id=request_id,
        payload=encoded,
        prev_hash=prev_hash,
    )
    if expected_hash is not None and digest != expected_hash:
        raise ValueError(f"event {event.id} does not match its hash")
    return Event(
        id=event.id,
        position=position,
        workstation=event.workstation,
        seq=event.seq,
        type=event.type,
        actor_id=event.actor_id,
        window_id=event.window_id,
        occurred_at=occurred,
        request_id=request_id,
        payload=encoded,
        prev_hash=prev_hash,
        hash=digest,
        recorded_at=recorded_at,
        central_seq=central_seq,
    )


_T = TypeVar("_T")


@event.listens_for(Session, "after_transaction_end")
def _forget_locks(session: Session, transaction: SessionTransaction) -> None:
    # Only the end of the whole transaction forgets the locks: a flush's inner
    # subtransaction and a released savepoint keep them (and their objects) in the
    # outer one. Any rollback forgets them too (see below).
    if transaction.parent is None:
        session.info.pop("locked_rows", None)


@event.listens_for(Session, "after_soft_rollback")
def _forget_locks_on_rollback(session: Session, _previous: SessionTransaction) -> None:
    session.info.pop("locked_rows", None)  # rolling back a savepoint releases its locks


def locked_get(session: Session, model: type[_T], key: str) -> _T | None:
    """``SELECT … FOR UPDATE`` once per transaction; later calls use the identity map.

    The locked rows are kept referenced here: the identity map holds clean objects only
    weakly, so without it every later call would read the row again.
    """
    locked: dict[tuple[type[Any], str], Any] = session.info.setdefault("locked_rows", {})
    if (model, key) in locked:
        return session.get(model, key)
    row = session.get(model, key, with_for_update=True)
    if row is not None:
        locked[(model, key)] = row
    return row


def next_counter(session: Session, key: str, at_least: int = 0) -> int:
    """Next value of a local number series (journal positions, case numbers, tickets)."""
    row = locked_get(session, Counter, key)
    if row is None:
        row = Counter(key=key, value=0)
        session.add(row)
    row.value = max(row.value + 1, at_least)
    session.flush()
    return row.value


def bump_counter(session: Session, key: str, value: int) -> None:
    """Make sure a series never hands out ``value`` again (used by appliers)."""
    row = locked_get(session, Counter, key)
    if row is None:
        session.add(Counter(key=key, value=value))
    elif row.value < value:
        row.value = value


def new_id() -> str:
    return str(uuid.uuid4())

"""The service context (database, workstation, clock) and who acts (roles, actors).

The unit of work lives in :mod:`clerk_app.services.unit_of_work`, the journal in
:mod:`clerk_app.services.journal`, row locks and number series in
:mod:`clerk_app.services.rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.clock import SHANGHAI, local_date, now_local
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.shared_queue import SharedQueue
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.db import Database
from clerk_app.store.models import CalendarEntry


class Role(StrEnum):
    GUIDE = "guide"
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    #: 部门负责人 / 分管负责人: the head or deputy in charge of a department (Art. 42).
    LEADER = "leader"
    ADMIN = "admin"
    SYSTEM = "system"


#: Role names for the messages of :class:`PermissionDenied` only; the screens name roles
#: through ``clerk_app.ui.common.labels`` (a test keeps the two the same).
ROLE_NAMES = {
    Role.GUIDE: "导服人员",
    Role.CLERK: "窗口首席代表",
    Role.SUPERVISOR: "效能监督员",
    Role.LEADER: "部门负责人",
    Role.ADMIN: "系统管理员",
    Role.SYSTEM: "系统",
}


#: Set only while :func:`_mint_actor` builds an actor: outside it ``Actor(...)`` (and
#: ``dataclasses.replace`` on one) raises, so a caller cannot make up who acts.
_minting: ContextVar[bool] = ContextVar("clerk_actor_minting", default=False)


@dataclass(frozen=True)
class Actor:
    """Who acts, from which window and workstation.

    Built only by the sign-on service (:mod:`clerk_app.services.auth`: a badge's actor, or
    the actor of a staff record as the database knows it) and :meth:`system`; tests get
    theirs through ``tests/helpers/actors.py``.
    """

    staff_id: str | None
    role: Role
    name: str = ""
    department_id: str | None = None
    window_id: str | None = None

    def __post_init__(self) -> None:
        if not _minting.get():
            raise PermissionDenied("操作人身份只能由登录服务确认")

    @classmethod
    def system(cls) -> Actor:
        return _mint_actor(staff_id=None, role=Role.SYSTEM, name="系统")

    @classmethod
    def device(cls, name: str) -> Actor:
        """A hall device acting for itself (the ticket kiosk): the system, under its name."""
        return _mint_actor(staff_id=None, role=Role.SYSTEM, name=name)


def _mint_actor(
    *,
    staff_id: str | None,
    role: Role,
    name: str = "",
    department_id: str | None = None,
    window_id: str | None = None,
) -> Actor:
    """The one way to build an :class:`Actor`; private to the sign-on service."""
    token = _minting.set(True)
    try:
        return Actor(
            staff_id=staff_id,
            role=role,
            name=name,
            department_id=department_id,
            window_id=window_id,
        )
    finally:
        _minting.reset(token)


def require_role(actor: Actor, *roles: Role, action: str) -> None:
    if actor.role not in roles:
        allowed = "、".join(ROLE_NAMES[r] for r in roles)
        raise PermissionDenied(f"{ROLE_NAMES[actor.role]}无权{action}（需要：{allowed}）")


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

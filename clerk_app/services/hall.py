"""Read models of the hall: the call display, the review pad, the ticket kiosk; and the
kiosk's one write (a normal ticket issued in the kiosk's name).

Each read is one short read session (one query batch): the display reads it every few
seconds from the local database or straight from the central one, on the I/O pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.tickets import TicketKind, TicketState
from clerk_app.services import tickets
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import NotFound
from clerk_app.services.tickets import TicketView
from clerk_app.store.models import (
    Case,
    Center,
    Department,
    Queue,
    Review,
    ServiceItem,
    Staff,
    Ticket,
    Window,
)

RECENT_CALLS = 12  # how many calls of the day the display reads (current + last)
RATE_WITHIN = timedelta(minutes=15)  # a finished service can be rated at the pad this long
KIOSK_NAME = "自助取号机"


# --- the call display --------------------------------------------------------------------


@dataclass(frozen=True)
class CallLine:
    ticket_id: str
    number: str
    window_code: str
    window_name: str
    zone: str
    called_at: datetime
    recalls: int
    state: TicketState

    @property
    def key(self) -> tuple[str, int]:
        """One call: a recall is a new key (announced again), a serving visitor is not."""
        return (self.ticket_id, self.recalls)


@dataclass(frozen=True)
class QueueLine:
    name: str
    prefix: str
    waiting: int


@dataclass(frozen=True)
class HallSnapshot:
    center_name: str
    notice: str
    opening_hours: str
    current: tuple[CallLine, ...]  # called or being served now, newest first
    recent: tuple[CallLine, ...]  # every call of the day the display shows, newest first
    queues: tuple[QueueLine, ...]
    taken_at: datetime


def display_snapshot(ctx: ServiceContext) -> HallSnapshot:
    """What the call display shows, read in one session (three statements)."""
    today, now = ctx.today(), ctx.now()
    with ctx.db.read_sessions() as s:
        center = s.scalar(select(Center).limit(1))
        rows = s.execute(
            select(Ticket, Window)
            .join(Window, Window.id == Ticket.window_id)
            .where(Ticket.service_day == today, Ticket.called_at.is_not(None))
            .order_by(Ticket.called_at.desc(), Ticket.number)
            .limit(RECENT_CALLS)
        ).all()
        waiting = s.execute(
            select(Queue.name, Queue.prefix, func.count(Ticket.id))
            .outerjoin(
                Ticket,
                (Ticket.queue_id == Queue.id)
                & (Ticket.service_day == today)
                & (Ticket.state == TicketState.WAITING.value),
            )
            .where(Queue.active.is_(True))
            .group_by(Queue.id, Queue.name, Queue.prefix, Queue.code)
            .order_by(Queue.code)
        ).all()
    calls = tuple(
        CallLine(
            ticket_id=t.id,
            number=t.number,
            window_code=w.code,
            window_name=w.name,
            zone=w.zone or "",
            called_at=t.called_at,
            recalls=t.recalls,
            state=TicketState(t.state),
        )
        for t, w in rows
        if t.called_at is not None
    )
    live = (TicketState.CALLED, TicketState.SERVING)
    return HallSnapshot(
        center_name=center.name if center is not None else "",
        notice=center.hall_notice if center is not None else "",
        opening_hours=center.opening_hours if center is not None else "",
        current=tuple(c for c in calls if c.state in live),
        recent=calls,
        queues=tuple(QueueLine(name, prefix, int(n)) for name, prefix, n in waiting),
        taken_at=now,
    )


# --- the review pad ----------------------------------------------------------------------


@dataclass(frozen=True)
class ClerkBadge:
    """挂牌上岗 as the applicant sees it: no photo is kept, the initials stand in."""

    name: str
    staff_no: str
    title: str
    department_name: str

    @property
    def initials(self) -> str:
        return self.name[:1] if self.name else "?"


@dataclass(frozen=True)
class PadTicket:
    ticket_id: str
    number: str
    finished_at: datetime | None


@dataclass(frozen=True)
class PadState:
    window_id: str
    window_code: str
    window_name: str
    clerk: ClerkBadge | None  # the clerk signed on at the window
    serving: PadTicket | None  # the visitor being served now
    to_rate: PadTicket | None  # the last service finished here, not yet rated


def find_window(ctx: ServiceContext, code: str) -> str:
    """The id of the window with this code (the pad's ``--window CODE``)."""
    with ctx.db.read_sessions() as s:
        window_id = s.scalar(select(Window.id).where(Window.code == code.strip()))
    if window_id is None:
        raise NotFound(f"找不到窗口 {code}")
    return window_id


def pad_state(ctx: ServiceContext, window_id: str) -> PadState:
    """The window's clerk, the visitor served now and the last service still to rate."""
    now = ctx.now()
    with ctx.db.read_sessions() as s:
        window = s.get(Window, window_id)
        if window is None:
            raise NotFound("找不到该窗口")
        clerk = _badge(s, window.staff_id) if window.staff_id else None
        serving = s.scalar(
            select(Ticket)
            .where(
                Ticket.window_id == window_id,
                Ticket.state == TicketState.SERVING.value,
            )
            .order_by(Ticket.started_at.desc())
            .limit(1)
        )
        done = s.scalar(
            select(Ticket)
            .outerjoin(Review, Review.ticket_id == Ticket.id)
            .where(
                Ticket.window_id == window_id,
                Ticket.state == TicketState.DONE.value,
                Ticket.finished_at >= now - RATE_WITHIN,
                Review.id.is_(None),
            )
            .order_by(Ticket.finished_at.desc())
            .limit(1)
        )
        return PadState(
            window_id=window.id,
            window_code=window.code,
            window_name=window.name,
            clerk=clerk,
            serving=_pad_ticket(serving),
            to_rate=_pad_ticket(done),
        )


def case_to_rate(ctx: ServiceContext, case_no: str) -> tuple[str, str]:
    """(case id, item name) of a case the applicant rates later by its number."""
    with ctx.db.read_sessions() as s:
        row = s.execute(
            select(Case.id, ServiceItem.name)
            .join(ServiceItem, ServiceItem.id == Case.item_id)
            .where(Case.case_no == case_no.strip().upper())
        ).first()
        if row is None:
            raise NotFound("没有找到这个办件编号，请核对受理通知书上的编号")
        return str(row[0]), str(row[1])


def _badge(s: Session, staff_id: str) -> ClerkBadge | None:
    staff = s.get(Staff, staff_id)
    if staff is None:
        return None
    dept = s.get(Department, staff.department_id) if staff.department_id else None
    return ClerkBadge(staff.name, staff.staff_no, staff.title, dept.name if dept else "")


def _pad_ticket(t: Ticket | None) -> PadTicket | None:
    return None if t is None else PadTicket(t.id, t.number, t.finished_at)


# --- the ticket kiosk --------------------------------------------------------------------


@dataclass(frozen=True)
class KioskItem:
    id: str
    name: str
    queue_id: str


@dataclass(frozen=True)
class KioskDepartment:
    id: str
    name: str
    items: tuple[KioskItem, ...]


def kiosk_menu(ctx: ServiceContext) -> list[KioskDepartment]:
    """Departments and their active items that have a queue (what a visitor can pick)."""
    with ctx.db.read_sessions() as s:
        rows = s.execute(
            select(
                Department.id,
                Department.name,
                ServiceItem.id,
                ServiceItem.name,
                ServiceItem.queue_id,
            )
            .join(ServiceItem, ServiceItem.department_id == Department.id)
            .join(Queue, Queue.id == ServiceItem.queue_id)
            .where(
                Department.active.is_(True),
                ServiceItem.active.is_(True),
                ServiceItem.status != "cancelled",
                Queue.active.is_(True),
            )
            .order_by(Department.code, ServiceItem.code)
        ).all()
    menu: dict[str, tuple[str, list[KioskItem]]] = {}
    for dept_id, dept_name, item_id, item_name, queue_id in rows:
        assert queue_id is not None  # joined on the queue
        menu.setdefault(dept_id, (dept_name, []))[1].append(KioskItem(item_id, item_name, queue_id))
    return [KioskDepartment(d, name, tuple(items)) for d, (name, items) in menu.items()]


def kiosk_actor() -> Actor:
    """Who issues a kiosk ticket: the machine itself, not a member of staff."""
    return Actor.device(KIOSK_NAME)


def issue_at_kiosk(
    ctx: ServiceContext, *, item_id: str, mobile: str = "", request_id: str | None = None
) -> TicketView:
    """取号 at the kiosk: always a normal ticket in the item's queue (priority and green
    channel tickets stay with the front desk)."""
    with ctx.db.read_sessions() as s:
        item = s.get(ServiceItem, item_id)
        if item is None or not item.active:
            raise NotFound("找不到该事项")
        if item.queue_id is None:
            raise InvalidInput("该事项没有排队队列，请到导服台咨询")
        queue_id = item.queue_id
    return tickets.issue_ticket(
        ctx,
        kiosk_actor(),
        queue_id=queue_id,
        kind=TicketKind.NORMAL,
        item_id=item_id,
        mobile=mobile,
        request_id=request_id,
    )

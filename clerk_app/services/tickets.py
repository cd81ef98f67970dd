"""The queue: issue ticket, call next, recall, no-show, transfer, pause and resume a window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.orm import Session

from clerk_app.domain import tickets as rules
from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.domain.text_limits import check_text
from clerk_app.domain.tickets import TicketKind, TicketSnapshot, TicketState, WindowSnapshot
from clerk_app.domain.validation import normalize_mobile
from clerk_app.services import ticket_numbers as numbers
from clerk_app.services.authority import check_window
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied, SharedQueueUnavailable
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import add_row, bump_counter, new_id, next_counter
from clerk_app.store.models import (
    Queue,
    ServiceItem,
    Ticket,
    TicketClaim,
    Window,
    WindowQueue,
)
from clerk_app.store.sealed import is_sealed

log = logging.getLogger("clerk.queue")

FRONT = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
COUNTER = (Role.CLERK, Role.SUPERVISOR)


@dataclass(frozen=True)
class TicketView:
    id: str
    number: str
    queue_id: str
    queue_name: str
    kind: TicketKind
    state: TicketState
    issued_at: datetime
    item_id: str | None
    item_name: str
    window_id: str | None
    recalls: int
    people_ahead: int
    estimated_wait_minutes: int
    called_at: datetime | None = None
    started_at: datetime | None = None  # the service began (the counter's service timer)


@dataclass(frozen=True)
class QueueStatus:
    queue_id: str
    queue_name: str
    waiting: int
    longest_wait_minutes: int
    own_offline: int = 0  # of those waiting, numbered here offline: callable without the link


def issue_ticket(
    ctx: ServiceContext,
    actor: Actor,
    *,
    queue_id: str,
    kind: TicketKind = TicketKind.NORMAL,
    reason: str = "",
    item_id: str | None = None,
    mobile: str = "",
    request_id: str | None = None,
) -> TicketView:
    """取号: the next number of the queue for today; green channel needs a reason.

    With a central database the number comes from the shared queue; while the centre
    cannot be used, the ticket joins this window's short offline series ("A01-03"), which
    only this workstation calls until the link returns.
    """
    require_role(actor, *FRONT, Role.SYSTEM, action="取号")
    if actor.role is Role.SYSTEM and kind is not TicketKind.NORMAL:
        raise PermissionDenied("自助取号机只发普通号；优先号和绿色通道号请到导服台办理")
    reason = check_text("ticket_reason", reason)
    mobile = normalize_mobile(mobile) if mobile.strip() else ""
    if kind is TicketKind.GREEN_CHANNEL and not reason:
        raise InvalidInput("绿色通道取号须填写重点项目名称或原因", field="ticket_reason")
    with ctx.db.read_sessions() as s:
        if kind is TicketKind.GREEN_CHANNEL:
            queue_id = _green_channel_queue(s, queue_id)
        queue_row = s.get(Queue, queue_id)
        if queue_row is None:
            raise NotFound("找不到该队列")
        prefix = queue_row.prefix
    seq: int | None = None
    offline = False
    if ctx.shared_queue is not None:
        seq = numbers.central_seq(ctx, queue_id, prefix)
        offline = seq is None
    with ctx.unit_of_work(actor, request_id=request_id) as uow:
        queue = uow.session.get(Queue, queue_id)
        assert queue is not None
        if offline:
            series = numbers.offline_series(uow.session, actor, queue)
            seq = next_counter(uow.session, numbers.offline_key(series, uow.today))
            number = numbers.offline_number(series, seq)
        else:
            if seq is None:
                seq = next_counter(uow.session, numbers.counter_key(queue_id, uow.today))
            number = f"{queue.prefix}{seq:03d}"
        ticket_id = new_id()
        uow.emit(
            "ticket.issued",
            dict(
                id=ticket_id,
                queue_id=queue_id,
                service_day=uow.today,
                seq=seq,
                number=number,
                kind=kind.value,
                kind_reason=reason,
                item_id=item_id,
                issued_at=uow.now,
                fallback_of=ctx.workstation if offline else None,
                **({"mobile": mobile} if mobile else {}),
            ),
        )
        return _view(uow.session, _ticket(uow.session, ticket_id))


def _replayed_mobile(raw: str | None) -> str:
    """A journaled mobile number, checked again (a forged one is refused, not stored); a
    sealed one (the centre's data key) is kept as it was sealed at the kiosk."""
    if raw and is_sealed(raw):
        return raw
    return normalize_mobile(raw) if raw else ""


@applier("ticket.issued", adds_rows_only=True)
def _issued(s: Session, e: EventData) -> None:
    p = e.payload
    fallback_of = e.optional_text("fallback_of")
    day = e.day("service_day")
    add_row(
        s,
        Ticket,
        dict(
            id=p["id"],
            queue_id=p["queue_id"],
            service_day=day,
            seq=p["seq"],
            number=p["number"],
            kind=p["kind"],
            kind_reason=p["kind_reason"],
            item_id=p["item_id"],
            state=TicketState.WAITING.value,
            issued_at=e.moment("issued_at"),
            fallback_of=fallback_of,
            mobile=_replayed_mobile(e.optional_text("mobile")),
            recalls=0,
            transfers=0,
        ),
    )
    if fallback_of is None:
        bump_counter(s, numbers.counter_key(p["queue_id"], day), p["seq"])
    else:  # an offline series: its mark is what comes before the last dash
        bump_counter(s, numbers.offline_key(p["number"].rsplit("-", 1)[0], day), p["seq"])


def call_next(ctx: ServiceContext, actor: Actor, *, window_id: str) -> TicketView | None:
    """叫号: green channel first, then priority, appointment, then issue time. None: nobody.

    With a central database the visitor is claimed there first (two windows never get the
    same one); while it does not answer, only this workstation's own line is called.
    """
    require_role(actor, *COUNTER, action="叫号")
    check_window(actor, window_id, action="叫号")
    if ctx.shared_queue is None:
        return _call_local(ctx, actor, window_id, only_fallback=False)
    with ctx.db.read_sessions() as s:
        window = _window(s, window_id)
        _check_can_call(s, window)
        queue_ids = [q.id for q in _queues_of(s, window)]
    try:
        claim = ctx.shared_queue.claim_next(window_id, queue_ids, ctx.today(), at=ctx.now())
    except SharedQueueUnavailable:
        log.warning("central queue unreachable: calling the local line of %s", ctx.workstation)
        return _call_local(ctx, actor, window_id, only_fallback=True)
    if claim is None:  # nobody waits centrally; tickets numbered here may not be there yet
        return _call_local(ctx, actor, window_id, only_fallback=True)
    return _call_claimed(ctx, actor, window_id, claim.ticket_id)


def _call_claimed(ctx: ServiceContext, actor: Actor, window_id: str, ticket_id: str) -> TicketView:
    assert ctx.shared_queue is not None
    with ctx.db.read_sessions() as s:
        known = s.get(Ticket, ticket_id) is not None
    if not known and ctx.fetch_missing is not None:
        ctx.fetch_missing()  # the ticket was issued elsewhere and not pulled yet
    try:
        with ctx.unit_of_work(actor) as uow:
            uow.emit(
                "ticket.called",
                dict(ticket_id=ticket_id, window_id=window_id, staff_id=actor.staff_id, at=uow.now),
            )
            return _view(uow.session, _ticket(uow.session, ticket_id))
    except Exception:
        try:
            ctx.shared_queue.release(ticket_id, window_id)
        except SharedQueueUnavailable:
            log.warning(
                "could not give back ticket %s; it stays claimed by %s", ticket_id, window_id
            )
        raise


def _check_can_call(s: Session, window: Window) -> None:
    if window.state == rules.WindowState.PAUSED.value:
        raise RuleViolation(f"窗口{window.code}已暂停（{window.pause_reason}），恢复后才能叫号")
    busy = s.scalar(
        select(Ticket.number)
        .where(
            Ticket.window_id == window.id,
            Ticket.state.in_([TicketState.CALLED.value, TicketState.SERVING.value]),
        )
        .limit(1)
    )
    if busy is not None:
        raise RuleViolation(f"请先结束{busy}号的服务（办结、过号或转移）再叫下一位")


def _call_local(
    ctx: ServiceContext, actor: Actor, window_id: str, *, only_fallback: bool
) -> TicketView | None:
    with ctx.unit_of_work(actor) as uow:
        window = _window(uow.session, window_id)
        _check_can_call(uow.session, window)
        rows = _waiting_for(uow.session, window, uow.today)
        if only_fallback:
            rows = [r for r in rows if r.fallback_of == ctx.workstation]
        snaps = [_snapshot(row) for row in rows]
        by_identity = {id(snap): row.id for snap, row in zip(snaps, rows, strict=True)}
        chosen = rules.pick_next(snaps)
        if chosen is None:
            return None
        ticket_id = by_identity[id(chosen)]
        uow.emit(
            "ticket.called",
            dict(ticket_id=ticket_id, window_id=window_id, staff_id=actor.staff_id, at=uow.now),
        )
        return _view(uow.session, _ticket(uow.session, ticket_id))


def release_stale_claims(ctx: ServiceContext, window_id: str) -> int:
    """At sign-on: give back visitors the central still holds for this window although the
    window never called them (it stopped between the claim and the call)."""
    if ctx.shared_queue is None:
        return 0
    released = 0
    for claim in ctx.shared_queue.open_claims(window_id, ctx.today()):
        with ctx.db.read_sessions() as s:
            ticket = s.get(Ticket, claim.ticket_id)
            called_here = ticket is not None and ticket.state != TicketState.WAITING.value
        if not called_here:
            ctx.shared_queue.release(claim.ticket_id, window_id)
            released += 1
    return released


@applier("ticket.called")
def _called(s: Session, e: EventData) -> None:
    ticket = _ticket(s, e.text("ticket_id"))
    window = _window(s, e.text("window_id"))
    snap = rules.call(_snapshot(ticket), _window_snapshot(window), at=e.moment("at"))
    _store(ticket, snap)
    ticket.window_id = window.id
    ticket.staff_id = e.optional_text("staff_id")


def _ticket_action(
    ctx: ServiceContext, actor: Actor, ticket_id: str, event_type: str, action: str, **extra: object
) -> TicketView:
    require_role(actor, *COUNTER, action=action)
    with ctx.unit_of_work(actor) as uow:
        ticket = _ticket(uow.session, ticket_id)
        if ticket.window_id is not None:  # called: only its window works it
            check_window(actor, ticket.window_id, action=action)
        if (
            ticket.window_id is not None
            and actor.window_id is not None
            and ticket.window_id != actor.window_id
            and event_type != "ticket.transferred"
        ):
            raise RuleViolation(f"{ticket.number}号不在本窗口办理")
        uow.emit(event_type, dict(ticket_id=ticket_id, at=uow.now, **extra))
        return _view(uow.session, ticket)


def recall(ctx: ServiceContext, actor: Actor, ticket_id: str) -> TicketView:
    """重呼: call the same number again, up to the recall limit."""
    return _ticket_action(ctx, actor, ticket_id, "ticket.recalled", "重呼")


@applier("ticket.recalled")
def _recalled(s: Session, e: EventData) -> None:
    ticket = _ticket(s, e.text("ticket_id"))
    window = _window(s, ticket.window_id or "")
    _store(ticket, rules.recall(_snapshot(ticket), _window_snapshot(window), at=e.moment("at")))


def start_serving(ctx: ServiceContext, actor: Actor, ticket_id: str) -> TicketView:
    """The called visitor has come to the counter."""
    return _ticket_action(ctx, actor, ticket_id, "ticket.serving", "开始办理")


@applier("ticket.serving")
def _serving(s: Session, e: EventData) -> None:
    ticket = _ticket(s, e.text("ticket_id"))
    _store(ticket, rules.start_serving(_snapshot(ticket), at=e.moment("at")))


def finish(ctx: ServiceContext, actor: Actor, ticket_id: str) -> TicketView:
    """The visit is over (whatever became of the application)."""
    return _ticket_action(ctx, actor, ticket_id, "ticket.finished", "结束服务")


@applier("ticket.finished")
def _finished(s: Session, e: EventData) -> None:
    ticket = _ticket(s, e.text("ticket_id"))
    _store(ticket, rules.finish(_snapshot(ticket), at=e.moment("at")))


def no_show(ctx: ServiceContext, actor: Actor, ticket_id: str) -> TicketView:
    """过号: the visitor did not come after being called."""
    return _ticket_action(ctx, actor, ticket_id, "ticket.no_show", "过号")


@applier("ticket.no_show")
def _no_show(s: Session, e: EventData) -> None:
    ticket = _ticket(s, e.text("ticket_id"))
    _store(ticket, rules.no_show(_snapshot(ticket), at=e.moment("at")))


def transfer(
    ctx: ServiceContext,
    actor: Actor,
    ticket_id: str,
    *,
    queue_id: str,
    window_id: str | None = None,
) -> TicketView:
    """转移: to another queue (or a given window), keeping the original issue time."""
    with ctx.db.read_sessions() as s:
        if s.get(Queue, queue_id) is None:
            raise NotFound("找不到要转入的队列")
        if window_id is not None and s.get(Window, window_id) is None:
            raise NotFound("找不到要转入的窗口")
    return _ticket_action(
        ctx, actor, ticket_id, "ticket.transferred", "转移", queue_id=queue_id, window_id=window_id
    )


@applier("ticket.transferred")
def _transferred(s: Session, e: EventData) -> None:
    ticket = _ticket(s, e.text("ticket_id"))
    old_queue = ticket.queue_id
    snap = rules.transfer(_snapshot(ticket), e.text("queue_id"))
    _store(ticket, snap)
    ticket.queue_id = e.text("queue_id")
    ticket.transferred_from = old_queue
    ticket.target_window_id = e.optional_text("window_id")
    ticket.window_id = None
    ticket.staff_id = None
    # Back in a line: on the central, the old window's claim must not hold the visitor.
    s.execute(delete(TicketClaim).where(TicketClaim.ticket_id == ticket.id))


# --- reads -------------------------------------------------------------------------------


def get_ticket(ctx: ServiceContext, ticket_id: str) -> TicketView:
    with ctx.db.read_sessions() as s:
        return _view(s, _ticket(s, ticket_id))


def current_ticket(ctx: ServiceContext, window_id: str) -> TicketView | None:
    """The visitor this window has called or is serving, if any."""
    with ctx.db.read_sessions() as s:
        row = s.scalar(
            select(Ticket)
            .where(
                Ticket.window_id == window_id,
                Ticket.state.in_([TicketState.CALLED.value, TicketState.SERVING.value]),
            )
            .order_by(Ticket.called_at.desc())
            .limit(1)
        )
        return None if row is None else _view(s, row)


def window_queues(ctx: ServiceContext, window_id: str) -> list[QueueStatus]:
    """Waiting count and longest wait of each queue this window calls from."""
    with ctx.db.read_sessions() as s:
        window = _window(s, window_id)
        today = ctx.today()
        now = ctx.now()
        out = []
        for queue in _queues_of(s, window):
            count, oldest, own = s.execute(
                select(
                    func.count(),
                    func.min(Ticket.issued_at),
                    func.count().filter(Ticket.fallback_of == ctx.workstation),
                ).where(
                    Ticket.queue_id == queue.id,
                    Ticket.service_day == today,
                    Ticket.state == TicketState.WAITING.value,
                )
            ).one()
            wait = 0 if oldest is None else int((now - oldest).total_seconds() // 60)
            out.append(QueueStatus(queue.id, queue.name, int(count), max(0, wait), int(own)))
        return out


def queue_offline(ctx: ServiceContext) -> bool:
    """True while this counter works offline: a centre is configured but cannot be used
    now, so only the tickets numbered here offline can be called (no I/O)."""
    return ctx.shared_queue is not None and not ctx.shared_queue.reachable()


@dataclass(frozen=True)
class QueueRef:
    id: str
    code: str
    name: str


def list_queues(ctx: ServiceContext) -> list[QueueRef]:
    """Every queue, for the front desk and transfers."""
    with ctx.db.read_sessions() as s:
        return [
            QueueRef(q.id, q.code, q.name) for q in s.scalars(select(Queue).order_by(Queue.code))
        ]


# --- helpers -----------------------------------------------------------------------------


def _ticket(s: Session, ticket_id: str) -> Ticket:
    ticket = s.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("找不到该号票")
    return ticket


def _window(s: Session, window_id: str) -> Window:
    window = s.get(Window, window_id)
    if window is None:
        raise NotFound("找不到该窗口")
    return window


def _queues_of(s: Session, window: Window) -> list[Queue]:
    return list(
        s.scalars(
            select(Queue)
            .join(WindowQueue, WindowQueue.queue_id == Queue.id)
            .where(WindowQueue.window_id == window.id)
            .order_by(WindowQueue.position)
        )
    )


def _green_channel_queue(s: Session, queue_id: str) -> str:
    """Where a green-channel ticket waits: the chosen queue when a green-channel window
    (重点项目绿色通道) calls from it, else the first queue of the first such window; the
    chosen queue where the centre has none."""
    rows = s.execute(
        select(WindowQueue.queue_id)
        .join(Window, Window.id == WindowQueue.window_id)
        .join(Queue, Queue.id == WindowQueue.queue_id)
        .where(
            or_(Window.is_green_channel.is_(True), Window.kind == "green"),
            Window.active.is_(True),
            Queue.active.is_(True),
        )
        .order_by(Window.code, WindowQueue.position)
    ).all()
    green = [r[0] for r in rows]
    if not green or queue_id in green:
        return queue_id
    return green[0]


def _waiting_for(s: Session, window: Window, day: date) -> list[Ticket]:
    queue_ids = [q.id for q in _queues_of(s, window)]
    return list(
        s.scalars(
            select(Ticket).where(
                Ticket.service_day == day,
                Ticket.state == TicketState.WAITING.value,
                or_(
                    and_(
                        Ticket.queue_id.in_(queue_ids),
                        or_(
                            Ticket.target_window_id.is_(None), Ticket.target_window_id == window.id
                        ),
                    ),
                    Ticket.target_window_id == window.id,
                ),
            )
        )
    )


def _snapshot(t: Ticket) -> TicketSnapshot:
    return TicketSnapshot(
        number=t.number,
        queue=t.queue_id,
        issued_at=t.issued_at,
        kind=TicketKind(t.kind),
        state=TicketState(t.state),
        recalls=t.recalls,
        transfers=t.transfers,
        window=t.window_id,
        called_at=t.called_at,
        started_at=t.started_at,
        ended_at=t.finished_at,
    )


def _store(t: Ticket, snap: TicketSnapshot) -> None:
    t.state = snap.state.value
    t.recalls = snap.recalls
    t.transfers = snap.transfers
    t.called_at = snap.called_at
    t.started_at = snap.started_at
    t.finished_at = snap.ended_at


def _window_snapshot(w: Window) -> WindowSnapshot:
    return WindowSnapshot(
        window=w.code, state=rules.WindowState(w.state), pause_reason=w.pause_reason
    )


def _people_ahead(s: Session, t: Ticket) -> int:
    """:func:`rules.people_ahead` without loading the day's queue: the database counts the
    waiting tickets of a higher rank or issued earlier; of those of the same rank issued at
    the same moment only the numbers are read, and the domain rule orders them."""
    rank = case({k.value: v for k, v in rules.CALL_PRIORITY.items()}, value=Ticket.kind)
    mine = rules.CALL_PRIORITY[TicketKind(t.kind)]
    waiting = select(Ticket).where(
        Ticket.queue_id == t.queue_id,
        Ticket.service_day == t.service_day,
        Ticket.state == TicketState.WAITING.value,
        Ticket.number != t.number,
    )
    earlier = or_(rank < mine, and_(rank == mine, Ticket.issued_at < t.issued_at))
    counted = s.scalar(select(func.count()).select_from(waiting.where(earlier).subquery()))
    ties = s.scalars(
        waiting.where(rank == mine, Ticket.issued_at == t.issued_at).with_only_columns(
            Ticket.number
        )
    )
    return (counted or 0) + rules.numbers_before(t.number, ties)


def _view(s: Session, t: Ticket) -> TicketView:
    queue = s.get(Queue, t.queue_id)
    assert queue is not None
    item = s.get(ServiceItem, t.item_id) if t.item_id else None
    ahead = _people_ahead(s, t) if t.state == TicketState.WAITING.value else 0
    return TicketView(
        id=t.id,
        number=t.number,
        queue_id=t.queue_id,
        queue_name=queue.name,
        kind=TicketKind(t.kind),
        state=TicketState(t.state),
        issued_at=t.issued_at,
        item_id=t.item_id,
        item_name=item.name if item else "",
        window_id=t.window_id,
        recalls=t.recalls,
        people_ahead=ahead,
        estimated_wait_minutes=ahead * queue.minutes_per_visitor,
        called_at=t.called_at,
        started_at=t.started_at,
    )

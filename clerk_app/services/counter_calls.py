"""The counter's own window: pausing and resuming it, and calls out of turn: the waiting
list, 叫这一位 and 无号接待 (local line only; with a central database the centre orders
the calls)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from clerk_app.domain import tickets as rules
from clerk_app.domain.errors import RuleViolation
from clerk_app.domain.text_limits import check_text
from clerk_app.domain.tickets import TicketKind
from clerk_app.services import ticket_numbers as numbers
from clerk_app.services.authority import check_window
from clerk_app.services.context import Actor, ServiceContext, require_role
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id, next_counter
from clerk_app.services.tickets import (
    COUNTER,
    TicketView,
    _check_can_call,
    _queues_of,
    _snapshot,
    _ticket,
    _view,
    _waiting_for,
    _window,
    _window_snapshot,
)
from clerk_app.store.models import Window


def waiting_list(ctx: ServiceContext, window_id: str) -> list[TicketView]:
    """Who waits for this window, in the order F1 would call them."""
    with ctx.db.read_sessions() as s:
        rows = _waiting_for(s, _window(s, window_id), ctx.today())
        rows.sort(key=lambda r: rules.call_order_key(_snapshot(r)))
        return [_view(s, r) for r in rows]


def call_ticket(ctx: ServiceContext, actor: Actor, *, window_id: str, ticket_id: str) -> TicketView:
    """叫这一位: a visitor chosen from the waiting list (someone who came back, a colleague's
    appointment). With a central database the centre orders the calls: F1 only."""
    require_role(actor, *COUNTER, action="叫号")
    if ctx.shared_queue is not None:
        raise RuleViolation("与中心联网时由中心排定叫号顺序，请按 F1 叫号")
    check_window(actor, window_id, action="叫号")
    with ctx.unit_of_work(actor) as uow:
        window = _window(uow.session, window_id)
        _check_can_call(uow.session, window)
        if ticket_id not in {r.id for r in _waiting_for(uow.session, window, uow.today)}:
            raise RuleViolation("该号已不在本窗口的等候名单中（可能已被叫走），请刷新")
        uow.emit(
            "ticket.called",
            dict(ticket_id=ticket_id, window_id=window_id, staff_id=actor.staff_id, at=uow.now),
        )
        return _view(uow.session, _ticket(uow.session, ticket_id))


def serve_walk_in(ctx: ServiceContext, actor: Actor, *, window_id: str) -> TicketView:
    """无号接待: a visitor at the counter without a ticket is given one of the window's
    first queue, called and served at once, so the visit is counted like any other. With
    a central database the centre orders the calls: the visitor takes a ticket instead."""
    require_role(actor, *COUNTER, action="无号接待")
    if ctx.shared_queue is not None:
        raise RuleViolation("与中心联网时请为来访人取号（导服台或自助取号），再按 F1 叫号")
    check_window(actor, window_id, action="无号接待")
    with ctx.unit_of_work(actor) as uow:  # issued, called and served: all or nothing
        s = uow.session
        window = _window(s, window_id)
        _check_can_call(s, window)
        queues = _queues_of(s, window)
        if not queues:
            raise RuleViolation(f"窗口{window.code}没有可叫号的队列")
        queue = queues[0]
        seq = next_counter(s, numbers.counter_key(queue.id, uow.today))
        ticket_id = new_id()
        uow.emit(
            "ticket.issued",
            dict(
                id=ticket_id,
                queue_id=queue.id,
                service_day=uow.today,
                seq=seq,
                number=f"{queue.prefix}{seq:03d}",
                kind=TicketKind.NORMAL.value,
                kind_reason="",
                item_id=None,
                issued_at=uow.now,
                fallback_of=None,
            ),
        )
        uow.emit(
            "ticket.called",
            dict(ticket_id=ticket_id, window_id=window_id, staff_id=actor.staff_id, at=uow.now),
        )
        uow.emit("ticket.serving", dict(ticket_id=ticket_id, at=uow.now))
        return _view(s, _ticket(s, ticket_id))


def pause_window(ctx: ServiceContext, actor: Actor, window_id: str, reason: str) -> None:
    """暂停: the window stops calling; a reason is required."""
    require_role(actor, *COUNTER, action="暂停窗口")
    check_window(actor, window_id, action="暂停窗口")
    reason = check_text("pause_reason", reason)
    with ctx.unit_of_work(actor) as uow:
        window = _window(uow.session, window_id)
        rules.pause_window(_window_snapshot(window), reason, at=uow.now)
        uow.emit("window.paused", dict(window_id=window_id, reason=reason, at=uow.now))


@applier("window.paused")
def _paused(s: Session, e: EventData) -> None:
    window = _window(s, e.text("window_id"))
    snap = rules.pause_window(_window_snapshot(window), e.text("reason"), at=e.moment("at"))
    window.state, window.pause_reason = snap.state.value, snap.pause_reason


def resume_window(ctx: ServiceContext, actor: Actor, window_id: str) -> None:
    require_role(actor, *COUNTER, action="恢复窗口")
    check_window(actor, window_id, action="恢复窗口")
    with ctx.unit_of_work(actor) as uow:
        window = _window(uow.session, window_id)
        rules.resume_window(_window_snapshot(window))
        uow.emit("window.resumed", dict(window_id=window_id))


@applier("window.resumed")
def _resumed(s: Session, e: EventData) -> None:
    window = _window(s, e.text("window_id"))
    snap = rules.resume_window(_window_snapshot(window))
    window.state, window.pause_reason = snap.state.value, ""


def window_pause(ctx: ServiceContext, window_id: str) -> str | None:
    """The pause reason if the window is paused, else None."""
    with ctx.db.read_sessions() as s:
        w = s.get(Window, window_id)
        if w is None or w.state != "paused":
            return None
        return w.pause_reason

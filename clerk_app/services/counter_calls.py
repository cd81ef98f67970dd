"""Calls out of turn at the counter: the waiting list, 叫这一位 and 无号接待 (local line only;
with a central database the centre orders the calls)."""

from __future__ import annotations

from clerk_app.domain import tickets as rules
from clerk_app.domain.errors import RuleViolation
from clerk_app.services.context import Actor, ServiceContext, require_role
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
    issue_ticket,
    start_serving,
)


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
    with ctx.db.read_sessions() as s:
        window = _window(s, window_id)
        _check_can_call(s, window)
        queues = _queues_of(s, window)
        if not queues:
            raise RuleViolation(f"窗口{window.code}没有可叫号的队列")
        queue_id = queues[0].id
    ticket = issue_ticket(ctx, actor, queue_id=queue_id, reason="")
    called = call_ticket(ctx, actor, window_id=window_id, ticket_id=ticket.id)
    return start_serving(ctx, actor, called.id)

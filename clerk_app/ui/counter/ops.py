"""The counter's user actions, one function each (Anki's ``aqt.operations`` are the model).

Each returns an operation: what runs in the background (a queue change on the single
writer, a read on the I/O pool); the panel adds what it shows on success, and a failure
shows the clerk the Chinese message of the error unless the panel says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from clerk_app.services import counter_calls, tickets
from clerk_app.services.tickets import QueueRef, QueueStatus, TicketView
from clerk_app.ui.ports import WindowChoice
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import QueryOp, WriteOp


@dataclass(frozen=True)
class WindowNow:
    """What the counter shows: the window's queues, the ticket in hand, the pause, and
    whether the counter works offline (only its own offline series can be called)."""

    queues: list[QueueStatus]
    current: TicketView | None
    paused_reason: str | None
    offline: bool = False
    waiting: tuple[WaitingRow, ...] = ()


@dataclass(frozen=True)
class WaitingRow:
    """One visitor on the waiting list, with the minutes waited when it was read."""

    ticket: TicketView
    waited_minutes: int


@dataclass(frozen=True)
class Called:
    """The outcome of F1: the ticket called (None: nobody this counter may call) and
    whether the counter was offline when it called."""

    ticket: TicketView | None
    offline: bool


def load_window(session: SignedOn, window_id: str) -> QueryOp[WindowNow]:
    ctx, directory = session.ctx, session.app.directory

    def load() -> WindowNow:
        now = ctx.now()
        waiting = tuple(
            WaitingRow(t, max(0, int((now - t.issued_at).total_seconds() // 60)))
            for t in counter_calls.waiting_list(ctx, window_id)
        )
        return WindowNow(
            tickets.window_queues(ctx, window_id),
            tickets.current_ticket(ctx, window_id),
            directory.window_pause(window_id),
            tickets.queue_offline(ctx),
            waiting,
        )

    return QueryOp(session.tasks, load)


def call_next(session: SignedOn, window_id: str) -> WriteOp[Called]:
    """F1 叫号: the next ticket by priority (None: nobody waits)."""
    ctx, actor = session.ctx, session.actor

    def call() -> Called:
        ticket = tickets.call_next(ctx, actor, window_id=window_id)
        return Called(ticket, tickets.queue_offline(ctx))

    return WriteOp(session.tasks, call)


def call_ticket(session: SignedOn, window_id: str, ticket_id: str) -> WriteOp[TicketView]:
    """叫这一位: the visitor chosen on the waiting list."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: counter_calls.call_ticket(ctx, actor, window_id=window_id, ticket_id=ticket_id),
    )


def serve_walk_in(session: SignedOn, window_id: str) -> WriteOp[TicketView]:
    """无号接待: numbered, called and served at once (counted like any visit)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks, lambda: counter_calls.serve_walk_in(ctx, actor, window_id=window_id)
    )


def recall(session: SignedOn, ticket_id: str) -> WriteOp[TicketView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: tickets.recall(ctx, actor, ticket_id))


def no_show(session: SignedOn, ticket_id: str) -> WriteOp[TicketView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: tickets.no_show(ctx, actor, ticket_id))


def start_serving(session: SignedOn, ticket_id: str) -> WriteOp[TicketView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: tickets.start_serving(ctx, actor, ticket_id))


def finish(session: SignedOn, ticket_id: str) -> WriteOp[TicketView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: tickets.finish(ctx, actor, ticket_id))


def transfer(
    session: SignedOn, ticket_id: str, *, queue_id: str, window_id: str | None
) -> WriteOp[TicketView]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: tickets.transfer(ctx, actor, ticket_id, queue_id=queue_id, window_id=window_id),
    )


def pause_window(session: SignedOn, window_id: str, reason: str) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: counter_calls.pause_window(ctx, actor, window_id, reason))


def resume_window(session: SignedOn, window_id: str) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: counter_calls.resume_window(ctx, actor, window_id))


def transfer_targets(
    session: SignedOn,
) -> QueryOp[tuple[list[QueueRef], list[WindowChoice]]]:
    """The queues and windows a ticket can be transferred to (the transfer dialog)."""
    ctx, directory = session.ctx, session.app.directory
    return QueryOp(session.tasks, lambda: (tickets.list_queues(ctx), directory.windows()))

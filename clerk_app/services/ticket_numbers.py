"""Ticket numbers: the shared series (a prefix and three digits, "A007"), decided by the
centre when there is one, and a window's short offline series ("A01-03") while the centre
cannot be used. Local number series live in the ``counter`` table under these keys."""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import SharedQueueUnavailable
from clerk_app.store.models import Counter, Queue, Ticket, Window

log = logging.getLogger("clerk.queue")


def counter_key(queue_id: str, day: date) -> str:
    return f"ticket:{queue_id}:{day.isoformat()}"


def offline_key(series: str, day: date) -> str:
    return f"ticket-offline:{day.isoformat()}:{series}"


OFFLINE_SERIES_MAX = 6  # characters of the series mark: the number fits one ticket line


def offline_number(series: str, seq: int) -> str:
    """A number of the short series a window uses while the centre cannot be used: the
    window's code and a number ("A01-07"); never the workstation's code. Unlike the shared
    series (a prefix and three digits) it has a dash, so the two never meet."""
    return f"{series[:OFFLINE_SERIES_MAX]}-{seq:02d}"


def offline_series(s: Session, actor: Actor, queue: Queue) -> str:
    """The issuing window's code; at a desk without a window, the queue's prefix."""
    if actor.window_id is not None:
        window = s.get(Window, actor.window_id)
        if window is not None:
            return window.code[:OFFLINE_SERIES_MAX]
    return queue.prefix


def number_taken(s: Session, queue_id: str, day: date, number: str) -> bool:
    return (
        s.scalar(
            select(Ticket.id).where(
                Ticket.queue_id == queue_id, Ticket.service_day == day, Ticket.number == number
            )
        )
        is not None
    )


def central_seq(ctx: ServiceContext, queue_id: str, prefix: str) -> int | None:
    """A number of the shared series, or None if the centre cannot be used now.

    The centre continues above every number it knows and above the highest this
    workstation knows (tickets numbered here before the centre was switched on, pulled
    ones); should a number still be on a ticket here, it asks again above it — a clerk
    never sees a clash, and no number is wasted on one."""
    assert ctx.shared_queue is not None
    day = ctx.today()
    with ctx.db.sessions() as s:
        floor = s.scalar(select(Counter.value).where(Counter.key == counter_key(queue_id, day)))
    floor = int(floor or 0)
    for _ in range(3):
        try:
            seq = ctx.shared_queue.issue_number(queue_id, day, at_least=floor)
        except SharedQueueUnavailable as exc:
            log.warning("central queue not usable, numbering offline: %s", exc)
            return None
        with ctx.db.sessions() as s:
            if not number_taken(s, queue_id, day, f"{prefix}{seq:03d}"):
                return seq
        log.warning("central number %s%03d already on a ticket here: asking again", prefix, seq)
        floor = seq
    return None

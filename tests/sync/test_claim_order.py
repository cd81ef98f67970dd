"""The central's "call next" picks visitors in the same order as a counter's own line:
green channel, priority, appointment, normal, then issue time — across every queue of the
window, with visitors sent to this window and without those sent to another one."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from importlib import import_module

import sqlalchemy as sa

from clerk_app.domain.tickets import CALL_PRIORITY
from clerk_app.store.db import Database
from clerk_app.store.models import Queue, Ticket, Window
from clerk_app.sync.central_queue import CentralQueue

DAY = date(2026, 9, 28)
START = datetime(2026, 9, 28, 0, 30, tzinfo=UTC)


def _queue(s: sa.orm.Session, code: str) -> str:
    queue_id = str(uuid.uuid4())
    s.add(Queue(id=queue_id, code=code, name=code, prefix=code))
    return queue_id


def _ticket(
    s: sa.orm.Session,
    queue_id: str,
    number: str,
    minute: int,
    kind: str = "normal",
    *,
    target: str | None = None,
    day: date = DAY,
) -> None:
    s.add(
        Ticket(
            id=str(uuid.uuid4()),
            queue_id=queue_id,
            service_day=day,
            seq=int(number[1:]),
            number=number,
            kind=kind,
            kind_reason="",
            state="waiting",
            issued_at=START + timedelta(minutes=minute),
            recalls=0,
            transfers=0,
            target_window_id=target,
        )
    )


def test_call_next_follows_kind_then_issue_time_across_the_windows_queues(
    central: Database,
) -> None:
    with central.sessions() as s, s.begin():
        here, there = str(uuid.uuid4()), str(uuid.uuid4())
        for window_id, code in ((here, "W1"), (there, "W2")):
            s.add(Window(id=window_id, code=code, name=code))
        market, tax, other = _queue(s, "A"), _queue(s, "B"), _queue(s, "C")
        s.flush()
        _ticket(s, market, "A001", 1)
        _ticket(s, tax, "B001", 2)
        _ticket(s, market, "A002", 3, "appointment")
        _ticket(s, tax, "B002", 4, "priority")
        _ticket(s, market, "A003", 5, "green_channel")
        _ticket(s, tax, "B003", 0)
        _ticket(s, other, "C001", 6, target=here)  # sent to this window from elsewhere
        _ticket(s, market, "A004", 0, target=there)  # sent to another window
        _ticket(s, other, "C002", 0)  # a queue this window does not serve
        _ticket(s, market, "A005", 0, day=DAY - timedelta(days=1))  # yesterday's
    queue = CentralQueue(central)
    called = []
    while (claim := queue.claim_next(here, [market, tax], DAY, at=START)) is not None:
        called.append(claim.number)
    assert called == ["A003", "B002", "A002", "B003", "A001", "B001", "C001"]
    # Released, a visitor is first in line again; claimed, never handed out twice.
    with central.sessions() as s:
        a001 = s.scalar(sa.select(Ticket.id).where(Ticket.number == "A001"))
    assert a001 is not None
    queue.release(a001, here)
    again = queue.claim_next(here, [market, tax], DAY, at=START)
    assert again is not None and again.number == "A001"
    assert queue.claim_next(here, [market, tax], DAY, at=START) is None


def test_the_central_index_ranks_kinds_as_the_counters_do() -> None:
    migration = import_module("clerk_app.store.migrations.versions.0015_claim_in_call_order")
    by_rank = sorted(CALL_PRIORITY, key=lambda kind: CALL_PRIORITY[kind])
    assert list(migration._KIND_ORDER) == [kind.value for kind in by_rank]

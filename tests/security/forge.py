"""What an attacker with one counter's login and Python can make: events with a sound
chain and hash but any author, type or payload, journaled locally without applying them,
and raw calls of the central's functions."""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import text

from clerk_app.domain.audit import GENESIS, canonical_payload, link_hash
from clerk_app.domain.clock import SHANGHAI
from clerk_app.services.events import EventData, to_json_value
from clerk_app.services.journal import record_event
from clerk_app.store.db import Database
from clerk_app.store.models import ChainHead
from tests.sync.stations import Station


def forge(
    station: Station,
    event_type: str,
    payload: dict[str, Any],
    *,
    actor_id: str | None,
    window_id: str | None = None,
) -> str:
    """Journal an event at ``station`` as if a use case had emitted it (not applied)."""
    now = station.ctx.clock()
    encoded = canonical_payload(to_json_value(payload))
    with station.db.sessions() as s, s.begin():
        head = s.get(ChainHead, station.code)
        event = EventData(
            id=str(uuid.uuid4()),
            type=event_type,
            workstation=station.code,
            seq=1 if head is None else head.seq + 1,
            actor_id=actor_id,
            window_id=window_id,
            occurred_at=now,
            payload=json.loads(encoded),
        )
        record_event(
            s, event, encoded, GENESIS if head is None else head.hash, None, recorded_at=now
        )
    return event.id


def crafted(
    workstation: str,
    seq: int,
    prev_hash: str,
    *,
    event_type: str = "ticket.issued",
    payload: str = "{}",
    actor_id: str | None = None,
    window_id: str | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    """One event as ``clerk_push`` takes it, with its true hash."""
    fields: dict[str, Any] = {
        "id": event_id or str(uuid.uuid4()),
        "workstation": workstation,
        "seq": seq,
        "type": event_type,
        "actor_id": actor_id,
        "window_id": window_id,
        "occurred_at": datetime(2026, 9, 28, 10, 0, tzinfo=SHANGHAI).isoformat(),
        "request_id": None,
        "payload": payload,
        "prev_hash": prev_hash,
    }
    return fields | {"hash": link_hash(**fields)}


def push_raw(central: Database, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Call the door directly, as a script on the counter could."""
    with central.engine.begin() as conn:
        answer = conn.execute(
            text("SELECT clerk_push(CAST(:b AS jsonb))"), {"b": json.dumps(events)}
        ).scalar_one()
    assert isinstance(answer, list)
    return answer


def head_of(central: Database, workstation: str) -> tuple[int, str]:
    with central.engine.connect() as conn:
        row = conn.execute(
            text("SELECT seq, hash FROM chain_head WHERE workstation = :w"), {"w": workstation}
        ).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def await_decided(central: Database) -> None:
    """Wait (bounded) until the central's applier decided on everything journaled."""
    deadline = time.monotonic() + 10
    while True:
        with central.engine.connect() as conn:
            last = conn.scalar(text("SELECT coalesce(max(central_seq), 0) FROM event"))
            done = conn.scalar(text("SELECT value FROM counter WHERE key = 'central_decided'"))
        if (done or 0) >= (last or 0):
            return
        assert time.monotonic() < deadline, "the central applier did not decide in time"
        time.sleep(0.02)

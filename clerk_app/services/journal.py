"""The journal: each event appended to its workstation's hash chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from clerk_app.domain.audit import link_hash
from clerk_app.domain.clock import SHANGHAI
from clerk_app.services.events import EventData
from clerk_app.services.rows import next_counter
from clerk_app.store.models import ChainHead, Event


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

"""The journal: each event appended to its workstation's hash chain, and its rows as
plain data (:class:`JournalRow`) for checking the chains and replicating them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain.audit import link_hash
from clerk_app.domain.clock import SHANGHAI
from clerk_app.services.events import EventData
from clerk_app.services.rows import next_counter
from clerk_app.store.models import ChainHead, Event


@dataclass(frozen=True)
class JournalRow:
    """One journaled event as stored: the hashed fields (a
    :class:`~clerk_app.domain.audit.ChainLink`) plus its central number.

    The field order is that of ``clerk_app.sync.journal.JOURNAL_COLUMNS``.
    """

    id: str
    workstation: str
    seq: int
    type: str
    actor_id: str | None
    window_id: str | None
    occurred_at: str
    request_id: str | None
    payload: str
    prev_hash: str
    hash: str
    central_seq: int | None

    @classmethod
    def of(cls, e: Event) -> JournalRow:
        return cls(
            e.id,
            e.workstation,
            e.seq,
            e.type,
            e.actor_id,
            e.window_id,
            e.occurred_at,
            e.request_id,
            e.payload,
            e.prev_hash,
            e.hash,
            e.central_seq,
        )

    def event(self) -> EventData:
        """The event as the appliers take it."""
        return EventData(
            id=self.id,
            type=self.type,
            workstation=self.workstation,
            seq=self.seq,
            actor_id=self.actor_id,
            window_id=self.window_id,
            occurred_at=datetime.fromisoformat(self.occurred_at),
            payload=json.loads(self.payload),
        )


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
    row = Event(
        **journal_values(
            event,
            encoded,
            prev_hash,
            request_id,
            position=next_counter(session, "journal"),
            recorded_at=recorded_at,
            expected_hash=expected_hash,
            central_seq=central_seq,
        )
    )
    session.add(row)
    head = session.get(ChainHead, event.workstation)
    if head is None:
        session.add(ChainHead(workstation=event.workstation, seq=event.seq, hash=row.hash))
    elif event.seq > head.seq:
        head.seq, head.hash = event.seq, row.hash
    session.flush()
    return row


def journal_values(
    event: EventData,
    encoded: str,
    prev_hash: str,
    request_id: str | None,
    *,
    position: int,
    recorded_at: datetime,
    expected_hash: str | None = None,
    central_seq: int | None = None,
) -> dict[str, Any]:
    """The columns of an event's journal row, hash-linked to ``prev_hash``:
    ``record_event`` adds one row at a time; sync inserts a checked batch of these at once,
    with no ORM object per event. Raises ``ValueError`` when ``expected_hash`` is not the
    event's hash."""
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
    return dict(
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

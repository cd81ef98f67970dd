"""The unit of work every use case runs in.

``with ctx.unit_of_work(actor) as uow:`` (see :class:`ServiceContext`) opens one
transaction. Everything the use case emits is applied and journaled inside it; an
exception rolls back state and events alike.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.audit import GENESIS
from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.clock import local_date
from clerk_app.services.errors import DuplicateRequest
from clerk_app.services.event_schemas import LEGACY_EVENT_TYPES
from clerk_app.services.events import EventData, apply_event, encode_payload, seal_payload
from clerk_app.services.journal import record_event
from clerk_app.services.rows import locked_get
from clerk_app.store.models import ChainHead, Event

if TYPE_CHECKING:
    from clerk_app.services.context import Actor, ServiceContext


class UnitOfWork:
    def __init__(
        self, ctx: ServiceContext, session: Session, actor: Actor, request_id: str | None
    ) -> None:
        self.ctx = ctx
        self.session = session
        self.actor = actor
        self.request_id = request_id
        self.now = ctx.now()
        self.today = local_date(self.now)
        self.events: list[EventData] = []
        self._calendar: WorkCalendar | None = None

    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            self._calendar = self.ctx.calendar_from(self.session)
        return self._calendar

    def check_not_done(self, request_id: str) -> None:
        done = self.session.scalar(select(Event.id).where(Event.request_id == request_id).limit(1))
        if done is not None:
            raise DuplicateRequest("该操作已经办理过，请勿重复提交")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A step of the use case that may fail on its own: if it raises, its state changes
        and its events are undone (the chain head with them) and what came before stays, to
        be committed with the rest of the unit of work."""
        kept = len(self.events)
        try:
            with self.session.begin_nested():
                yield
        except BaseException:
            del self.events[kept:]
            raise

    def emit(self, event_type: str, payload: Mapping[str, Any]) -> EventData:
        """Apply one event to the state and append it to this workstation's chain."""
        if event_type in LEGACY_EVENT_TYPES:
            raise ValueError(f"{event_type} is kept for old journals only; emit its successor")
        encoded = encode_payload(seal_payload(event_type, payload))
        head = locked_get(self.session, ChainHead, self.ctx.workstation)
        seq = 1 if head is None else head.seq + 1
        prev_hash = GENESIS if head is None else head.hash
        event = EventData(
            id=str(uuid.uuid4()),
            type=event_type,
            workstation=self.ctx.workstation,
            seq=seq,
            actor_id=self.actor.staff_id,
            window_id=self.actor.window_id,
            occurred_at=self.now,
            payload=json.loads(encoded),
        )
        apply_event(self.session, event)
        record_event(self.session, event, encoded, prev_hash, self.request_id, recorded_at=self.now)
        self.events.append(event)
        return event

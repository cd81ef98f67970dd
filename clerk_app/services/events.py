"""Events: what every use case appends, and the one code path that applies them.

A use case checks and computes; it then *emits* events. Emitting applies the event to the
state tables through the applier registered for its type and appends it to the journal.
Replay and sync call the very same appliers, so applying the journal in order to an empty
database rebuilds the same state.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain.audit import canonical_payload
from clerk_app.domain.clock import SHANGHAI
from clerk_app.services.event_schemas import validate_payload


@dataclass(frozen=True)
class EventData:
    """One event as appliers see it; the payload has passed :func:`validate_payload`.

    The accessors read one payload field with its type (``text``, ``integer``, ``flag``,
    ``day``, ``moment``…).
    """

    id: str
    type: str
    workstation: str
    seq: int
    actor_id: str | None
    window_id: str | None
    occurred_at: dt.datetime
    payload: Mapping[str, Any]

    def text(self, key: str) -> str:
        value = self.payload[key]
        assert isinstance(value, str), key
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.payload.get(key)
        assert value is None or isinstance(value, str), key
        return value

    def integer(self, key: str) -> int:
        value = self.payload[key]
        assert isinstance(value, int) and not isinstance(value, bool), key
        return value

    def flag(self, key: str) -> bool:
        value = self.payload[key]
        assert isinstance(value, bool), key
        return value

    def day(self, key: str) -> dt.date:
        return dt.date.fromisoformat(self.text(key))

    def optional_day(self, key: str) -> dt.date | None:
        value = self.optional_text(key)
        return None if value is None else dt.date.fromisoformat(value)

    def moment(self, key: str) -> dt.datetime:
        return dt.datetime.fromisoformat(self.text(key))

    def derived_id(self, tag: str) -> str:
        """A stable id for a row this event creates, the same on every replay."""
        return str(uuid.uuid5(uuid.UUID(self.id), tag))


Applier = Callable[[Session, EventData], None]
_APPLIERS: dict[str, Applier] = {}


def applier(event_type: str) -> Callable[[Applier], Applier]:
    """Register the function that applies one event type to the state tables."""

    def register(fn: Applier) -> Applier:
        if event_type in _APPLIERS:
            raise RuntimeError(f"two appliers for {event_type}")
        _APPLIERS[event_type] = fn
        return fn

    return register


def apply_event(session: Session, event: EventData) -> None:
    """Check the payload against its type's schema, then run the type's applier."""
    load_appliers()
    validate_payload(event.type, event.payload)
    try:
        fn = _APPLIERS[event.type]
    except KeyError:
        raise RuntimeError(f"no applier for event type {event.type!r}") from None
    fn(session, event)
    session.flush()


def known_event_types() -> frozenset[str]:
    load_appliers()
    return frozenset(_APPLIERS)


_loaded = False


def load_appliers() -> None:
    """Import every module that registers appliers (once; apply_event calls it per event)."""
    global _loaded
    if _loaded:
        return
    from clerk_app.services import (  # noqa: F401
        accountability,
        archive,
        auth,
        casework,
        catalogue,
        closed_periods,
        complaints,
        conflicts,
        first_contact,
        follow_ups,
        inspections,
        intake,
        item_admin,
        joint,
        orders,
        organisation,
        oversight,
        reviews,
        staff_admin,
        tasks,
        tickets,
    )

    _loaded = True


def to_json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in an event payload")
        return value.astimezone(SHANGHAI).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if hasattr(value, "value") and isinstance(value.value, str):  # str enums
        return value.value
    return value


def encode_payload(payload: Mapping[str, Any]) -> str:
    return canonical_payload(to_json_value(payload))

"""Events: what every use case appends, and the one code path that applies them.

A use case checks and computes; it then *emits* events. Emitting applies the event to the
state tables through the applier registered for its type and appends it to the journal.
Replay and sync call the very same appliers, so applying the journal in order to an empty
database rebuilds the same state.
"""

from __future__ import annotations

import builtins
import datetime as _dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from clerk_app.domain.audit import canonical_payload
from clerk_app.domain.clock import SHANGHAI


@dataclass(frozen=True)
class EventData:
    id: builtins.str
    type: builtins.str
    workstation: builtins.str
    seq: builtins.int
    actor_id: builtins.str | None
    window_id: builtins.str | None
    occurred_at: _dt.datetime
    payload: Mapping[builtins.str, Any]

    def str(self, key: builtins.str) -> builtins.str:
        value = self.payload[key]
        assert isinstance(value, builtins.str), key
        return value

    def opt_str(self, key: builtins.str) -> builtins.str | None:
        value = self.payload.get(key)
        assert value is None or isinstance(value, builtins.str), key
        return value

    def int(self, key: builtins.str) -> builtins.int:
        value = self.payload[key]
        assert isinstance(value, builtins.int), key
        return value

    def date(self, key: builtins.str) -> _dt.date:
        return _dt.date.fromisoformat(self.str(key))

    def opt_date(self, key: builtins.str) -> _dt.date | None:
        value = self.opt_str(key)
        return None if value is None else _dt.date.fromisoformat(value)

    def datetime(self, key: builtins.str) -> _dt.datetime:
        return _dt.datetime.fromisoformat(self.str(key))

    def derived_id(self, tag: builtins.str) -> builtins.str:
        """A stable id for a row this event creates, the same on every replay."""
        return builtins.str(uuid.uuid5(uuid.UUID(self.id), tag))

    def bool(self, key: builtins.str) -> builtins.bool:
        value = self.payload[key]
        assert isinstance(value, builtins.bool), key
        return value


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
    load_appliers()
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
        archive,
        auth,
        casework,
        catalogue,
        complaints,
        conflicts,
        first_contact,
        follow_ups,
        intake,
        joint,
        oversight,
        reviews,
        tickets,
    )

    _loaded = True


def to_json_value(value: Any) -> Any:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in an event payload")
        return value.astimezone(SHANGHAI).isoformat()
    if isinstance(value, _dt.date):
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

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
from clerk_app.services.errors import NoDataKey
from clerk_app.services.event_schemas import validate_payload
from clerk_app.store.sealed import blind_index, can_seal, is_sealed, seal_text


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
_ROW_ADDERS: set[str] = set()


def applier(event_type: str, *, adds_rows_only: bool = False) -> Callable[[Applier], Applier]:
    """Register the function that applies one event type to the state tables.

    ``adds_rows_only``: the applier only adds new rows (through
    :func:`~clerk_app.services.rows.add_row`) and moves number series; it changes and
    deletes nothing. A batch being applied lets such events' rows wait and writes them
    together (:func:`~clerk_app.services.rows.batched_rows`)."""

    def register(fn: Applier) -> Applier:
        if event_type in _APPLIERS:
            raise RuntimeError(f"two appliers for {event_type}")
        _APPLIERS[event_type] = fn
        if adds_rows_only:
            _ROW_ADDERS.add(event_type)
        return fn

    return register


def adds_rows_only(event_type: str) -> bool:
    load_appliers()
    return event_type in _ROW_ADDERS


def apply_event(session: Session, event: EventData, *, flush: bool = True) -> None:
    """Check the payload against its type's schema, then run the type's applier.

    ``flush=False`` leaves the changes pending for a caller applying a batch: the session
    flushes them before any later query (autoflush) and at the end of the batch, so a
    batch of inserts goes out as one multi-row statement."""
    load_appliers()
    validate_payload(event.type, event.payload)
    try:
        fn = _APPLIERS[event.type]
    except KeyError:
        raise RuntimeError(f"no applier for event type {event.type!r}") from None
    fn(session, event)
    if flush:
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
        counter_calls,
        first_contact,
        follow_ups,
        inspections,
        intake,
        item_admin,
        joint,
        orders,
        organisation,
        oversight,
        personal_data,
        reviews,
        scores,
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


#: The payload fields that carry personal data or a secret, sealed with the centre's data
#: key before the event is journaled (``clerk_app.store.sealed``): the journal, the hash
#: chains, the central and every replica hold only their ciphertext.
SEALED_FIELDS: Mapping[str, tuple[str, ...]] = {
    "case.received": ("applicant_id_no", "applicant_phone", "agent_id_no"),
    "complaint.filed": ("phone",),
    "first_contact.recorded": ("visitor_phone",),
    "referral.created": ("visitor_phone",),
    "staff.created": ("password_hash",),
    "staff.password_changed": ("password_hash",),
    "staff.password_reset": ("password_hash",),
    "ticket.issued": ("mobile",),
}


#: The form field each sealed payload field is typed into (for the refusal's place).
_FORM_FIELD = {"phone": "complainant_phone", "password_hash": "password"}


def seal_payload(event_type: str, payload: Mapping[str, Any]) -> Mapping[str, Any]:
    """The payload with its personal fields sealed; a received case also carries the blind
    index of the applicant's ID number. Without a data key, a personal field that holds
    something is refused (:class:`NoDataKey`): never written in clear."""
    fields = SEALED_FIELDS.get(event_type)
    if not fields:
        return payload
    if not can_seal():
        for name in fields:
            value = payload.get(name)
            if isinstance(value, str) and value and not is_sealed(value):
                raise no_data_key(name)
    sealed = dict(payload)
    if event_type == "case.received":
        sealed["applicant_id_index"] = blind_index(str(payload.get("applicant_id_no") or ""))
    for name in fields:
        value = sealed.get(name)
        if isinstance(value, str):
            sealed[name] = seal_text(value)
    return sealed


def no_data_key(name: str) -> NoDataKey:
    """The refusal of a personal field on a workstation without the data key."""
    what = "密码" if name == "password_hash" else "身份证号和电话号码"
    return NoDataKey(
        f"本机没有数据密钥，不能保存{what}（本软件从不以明文保存个人信息）。"
        "请管理员设置数据密钥：sudo clerk-app data-key set --machine",
        field=_FORM_FIELD.get(name, name),
    )

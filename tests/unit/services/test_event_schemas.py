"""Every event type has a declared payload; a payload that does not match it is refused."""

from __future__ import annotations

import json
import types
import uuid
from typing import Annotated, Any, Union, get_args, get_origin

import pytest
from sqlalchemy import func, select

from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import InvalidPayload
from clerk_app.services.event_schemas import EVENT_PAYLOADS, validate_payload
from clerk_app.services.events import encode_payload, known_event_types
from clerk_app.services.payload_check import ISO_DATE, ISO_MOMENT, MaxLength, field_types
from clerk_app.store.models import Event
from tests.helpers.factories import SmallCenter


def _example(hint: Any) -> Any:
    """A valid value for one field of a schema."""
    if get_origin(hint) is Annotated:
        base, *marks = get_args(hint)
        if ISO_DATE in marks:
            return "2026-11-02"
        if ISO_MOMENT in marks:
            return "2026-11-02T09:30:00+08:00"
        if any(isinstance(m, MaxLength) for m in marks):
            return str(uuid.uuid4())
        return _example(base)
    if get_origin(hint) in (Union, types.UnionType):
        (inner,) = [o for o in get_args(hint) if o is not type(None)]
        return _example(inner)
    if get_origin(hint) is list:
        return [_example(get_args(hint)[0])]
    if isinstance(hint, type) and hasattr(hint, "__required_keys__"):
        return {k: _example(v) for k, v in field_types(hint).items()}
    return {str: "窗口", int: 3, bool: True}[hint]


def example(event_type: str) -> dict[str, Any]:
    return _example(EVENT_PAYLOADS[event_type])  # type: ignore[no-any-return]


def test_every_event_type_with_an_applier_has_a_schema_and_no_other() -> None:
    assert set(EVENT_PAYLOADS) == known_event_types()


@pytest.mark.parametrize("event_type", sorted(EVENT_PAYLOADS))
def test_each_event_type_round_trips(event_type: str) -> None:
    payload = example(event_type)
    decoded = json.loads(encode_payload(payload))
    validate_payload(event_type, decoded)
    assert decoded == payload


def test_a_missing_field_is_refused() -> None:
    payload = example("ticket.called")
    del payload["window_id"]
    with pytest.raises(InvalidPayload, match="缺少字段：window_id") as err:
        validate_payload("ticket.called", payload)
    assert err.value.event_type == "ticket.called"


def test_optional_fields_may_be_left_out_or_null() -> None:
    payload = example("case.accepted")
    del payload["steps"]  # journals from before joint cases
    validate_payload("case.accepted", payload)
    validate_payload("ticket.transferred", example("ticket.transferred") | {"window_id": None})


@pytest.mark.parametrize(
    ("event_type", "field", "value", "why"),
    [
        ("ticket.issued", "seq", "3", "应为 int"),
        ("ticket.issued", "seq", True, "应为 int"),
        ("case.accepted", "deemed", 1, "应为 bool"),
        ("ticket.called", "window_id", None, "应为 str"),
        ("ticket.called", "ticket_id", "x" * 37, "超过 36 个字符"),
        ("case.overdue", "on", "2026-13-01", "不是有效的日期"),
        ("ticket.finished", "at", "2026-11-02T09:30:00", "不是有效的时间"),
        ("window.created", "queue_ids", "q1", "应为列表"),
        ("window.created", "queue_ids", [7], "应为 str"),
    ],
)
def test_a_wrong_type_is_refused(event_type: str, field: str, value: object, why: str) -> None:
    payload = example(event_type) | {field: value}
    with pytest.raises(InvalidPayload, match=why):
        validate_payload(event_type, payload)


def test_a_nested_record_is_checked_too() -> None:
    payload = example("case.received")
    del payload["materials"][0]["status"]
    with pytest.raises(InvalidPayload, match=r"materials\[0\]\.status"):
        validate_payload("case.received", payload)


def test_an_unknown_field_or_type_is_refused() -> None:
    with pytest.raises(InvalidPayload, match="未知字段：colour"):
        validate_payload("window.resumed", example("window.resumed") | {"colour": "red"})
    with pytest.raises(InvalidPayload, match="未知的事件类型"):
        validate_payload("ticket.teleported", {"ticket_id": str(uuid.uuid4())})


def test_emit_refuses_an_invalid_payload_and_journals_nothing(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    with ctx.db.sessions() as s:
        before = s.scalar(select(func.count()).select_from(Event))
    with pytest.raises(InvalidPayload), ctx.unit_of_work(Actor.system()) as uow:
        uow.emit("window.paused", {"window_id": center.window_a, "at": "2026-11-02T09:30:00+08:00"})
    with ctx.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == before

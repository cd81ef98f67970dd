"""Checking a decoded JSON value against a TypedDict schema (payloads of events).

The field types a schema may use: ``str``, ``int``, ``bool``, ``X | None``, ``list[X]``, a
nested TypedDict, and ``Annotated[str, ...]`` with a :class:`MaxLength` or a :class:`Form`
(:data:`Id`, :data:`Day`, :data:`Moment`). :func:`check_record` raises
:class:`~clerk_app.services.errors.InvalidPayload` naming the field at fault.
"""

# No ``from __future__ import annotations`` here nor in the schemas: on Python 3.11 a
# TypedDict with postponed annotations cannot tell NotRequired fields from required ones.

import datetime as dt
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, NotRequired, Union, get_args, get_origin, get_type_hints

from clerk_app.services.errors import InvalidPayload

__all__ = ["ISO_DATE", "ISO_MOMENT", "Day", "Form", "Id", "MaxLength", "Moment", "check_record"]


@dataclass(frozen=True)
class MaxLength:
    limit: int


@dataclass(frozen=True)
class Form:
    """A string that must parse: an ISO date or an ISO moment with its offset."""

    name: str
    check: Callable[[str], object]


def _moment(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("naive")
    return moment


ISO_DATE = Form("日期", dt.date.fromisoformat)
ISO_MOMENT = Form("时间", _moment)

Id = Annotated[str, MaxLength(36)]
Day = Annotated[str, ISO_DATE]
Moment = Annotated[str, ISO_MOMENT]


def check_record(event_type: str, schema: type, value: object, where: str) -> None:
    _record_checker(schema)(event_type, value, where)


#: A compiled check: (event type, value, where) → None, or raises :class:`InvalidPayload`.
_Check = Callable[[str, object, str], None]
_CHECKS: dict[Any, _Check] = {}  # by field type
_RECORDS: dict[type, _Check] = {}  # by schema (a nested one adds "." to the field's name)


def _refuse(event_type: str, where: str, why: str) -> InvalidPayload:
    return InvalidPayload(f"事件“{event_type}”的字段 {where} {why}", event_type=event_type)


def _record_checker(schema: type) -> _Check:
    """The check of one TypedDict, built once per schema (a payload is checked at every
    apply and every pull: the type hints are read here, not per value)."""
    found = _RECORDS.get(schema)
    if found is not None:
        return found
    hints = field_types(schema)
    required: frozenset[str] = getattr(schema, "__required_keys__", frozenset())
    fields: dict[str, _Check] = {}

    def check(event_type: str, value: object, where: str) -> None:
        if not isinstance(value, Mapping):
            raise InvalidPayload(
                f"事件“{event_type}”的{where or '内容'}应为对象", event_type=event_type
            )
        missing = sorted(required - value.keys())
        if missing:
            raise InvalidPayload(
                f"事件“{event_type}”缺少字段：{'、'.join(where + m for m in missing)}",
                event_type=event_type,
            )
        unknown = sorted(k for k in value if k not in hints)
        if unknown:
            raise InvalidPayload(
                f"事件“{event_type}”有未知字段：{'、'.join(where + str(k) for k in unknown)}",
                event_type=event_type,
            )
        for key, item in value.items():
            fields[key](event_type, item, f"{where}{key}")

    _RECORDS[schema] = check  # before the fields: a schema may nest itself
    fields.update({key: _value_checker(hint) for key, hint in hints.items()})
    return check


def _value_checker(hint: Any) -> _Check:
    found = _CHECKS.get(hint)
    if found is None:
        found = _CHECKS[hint] = _compile(hint)
    return found


def _compile(hint: Any) -> _Check:
    origin = get_origin(hint)
    if origin is Annotated:
        base, *marks = get_args(hint)
        return _annotated(_value_checker(base), marks)
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        (inner,) = [o for o in options if o is not type(None)]
        return _optional(_value_checker(inner), type(None) in options)
    if origin is list:
        (inner,) = get_args(hint)
        return _list(_value_checker(inner))
    if isinstance(hint, type) and hasattr(hint, "__required_keys__"):  # a nested TypedDict
        nested = _record_checker(hint)
        return lambda event_type, value, where: nested(event_type, value, f"{where}.")
    if hint in (bool, int, str):
        return _plain(hint)
    raise TypeError(f"unsupported payload type {hint!r}")  # pragma: no cover - a new type


def _annotated(base: _Check, marks: list[Any]) -> _Check:
    limits = [m.limit for m in marks if isinstance(m, MaxLength)]
    forms = [m for m in marks if isinstance(m, Form)]

    def check(event_type: str, value: object, where: str) -> None:
        base(event_type, value, where)
        for limit in limits:
            if len(str(value)) > limit:
                raise _refuse(event_type, where, f"超过 {limit} 个字符")
        if value is None:
            return
        for form in forms:
            try:
                form.check(str(value))
            except ValueError:
                raise _refuse(event_type, where, f"不是有效的{form.name}：{value!r}") from None

    return check


def _optional(inner: _Check, none_allowed: bool) -> _Check:
    def check(event_type: str, value: object, where: str) -> None:
        if value is None and none_allowed:
            return
        inner(event_type, value, where)

    return check


def _list(inner: _Check) -> _Check:
    def check(event_type: str, value: object, where: str) -> None:
        if not isinstance(value, list):
            raise _refuse(event_type, where, "应为列表")
        for n, item in enumerate(value):
            inner(event_type, item, f"{where}[{n}]")

    return check


def _plain(hint: type) -> _Check:
    def check(event_type: str, value: object, where: str) -> None:
        if hint is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, hint)
        if not ok:
            raise _refuse(event_type, where, f"应为 {hint.__name__}，收到 {type(value).__name__}")

    return check


_HINTS: dict[type, dict[str, Any]] = {}


def field_types(schema: type) -> dict[str, Any]:
    """The fields of a schema with their types, ``NotRequired`` peeled off (cached)."""
    hints = _HINTS.get(schema)
    if hints is None:
        raw = get_type_hints(schema, include_extras=True)
        hints = {k: _peel(v) for k, v in raw.items()}
        _HINTS[schema] = hints
    return hints


def _peel(hint: Any) -> Any:
    if get_origin(hint) is NotRequired:
        return get_args(hint)[0]
    return hint

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
    if not isinstance(value, Mapping):
        raise InvalidPayload(
            f"事件“{event_type}”的{where or '内容'}应为对象", event_type=event_type
        )
    hints = field_types(schema)
    required: frozenset[str] = getattr(schema, "__required_keys__", frozenset())
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
        _check_value(event_type, hints[key], item, f"{where}{key}")


def _check_value(event_type: str, hint: Any, value: object, where: str) -> None:
    def refuse(why: str) -> InvalidPayload:
        return InvalidPayload(f"事件“{event_type}”的字段 {where} {why}", event_type=event_type)

    origin = get_origin(hint)
    if origin is Annotated:
        base, *marks = get_args(hint)
        _check_value(event_type, base, value, where)
        for mark in marks:
            if isinstance(mark, MaxLength) and len(str(value)) > mark.limit:
                raise refuse(f"超过 {mark.limit} 个字符")
            if isinstance(mark, Form) and value is not None:
                try:
                    mark.check(str(value))
                except ValueError:
                    raise refuse(f"不是有效的{mark.name}：{value!r}") from None
        return
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        if value is None and type(None) in options:
            return
        (inner,) = [o for o in options if o is not type(None)]
        _check_value(event_type, inner, value, where)
        return
    if origin is list:
        if not isinstance(value, list):
            raise refuse("应为列表")
        (inner,) = get_args(hint)
        for n, item in enumerate(value):
            _check_value(event_type, inner, item, f"{where}[{n}]")
        return
    if isinstance(hint, type) and hasattr(hint, "__required_keys__"):  # a nested TypedDict
        check_record(event_type, hint, value, f"{where}.")
        return
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is str:
        ok = isinstance(value, str)
    else:  # pragma: no cover - a schema above uses a type this checker does not know
        raise TypeError(f"unsupported payload type {hint!r}")
    if not ok:
        raise refuse(f"应为 {hint.__name__}，收到 {type(value).__name__}")


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

"""Row-level plumbing of a transaction: locked reads, local number series, new ids, new
rows written together while a batch of events is applied."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import event, insert
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from clerk_app.store.models import Counter

_T = TypeVar("_T")


@event.listens_for(Session, "after_transaction_end")
def _forget_locks(session: Session, transaction: SessionTransaction) -> None:
    # Only the end of the whole transaction forgets the locks: a flush's inner
    # subtransaction and a released savepoint keep them (and their objects) in the
    # outer one. Any rollback forgets them too (see below).
    if transaction.parent is None:
        session.info.pop("locked_rows", None)


@event.listens_for(Session, "after_soft_rollback")
def _forget_locks_on_rollback(session: Session, _previous: SessionTransaction) -> None:
    session.info.pop("locked_rows", None)  # rolling back a savepoint releases its locks


def locked_get(session: Session, model: type[_T], key: str) -> _T | None:
    """``SELECT … FOR UPDATE`` once per transaction; later calls use the identity map.

    The locked rows are kept referenced here: the identity map holds clean objects only
    weakly, so without it every later call would read the row again.
    """
    locked: dict[tuple[type[Any], str], Any] = session.info.setdefault("locked_rows", {})
    held = locked.get((model, key))
    if held is not None:  # the identity map's object (series and heads are never deleted)
        return held  # type: ignore[no-any-return]
    row = session.get(model, key, with_for_update=True)
    if row is not None:
        locked[(model, key)] = row
    return row


def next_counter(session: Session, key: str, at_least: int = 0) -> int:
    """Next value of a local number series (journal positions, case numbers, tickets)."""
    row = locked_get(session, Counter, key)
    if row is None:
        row = Counter(key=key, value=0)
        session.add(row)
    row.value = max(row.value + 1, at_least)
    session.flush()
    return row.value


def bump_counter(session: Session, key: str, value: int) -> None:
    """Make sure a series never hands out ``value`` again (used by appliers)."""
    row = locked_get(session, Counter, key)
    if row is None:
        session.add(Counter(key=key, value=value))
    elif row.value < value:
        row.value = value


def new_id() -> str:
    return str(uuid.uuid4())


_NEW_ROWS = "new_rows"  # session.info: rows added in a batch and not written yet, by model


def add_row(session: Session, model: type[Any], values: dict[str, Any]) -> None:
    """A new row of ``model``. While a batch of events is applied (:func:`batched_rows`) it
    waits with the others of its table, and they are written with one insert before the
    session next reads anything and before any event that does more than add rows;
    otherwise it is an ORM object like any other. (An applier of a batch builds no object
    per row: for a day's tickets that was most of the time a pull or the central took.)"""
    pending: dict[type[Any], list[dict[str, Any]]] | None = session.info.get(_NEW_ROWS)
    if pending is None:
        session.add(model(**values))
    else:
        pending.setdefault(model, []).append(values)


@contextmanager
def batched_rows(session: Session) -> Iterator[None]:
    """Let :func:`add_row` rows wait within the block; they are written at its end (and
    dropped if it raises: the caller's savepoint is rolled back then)."""
    session.info[_NEW_ROWS] = {}
    try:
        yield
        write_rows(session)
    finally:
        session.info.pop(_NEW_ROWS, None)


def write_rows(session: Session) -> None:
    """Write the waiting rows: after the ORM's pending changes (the rows they refer to were
    added before them), one insert per table in the order they were added."""
    pending: dict[type[Any], list[dict[str, Any]]] | None = session.info.get(_NEW_ROWS)
    if not pending:
        return
    waiting = dict(pending)
    pending.clear()  # the inserts below read nothing; this also stops the hook recursing
    session.flush()
    for model, rows in waiting.items():
        session.execute(insert(model), rows)


@event.listens_for(Session, "do_orm_execute")
def _write_rows_before_reading(state: ORMExecuteState) -> None:
    if state.session.info.get(_NEW_ROWS):
        write_rows(state.session)

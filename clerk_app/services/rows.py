"""Row-level plumbing of a transaction: locked reads, local number series, new ids."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

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

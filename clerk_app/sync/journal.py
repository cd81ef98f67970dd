"""Moving journal rows between databases: plain rows, and appending a foreign event.

A foreign event is checked again (its author's right to emit it, its window: the rules of
:mod:`clerk_app.services.event_rules`) and applied through the very appliers the services
use. If it may not be applied here (its author has no right to it, its payload is unsound,
its precondition no longer holds, a unique key refuses it), the event is still journaled —
chain intact, nothing dropped — but left unapplied and recorded as a
:class:`~clerk_app.store.models.sync.SyncConflict` with both sides, for a supervisor.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from clerk_app.domain.audit import GENESIS
from clerk_app.domain.errors import ClerkError, RuleViolation
from clerk_app.services.event_rules import WindowsOf, refusal
from clerk_app.services.events import adds_rows_only, apply_event
from clerk_app.services.journal import JournalRow as JournalRow  # the sync engine's row
from clerk_app.services.journal import journal_values
from clerk_app.services.rows import batched_rows, bump_counter, next_counter, write_rows
from clerk_app.store.models import ChainHead, Event
from clerk_app.store.models.sync import SyncConflict
from clerk_app.sync.errors import ChainBroken

CENTRAL = "central"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class ConflictRecord:
    """A conflict as plain data, so the central one can be copied to every workstation."""

    id: str
    event_id: str
    event_type: str
    workstation: str
    detected_by: str
    detected_at: datetime
    reason: str
    their_side: str
    our_side: str

    @classmethod
    def of(cls, c: SyncConflict) -> ConflictRecord:
        return cls(
            c.id,
            c.event_id,
            c.event_type,
            c.workstation,
            c.detected_by,
            c.detected_at,
            c.reason,
            c.their_side,
            c.our_side,
        )

    def store(self, session: Session) -> None:
        """Insert unless this replica already has it (idempotent)."""
        exists = session.scalar(
            select(SyncConflict.id).where(
                SyncConflict.event_id == self.event_id, SyncConflict.detected_by == self.detected_by
            )
        )
        if exists is None:
            session.add(SyncConflict(resolution="", **asdict(self)))
            session.flush()  # a later event of the same batch may resolve it


JOURNAL_COLUMNS = (
    Event.id,
    Event.workstation,
    Event.seq,
    Event.type,
    Event.actor_id,
    Event.window_id,
    Event.occurred_at,
    Event.request_id,
    Event.payload,
    Event.prev_hash,
    Event.hash,
    Event.central_seq,
)


def journal_select() -> Any:
    """``SELECT`` of the journal columns as plain tuples (no ORM objects to build)."""
    return select(*JOURNAL_COLUMNS)


def event_rows(session: Session, stmt: Any) -> list[JournalRow]:
    """Rows of a :func:`journal_select` statement."""
    return [JournalRow(*r) for r in session.execute(stmt)]


def conflicts_for(
    session: Session, event_ids: Iterable[str], detected_by: str
) -> dict[str, ConflictRecord]:
    ids = list(event_ids)
    if not ids:
        return {}
    rows = session.scalars(
        select(SyncConflict).where(
            SyncConflict.event_id.in_(ids), SyncConflict.detected_by == detected_by
        )
    )
    return {c.event_id: ConflictRecord.of(c) for c in rows}


class EventRefused(RuleViolation):
    """The event's author may not emit it here, or its payload is unsound."""


INVALID_PAYLOAD = "事件内容无效（字段缺失，或类型、长度、日期不符），未应用"
# What an applier may raise on an event it cannot apply: each becomes a conflict, never
# a crash (a driver failure other than a refused row still stops the round).
_REFUSALS: tuple[type[BaseException], ...] = (
    ClerkError,
    IntegrityError,
    DataError,
    ValueError,
    TypeError,
    KeyError,
    AssertionError,
)


def apply_checked(
    session: Session, row: JournalRow, windows_of: WindowsOf | None, *, flush: bool = True
) -> None:
    """Check the event's author and window against this replica's state, then apply it."""
    event = row.event()
    why = refusal(session, event, windows_of=windows_of)
    if why is not None:
        raise EventRefused(why)
    apply_event(session, event, flush=flush)


def apply_one(
    session: Session,
    row: JournalRow,
    *,
    here: str,
    now: datetime,
    refused: ConflictRecord | None = None,
    windows_of: WindowsOf | None = None,
) -> ConflictRecord | None:
    """Apply one event (unless already ``refused``); returns the conflict if it was not."""
    conflict = refused
    if refused is None:
        try:
            with session.begin_nested():
                apply_checked(session, row, windows_of)
        except _REFUSALS as exc:
            conflict = ConflictRecord(
                id=str(uuid.uuid4()),
                event_id=row.id,
                event_type=row.type[:64],
                workstation=row.workstation,
                detected_by=here,
                detected_at=now,
                reason=_reason(exc),
                their_side=json.dumps(_describe(row), ensure_ascii=False),
                our_side=json.dumps(_earlier_on_same_records(session, row), ensure_ascii=False),
            )
    if conflict is not None:
        conflict.store(session)
    return conflict


def apply_batch(
    session: Session,
    rows: Sequence[JournalRow],
    *,
    here: str,
    now: datetime,
    refused: Mapping[str, ConflictRecord],
    windows_of: WindowsOf | None = None,
) -> list[ConflictRecord | None]:
    """:func:`apply_one` for many events at once, with the same outcome.

    The events are applied in order inside ONE savepoint and their changes flushed
    together (one multi-row insert per table where the appliers allow, one update per
    changed row); the rows of events that only add rows wait without an ORM object
    (:func:`~clerk_app.services.rows.batched_rows`). Every later check still sees the
    earlier events: the session flushes, and writes the waiting rows, before each query
    and before each event that does more than add rows. If any is refused here, or a
    write fails, that savepoint is rolled back and the batch is applied again one event
    at a time, so each refusal is isolated and described exactly as :func:`apply_one`
    does.
    """
    try:
        with session.begin_nested():
            with batched_rows(session):
                for row in rows:
                    if not adds_rows_only(row.type):
                        write_rows(session)  # what it may change or refer to is written
                    if row.id in refused:  # in journal order: a later event may refer to it
                        refused[row.id].store(session)
                    else:  # flushed together below (and by any query in between)
                        apply_checked(session, row, windows_of, flush=False)
            session.flush()
    except _REFUSALS:
        return [
            apply_one(
                session,
                row,
                here=here,
                now=now,
                refused=refused.get(row.id),
                windows_of=windows_of,
            )
            for row in rows
        ]
    return [refused.get(row.id) for row in rows]


def append_foreign_batch(
    session: Session,
    rows: Sequence[JournalRow],
    *,
    here: str,
    now: datetime,
    central_seqs: Sequence[int | None],
    refused: Mapping[str, ConflictRecord],
) -> list[ConflictRecord | None]:
    """Apply (see :func:`apply_batch`) and journal events from elsewhere: one position
    range, one chain-head move, one multi-row insert. Raises :class:`ChainBroken` unless
    each continues its workstation's chain."""
    if not rows:
        return []
    entries = _checked_entries(session, rows, now, central_seqs)
    found = apply_batch(session, rows, here=here, now=now, refused=refused)
    first = next_counter(session, "journal")
    bump_counter(session, "journal", first + len(entries) - 1)
    for offset, entry in enumerate(entries):
        entry["position"] = first + offset
    session.execute(insert(Event), entries)  # one executemany, no ORM object per event
    _move_heads(session, entries)
    session.flush()
    return found


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ClerkError):
        return str(exc)
    if isinstance(exc, IntegrityError):
        return "IntegrityError"
    return INVALID_PAYLOAD


def _checked_entries(
    session: Session, rows: Sequence[JournalRow], now: datetime, central_seqs: Sequence[int | None]
) -> list[dict[str, Any]]:
    """The journal rows of ``rows`` (column values); raises unless each continues its
    chain and hash."""
    heads: dict[str, tuple[int, str]] = {}
    entries = []
    for row, central_seq in zip(rows, central_seqs, strict=True):
        if row.workstation not in heads:
            head = session.get(ChainHead, row.workstation)
            heads[row.workstation] = (0, GENESIS) if head is None else (head.seq, head.hash)
        _check_link(row, *heads[row.workstation])
        try:
            entry = journal_values(
                row.event(),
                row.payload,
                row.prev_hash,
                row.request_id,
                position=0,  # numbered once the whole batch is applied
                recorded_at=now,
                expected_hash=row.hash,
                central_seq=central_seq,
            )
        except (ValueError, TypeError) as exc:
            raise ChainBroken(
                f"工作站{row.workstation}的第{row.seq}条事件与其哈希值不符（内容被改动），"
                "已停止同步，请联系管理员核对审计链"
            ) from exc
        heads[row.workstation] = (row.seq, entry["hash"])
        entries.append(entry)
    return entries


def _move_heads(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    last: dict[str, dict[str, Any]] = {}
    for entry in entries:
        last[entry["workstation"]] = entry
    for ws, entry in last.items():
        head = session.get(ChainHead, ws)
        if head is None:
            session.add(ChainHead(workstation=ws, seq=entry["seq"], hash=entry["hash"]))
        elif entry["seq"] > head.seq:
            head.seq, head.hash = entry["seq"], entry["hash"]


def _check_link(row: JournalRow, seq: int, prev: str) -> None:
    if row.seq != seq + 1 or row.prev_hash != prev:
        raise ChainBroken(
            f"工作站{row.workstation}的第{row.seq}条事件接不上本库记录的第{seq}条，已停止同步，"
            "请联系管理员核对审计链"
        )


def _describe(row: JournalRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "type": row.type,
        "workstation": row.workstation,
        "seq": row.seq,
        "actor_id": row.actor_id,
        "window_id": row.window_id,
        "occurred_at": row.occurred_at,
        "payload": json.loads(row.payload),
    }


def _earlier_on_same_records(
    session: Session, row: JournalRow, limit: int = 5
) -> list[dict[str, Any]]:
    """The events already here that touch any record the refused event names."""
    ids = sorted(set(_UUID.findall(row.payload)))
    found: dict[str, Event] = {}
    for record_id in ids:
        for e in session.scalars(
            select(Event)
            .where(Event.payload.contains(record_id), Event.id != row.id)
            .order_by(Event.position.desc())
            .limit(limit)
        ):
            found[e.id] = e
    latest = sorted(found.values(), key=lambda e: e.position)[-limit:]
    return [_describe(JournalRow.of(e)) for e in latest]


def own_pending(session: Session, workstation: str, limit: int) -> Sequence[JournalRow]:
    return event_rows(
        session,
        journal_select()
        .where(Event.workstation == workstation, Event.central_seq.is_(None))
        .order_by(Event.seq)
        .limit(limit),
    )

"""The sync engine: push this workstation's events, pull everyone else's.

Local first: every use case has already committed to the embedded database; the engine
only copies journals. Push is idempotent by event id (a batch sent twice is recorded once)
and the central applies each pushed event with the same appliers, in one transaction per
batch taken under a lock, so the central number (``central_seq``) grows in commit order.
Pull reads the central journal after this workstation's cursor and applies each batch in
one local transaction that also moves the cursor, so a killed process never loses or
doubles an event. No Qt here: progress and status go to plain callbacks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from clerk_app.domain.clock import now_local
from clerk_app.store.db import Database
from clerk_app.store.models import Event
from clerk_app.store.models.sync import SyncConflict, SyncState
from clerk_app.sync.central import check_central, translate_errors
from clerk_app.sync.errors import CentralProblem, SyncError
from clerk_app.sync.journal import (
    CENTRAL,
    ConflictRecord,
    JournalRow,
    append_foreign_batch,
    conflicts_for,
    event_rows,
    journal_select,
    own_pending,
)
from clerk_app.sync.status import SyncProgress, SyncReport, SyncStatus

__all__ = ["SyncEngine", "SyncProgress", "SyncReport", "SyncStatus"]

log = logging.getLogger("clerk.sync")

PUSH_LOCK = 7_204_001  # pg_advisory_xact_lock key serialising pushes
PULLED_THROUGH = "pulled_through"
LAST_SYNC_AT = "last_sync_at"


class SyncEngine:
    def __init__(
        self,
        local: Database,
        central: Database,
        workstation: str,
        *,
        clock: Callable[[], datetime] = now_local,
        push_batch: int = 500,
        pull_batch: int = 1000,
        on_progress: Callable[[SyncProgress], None] | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
    ) -> None:
        self.local, self.central, self.workstation = local, central, workstation
        self.clock = clock
        self.push_batch, self.pull_batch = push_batch, pull_batch
        self.on_progress, self.on_status = on_progress, on_status
        # What the status indicator reads from any thread: kept under a lock, together.
        self._status_lock = threading.Lock()
        self._online: bool | None = None
        self._offline_since: datetime | None = None
        self._error: str | None = None
        self._last_status = SyncStatus(None, None, 0, None, 0)
        self._checked = False

    # --- one round ------------------------------------------------------------------

    def run_once(self) -> SyncReport:
        """Push, then pull. Raises a typed :class:`SyncError`; the status says why."""
        try:
            if not self._checked:
                check_central(self.central)  # schema version, once per connection spell
                self._checked = True
            pushed, refused = self.push()
            pulled, conflicts = self.pull()
        except SyncError as exc:
            self._checked = False
            self.report_failure(exc)
            raise
        with self.local.sessions() as s, s.begin(), translate_errors():
            _set_state(s, LAST_SYNC_AT, self.clock().isoformat())
        with self._status_lock:
            self._online, self._offline_since, self._error = True, None, None
        self._notify()
        return SyncReport(pushed, pulled, refused + conflicts)

    # --- status ---------------------------------------------------------------------

    def status(self) -> SyncStatus:
        """The status now: online/offline since, events waiting, last sync, open conflicts.

        Any thread but the GUI's: it reads the local database (two counts on indexed
        columns, in its own short session). The GUI reads :attr:`last_status` instead.
        """
        with self.local.read_sessions() as s:
            waiting = (
                s.scalar(
                    select(func.count())
                    .select_from(Event)
                    .where(Event.central_seq.is_(None), Event.workstation == self.workstation)
                )
                or 0
            )
            conflicts = (
                s.scalar(
                    select(func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.resolved_at.is_(None))
                )
                or 0
            )
            last = _get_state(s, LAST_SYNC_AT)
        with self._status_lock:
            status = SyncStatus(
                self._online,
                self._offline_since,
                waiting,
                datetime.fromisoformat(last) if last else None,
                conflicts,
                self._error,
            )
            self._last_status = status
        return status

    @property
    def last_status(self) -> SyncStatus:
        """The status as last computed, with the link state as of now; no I/O, any thread."""
        with self._status_lock:
            return replace(
                self._last_status,
                online=self._online,
                offline_since=self._offline_since,
                error=self._error,
            )

    def publish_status(self) -> SyncStatus:
        """Recompute the status and hand it to ``on_status`` (e.g. after a local write)."""
        status = self.status()
        if self.on_status is not None:
            self.on_status(status)
        return status

    def report_failure(self, exc: SyncError) -> None:
        """A central call failed (this round, or a counter's queue call): any failure to
        use the central (no answer, login refused, wrong schema, no privilege) turns the
        status offline with the reason; a local failure only shows its message."""
        if isinstance(exc, CentralProblem):
            log.warning("central not usable: %s", exc.message)
            self._set_offline(exc)
        else:
            self._fail(exc)

    @property
    def known_down(self) -> bool:
        """True while the last attempt to use the central failed (no I/O, any thread)."""
        with self._status_lock:
            return self._online is False

    # --- push -----------------------------------------------------------------------

    def push(self) -> tuple[int, int]:
        """Send every local event the central lacks. Returns (sent, refused centrally)."""
        sent = refused = 0
        total = self._pending_count()
        while True:
            with self.local.read_sessions() as s:
                rows = own_pending(s, self.workstation, self.push_batch)
            if not rows:
                return sent, refused
            results = self._push_batch(rows)
            with self.local.sessions() as s, s.begin(), translate_errors():
                s.execute(
                    update(Event),
                    [{"id": row.id, "central_seq": results[row.id][0]} for row in rows],
                )
                for row in rows:
                    conflict = results[row.id][1]
                    if conflict is not None:
                        conflict.store(s)
                        refused += 1
            sent += len(rows)
            self._progress("push", sent, total)

    def _push_batch(
        self, rows: Sequence[JournalRow]
    ) -> dict[str, tuple[int, ConflictRecord | None]]:
        out: dict[str, tuple[int, ConflictRecord | None]] = {}
        now = self.clock()
        with self.central.sessions() as cs, cs.begin(), translate_errors():
            cs.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
            ids = [r.id for r in rows]
            known = dict(
                cs.execute(select(Event.id, Event.central_seq).where(Event.id.in_(ids))).all()
            )
            refused = conflicts_for(cs, known, CENTRAL)
            for row in rows:
                if row.id in known:
                    central_seq = known[row.id]
                    assert central_seq is not None
                    out[row.id] = (central_seq, refused.get(row.id))
            fresh = [r for r in rows if r.id not in known]
            numbers = _central_numbers(cs, len(fresh))
            found = append_foreign_batch(
                cs, fresh, here=CENTRAL, now=now, central_seqs=numbers, refused={}
            )
            for row, central_seq, conflict in zip(fresh, numbers, found, strict=True):
                out[row.id] = (central_seq, conflict)
        return out

    # --- pull -----------------------------------------------------------------------

    def pull(self) -> tuple[int, int]:
        """Apply the others' events after the cursor. Returns (applied+journaled, conflicts)."""
        pulled = conflicts = 0
        while True:
            with self.local.read_sessions() as s:
                cursor = int(_get_state(s, PULLED_THROUGH) or 0)
            with self.central.read_sessions() as cs, translate_errors():
                rows = event_rows(
                    cs,
                    journal_select()
                    .where(Event.central_seq > cursor)
                    .order_by(Event.central_seq)
                    .limit(self.pull_batch),
                )
                refused = conflicts_for(cs, (r.id for r in rows), CENTRAL)
            if not rows:
                return pulled, conflicts
            now = self.clock()
            with self.local.sessions() as s, s.begin(), translate_errors():
                present = dict(
                    s.execute(
                        select(Event.id, Event.central_seq).where(
                            Event.id.in_([r.id for r in rows])
                        )
                    ).all()
                )
                ours = [
                    {"id": r.id, "central_seq": r.central_seq}
                    for r in rows
                    if r.id in present and present[r.id] is None
                ]
                if ours:  # our own events whose push answer was lost
                    s.execute(update(Event), ours)
                for row in rows:
                    if row.id in present and row.id in refused:
                        refused[row.id].store(s)
                new = [r for r in rows if r.id not in present]
                found = append_foreign_batch(
                    s,
                    new,
                    here=self.workstation,
                    now=now,
                    central_seqs=[r.central_seq for r in new],
                    refused=refused,
                )
                pulled += len(new)
                conflicts += sum(c is not None for c in found)
                last = rows[-1].central_seq
                assert last is not None
                _set_state(s, PULLED_THROUGH, str(last))
            self._progress("pull", pulled, None)

    # --- helpers ----------------------------------------------------------------------

    def _pending_count(self) -> int:
        with self.local.read_sessions() as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(Event)
                    .where(Event.workstation == self.workstation, Event.central_seq.is_(None))
                )
                or 0
            )

    def _progress(self, phase: str, done: int, total: int | None) -> None:
        if self.on_progress is not None:
            self.on_progress(SyncProgress(phase, done, total))

    def _set_offline(self, exc: SyncError) -> None:
        with self._status_lock:
            if self._online is not False:
                self._offline_since = self.clock()
            self._online, self._error = False, exc.message
        self._notify()

    def _fail(self, exc: SyncError) -> None:
        with self._status_lock:
            self._error = exc.message
        self._notify()

    def _notify(self) -> None:
        try:
            status = self.status()
        except Exception:  # the local store failing must not hide why the round failed
            log.exception("sync status could not be read")
            status = self.last_status
        if self.on_status is not None:
            self.on_status(status)


def _central_numbers(cs: Session, n: int) -> list[int]:
    if n == 0:
        return []
    if cs.get_bind().dialect.name == "postgresql":
        return list(
            cs.scalars(
                text(
                    "SELECT nextval('central_event_seq') AS n "
                    "FROM generate_series(1, :n) ORDER BY n"
                ),
                {"n": n},
            )
        )
    start = (cs.scalar(select(func.max(Event.central_seq))) or 0) + 1
    return list(range(start, start + n))


def _get_state(s: Session, key: str) -> str | None:
    row = s.get(SyncState, key)
    return None if row is None else row.value


def _set_state(s: Session, key: str, value: str) -> None:
    row = s.get(SyncState, key)
    if row is None:
        s.add(SyncState(key=key, value=value))
    else:
        row.value = value

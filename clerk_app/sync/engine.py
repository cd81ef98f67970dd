"""The sync engine: push this workstation's events, pull everyone else's.

Local first: every use case has already committed to the embedded database; the engine
only copies journals. A workstation login cannot write the central: push hands each batch
to the central's door (the ``clerk_push`` function), which checks every event's chain,
name and fields and journals it with a central number (``central_seq``, in commit order),
idempotent by event id. The central applier (:mod:`clerk_app.sync.central_apply`, run as
the owner) then decides on each: applied, or refused as a central conflict; push waits
(bounded) for that verdict. Pull reads the decided central journal after this
workstation's cursor and applies each batch in one local transaction that also moves the
cursor, so a killed process never loses or doubles an event. No Qt here: progress and
status go to plain callbacks.
"""

from __future__ import annotations

import json
import logging
import threading
import time
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
from clerk_app.sync.central_apply import decided_through
from clerk_app.sync.errors import (
    CentralAuthFailed,
    CentralNotDeciding,
    CentralProblem,
    ChainBroken,
    SyncError,
)
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
from clerk_app.sync.witness import own_chain_mismatch

__all__ = ["SyncEngine", "SyncProgress", "SyncReport", "SyncStatus"]

log = logging.getLogger("clerk.sync")

PUSH_LOCK = 7_204_001  # the door (clerk_push) serialises pushes with this lock
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
        decision_wait: float = 10.0,
        on_progress: Callable[[SyncProgress], None] | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
    ) -> None:
        self.local, self.central, self.workstation = local, central, workstation
        self.clock = clock
        self.push_batch, self.pull_batch = push_batch, pull_batch
        self.decision_wait = decision_wait  # seconds to wait for the central's verdict
        self._undecided = False
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
            self._undecided = False
            try:
                pushed, refused = self.push()
            except ChainBroken as stopped:  # ours cannot go up; still take the others'
                self.pull()
                raise stopped
            pulled, conflicts = self.pull()
            rewritten = own_chain_mismatch(self.local, self.central, self.workstation)
            if rewritten is not None:
                log.error("local chain disagrees with the central's witness: %s", rewritten)
                raise ChainBroken(rewritten)
            if self._undecided:
                raise CentralNotDeciding(
                    "中心数据库没有及时审核上传的事件（中心审核服务 clerk-app central serve "
                    "未运行？），各工作站暂时收不到彼此的数据。请联系管理员"
                )
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
        """Send every local event the central lacks, through the central's door
        (``clerk_push``), then wait for the central's verdict on them. Returns (sent,
        refused centrally). Raises :class:`ChainBroken` (or :class:`CentralAuthFailed` for
        events in another workstation's name) when the door stops at an event that cannot
        be journaled; what went through before it is kept."""
        sent = 0
        pushed: dict[str, int] = {}
        total = self._pending_count()
        stop: SyncError | None = None
        while stop is None:
            with self.local.read_sessions() as s:
                rows = own_pending(s, self.workstation, self.push_batch)
            if not rows:
                break
            results, stop = self._door(rows)
            if results:
                with self.local.sessions() as s, s.begin(), translate_errors():
                    s.execute(
                        update(Event),
                        [{"id": i, "central_seq": seq} for i, seq in results.items()],
                    )
            pushed.update(results)
            sent += len(results)
            self._progress("push", sent, total)
        refused = self._verdicts(pushed)
        if stop is not None:
            raise stop
        return sent, refused

    def _push_batch(
        self, rows: Sequence[JournalRow]
    ) -> dict[str, tuple[int, ConflictRecord | None]]:
        """One batch through the door and its verdicts (idempotent: sent again, the same
        answer)."""
        results, stop = self._door(rows)
        if stop is not None:
            raise stop
        self._await_decision(max(results.values(), default=0))
        with self.central.sessions() as cs, translate_errors():
            refused = conflicts_for(cs, results, CENTRAL)
        return {i: (seq, refused.get(i)) for i, seq in results.items()}

    def _door(self, rows: Sequence[JournalRow]) -> tuple[dict[str, int], SyncError | None]:
        batch = json.dumps([_as_json(r) for r in rows], ensure_ascii=False)
        if "\\u0000" in batch:
            bad = next(r for r in rows if "\\u0000" in json.dumps(_as_json(r)))
            return {}, ChainBroken(
                f"本机第{bad.seq}条事件含有中心数据库无法保存的空字符，本机的上传已停止。"
                "请联系管理员"
            )
        with self.central.sessions() as cs, cs.begin(), translate_errors():
            answer = cs.scalar(text("SELECT clerk_push(CAST(:b AS jsonb))"), {"b": batch})
        results: dict[str, int] = {}
        for item in answer or []:
            if "stop" in item:
                log.warning("central refused event %s: %s", item.get("id"), item["stop"])
                return results, _stopped(item)
            results[str(item["id"])] = int(item["central_seq"])
        return results, None

    def _await_decision(self, through: int) -> bool:
        """Wait (bounded) until the central has decided on every event up to ``through``."""
        deadline = time.monotonic() + self.decision_wait
        while True:
            with self.central.sessions() as cs, translate_errors():
                if decided_through(cs) >= through:
                    return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    def _verdicts(self, pushed: dict[str, int]) -> int:
        """Store the central's refusals of what was just pushed; returns how many."""
        if not pushed:
            return 0
        if not self._await_decision(max(pushed.values())):
            self._undecided = True
            return 0
        ids = list(pushed)
        refused: dict[str, ConflictRecord] = {}
        with self.central.sessions() as cs, translate_errors():
            for start in range(0, len(ids), 1000):
                refused |= conflicts_for(cs, ids[start : start + 1000], CENTRAL)
        if refused:
            with self.local.sessions() as s, s.begin(), translate_errors():
                for conflict in refused.values():
                    conflict.store(s)
        return len(refused)

    # --- pull -----------------------------------------------------------------------

    def pull(self) -> tuple[int, int]:
        """Apply the others' events after the cursor, as far as the central has decided on
        them; each is checked again here (author, payload) and a bad one becomes a conflict.
        Returns (applied+journaled, conflicts)."""
        pulled = conflicts = 0
        moved = False
        while True:
            with self.local.read_sessions() as s:
                cursor = int(_get_state(s, PULLED_THROUGH) or 0)
            with self.central.read_sessions() as cs, translate_errors():
                decided = decided_through(cs)
                rows = event_rows(
                    cs,
                    journal_select()
                    .where(Event.central_seq > cursor, Event.central_seq <= decided)
                    .order_by(Event.central_seq)
                    .limit(self.pull_batch),
                )
                refused = conflicts_for(cs, (r.id for r in rows), CENTRAL)
            if not rows:
                if moved:
                    self._record_cursor(cursor)
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
            moved = True
            self._progress("pull", pulled, None)

    def _record_cursor(self, through: int) -> None:
        """Tell the central how far this workstation has pulled (its witness)."""
        with self.central.sessions() as cs, cs.begin(), translate_errors():
            cs.execute(text("SELECT clerk_record_cursor(:n)"), {"n": through})

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


def _as_json(row: JournalRow) -> dict[str, object]:
    return {
        "id": row.id,
        "workstation": row.workstation,
        "seq": row.seq,
        "type": row.type,
        "actor_id": row.actor_id,
        "window_id": row.window_id,
        "occurred_at": row.occurred_at,
        "request_id": row.request_id,
        "payload": row.payload,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }


def _stopped(item: dict[str, object]) -> SyncError:
    reason = str(item.get("reason") or "中心数据库拒收了本机的事件")
    if item.get("stop") == "identity":
        return CentralAuthFailed(f"中心数据库拒收：{reason}。请管理员核对本机设置的工作站代码")
    return ChainBroken(f"中心数据库拒收：{reason}。本机的上传已停止，请联系管理员核对审计链")


def _get_state(s: Session, key: str) -> str | None:
    row = s.get(SyncState, key)
    return None if row is None else row.value


def _set_state(s: Session, key: str, value: str) -> None:
    row = s.get(SyncState, key)
    if row is None:
        s.add(SyncState(key=key, value=value))
    else:
        row.value = value

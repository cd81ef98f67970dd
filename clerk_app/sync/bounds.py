"""Every call to the central database has a bound, so a hung link never freezes a counter.

Four bounds, from the wire up:

- libpq ``connect_timeout`` (whole seconds, at least 2) and TCP keepalives plus
  ``tcp_user_timeout``: a half-open connection is noticed by the kernel;
- ``statement_timeout`` and ``lock_timeout`` set for every session: the server gives up;
- a :class:`Watchdog` on the engine: a statement (or commit) still waiting for an answer
  after its deadline has its socket shut down, so the driver fails at once and the pool
  discards that connection instead of reusing it;
- :func:`call_within`: a counter's call runs in a helper thread and the caller waits at
  most the call deadline (a connect that hangs included), then goes on offline.

A call cut by a deadline raises :class:`CentralUnreachable` with the reason
:data:`NO_ANSWER` (中心无响应).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError

from clerk_app.sync.errors import CentralUnreachable

log = logging.getLogger("clerk.sync")

T = TypeVar("T")

NO_ANSWER = "中心无响应，本窗口改为离线办理，恢复后自动同步"


@dataclass(frozen=True)
class LinkBounds:
    """How long anything may wait on the central database (seconds unless named _ms)."""

    call_deadline: float = 1.5  # a counter action's central call, as the caller sees it
    statement_timeout_ms: int = 1_500  # the counter's session (queue numbers, claims)
    lock_timeout_ms: int = 1_000
    sync_statement_timeout_ms: int = 30_000  # the sync worker's session (batches)
    sync_deadline: float = 35.0  # the watchdog's bound on one sync statement
    connect_timeout: int = 2  # libpq: whole seconds, 2 at least
    keepalives_idle: int = 5
    keepalives_interval: int = 2
    keepalives_count: int = 3
    tcp_user_timeout_ms: int = 10_000

    def connect_args(self, *, sync: bool) -> dict[str, Any]:
        """libpq parameters of one central handle (the counter's, or the sync worker's)."""
        statement = self.sync_statement_timeout_ms if sync else self.statement_timeout_ms
        return {
            "connect_timeout": max(2, int(self.connect_timeout)),
            "keepalives": 1,
            "keepalives_idle": self.keepalives_idle,
            "keepalives_interval": self.keepalives_interval,
            "keepalives_count": self.keepalives_count,
            "tcp_user_timeout": self.tcp_user_timeout_ms,
            "options": f"-c statement_timeout={statement} -c lock_timeout={self.lock_timeout_ms}",
        }

    def statement_deadline(self, *, sync: bool) -> float:
        return self.sync_deadline if sync else self.call_deadline


# Threads whose central call a deadline cut: their next driver error means "no answer".
_cut_lock = threading.Lock()
_cut_threads: set[int] = set()


def was_cut(thread_id: int | None = None) -> bool:
    """True once if a deadline cut this thread's call (the error it sees is ours)."""
    ident = threading.get_ident() if thread_id is None else thread_id
    with _cut_lock:
        if ident in _cut_threads:
            _cut_threads.discard(ident)
            return True
    return False


def _mark_cut(thread_id: int) -> None:
    with _cut_lock:
        _cut_threads.add(thread_id)


def _shut(dbapi_conn: Any) -> None:
    """Shut the connection's socket down: a driver blocked on it wakes with an error."""
    try:
        fd = dbapi_conn.pgconn.socket
    except Exception:
        return
    with contextlib.suppress(OSError):
        dup = socket.socket(fileno=os.dup(fd))
        try:
            dup.shutdown(socket.SHUT_RDWR)
        finally:
            dup.close()


class Watchdog:
    """Shuts down the socket of a central statement that outlives its deadline, and of a
    thread's connection on request (:meth:`cut`). One monitor thread per engine."""

    def __init__(self, engine: Engine, deadline: float) -> None:
        self.deadline = deadline
        self._dialect = engine.dialect
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, Any, int]] = {}  # id(conn) -> (due, conn, thread)
        # When the watching thread wakes up next (None: when notified). A statement's
        # deadline is later than any armed before it, so it rarely needs a wake-up.
        self._wake_at: float | None = None
        self._by_thread: dict[int, Any] = {}  # thread -> dbapi connection checked out
        self._stopped = False
        self._thread: threading.Thread | None = None
        event.listen(engine, "checkout", self._checkout)
        event.listen(engine, "checkin", self._checkin)
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)
        event.listen(engine, "commit", self._on_commit)
        event.listen(engine, "rollback", self._on_commit)
        event.listen(engine, "engine_disposed", lambda _e: self.stop())

    # --- engine events (any thread) ---------------------------------------------------

    def _checkout(self, dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        """The pool's pre-ping, bounded: a pooled connection that went silent is cut at the
        deadline and the pool connects afresh (SQLAlchemy's own pre-ping has no bound)."""
        with self._cond:
            self._by_thread[threading.get_ident()] = dbapi_conn
        self._arm(dbapi_conn)
        try:
            alive = self._dialect.do_ping(dbapi_conn)
        except Exception as exc:
            alive = False
            log.info("central connection lost before use: %s", exc)
        with self._cond:
            self._armed.pop(id(dbapi_conn), None)
        if not alive:
            self._checkin(dbapi_conn, None)
            raise DisconnectionError("central connection lost before use")
        was_cut()  # a cut earlier in this thread has been dealt with: a fresh start

    def _checkin(self, dbapi_conn: Any, _record: Any) -> None:
        with self._cond:
            self._armed.pop(id(dbapi_conn), None)
            for thread, conn in list(self._by_thread.items()):
                if conn is dbapi_conn:
                    del self._by_thread[thread]

    def _before(self, conn: Any, *_args: Any) -> None:
        self._arm(conn.connection.dbapi_connection)

    def _after(self, conn: Any, *_args: Any) -> None:
        dbapi_conn = conn.connection.dbapi_connection
        with self._cond:
            self._armed.pop(id(dbapi_conn), None)

    def _on_commit(self, conn: Any) -> None:
        if not conn.invalidated:
            self._arm(conn.connection.dbapi_connection)

    def _arm(self, dbapi_conn: Any) -> None:
        if dbapi_conn is None:
            return
        due = time.monotonic() + self.deadline
        with self._cond:
            self._armed[id(dbapi_conn)] = (due, dbapi_conn, threading.get_ident())
            if self._thread is None and not self._stopped:
                self._thread = threading.Thread(
                    target=self._watch, name="clerk-central-watchdog", daemon=True
                )
                self._thread.start()
            if self._wake_at is None or due < self._wake_at:
                self._cond.notify()

    # --- cutting ------------------------------------------------------------------------

    def cut(self, thread_id: int) -> None:
        """Discard the connection ``thread_id`` is using (its call ran out of time)."""
        _mark_cut(thread_id)
        with self._cond:
            conn = self._by_thread.get(thread_id)
        if conn is not None:
            log.warning("central call past its deadline: connection discarded")
            _shut(conn)

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()

    def _watch(self) -> None:
        with self._cond:
            while not self._stopped:
                now = time.monotonic()
                late = [v for v in self._armed.values() if v[0] <= now]
                for _due, conn, thread in late:
                    self._armed.pop(id(conn), None)
                    _mark_cut(thread)
                    log.warning("central statement past its deadline: connection discarded")
                    _shut(conn)
                soonest = min((v[0] for v in self._armed.values()), default=None)
                self._wake_at = soonest
                self._cond.wait(None if soonest is None else max(0.0, soonest - now))
                self._wake_at = None


def watchdog_of(engine: Engine) -> Watchdog | None:
    found = engine.__dict__.get("_clerk_watchdog")
    return found if isinstance(found, Watchdog) else None


def attach_watchdog(engine: Engine, deadline: float) -> Watchdog:
    dog = Watchdog(engine, deadline)
    engine.__dict__["_clerk_watchdog"] = dog
    return dog


def call_within(deadline: float | None, engine: Engine, fn: Callable[[], T]) -> T:
    """``fn()`` (a central call on ``engine``), waited for at most ``deadline`` seconds.

    Past the deadline the helper thread's connection is discarded (it may finish or fail
    later, unseen) and :class:`CentralUnreachable` (中心无响应) is raised at once.
    """
    if deadline is None:
        return fn()
    done = threading.Event()
    outcome: dict[str, Any] = {}

    def run() -> None:
        outcome["thread"] = threading.get_ident()
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed to the caller
            outcome["error"] = exc
        finally:
            done.set()

    helper = threading.Thread(target=run, name="clerk-central-call", daemon=True)
    helper.start()
    if not done.wait(deadline):
        dog = watchdog_of(engine)
        if dog is not None and helper.ident is not None:
            dog.cut(helper.ident)
        raise CentralUnreachable(NO_ANSWER)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]

"""The background sync loop: a plain thread; the GUI wraps it and turns callbacks into signals.

Status for the indicator comes two ways, neither touching the GUI thread's time: the
engine's ``on_status`` callback is called from this thread after every round and every
local write (:meth:`SyncWorker.trigger`), and :attr:`SyncWorker.status` returns the last
one computed without any I/O.
"""

from __future__ import annotations

import logging
import threading
import time

from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.errors import SyncError
from clerk_app.sync.status import SyncStatus

log = logging.getLogger("clerk.sync")


class SyncWorker:
    """Runs ``engine.run_once()`` every ``interval`` seconds, sooner when triggered, with a
    growing pause (up to ``max_backoff``) while rounds fail. Never touches the GUI thread."""

    def __init__(
        self, engine: SyncEngine, *, interval: float = 5.0, max_backoff: float = 60.0
    ) -> None:
        self.engine = engine
        self.interval, self.max_backoff = interval, max_backoff
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._round_asked = False  # sync as soon as possible
        self._refresh_asked = False  # only recount (events waiting, conflicts)
        self._failing = False
        self._thread: threading.Thread | None = None

    @property
    def status(self) -> SyncStatus:
        """The last status computed (online, offline since, waiting, last sync, conflicts);
        no I/O, cheap from any thread including the GUI's."""
        return self.engine.last_status

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="clerk-sync", daemon=True)
            self._thread.start()

    def trigger(self) -> None:
        """A local write happened (cheap, any thread): push it soon so the other windows see
        it. While rounds fail (central unreachable) only the status is refreshed — the
        reconnection keeps its own growing pause instead of one attempt per click."""
        self._refresh_asked = True
        if not self._failing:
            self._round_asked = True
        self._wake.set()

    def sync_now(self) -> None:
        """The user asked for a sync ("立即同步"): one round now, even while failing."""
        self._round_asked = True
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if not self._thread.is_alive():
                self._thread = None

    def _run(self) -> None:
        self._refresh()  # the indicator shows the waiting events before the first round
        pause = self.interval
        due = time.monotonic()
        while True:
            self._wake.clear()  # before reading the flags: a later trigger wakes the wait
            if self._stop.is_set():
                return
            if self._round_asked or time.monotonic() >= due:
                self._round_asked = self._refresh_asked = False
                self._failing = not self._round()
                pause = min(self.max_backoff, pause * 2) if self._failing else self.interval
                due = time.monotonic() + pause
            elif self._refresh_asked:
                self._refresh_asked = False
                self._refresh()
            self._wake.wait(max(0.0, due - time.monotonic()))

    def _round(self) -> bool:
        try:
            self.engine.run_once()  # publishes the status itself, success or failure
        except SyncError as exc:
            log.warning("sync failed: %s", exc.message)
            return False
        except Exception:
            log.exception("sync crashed")
            return False
        return True

    def _refresh(self) -> None:
        try:
            self.engine.publish_status()
        except Exception:
            log.exception("sync status could not be read")

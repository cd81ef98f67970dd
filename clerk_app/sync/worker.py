"""The background sync loop: a plain thread; the GUI wraps it and turns callbacks into signals."""

from __future__ import annotations

import logging
import threading

from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.errors import SyncError

log = logging.getLogger("clerk.sync")


class SyncWorker:
    """Runs ``engine.run_once()`` every ``interval`` seconds, sooner when triggered, with a
    growing pause while the central is unreachable. Never touches the GUI thread."""

    def __init__(
        self, engine: SyncEngine, *, interval: float = 5.0, max_backoff: float = 60.0
    ) -> None:
        self.engine = engine
        self.interval, self.max_backoff = interval, max_backoff
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="clerk-sync", daemon=True)
            self._thread.start()

    def trigger(self) -> None:
        """Sync soon (e.g. after a ticket was issued, so the other windows see it)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        pause = self.interval
        while not self._stop.is_set():
            try:
                self.engine.run_once()
                pause = self.interval
            except SyncError as exc:
                log.warning("sync failed: %s", exc.message)
                pause = min(self.max_backoff, pause * 2)
            except Exception:
                log.exception("sync crashed")
                pause = min(self.max_backoff, pause * 2)
            self._wake.wait(pause)
            self._wake.clear()

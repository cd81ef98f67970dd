"""The link to the central database, as the composition root wires it.

:meth:`CentralLink.connect` does the slow part — the keyring, opening the central handle —
and must run in a worker; :meth:`CentralLink.start` then starts the sync thread and gives
the services the central queue (``ctx.shared_queue``) and an immediate pull
(``ctx.fetch_missing``). A missing password or a locked keyring only puts a message in the
status indicator: the workstation keeps working on its own and catches up later.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from clerk_app.services.context import ServiceContext
from clerk_app.sync.central import open_central
from clerk_app.sync.central_queue import CentralQueue
from clerk_app.sync.engine import SyncEngine, SyncReport, SyncStatus
from clerk_app.sync.errors import SyncError
from clerk_app.sync.worker import SyncWorker
from clerk_app.ui.tasks import Tasks

if TYPE_CHECKING:
    from clerk_app.sync.settings import CentralSettings

log = logging.getLogger("clerk.sync")


class StatusSink(Protocol):
    def push(self, status: SyncStatus) -> None: ...
    def problem(self, message: str) -> None: ...


class SerialSyncEngine(SyncEngine):
    """One round at a time: the worker's ``run_once`` and a counter's immediate ``pull``
    (``ctx.fetch_missing``, on the writer thread) never copy the same batch twice."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.RLock()

    def run_once(self) -> SyncReport:
        with self._lock:
            return super().run_once()

    def pull(self) -> tuple[int, int]:
        with self._lock:
            return super().pull()


class CentralLink:
    """Connect (in a worker), start, trigger, stop; owns the central handle and the worker."""

    def __init__(
        self,
        ctx: ServiceContext,
        settings: CentralSettings,
        status: StatusSink,
        *,
        interval: float = 5.0,
    ) -> None:
        self.ctx, self.settings, self.status = ctx, settings, status
        self.interval = interval
        self.engine: SerialSyncEngine | None = None
        self.worker: SyncWorker | None = None
        self.problem: str | None = None

    def connect(self) -> bool:
        """Read the password from the keyring and prepare the engine (blocking: a worker's
        job). False, with the reason shown in the status indicator, if it cannot."""
        from clerk_app.sync.settings import load_password  # keyring: ~60 ms, not at start

        try:
            url = self.settings.url(load_password(self.settings))
            central = open_central(url)
        except SyncError as exc:
            log.warning("central database not used: %s", exc.message)
            self.problem = exc.message
            self.status.problem(exc.message)
            return False
        self.engine = SerialSyncEngine(
            self.ctx.db, central, self.ctx.workstation, on_status=self.status.push
        )
        return True

    def start(self) -> None:
        """Give the services the central queue and start syncing (after :meth:`connect`)."""
        if self.engine is None or self.worker is not None:
            return
        self.ctx.shared_queue = CentralQueue(self.engine.central)
        self.ctx.fetch_missing = self.fetch_missing
        self.worker = SyncWorker(self.engine, interval=self.interval)
        self.worker.start()

    def fetch_missing(self) -> None:
        """Pull now (a ticket called from the central queue was issued elsewhere)."""
        if self.engine is None:
            return
        try:
            self.engine.pull()
        except SyncError as exc:
            log.warning("immediate pull failed: %s", exc.message)

    def trigger(self) -> None:
        """Sync soon; cheap, any thread (called after every local write)."""
        if self.worker is not None:
            self.worker.trigger()

    def stop(self) -> None:
        """At quit: stop the worker, drop the central queue, close the central handle."""
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        self.ctx.shared_queue = None
        self.ctx.fetch_missing = None
        if self.engine is not None:
            self.engine.central.dispose()
            self.engine = None


class SyncingTasks(Tasks):
    """:class:`Tasks` that call ``after_write`` on the writer thread after each successful
    local write, so the sync worker pushes the new events at once."""

    after_write: Callable[[], None] | None = None

    def write(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        def job() -> Any:
            result = fn()
            hook = self.after_write
            if hook is not None:
                hook()
            return result

        super().write(job, on_success, on_failure)

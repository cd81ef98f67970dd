"""The link to the central database as one object: the shared queue the services use, the
sync engine and its worker, and what happens when the centre fails to answer.

The composition root makes a :class:`CentralLink` before the service context and gives
the context its :attr:`CentralLink.queue` and :meth:`CentralLink.fetch_missing` once and
for all; :meth:`CentralLink.connect` (a worker's job: keyring, opening the handles) and
:meth:`CentralLink.start` only change the link's own state. Until the link is connected,
while the centre is known to be down, or when a central call fails or runs past its
deadline, the queue raises :class:`CentralUnreachable` at once and the services number and
call offline; every such failure turns the status offline with its reason. The sync worker
brings the link back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from clerk_app.store.db import Database
from clerk_app.sync.bounds import LinkBounds, watchdog_of
from clerk_app.sync.central import open_central
from clerk_app.sync.central_queue import CentralQueue, Claim
from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.errors import CentralUnreachable, SyncError
from clerk_app.sync.status import SyncReport, SyncStatus
from clerk_app.sync.worker import SyncWorker

if TYPE_CHECKING:
    from clerk_app.sync.settings import CentralSettings

log = logging.getLogger("clerk.sync")

T = TypeVar("T")

NOT_CONNECTED = "尚未连接中心，本窗口离线办理"


class StatusSink(Protocol):
    def push(self, status: SyncStatus) -> None: ...
    def problem(self, message: str) -> None: ...


class SerialSyncEngine(SyncEngine):
    """One round at a time: the worker's ``run_once`` and a counter's immediate ``pull``
    (``fetch_missing``, on the writer thread) never copy the same batch twice."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.RLock()

    def run_once(self) -> SyncReport:
        with self._lock:
            return super().run_once()

    def pull(self) -> tuple[int, int]:
        with self._lock:
            return super().pull()

    def pull_within(self, deadline: float) -> bool:
        """Pull, waiting at most ``deadline`` seconds (for the lock, behind a running round,
        and for the central); False if it did not finish in time (it goes on unseen)."""
        done = threading.Event()

        def run() -> None:
            try:
                self.pull()
            except SyncError as exc:
                log.warning("immediate pull failed: %s", exc.message)
            except Exception:
                log.exception("immediate pull crashed")
            finally:
                done.set()

        threading.Thread(target=run, name="clerk-central-pull", daemon=True).start()
        return done.wait(deadline)


class LinkedQueue:
    """The shared queue the services hold from start to quit (see the module doc)."""

    def __init__(self, link: CentralLink) -> None:
        self.link = link

    def reachable(self) -> bool:
        """False while the link is not connected or known to be down (no I/O)."""
        engine = self.link.engine
        return self.link.central_queue is not None and engine is not None and not engine.known_down

    def _use(self, fn: Callable[[CentralQueue], T]) -> T:
        queue, engine = self.link.central_queue, self.link.engine
        if queue is None or engine is None:
            raise CentralUnreachable(self.link.problem or NOT_CONNECTED)
        if engine.known_down:
            raise CentralUnreachable(engine.last_status.error or NOT_CONNECTED)
        try:
            return fn(queue)
        except SyncError as exc:
            engine.report_failure(exc)
            if isinstance(exc, CentralUnreachable):
                raise
            raise CentralUnreachable(exc.message) from exc

    def issue_number(self, queue_id: str, day: date, *, at_least: int = 0) -> int:
        return self._use(lambda q: q.issue_number(queue_id, day, at_least=at_least))

    def claim_next(
        self, window_id: str, queue_ids: Sequence[str], day: date, *, at: datetime | None = None
    ) -> Claim | None:
        return self._use(lambda q: q.claim_next(window_id, queue_ids, day, at=at))

    def release(self, ticket_id: str, window_id: str) -> None:
        self._use(lambda q: q.release(ticket_id, window_id))

    def open_claims(self, window_id: str, day: date) -> list[Claim]:
        return self._use(lambda q: q.open_claims(window_id, day))


class CentralLink:
    """Connect (in a worker), start, trigger, stop; owns the central handles and the worker."""

    def __init__(
        self,
        settings: CentralSettings,
        *,
        bounds: LinkBounds | None = None,
        interval: float = 5.0,
        max_backoff: float = 60.0,
    ) -> None:
        self.settings = settings
        self.bounds = bounds or LinkBounds()
        self.interval, self.max_backoff = interval, max_backoff
        self.queue = LinkedQueue(self)
        self.engine: SerialSyncEngine | None = None
        self.central_queue: CentralQueue | None = None
        self.worker: SyncWorker | None = None
        self.problem: str | None = None

    def connect(self, local: Database, workstation: str, status: StatusSink) -> bool:
        """Read the password from the keyring and prepare the engine (blocking: a worker's
        job). False, with the reason shown in the status indicator, if it cannot. Without
        any keyring on the machine a password-less login (trust, certificates) still works."""
        from clerk_app.sync.settings import central_url  # keyring: not at start

        try:
            url = central_url(self.settings)
            sync_handle = open_central(url, bounds=self.bounds, sync=True)
            queue_handle = open_central(url, bounds=self.bounds, sync=False)
        except SyncError as exc:
            log.warning("central database not used: %s", exc.message)
            self.problem = exc.message
            status.problem(exc.message)
            return False
        self.engine = SerialSyncEngine(local, sync_handle, workstation, on_status=status.push)
        self.central_queue = CentralQueue(queue_handle, deadline=self.bounds.call_deadline)
        return True

    def start(self) -> None:
        """Start syncing (after :meth:`connect`)."""
        if self.engine is None or self.worker is not None:
            return
        self.worker = SyncWorker(self.engine, interval=self.interval, max_backoff=self.max_backoff)
        self.worker.start()

    def fetch_missing(self) -> None:
        """Pull now (a ticket called from the central queue was issued elsewhere), waiting
        no longer than a counter's call may."""
        if self.engine is not None and not self.engine.pull_within(self.bounds.call_deadline):
            log.warning("immediate pull did not finish within %.1f s", self.bounds.call_deadline)

    def trigger(self) -> None:
        """Sync soon; cheap, any thread (called after every local write)."""
        if self.worker is not None:
            self.worker.trigger()

    def sync_now(self) -> None:
        """An administrator asked for a round now (立即同步), even while failing."""
        if self.worker is not None:
            self.worker.sync_now()

    def stop(self) -> None:
        """At quit: stop the worker (cutting a hung round), close the central handles."""
        worker, engine, queue = self.worker, self.engine, self.central_queue
        self.worker = self.engine = self.central_queue = None
        if worker is not None:
            thread = worker.thread
            worker.stop(timeout=1.0)
            if thread is not None and thread.is_alive() and engine is not None:
                dog = watchdog_of(engine.central.engine)
                if dog is not None and thread.ident is not None:
                    dog.cut(thread.ident)
                thread.join(5.0)
        if engine is not None:
            engine.central.dispose()
        if queue is not None:
            queue.central.dispose()

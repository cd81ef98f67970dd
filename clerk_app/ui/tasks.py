"""The one background helper: database and printing work runs off the GUI thread.

Two executors: the single writer (thread ``clerk-write``) runs every change of the local
database, one at a time in submission order; the I/O pool (threads ``clerk-io``) runs
queries, rendering, printing, file and network work, and never writes to the database. A
job that reads and then writes (a printed document: render, then archive) is two jobs: the
I/O part, then from its success callback the write. An operation runs a plain function in
a worker and comes back on the GUI thread through a queued signal, to a success or a
failure callback (Anki's ``CollectionOp`` / ``QueryOp`` are the model). Widgets do not call
:meth:`Tasks.write` / :meth:`Tasks.io` themselves: a feature's ``ops.py`` builds the
operation, the widget adds what it shows and runs it::

    WriteOp(tasks, lambda: tickets.call_next(ctx, actor, window_id=w)).success(self.show).run()
    QueryOp(tasks, lambda: board.windows_board(ctx)).success(self.model.set_rows).run()

Workers never touch widgets. A :class:`ClerkError` is shown to the clerk as it is (its
message is already Chinese); anything else is logged and shown as a generic message.
Tests pass :class:`SyncExecutor` so everything happens before the call returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from clerk_app.domain.errors import ClerkError
from clerk_app.ui.common.qt_compat import emit

log = logging.getLogger("clerk.ui")

T = TypeVar("T")
SuccessCallback = Callable[[Any], None]
WRITER_THREAD = "clerk-write"  # the single writer's thread is clerk-write_0
IO_THREAD = "clerk-io"
FailureCallback = Callable[[BaseException], None]


def alive(callback: Callable[..., Any] | None) -> bool:
    """False for a bound method of a widget (or any QObject) that is already deleted: its
    result arrives after the window was closed (signed off), and is dropped."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class SyncExecutor(Executor):
    """Runs each job at once on the calling thread (for tests)."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def error_message(exc: BaseException) -> str:
    """What the clerk reads: the Chinese message of a ClerkError, else a generic line."""
    if isinstance(exc, ClerkError):
        return str(exc)
    return QCoreApplication.translate(
        "Tasks", "操作没有完成：程序出现意外错误，已记录日志。请重试，仍不行请联系系统管理员。"
    )


class Tasks(QObject):
    """Runs operations in the background and delivers the outcome on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, exception
    errorShown = Signal(str)
    busyChanged = Signal(bool)

    def __init__(
        self,
        writer: Executor | None = None,
        io: Executor | None = None,
        report_error: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._writer = writer or ThreadPoolExecutor(1, thread_name_prefix=WRITER_THREAD)
        self._io = io or ThreadPoolExecutor(2, thread_name_prefix=IO_THREAD)
        self._report_error = report_error
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    # --- public ------------------------------------------------------------------------

    def set_error_reporter(self, report: Callable[[str], None] | None) -> None:
        """Who shows an error to the clerk (the main window's message box)."""
        self._report_error = report

    def write(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """A change of state: runs on the single writer, in submission order."""
        self._submit(self._writer, fn, on_success, on_failure)

    def io(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """A query, a rendering, a print job, a file or a network call: runs on the I/O
        pool. Never a database write (that is :meth:`write`'s)."""
        self._submit(self._io, fn, on_success, on_failure)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self, wait: bool = True) -> None:
        """Called once at quit: finish what was started, accept nothing new."""
        self._closed = True
        self._writer.shutdown(wait=wait)
        self._io.shutdown(wait=wait)

    # --- machinery ---------------------------------------------------------------------

    def _submit(
        self,
        executor: Executor,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None,
        on_failure: FailureCallback | None,
    ) -> None:
        if self._closed:
            log.warning("task submitted after shutdown: %r", fn)
            return
        self._pending += 1
        if self._pending == 1:
            emit(self.busyChanged, True)

        def job() -> None:
            try:
                result = fn()
            except BaseException as exc:
                emit(self._finished, on_failure, None, exc)
            else:
                emit(self._finished, on_success, result, None)

        executor.submit(job)

    def _deliver(self, callback: Any, result: Any, exc: BaseException | None) -> None:
        # Busy until the callback has run: a callback that queues the next job of the same
        # operation (render, then archive) keeps the count above zero, with no flicker.
        try:
            self._call_back(callback, result, exc)
        finally:
            self._pending -= 1
            if self._pending == 0:
                emit(self.busyChanged, False)

    def _call_back(self, callback: Any, result: Any, exc: BaseException | None) -> None:
        if not alive(callback):
            return
        if exc is None:
            if callback is not None:
                callback(result)
            return
        if not isinstance(exc, ClerkError):
            log.error("background task failed", exc_info=exc)
        if callback is not None:
            callback(exc)
        else:
            self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        message = error_message(exc)
        emit(self.errorShown, message)
        if self._report_error is not None:
            self._report_error(message)


class Op(Generic[T]):
    """One user action: what runs in the background, what on success, what on failure.

    Built by a feature's ``ops.py`` (one function per action), completed by the widget with
    :meth:`success` / :meth:`failure`, then :meth:`run`. Success callbacks run in the order
    they were added, on the GUI thread. Without a failure callback the clerk is shown the
    Chinese message of the error (:func:`error_message`) by the task runner.
    """

    writes = False

    def __init__(self, tasks: Tasks, work: Callable[[], T]) -> None:
        self.tasks = tasks
        self.work = work
        self._on_success: list[Callable[[T], None]] = []
        self._on_failure: FailureCallback | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success.append(callback)
        return self

    def failure(self, callback: FailureCallback) -> Op[T]:
        """Replace the default (a message box) with ``callback``."""
        self._on_failure = callback
        return self

    def run(self) -> None:
        submit = self.tasks.write if self.writes else self.tasks.io
        submit(self.work, self._succeeded, self._on_failure)

    def _succeeded(self, result: T) -> None:
        for callback in self._on_success:
            if alive(callback):  # the widget may be gone: signed off while it ran
                callback(result)


class WriteOp(Op[T]):
    """A change of state (Anki's ``CollectionOp``): on the single writer, in order."""

    writes = True


class QueryOp(Op[T]):
    """A query, a rendering (Anki's ``QueryOp``): on the I/O pool, never a database write."""

    writes = False

"""The start-up thread: the database layer is imported and opened in a plain thread while
the login (the first window) is already on screen; :class:`Boot` brings the outcome back.

Nothing here imports the services: this module must stay cheap (PySide6 only), so that
the first window appears about as fast as a bare Qt window does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from clerk_app.ui.common.qt_compat import emit

if TYPE_CHECKING:
    from concurrent.futures import Future


def start_boot(fn: Callable[[], Any]) -> Future[Any]:
    """Run ``fn`` in a plain thread at once."""
    from concurrent.futures import Future  # after the first window: it is not free either

    future: Future[Any] = Future()

    def run() -> None:
        try:
            future.set_result(fn())
        except BaseException as exc:  # handed to the GUI thread, which reports it
            future.set_exception(exc)

    threading.Thread(target=run, name="clerk-boot", daemon=True).start()
    return future


class Boot(QObject):
    """Brings the outcome of :func:`start_boot` to the GUI thread: :attr:`done` carries
    (result, error). The slow, Qt-free part of the start runs there: imports, database."""

    done = Signal(object, object)  # result, BaseException | None

    def __init__(self, future: Future[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.future = future

    def watch(self) -> None:
        """Connect :attr:`done` first; it fires at once if the work is already over."""
        self.future.add_done_callback(self._finished)

    def _finished(self, future: Future[Any]) -> None:
        exc = future.exception()
        emit(self.done, None if exc is not None else future.result(), exc)

"""The first thing on screen: a small "starting" window, shown before the database layer is
even imported, while :class:`Boot` opens the database in a plain thread.

Nothing here imports the services: this module must stay cheap (PySide6 only), so that
the window appears about as fast as a bare Qt window does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clerk_app.ui.qt_compat import emit


class Splash(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        # Closing the splash must never count as closing the application.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setFixedSize(420, 180)
        name = QLabel(title)
        name.setObjectName("loginTitle")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("正在启动…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(name)
        layout.addWidget(self.message)
        layout.addStretch(1)


def start_boot(fn: Callable[[], Any]) -> Future[Any]:
    """Run ``fn`` in a plain thread at once (before Qt is even imported, if called early)."""
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

"""Lock the screen after a quiet spell: any key or mouse input restarts the count.

Input is watched by an application-wide event filter, installed a moment after sign-on
(``LISTEN_AFTER_MS``): its first calls make PySide6 build Python types for many of Qt's
internal classes (~25 ms), which is not the moment to spend them; the count itself runs
from the start.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


LISTEN_AFTER_MS = 2_000


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self, minutes: int, parent: QObject | None = None, *, timer: QTimer | None = None
    ) -> None:
        """``timer`` counts the quiet spell (tests give one they move by hand); by default
        a QTimer of its own."""
        super().__init__(parent)
        self.timer = QTimer(self) if timer is None else timer
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self.listening = False
        self.stopped = False
        QTimer.singleShot(LISTEN_AFTER_MS, self, self.listen)

    def listen(self) -> None:
        """Watch the input from now on (at once, if called before the timer does)."""
        app = QApplication.instance()
        if app is not None and not self.listening and not self.stopped:
            app.installEventFilter(self)
            self.listening = True

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes <= 0:
            self.timer.stop()
            return
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def poke(self) -> None:
        if self.minutes > 0:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.stopped = True
        app = QApplication.instance()
        if app is not None and self.listening:
            app.removeEventFilter(self)
            self.listening = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.poke()
        return False

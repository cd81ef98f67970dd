"""The clerk's side of an exception nobody caught (the composition root logs it): the
generic message, shown on the GUI thread whatever thread raised, one box at a time."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.tasks import error_message


class UncaughtNotice(QObject):
    """:meth:`notify` from any thread; the box opens later, on the GUI thread."""

    _raised = Signal()
    shown = Signal(object)  # the message box

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._box: QMessageBox | None = None
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def notify(self) -> None:
        emit(self._raised)

    def _show(self) -> None:
        if self._box is None:
            self._box = QMessageBox(
                QMessageBox.Icon.Warning,
                QApplication.applicationDisplayName(),
                error_message(RuntimeError()),
                QMessageBox.StandardButton.Ok,
            )
        if not self._box.isVisible():  # a burst of errors is one box
            self._box.open()
        emit(self.shown, self._box)

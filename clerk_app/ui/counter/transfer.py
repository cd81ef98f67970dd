"""Transfer the current visitor to another queue, or to a given window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from clerk_app.services.tickets import QueueRef
from clerk_app.ui.counter import ops
from clerk_app.ui.ports import WindowChoice
from clerk_app.ui.session import SignedOn


@dataclass(frozen=True)
class TransferTarget:
    queue_id: str
    window_id: str | None


class TransferDialog(QDialog):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转移号票"))
        self.setMinimumWidth(480)
        self.queues: list[QueueRef] = []
        self.windows: list[WindowChoice] = []
        self.queue_combo = QComboBox()
        self.window_combo = QComboBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("转入队列"), self.queue_combo)
        form.addRow(self.tr("指定窗口"), self.window_combo)
        form.addRow(self.buttons)
        self.own_window = session.badge.window_id
        ops.transfer_targets(session).success(self._targets).run()

    def _targets(self, data: tuple[list[QueueRef], list[WindowChoice]]) -> None:
        self._loaded(data[0], data[1], self.own_window)

    def _loaded(
        self,
        queues: list[QueueRef],
        windows: list[WindowChoice],
        own_window: str | None,
    ) -> None:
        self.queues, self.own_window = queues, own_window
        self.windows = [w for w in windows if w.id != own_window]
        for queue in queues:
            self.queue_combo.addItem(queue.name, queue.id)
        self.queue_combo.currentIndexChanged.connect(self._fill_windows)
        self._fill_windows()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(queues))

    def _fill_windows(self) -> None:
        """Only the windows that call from the chosen queue."""
        queue_id = self.queue_combo.currentData()
        self.window_combo.clear()
        self.window_combo.addItem(self.tr("该队列任一窗口"), None)
        for w in self.windows:
            if queue_id in w.queue_ids:
                self.window_combo.addItem(f"{w.code} {w.name}", w.id)

    def target(self) -> TransferTarget | None:
        queue_id = self.queue_combo.currentData()
        if queue_id is None:
            return None
        return TransferTarget(queue_id=queue_id, window_id=self.window_combo.currentData())

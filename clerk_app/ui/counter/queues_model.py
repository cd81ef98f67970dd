"""Waiting count and longest wait of each queue the window calls from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from clerk_app.services.tickets import QueueStatus
from clerk_app.ui.common.table_model import Column, RowTableModel

COL_QUEUE, COL_WAITING, COL_LONGEST = range(3)


class QueueStatusModel(RowTableModel[QueueStatus]):
    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("QueueStatusModel", "队列"), lambda q: q.queue_name
                ),
                Column(
                    QCoreApplication.translate("QueueStatusModel", "等候人数"),
                    lambda q: str(q.waiting),
                    sort=lambda q: q.waiting,
                    align=right,
                ),
                Column(
                    QCoreApplication.translate("QueueStatusModel", "最长等候"),
                    lambda q: (
                        QCoreApplication.translate("QueueStatusModel", "{m} 分钟").format(
                            m=q.longest_wait_minutes
                        )
                        if q.waiting
                        else "—"
                    ),
                    sort=lambda q: q.longest_wait_minutes,
                    align=right,
                ),
            ],
            parent,
        )

    def total_waiting(self) -> int:
        return sum(q.waiting for q in self.rows())

    def own_offline(self) -> int:
        """Waiting tickets numbered here offline: the ones an offline counter can call."""
        return sum(q.own_offline for q in self.rows())

    def longest_wait(self) -> int:
        return max((q.longest_wait_minutes for q in self.rows() if q.waiting), default=0)

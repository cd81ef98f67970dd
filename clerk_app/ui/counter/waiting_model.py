"""等候名单: who waits for this window, in call order (number, kind, item, minutes waited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from clerk_app.ui.common.labels import kind_label
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.counter.ops import WaitingRow

COL_NUMBER, COL_KIND, COL_ITEM, COL_WAITED = range(4)


class WaitingModel(RowTableModel[WaitingRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("WaitingModel", "号码"), lambda w: w.ticket.number
                ),
                Column(
                    QCoreApplication.translate("WaitingModel", "类别"),
                    lambda w: kind_label(w.ticket.kind),
                ),
                Column(
                    QCoreApplication.translate("WaitingModel", "事项"),
                    lambda w: w.ticket.item_name or w.ticket.queue_name,
                ),
                Column(
                    QCoreApplication.translate("WaitingModel", "已等"),
                    lambda w: QCoreApplication.translate("WaitingModel", "{m} 分钟").format(
                        m=w.waited_minutes
                    ),
                    sort=lambda w: w.waited_minutes,
                    align=right,
                ),
            ],
            parent,
        )

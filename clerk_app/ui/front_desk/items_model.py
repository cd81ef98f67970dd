"""Catalogue search results at the front desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from clerk_app.services.catalogue import ItemView
from clerk_app.ui.common.table_model import Column, RowTableModel

COL_CODE, COL_NAME, COL_DEPARTMENT, COL_LIMIT = range(4)


def limit_text(item: ItemView) -> str:
    if item.kind == "instant" or item.promised_limit == 0:
        return QCoreApplication.translate("ItemTableModel", "即办")
    return QCoreApplication.translate("ItemTableModel", "{days} 个工作日").format(
        days=item.promised_limit
    )


def name_text(item: ItemView) -> str:
    """The name, marked when the item was cancelled or adjusted (事项取消/调整公告)."""
    if item.status == "cancelled":
        mark = QCoreApplication.translate("ItemTableModel", "【已取消】")
        return mark + item.name
    if item.status == "adjusted":
        return QCoreApplication.translate("ItemTableModel", "【已调整】") + item.name
    return item.name


class ItemTableModel(RowTableModel[ItemView]):
    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(QCoreApplication.translate("ItemTableModel", "事项编码"), lambda i: i.code),
                Column(QCoreApplication.translate("ItemTableModel", "事项名称"), name_text),
                Column(
                    QCoreApplication.translate("ItemTableModel", "部门"),
                    lambda i: i.department_name,
                ),
                Column(
                    QCoreApplication.translate("ItemTableModel", "承诺时限"),
                    limit_text,
                    sort=lambda i: i.promised_limit,
                    align=right,
                ),
            ],
            parent,
        )

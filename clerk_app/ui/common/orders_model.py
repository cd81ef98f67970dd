"""The table of 督办 orders, shared by the supervisor's list and the receiver's inbox:
an order unanswered after its date is red and says so in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from clerk_app.domain.clock import to_local
from clerk_app.services.orders import OrderView
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.theme import LIGHT_GREEN, LIGHT_RED


def order_status_text(o: OrderView) -> str:
    if o.status == "answered":
        return QCoreApplication.translate("OrdersModel", "已反馈")
    if o.overdue:
        return QCoreApplication.translate("OrdersModel", "逾期未反馈（已升级问责）")
    return QCoreApplication.translate("OrdersModel", "待反馈")


def _colour(o: OrderView) -> str | None:
    if o.status == "answered":
        return LIGHT_GREEN
    return LIGHT_RED if o.overdue else None


class OrderModel(RowTableModel[OrderView]):
    COL_STATUS, COL_CONTENT = 4, 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("OrdersModel", "督办时间"),
                    lambda o: to_local(o.issued_at).strftime("%Y-%m-%d %H:%M"),
                    sort=lambda o: o.issued_at.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("OrdersModel", "被督办"),
                    lambda o: " ".join(x for x in (o.department_name, o.window_code) if x),
                ),
                Column(
                    QCoreApplication.translate("OrdersModel", "办件编号"),
                    lambda o: o.case_no or "—",
                ),
                Column(
                    QCoreApplication.translate("OrdersModel", "反馈期限"),
                    lambda o: o.due_date.isoformat(),
                    sort=lambda o: o.due_date.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("OrdersModel", "状态"),
                    order_status_text,
                    color=_colour,
                ),
                Column(QCoreApplication.translate("OrdersModel", "督办事项"), lambda o: o.content),
                Column(
                    QCoreApplication.translate("OrdersModel", "办理情况"),
                    lambda o: f"{o.answer}（{o.answered_by}）" if o.answer else "—",
                ),
            ],
            parent,
        )

"""督办事项 for the clerk: the open orders to their department or window, answered with
what was done; an order past its date is red (it has escalated to an accountability
record)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clerk_app.services.orders import OrderView
from clerk_app.ui.cases import ops
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.orders_model import OrderModel
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.tables import make_table
from clerk_app.ui.session import SignedOn


class AnswerOrderDialog(FormDialog):
    def __init__(self, order: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("反馈督办事项"), parent)
        self.answer_edit = text_box("order_answer", 100)
        self.add_row(self.tr("督办事项"), wrapped_label(order.content))
        self.add_row(self.tr("反馈期限"), wrapped_label(order.due_date.isoformat()))
        self.add_row(self.tr("办理情况"), self.answer_edit, "order_answer")

    def problem(self) -> str:
        return "" if self.answer() else self.tr("请填写办理情况")

    def answer(self) -> str:
        return self.answer_edit.toPlainText().strip()


class OrdersInbox(QWidget):
    """督办事项: what the supervisor ordered the clerk's department or window to do."""

    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = OrderModel(self)
        self.table = make_table(self.model, OrderModel.COL_CONTENT)
        self.title = QLabel(self.tr("督办事项"))
        self.title.setObjectName("sectionTitle")
        self.answer_button = QPushButton(self.tr("反馈办理情况…"))
        self.form_dialog: AnswerOrderDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.answer_button.clicked.connect(self.answer_selected)
        self.answer_button.setEnabled(False)

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self.answer_button.setEnabled(self.selected() is not None)

    def refresh(self) -> None:
        ops.my_orders(self.session).success(self._loaded).run()

    def _loaded(self, orders: list[OrderView]) -> None:
        self.model.set_rows(orders)
        late = sum(1 for o in orders if o.overdue)
        if not orders:
            self.title.setText(self.tr("督办事项：暂无"))
        elif late:
            self.title.setText(
                self.tr("督办事项：待反馈 {n} 件  ·  ● 逾期 {late} 件").format(
                    n=len(orders), late=late
                )
            )
        else:
            self.title.setText(self.tr("督办事项：待反馈 {n} 件").format(n=len(orders)))
        self.answer_button.setEnabled(self.selected() is not None)

    def selected(self) -> OrderView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def answer_selected(self) -> None:
        order = self.selected()
        if order is None:
            return
        dialog = AnswerOrderDialog(order, self)

        def done(_view: OrderView) -> None:
            emit(self.status, self.tr("已反馈督办事项"))
            self.refresh()

        dialog.submit_with(lambda: ops.answer_order(self.session, order.id, dialog.answer()), done)
        self.form_dialog = dialog
        dialog.start()

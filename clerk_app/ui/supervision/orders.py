"""督办: the supervisor's orders to departments and windows, with their answers; an order
unanswered after its date is red (and the sweep opens an accountability record)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from clerk_app.domain.text_limits import COUNT_FIELDS
from clerk_app.services.board import Names
from clerk_app.services.orders import OrderView, Source
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.orders_model import OrderModel
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.common import ListPanel

DEFAULT_WORKDAYS = 3


@dataclass(frozen=True)
class OrderForm:
    content: str
    workdays: int
    department_id: str | None
    window_id: str | None
    source: Source = Source.BOARD
    source_id: str | None = None
    case_id: str | None = None


@dataclass(frozen=True)
class OrderTarget:
    """What an order is about when it comes from a case, a complaint or a finding."""

    source: Source
    summary: str
    source_id: str | None = None
    case_id: str | None = None
    department_id: str | None = None


class IssueOrderDialog(FormDialog):
    def __init__(
        self,
        names: Names,
        windows: list[tuple[str, str, str | None]],  # (id, label, department id)
        target: OrderTarget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("下达督办"), parent)
        self.target = target or OrderTarget(Source.BOARD, "")
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("（请选择）"), None)
        for dept_id, name in sorted(names.departments.items(), key=lambda d: d[1]):
            self.department_combo.addItem(name, dept_id)
        self.window_combo = QComboBox()
        self.window_combo.addItem(self.tr("（整个部门）"), None)
        for window_id, text, _dept in windows:
            self.window_combo.addItem(text, window_id)
        spec = COUNT_FIELDS["order_workdays"]
        self.workdays_spin = QSpinBox()
        self.workdays_spin.setRange(spec.minimum, spec.maximum)
        self.workdays_spin.setValue(DEFAULT_WORKDAYS)
        self.workdays_spin.setSuffix(self.tr(" 个工作日内反馈"))
        self.content_edit = text_box("order_content", 100)
        if self.target.summary:
            self.add_row(self.tr("来源"), wrapped_label(self.target.summary))
        if self.target.department_id is not None:
            index = self.department_combo.findData(self.target.department_id)
            self.department_combo.setCurrentIndex(max(index, 0))
        self.add_row(self.tr("被督办部门"), self.department_combo, "order_department")
        self.add_row(self.tr("被督办窗口"), self.window_combo)
        self.add_row(self.tr("督办事项"), self.content_edit, "order_content")
        self.add_row(self.tr("反馈期限"), self.workdays_spin, "order_workdays")

    def problem(self) -> str:
        form = self.value()
        if form.department_id is None and form.window_id is None:
            return self.tr("请选择被督办的部门或窗口")
        if not form.content:
            return self.tr("请填写督办事项")
        return ""

    def value(self) -> OrderForm:
        return OrderForm(
            content=self.content_edit.toPlainText().strip(),
            workdays=self.workdays_spin.value(),
            department_id=self.department_combo.currentData(),
            window_id=self.window_combo.currentData(),
            source=self.target.source,
            source_id=self.target.source_id,
            case_id=self.target.case_id,
        )


class OrdersPanel(ListPanel):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, OrderModel(), OrderModel.COL_CONTENT, parent)
        self.issue_button = self.add_button(self.tr("下达督办…"), self.issue, needs_row=False)
        self.issue_button.setObjectName("primaryAction")
        self.names = Names({}, {}, ())
        self.form_dialog: IssueOrderDialog | None = None
        self.finish_buttons()

    def refresh(self) -> None:
        ops.list_orders(self.session).success(self._loaded).run()

    def _loaded(self, result: tuple[Names, list[OrderView]]) -> None:
        self.names, rows = result
        waiting = sum(1 for o in rows if o.status == "open")
        late = sum(1 for o in rows if o.overdue)
        title = self.tr("督办事项：{n} 件（待反馈 {w} 件）").format(n=len(rows), w=waiting)
        if late:
            title += self.tr("，逾期未反馈 {n} 件").format(n=late)
        self.show_rows(rows, title)

    def issue(self, target: OrderTarget | None = None) -> IssueOrderDialog:
        """The order form; it stays open, all typed, until the order is issued."""
        dialog = IssueOrderDialog(self.names, list(self.names.windows), target, self)

        def done(_id: str) -> None:
            emit(self.status, self.tr("已下达督办"))
            self.refresh()

        dialog.submit_with(lambda: ops.issue_order(self.session, dialog.value()), done)
        self.form_dialog = dialog
        dialog.start()
        return dialog

"""首问登记: who asked what, and the answer, or the department it is referred to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.services.catalogue import ItemView
from clerk_app.ui.common.dialog_base import enter_moves_on
from clerk_app.ui.common.text_limits import limit_box, limit_line
from clerk_app.ui.front_desk import ops
from clerk_app.ui.ports import DepartmentChoice, WindowChoice
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import Op, error_message


@dataclass(frozen=True)
class FirstContactRequest:
    visitor_name: str
    visitor_phone: str
    question: str
    answer: str
    refer_to_department: str | None  # None: answered on the spot
    refer_to_window: str | None
    print_slip: bool


def matter_item(item: ItemView | None, req: FirstContactRequest) -> ItemView | None:
    """The catalogue item the contact is about: the one looked up, unless the matter is
    referred to a department that does not handle it (a pension question sent to 人社局 is
    not about the business licence last looked at): then none, and the slip lists no
    materials rather than the wrong ones."""
    if item is None or req.refer_to_department is None:
        return item
    return item if item.department_id == req.refer_to_department else None


class FirstContactDialog(QDialog):
    def __init__(
        self, session: SignedOn, item: ItemView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首问登记"))
        self.setMinimumWidth(560)
        self.windows: list[WindowChoice] = []
        self.item = item
        self.prefilled = ""
        self.name_edit = limit_line(QLineEdit(), "visitor_name")
        self.phone_edit = limit_line(QLineEdit(), "visitor_phone")
        self.phone_edit.setPlaceholderText(self.tr("选填，便于回访"))
        self.question_edit = limit_box(QPlainTextEdit(), "question")
        self.question_edit.setFixedHeight(72)
        if item is not None:
            self.prefilled = self.tr("咨询办理：{name}").format(name=item.name)
            self.question_edit.setPlainText(self.prefilled)
        self.item_line = QLabel()  # which item's guide (and materials) the slip carries
        self.item_line.setWordWrap(True)
        self.answer_edit = limit_box(QPlainTextEdit(), "answer")
        self.answer_edit.setFixedHeight(72)
        self.refer_check = QCheckBox(self.tr("不属本窗口办理，转办至其他部门"))
        self.department_combo = QComboBox()
        self.window_combo = QComboBox()
        self.print_check = QCheckBox(self.tr("打印引导单"))
        self.print_check.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.field_errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._submit: Callable[[FirstContactRequest], Op[Any]] | None = None
        self._done: Callable[[Any], None] | None = None
        self.busy = False
        form = QFormLayout()
        form.addRow(self.tr("来访人姓名"), self._with_error(self.name_edit, "visitor_name"))
        form.addRow(self.tr("联系电话"), self._with_error(self.phone_edit, "visitor_phone"))
        form.addRow(self.tr("咨询事项"), self._with_error(self.question_edit, "question"))
        form.addRow(self.tr("答复"), self._with_error(self.answer_edit, "answer"))
        form.addRow(self.refer_check)
        form.addRow(self.tr("接收部门"), self.department_combo)
        form.addRow(self.tr("接收窗口"), self.window_combo)
        form.addRow(self.tr("相关事项"), self.item_line)
        form.addRow(self.print_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.refer_check.toggled.connect(self._refer_toggled)
        self.department_combo.currentIndexChanged.connect(self._fill_windows)
        self._refer_toggled(False)
        enter_moves_on(self)
        ops.load_directory(session).success(self._loaded).run()

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        """The widget with a red line under it for the service's message about ``field``."""
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.field_errors[field] = error
        self._field_widgets[field] = widget
        return box

    def submit_with(
        self, start: Callable[[FirstContactRequest], Op[Any]], done: Callable[[Any], None]
    ) -> None:
        """OK records the contact with ``start(request)``; it closes only when recorded,
        a refusal (a wrong phone number…) stays with its reason at the field."""
        self._submit = start
        self._done = done

    def _loaded(self, data: tuple[list[DepartmentChoice], list[WindowChoice]]) -> None:
        departments, self.windows = data
        for dept in departments:
            self.department_combo.addItem(dept.name, dept.id)
        self._fill_windows()

    def _fill_windows(self) -> None:
        dept = self.department_combo.currentData()
        self.window_combo.clear()
        self.window_combo.addItem(self.tr("由部门安排"), None)
        for w in self.windows:
            if w.department_id == dept:
                self.window_combo.addItem(f"{w.code} {w.name}", w.id)
        self._show_item()

    def _refer_toggled(self, on: bool) -> None:
        self.department_combo.setEnabled(on)
        self.window_combo.setEnabled(on)
        self._show_item()

    def _show_item(self) -> None:
        item = matter_item(self.item, self.request())
        if item is not None:
            self.item_line.setText(f"{item.code} {item.name}")
            return
        if self.item is None:
            self.item_line.setText(self.tr("未指定（引导单不列申请材料）"))
            return
        self.item_line.setText(
            self.tr("接收部门不办理“{name}”：引导单不列申请材料").format(name=self.item.name)
        )
        if self.question_edit.toPlainText() == self.prefilled:  # it was about that item
            self.question_edit.clear()

    def request(self) -> FirstContactRequest:
        refer = self.refer_check.isChecked()
        return FirstContactRequest(
            visitor_name=self.name_edit.text().strip(),
            visitor_phone=self.phone_edit.text().strip(),
            question=self.question_edit.toPlainText().strip(),
            answer=self.answer_edit.toPlainText().strip(),
            refer_to_department=self.department_combo.currentData() if refer else None,
            refer_to_window=self.window_combo.currentData() if refer else None,
            print_slip=self.print_check.isChecked(),
        )

    def accept(self) -> None:
        if self.busy:
            return
        self.error.setText("")
        for label in self.field_errors.values():
            label.clear()
            label.setVisible(False)
        req = self.request()
        if not req.visitor_name:
            self.error.setText(self.tr("请填写来访人姓名"))
        elif not req.question:
            self.error.setText(self.tr("请填写咨询事项"))
        elif self.refer_check.isChecked() and req.refer_to_department is None:
            self.error.setText(self.tr("请选择接收部门"))
        elif not self.refer_check.isChecked() and not req.answer:
            self.error.setText(self.tr("请填写答复内容，或勾选转办"))
        elif self._submit is None:
            super().accept()
        else:
            self.busy = True
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self._submit(req).success(self._succeeded).failure(self._refused).run()

    def _succeeded(self, result: object) -> None:
        self.busy = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if self._done is not None:
            self._done(result)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        field = exc.field if isinstance(exc, InvalidInput | RuleViolation) else ""
        label = self.field_errors.get(field)
        if label is None:
            self.error.setText(error_message(exc))
            return
        label.setText(error_message(exc))
        label.setVisible(True)
        self._field_widgets[field].setFocus()

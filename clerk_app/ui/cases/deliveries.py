"""待送达: the notices the sweep decided on its own (视为受理, 超时默认, 视为撤回), for the
department's clerks to print, archive and deliver, recording how they reached the
applicant."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.context import ServiceContext
from clerk_app.services.deliveries import DeliveryMethod, DeliveryView
from clerk_app.ui.cases import ops
from clerk_app.ui.common.dialog_base import FormDialog, text_box
from clerk_app.ui.common.printing import DocumentPrinter, builders
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.session import SignedOn

if TYPE_CHECKING:
    from clerk_app.printing import Document


def method_label(method: str) -> str:
    return {
        DeliveryMethod.IN_PERSON.value: QCoreApplication.translate("Deliveries", "当面送达"),
        DeliveryMethod.POST.value: QCoreApplication.translate("Deliveries", "邮寄送达"),
        DeliveryMethod.SMS.value: QCoreApplication.translate("Deliveries", "短信告知"),
    }.get(method, method)


class DeliveryModel(RowTableModel[DeliveryView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Deliveries", "办件编号"), lambda d: d.case_no),
                Column(QCoreApplication.translate("Deliveries", "文书"), lambda d: d.kind_name),
                Column(QCoreApplication.translate("Deliveries", "事项"), lambda d: d.item_name),
                Column(
                    QCoreApplication.translate("Deliveries", "申请人"), lambda d: d.applicant_name
                ),
                Column(
                    QCoreApplication.translate("Deliveries", "打印归档"),
                    lambda d: (
                        QCoreApplication.translate("Deliveries", "已打印")
                        if d.printed
                        else QCoreApplication.translate("Deliveries", "未打印")
                    ),
                ),
            ],
            parent,
        )


class DeliveryDialog(FormDialog):
    """How the notice reached the applicant."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记送达"), parent)
        self.method_combo = QComboBox()
        for method in DeliveryMethod:
            self.method_combo.addItem(method_label(method.value), method.value)
        self.note_edit = text_box("delivery_note", 60)
        self.form.addRow(self.tr("文书"), QLabel(summary))
        self.add_row(self.tr("送达方式"), self.method_combo)
        self.add_row(self.tr("送达情况（短信须写明内容）"), self.note_edit, "delivery_note")

    def method(self) -> DeliveryMethod:
        return DeliveryMethod(self.method_combo.currentData())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class DeliveriesPanel(QWidget):
    """The department's 待送达 list under the clerk's cases."""

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        self.model = DeliveryModel(self)
        self.table = make_table(self.model, 2)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.print_button = QPushButton(self.tr("打印并归档"))
        self.deliver_button = QPushButton(self.tr("登记送达…"))
        self.print_button.clicked.connect(self.print_notice)
        self.deliver_button.clicked.connect(self.record)
        self.dialog: DeliveryDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.deliver_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def refresh(self) -> None:
        ops.to_deliver(self.session).success(self._loaded).run()

    def _loaded(self, rows: list[DeliveryView]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        self.title.setText(self.tr("待送达文书：{n} 件").format(n=len(rows)))
        if chosen is not None:
            for row, view in enumerate(rows):
                if view.id == chosen.id:
                    self.table.selectRow(row)
        self._update()

    def selected(self) -> DeliveryView | None:
        found: DeliveryView | None = selected_row(self.table)
        return found

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.print_button.setEnabled(chosen)
        self.deliver_button.setEnabled(chosen)

    def print_notice(self) -> None:
        view = self.selected()
        if view is None:
            return
        makers: dict[str, Callable[[ServiceContext, str], Document]] = {
            "deemed_acceptance_notice": builders().deemed_acceptance_notice_doc,
            "deemed_approval_notice": builders().deemed_approval_notice_doc,
            "withdrawal_notice": builders().withdrawal_notice_doc,
        }
        build = makers[view.kind]
        case_id = view.case_id
        self.printer.issue(
            lambda c: build(c, case_id),
            kind=view.kind,
            title=f"{view.kind}-{view.case_no}",
            case_id=case_id,
            parent=self,
            on_done=lambda _printout: self.refresh(),
        )

    def record(self) -> None:
        view = self.selected()
        if view is None:
            return
        dialog = DeliveryDialog(f"{view.case_no} {view.kind_name}", self)
        self.dialog = dialog
        dialog.submit_with(
            lambda: ops.record_delivery(self.session, view.id, dialog.method(), dialog.note()),
            lambda _done: self.refresh(),
        )
        dialog.start()

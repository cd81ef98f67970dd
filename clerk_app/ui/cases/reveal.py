"""显示完整证件号: the full ID number of a case's applicant, shown once with a reason.

The number is masked everywhere by default; this dialog asks why the clerk needs it, and
the service records the reveal as an event (the reason and the case, never the number).
A refused reason keeps the dialog open with the message next to the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.errors import ClerkError
from clerk_app.services.case_views import CaseView
from clerk_app.ui.cases import ops
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.session import SignedOn


class RevealDialog(QDialog):
    def __init__(self, session: SignedOn, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.setWindowTitle(self.tr("显示完整证件号"))
        self.reason_edit = limit_line(QLineEdit(), "reveal_reason")
        self.reason_edit.setPlaceholderText(self.tr("如：申请人要求核对证件号码"))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        self.number = QLabel(case.applicant_id_masked)
        self.number.setStyleSheet("font-size:16pt;font-family:monospace")
        self.show_button = QPushButton(self.tr("显示（将记录查看人和原因）"))
        close = QPushButton(self.tr("关闭"))
        for button in (self.show_button, close):  # Enter shows nothing by itself
            button.setAutoDefault(False)
            button.setDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("证件号码"), self.number)
        form.addRow(self.tr("查看原因"), self.reason_edit)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("完整证件号码只在需要时查看；每次查看都会记录在审计日志中。"))
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.show_button.clicked.connect(self.reveal)
        close.clicked.connect(self.reject)

    def reveal(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.error.setText(self.tr("请填写查看完整号码的原因"))
            self.reason_edit.setFocus()
            return
        self.error.clear()
        self.show_button.setEnabled(False)
        op = ops.reveal(self.session, self.case.id, "applicant_id_no", reason)
        op.success(self._shown).failure(self._failed).run()

    def _shown(self, number: str) -> None:
        self.number.setText(number)
        self.reason_edit.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        if isinstance(exc, ClerkError):
            self.error.setText(exc.message)
        else:
            self.session.tasks.show_error(exc)

"""Pause the window: a reason is required (it is shown to the supervisor)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.text_limits import limit_line


class PauseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("暂停叫号"))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItems(
            [
                self.tr("临时离开"),
                self.tr("午间休息"),
                self.tr("业务咨询电话"),
                self.tr("系统故障"),
                self.tr("业务培训"),
            ]
        )
        self.combo.setCurrentText("")
        line = self.combo.lineEdit()
        assert line is not None
        limit_line(line, "pause_reason")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setObjectName("errorLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("暂停原因（必填）：")))
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.combo.currentText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.hint.setText(self.tr("请填写暂停原因"))
            return
        super().accept()

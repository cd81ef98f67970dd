"""A small form dialog: fields in a form layout, a red hint, OK refused until valid."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.hint = QLabel()
        self.hint.setObjectName("errorLabel")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        """What is still wrong ("" when the form can be sent); subclasses override."""
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.hint.setText(problem)
            return
        super().accept()

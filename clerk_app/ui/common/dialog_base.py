"""A small form dialog (fields in a form layout, a red hint, OK refused until valid) and the
fields such forms share: a box of free text, a wrapped line saying what it is about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.text_limits import limit_box


def text_box(field: str, height: int = 80) -> QPlainTextEdit:
    """A few lines of free text (a reason, an opinion), of a fixed height, capped at the
    length of ``field`` (a key of the domain's text table)."""
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return limit_box(box, field)


def wrapped_label(text: str) -> QLabel:
    """A read-only line of the form that wraps: what the decision is about."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


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

"""A small form dialog (fields in a form layout, a red hint, OK refused until valid), the
fields such forms share (a box of free text, a wrapped line saying what it is about), and
the Enter key of a form: it moves to the next field and never presses a default button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.text_limits import limit_box

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterMovesOn(QObject):
    """Enter in a field of the dialog moves to the next field; on a button the clerk moved
    to, it presses that button. Nothing else: no default button answers it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            _no_defaults(watched)  # a button box makes its OK the default as it shows
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _ENTER or mods != Qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(watched, QDialog):
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus.isEnabled() and watched.isAncestorOf(focus):
            focus.click()
        else:
            watched.focusNextChild()
        return True


def _no_defaults(dialog: QDialog) -> None:
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def enter_moves_on(dialog: QDialog) -> None:
    """No button of ``dialog`` is a default or auto-default one (Enter in a text field would
    press it: the clerk did not choose it), and Enter moves to the next field. Call it once
    the dialog's buttons exist."""
    _no_defaults(dialog)
    keys = _EnterMovesOn(dialog)
    dialog.installEventFilter(keys)


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
        enter_moves_on(self)

    def problem(self) -> str:
        """What is still wrong ("" when the form can be sent); subclasses override."""
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.hint.setText(problem)
            return
        super().accept()

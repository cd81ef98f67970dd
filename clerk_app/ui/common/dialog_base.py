"""A small form dialog (fields in a form layout, a red hint, OK refused until valid), the
fields such forms share (a box of free text, a wrapped line saying what it is about), and
the Enter key of a form: it moves to the next field and never presses a default button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.ui.common.text_limits import limit_box
from clerk_app.ui.tasks import Op, error_message

T = TypeVar("T")

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
    """A form whose OK either just closes it (the caller reads the values) or, given an
    operation with :meth:`submit_with`, runs it and closes only when it succeeded: when the
    service refuses, the dialog stays open, everything typed is still there and the message
    stands next to the field it names (``InvalidInput.field``), else under the form."""

    def __init__(self, title: str, parent: QWidget | None = None, *, scroll: bool = False) -> None:
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
        if scroll:  # a long form (the catalogue's item) scrolls within a small screen
            inner = QWidget()
            inner.setLayout(self.form)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(inner)
            layout.addWidget(area, 1)
        else:
            layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        enter_moves_on(self)
        self.busy = False
        self.field_errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._submit: Callable[[], Op[Any]] | None = None
        self._done: Callable[[Any], object] | None = None
        self._failed_cb: Callable[[BaseException], None] | None = None

    def add_row(self, label: str, widget: QWidget, field: str = "") -> None:
        """A row of the form; with ``field`` (the key a service's ``InvalidInput`` names),
        a red line under the widget for the service's message."""
        if not field:
            self.form.addRow(label, widget)
            return
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
        self.form.addRow(label, box)
        self.field_errors[field] = error
        self._field_widgets[field] = widget

    def submit_with(
        self,
        start: Callable[[], Op[T]],
        done: Callable[[T], object],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """OK runs the operation ``start()`` returns; on success ``done(result)`` and the
        dialog closes, on a refusal it stays open showing why. ``done`` may return an
        exception: the operation went through but refused what the form asked (an
        application received, its refusal not): the form stays open showing it.
        ``failed(exc)`` is told of a failed operation before the form shows why."""
        self._submit = start
        self._done = done
        self._failed_cb = failed

    def start(self) -> None:
        """Show the form, modal to its window, without a nested event loop; it goes away
        once closed."""
        self.finished.connect(self.deleteLater)
        self.open()

    def problem(self) -> str:
        """What is still wrong ("" when the form can be sent); subclasses override."""
        return ""

    def error_field(self, exc: BaseException) -> str:
        """The field a refusal is about ("" when none)."""
        return exc.field if isinstance(exc, InvalidInput | RuleViolation) else ""

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        if self.busy:
            return
        self._clear_errors()
        problem = self.problem()
        if problem:
            self.hint.setText(problem)
            return
        if self._submit is None:
            super().accept()
            return
        self.busy = True
        self.ok_button().setEnabled(False)
        self._submit().success(self._succeeded).failure(self._op_failed).run()

    def _succeeded(self, result: object) -> None:
        self.busy = False
        self.ok_button().setEnabled(True)
        refusal = self._done(result) if self._done is not None else None
        if isinstance(refusal, BaseException):  # written, but what the form asked refused
            self._refused(refusal)
            return
        super().accept()

    def _op_failed(self, exc: BaseException) -> None:
        if self._failed_cb is not None:
            self._failed_cb(exc)
        self._refused(exc)

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        self.ok_button().setEnabled(True)
        message = error_message(exc)
        field = self.error_field(exc)
        label = self.field_errors.get(field)
        if label is None:
            self.hint.setText(message)
            return
        label.setText(message)
        label.setVisible(True)
        self._field_widgets[field].setFocus()

    def _clear_errors(self) -> None:
        self.hint.setText("")
        for label in self.field_errors.values():
            label.clear()
            label.setVisible(False)

"""The domain's text limits on the widgets: nothing typed can be longer than the field
takes, and a line refuses the characters the use case would refuse.

Each helper reads :data:`clerk_app.domain.text_limits.TEXT_FIELDS`, so a limit changes in
one place. Qt counts UTF-16 units where the domain counts characters: the cap is never
looser than the domain's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from clerk_app.domain.text_limits import COUNT_FIELDS, TEXT_FIELDS, TextKind, char_problem


class TextValidator(QValidator):
    """Refuses a character the field may not hold (control characters, and in a name
    digits and symbols); the length is the edit's ``maxLength``."""

    def __init__(self, kind: TextKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if any(char_problem(self.kind, ch) for ch in text):
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


def limit_line(edit: QLineEdit, field: str, *, kind: TextKind | None = None) -> QLineEdit:
    """``edit`` capped at the field's length, with its characters checked as typed."""
    spec = TEXT_FIELDS[field]
    edit.setMaxLength(spec.max_length)
    edit.setValidator(TextValidator(kind or spec.kind, edit))
    return edit


def limit_box(box: QPlainTextEdit, field: str) -> QPlainTextEdit:
    """``box`` that never holds more than the field's length (typed or pasted)."""
    cap = TEXT_FIELDS[field].max_length
    box.setProperty("maxLength", cap)
    box.textChanged.connect(lambda: _cut(box, cap))
    return box


def _cut(box: QPlainTextEdit, cap: int) -> None:
    cursor = QTextCursor(box.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    if cursor.position() <= cap:
        return
    cursor.setPosition(cap)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


def limit_count(spin: QSpinBox, field: str) -> QSpinBox:
    """``spin`` limited to the count's sensible range."""
    spec = COUNT_FIELDS[field]
    spin.setRange(spec.minimum, spec.maximum)
    return spin

"""Small widgets the administration editors share: a choice with "none", a checkable list
that keeps its order, and the helpers that read them back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


def choice(
    options: Iterable[tuple[str, object]],
    current: object = None,
    *,
    none: str | None = None,
    parent: QWidget | None = None,
) -> QComboBox:
    """A combo of (text, value) with ``none`` first (value None) when given."""
    combo = QComboBox(parent)
    if none is not None:
        combo.addItem(none, None)
    for text, value in options:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class CheckList(QListWidget):
    """Checkable rows (text, id); :meth:`checked` gives the ids ticked, in list order."""

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        checked: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        ticked = list(checked)
        # the ones ticked first, in their order, then the others
        ordered = sorted(
            options, key=lambda o: ticked.index(o[1]) if o[1] in ticked else len(ticked)
        )
        for text, value in ordered:
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, value)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)
            self.addItem(row)
        self.setMaximumHeight(110)

    def checked(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(n).data(ID_ROLE))
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, value: str, on: bool = True) -> None:
        for n in range(self.count()):
            if self.item(n).data(ID_ROLE) == value:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.item(n).setCheckState(state)

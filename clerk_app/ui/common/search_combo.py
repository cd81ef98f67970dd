"""A combo box one can type into to find an entry among many (staff, windows): the list
narrows to the entries containing what is typed (name, staff number, department)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from clerk_app.domain.text_limits import LOOKUP_MAX


class SearchCombo(QComboBox):
    """Editable, but only to search: typing never adds an entry; :meth:`chosen_data` is
    the data of the entry whose text is shown (None when the text matches none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setMaxLength(LOOKUP_MAX)  # a search, never stored
        line.setPlaceholderText(self.tr("输入姓名、工号或部门查找"))

    def chosen_data(self) -> Any:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchExactly)
        return self.itemData(index) if index >= 0 else None

    def matches_an_entry(self) -> bool:
        return self.findText(self.currentText().strip(), Qt.MatchFlag.MatchExactly) >= 0

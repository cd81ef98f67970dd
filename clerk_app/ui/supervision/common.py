"""Pieces the supervision panels share: a section title, and a list panel with buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.table_model import RowTableModel
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.session import SignedOn


def section_title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class ListPanel(QWidget):
    """A title, a table, and a row of buttons enabled while a line is selected."""

    status = Signal(str)

    def __init__(
        self,
        session: SignedOn,
        model: RowTableModel[Any],
        stretch: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        model.setParent(self)
        self.table = make_table(model, stretch, striped=True)
        self.title = section_title()
        self.buttons = QHBoxLayout()
        self._row_buttons: list[QPushButton] = []
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    def add_button(self, text: str, slot: Any, *, needs_row: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        self.buttons.addWidget(button)
        if needs_row:
            self._row_buttons.append(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.refresh_button)
        self.update_buttons()

    def selected(self) -> Any:
        return selected_row(self.table)

    def update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in self._row_buttons:
            button.setEnabled(chosen)

    def refresh(self) -> None:  # subclasses load their rows
        raise NotImplementedError

    def show_rows(self, rows: list[Any], title: str) -> None:
        self.model.set_rows(rows)
        self.title.setText(title)
        self.update_buttons()

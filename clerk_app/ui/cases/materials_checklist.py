"""The materials checklist of one item, built from the catalogue's material list.

One row per catalogue material: received / missing / deficient, originals and copies, a
note (required when deficient, it is what the one-time notice tells the applicant to fix).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.case_views import MaterialLine
from clerk_app.services.catalogue import ItemView, MaterialSpec
from clerk_app.services.intake import MaterialCheck
from clerk_app.ui.common.labels import material_status_label
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.text_limits import limit_count, limit_line

RECEIVED, MISSING, DEFICIENT = "received", "missing", "deficient"


@dataclass
class MaterialRow:
    material_id: str
    spec: MaterialSpec
    status: QComboBox
    originals: QSpinBox
    copies: QSpinBox
    note: QLineEdit
    message: QLabel


class MaterialsChecklist(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MaterialRow] = []
        self.all_button = QPushButton(self.tr("全部收齐"))
        self.all_button.clicked.connect(self.mark_all_received)
        self.empty = QLabel(self.tr("该事项目录未列申请材料"))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.empty)
        layout.addWidget(self.all_button)

    def set_item(self, item: ItemView | None) -> None:
        """Rebuild the rows from the item's catalogue materials (all start as missing)."""
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        specs = list(zip(item.material_ids, item.materials, strict=True)) if item else []
        headers = [
            self.tr("申请材料"),
            self.tr("核验"),
            self.tr("原件"),
            self.tr("复印件"),
            self.tr("说明（需补正时必填）"),
        ]
        if specs:
            for col, text in enumerate(headers):
                header = QLabel(text)
                header.setObjectName("gridHeader")
                self.grid.addWidget(header, 0, col)
        for i, (material_id, spec) in enumerate(specs, start=1):
            name = QLabel(spec.name + ("" if spec.required else self.tr("（非必需）")))
            name.setWordWrap(True)
            status = QComboBox()
            for value in (RECEIVED, MISSING, DEFICIENT):
                status.addItem(material_status_label(value), value)
            status.setCurrentIndex(1)
            originals = limit_count(QSpinBox(), "originals")
            copies = limit_count(QSpinBox(), "copies")
            note = limit_line(QLineEdit(), "material_note")
            note.setPlaceholderText(spec.note)
            message = QLabel()
            message.setObjectName("fieldError")
            row = MaterialRow(material_id, spec, status, originals, copies, note, message)
            self.rows.append(row)
            for col, widget in enumerate((name, status, originals, copies, note)):
                self.grid.addWidget(widget, 2 * i - 1, col)
            self.grid.addWidget(message, 2 * i, 0, 1, 5)
            status.currentIndexChanged.connect(lambda _i, r=row: self._status_changed(r))
            note.textChanged.connect(lambda _t, r=row: self._validate(r))
            self._status_changed(row)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(4, 3)
        self.empty.setVisible(not specs)
        self.all_button.setVisible(bool(specs))
        emit(self.changed)

    def mark_all_received(self) -> None:
        for row in self.rows:
            row.status.setCurrentIndex(row.status.findData(RECEIVED))

    def set_status(self, index: int, status: str, note: str = "") -> None:
        row = self.rows[index]
        row.status.setCurrentIndex(row.status.findData(status))
        if note:
            row.note.setText(note)

    def set_lines(self, lines: Sequence[MaterialLine]) -> None:
        """Start from what the case recorded (a supplement: what was missing still shows)."""
        by_material = {line.material_id: line for line in lines if line.material_id}
        for row in self.rows:
            line = by_material.get(row.material_id)
            if line is None:
                continue
            row.status.setCurrentIndex(row.status.findData(line.status))
            row.originals.setValue(line.originals)
            row.copies.setValue(line.copies)
            row.note.setText(line.note)

    def _status_changed(self, row: MaterialRow) -> None:
        received = row.status.currentData() == RECEIVED
        row.originals.setValue(row.spec.originals if received else 0)
        row.copies.setValue(row.spec.copies if received else 0)
        self._validate(row)

    def _message(self, row: MaterialRow) -> str:
        if row.status.currentData() == DEFICIENT and not row.note.text().strip():
            return self.tr("“{name}”需补正：请写明要补正的内容").format(name=row.spec.name)
        return ""

    def _validate(self, row: MaterialRow) -> None:
        row.message.setText(self._message(row))
        row.message.setVisible(bool(row.message.text()))
        emit(self.changed)

    # --- what the form says -----------------------------------------------------------

    def errors(self) -> list[str]:
        return [m for m in (self._message(r) for r in self.rows) if m]

    def checks(self) -> list[MaterialCheck]:
        return [
            MaterialCheck(
                material_id=r.material_id,
                status=str(r.status.currentData()),
                originals=r.originals.value(),
                copies=r.copies.value(),
                note=r.note.text().strip(),
            )
            for r in self.rows
        ]

    def problems(self) -> list[str]:
        """Names of the required materials missing or deficient (the one-time notice)."""
        return [
            r.spec.name
            for r in self.rows
            if r.status.currentData() == DEFICIENT
            or (r.status.currentData() == MISSING and r.spec.required)
        ]

    def complete(self) -> bool:
        return not self.problems()

"""The editor of one service item (事项): every column of the catalogue, the list of
materials, the standard refusal reasons, the status (adjusted or cancelled from a date).

The form scrolls, so it fits a 1366×768 screen. A refusal (a promised limit above the
statutory one, a cancellation without its date…) keeps it open with the reason under the
field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cases import ItemKind
from clerk_app.services.setup_records import ItemRecord, MaterialRecord, Organisation, StepRecord
from clerk_app.ui.administration import ops
from clerk_app.ui.administration.editors import _departments, _Editor, _line
from clerk_app.ui.administration.fields import choice
from clerk_app.ui.administration.models import authorisations, categories, item_statuses
from clerk_app.ui.common.dialog_base import text_box
from clerk_app.ui.common.labels import label
from clerk_app.ui.common.screen import fit_to_screen
from clerk_app.ui.common.text_limits import limit_count
from clerk_app.ui.session import SignedOn

MAT_NAME, MAT_ORIGINALS, MAT_COPIES, MAT_REQUIRED, MAT_NOTE, MAT_SAMPLE = range(6)
_MATERIAL_FIELDS = {
    "material_name",
    "originals",
    "copies",
    "catalogue_material_note",
    "material_sample",
}


class MaterialsTable(QWidget):
    """The item's materials, one row each, editable in place; ids kept for the rows that
    were there (cases cite them)."""

    def __init__(self, materials: tuple[MaterialRecord, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("materialsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("材料名称"),
                self.tr("原件"),
                self.tr("复印件"),
                self.tr("必交"),
                self.tr("要求"),
                self.tr("示范文本"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(MAT_NAME, 220)
        self.table.setMinimumHeight(150)
        self.ids: list[str] = []
        for m in materials:
            self.add(m)
        self.add_button = QPushButton(self.tr("添加材料"))
        self.remove_button = QPushButton(self.tr("删除所选材料"))
        self.add_button.clicked.connect(lambda: self.add(MaterialRecord("")))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add(self, m: MaterialRecord) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(m.id)
        self.table.setItem(row, MAT_NAME, QTableWidgetItem(m.name))
        self.table.setItem(row, MAT_ORIGINALS, QTableWidgetItem(str(m.originals)))
        self.table.setItem(row, MAT_COPIES, QTableWidgetItem(str(m.copies)))
        required = QTableWidgetItem()
        required.setFlags(required.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        required.setCheckState(Qt.CheckState.Checked if m.required else Qt.CheckState.Unchecked)
        self.table.setItem(row, MAT_REQUIRED, required)
        self.table.setItem(row, MAT_NOTE, QTableWidgetItem(m.note))
        self.table.setItem(row, MAT_SAMPLE, QTableWidgetItem(m.sample))
        if not m.name:
            self.table.setCurrentCell(row, MAT_NAME)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.ids[row]

    def _text(self, row: int, col: int) -> str:
        cell = self.table.item(row, col)
        return cell.text() if cell is not None else ""

    def _count(self, row: int, col: int) -> int:
        text = self._text(row, col).strip()
        return int(text) if text.isdigit() else -1  # the service names what is wrong

    def materials(self) -> tuple[MaterialRecord, ...]:
        out = []
        for row in range(self.table.rowCount()):
            name = self._text(row, MAT_NAME)
            if not name.strip() and not self._text(row, MAT_NOTE).strip():
                continue  # an empty row added and not filled in
            required = self.table.item(row, MAT_REQUIRED)
            out.append(
                MaterialRecord(
                    name=name,
                    originals=self._count(row, MAT_ORIGINALS),
                    copies=self._count(row, MAT_COPIES),
                    required=required is not None
                    and required.checkState() == Qt.CheckState.Checked,
                    note=self._text(row, MAT_NOTE),
                    sample=self._text(row, MAT_SAMPLE),
                    id=self.ids[row],
                )
            )
        return tuple(out)


class StepsTable(QWidget):
    """并联审批: each department's part of a joint item and its own limit (never more than
    the whole case's promised limit; the service says so next to the table)."""

    def __init__(
        self,
        steps: tuple[StepRecord, ...],
        departments: list[tuple[str, object]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.departments = departments
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("stepsTable")
        self.table.setHorizontalHeaderLabels([self.tr("联办部门"), self.tr("环节时限（工作日）")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.table.setMaximumHeight(130)
        self.ids: list[str] = []
        for step in steps:
            self.add(step)
        self.add_button = QPushButton(self.tr("添加联办部门"))
        self.remove_button = QPushButton(self.tr("删除所选部门"))
        self.add_button.clicked.connect(
            lambda: self.add(StepRecord(str(departments[0][1]) if departments else "", 1))
        )
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add(self, step: StepRecord) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(step.id)
        self.table.setCellWidget(row, 0, choice(self.departments, step.department_id))
        spin = limit_count(QSpinBox(), "step_limit")
        spin.setValue(step.step_limit)
        self.table.setCellWidget(row, 1, spin)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.ids[row]

    def steps(self) -> tuple[StepRecord, ...]:
        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            spin = self.table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
            out.append(StepRecord(str(combo.currentData()), spin.value(), self.ids[row]))
        return tuple(out)


class ItemDialog(_Editor):
    def __init__(
        self,
        session: SignedOn,
        org: Organisation,
        record: ItemRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = record is None
        super().__init__(
            session, self.tr("新建事项") if new else self.tr("修改事项"), parent, scroll=True
        )
        self.setMinimumWidth(760)
        fit_to_screen(self, 860, 720)
        self.record = record or ItemRecord(
            department_id=org.departments[0].id if org.departments else ""
        )
        r = self.record
        self.code_edit = _line("item_code", r.code, self.tr("省级事项目录编码"))
        self.name_edit = _line("item_name", r.name)
        self.dept_combo = choice(_departments(org), r.department_id)
        self.queue_combo = choice(
            [(f"{q.prefix} {q.name}", q.id) for q in org.queues], r.queue_id, none=self.tr("（无）")
        )
        self.kind_combo = choice([(label(k), k.value) for k in ItemKind], r.kind)
        self.category_combo = choice([(v, k) for k, v in categories().items()], r.category)
        self.statutory_spin = self._count("statutory_limit", r.statutory_limit)
        self.promised_spin = self._count("promised_limit", r.promised_limit)
        self.extension_spin = self._count("max_extension", r.max_extension)
        self.supplement_spin = self._count("supplement_days", r.supplement_days)
        self.deemed_box = QCheckBox(self.tr("超时默认（逾期未办结视为同意）"))
        self.deemed_box.setChecked(r.deemed_approval)
        self.deemed_basis_edit = text_box("item_deemed_basis", 48)
        self.deemed_basis_edit.setPlainText(r.deemed_approval_basis)
        self.licence_box = QCheckBox(self.tr("须经许可（不予受理时告知复议、诉讼权利）"))
        self.licence_box.setChecked(r.needs_licence)
        self.on_site_box = QCheckBox(self.tr("窗口可现场办结"))
        self.on_site_box.setChecked(r.on_site)
        self.authorisation_combo = choice(
            [(v, k) for k, v in authorisations().items()], r.authorisation
        )
        self.conditions_edit = text_box("item_conditions", 60)
        self.conditions_edit.setPlainText(r.conditions)
        self.fees_edit = _line("item_fees", r.fees)
        self.fee_basis_edit = text_box("item_fee_basis", 48)
        self.fee_basis_edit.setPlainText(r.fee_basis)
        self.legal_edit = text_box("item_legal_basis", 60)
        self.legal_edit.setPlainText(r.legal_basis)
        self.result_edit = _line("item_result_document", r.result_document, self.tr("如：营业执照"))
        self.materials = MaterialsTable(r.materials)
        self.steps = StepsTable(r.steps, _departments(org))
        self.reasons_edit = text_box("item_conditions", 70)
        self.reasons_edit.setObjectName("refusalReasons")
        self.reasons_edit.setPlaceholderText(self.tr("每行一条常用的不予受理理由"))
        self.reasons_edit.setPlainText("\n".join(r.refusal_reasons))
        self.status_combo = choice([(v, k) for k, v in item_statuses().items()], r.status)
        today = session.ctx.today()
        start = r.status_from or today
        self.status_date = QDateEdit(QDate(start.year, start.month, start.day))
        self.status_date.setCalendarPopup(True)
        self.status_date.setDisplayFormat("yyyy-MM-dd")
        self.status_note_edit = text_box("item_status_note", 48)
        self.status_note_edit.setPlainText(r.status_note)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

        self.add_row(self.tr("事项编码"), self.code_edit, "item_code")
        self.add_row(self.tr("事项名称"), self.name_edit, "item_name")
        self.add_row(self.tr("实施部门"), self.dept_combo, "item_department")
        self.add_row(self.tr("取号队列"), self.queue_combo, "item_queue")
        self.add_row(self.tr("办件类型"), self.kind_combo, "item_kind")
        self.add_row(self.tr("事项类别"), self.category_combo, "item_category")
        self.add_row(self.tr("法定时限（工作日）"), self.statutory_spin, "statutory_limit")
        self.add_row(self.tr("承诺时限（工作日）"), self.promised_spin, "promised_limit")
        self.add_row(self.tr("可延期（工作日）"), self.extension_spin, "max_extension")
        self.add_row(self.tr("补正期限（工作日）"), self.supplement_spin, "supplement_days")
        self.add_row("", self.deemed_box)
        self.add_row(self.tr("超时默认依据"), self.deemed_basis_edit, "item_deemed_basis")
        self.add_row("", self.licence_box)
        self.add_row("", self.on_site_box)
        self.add_row(self.tr("向窗口授权"), self.authorisation_combo, "item_authorisation")
        self.add_row(self.tr("办理条件"), self.conditions_edit, "item_conditions")
        self.add_row(self.tr("收费标准"), self.fees_edit, "item_fees")
        self.add_row(self.tr("收费依据"), self.fee_basis_edit, "item_fee_basis")
        self.add_row(self.tr("设定依据"), self.legal_edit, "item_legal_basis")
        self.add_row(self.tr("办理结果"), self.result_edit, "item_result_document")
        self.add_row(self.tr("联办部门（联办件）"), self.steps, "item_steps")
        self.add_row(self.tr("申请材料"), self.materials, "item_materials")
        self.add_row(self.tr("不予受理理由"), self.reasons_edit, "refusal_reason_text")
        self.add_row(self.tr("事项状态"), self.status_combo, "item_status")
        self.add_row(self.tr("生效日期"), self.status_date, "item_status_from")
        self.add_row(self.tr("调整说明"), self.status_note_edit, "item_status_note")
        self.submit_with(lambda: ops.save_item(session, self.values()), self._saved)

    @staticmethod
    def _count(field: str, value: int) -> QSpinBox:
        spin = limit_count(QSpinBox(), field)
        spin.setObjectName(field)
        spin.setValue(value)
        return spin

    def _status_changed(self) -> None:
        active = self.status_combo.currentData() == "active"
        self.status_date.setEnabled(not active)
        self.status_note_edit.setEnabled(not active)

    def error_field(self, exc: BaseException) -> str:
        field = super().error_field(exc)
        if field in _MATERIAL_FIELDS:
            return "item_materials"
        if field == "step_limit":
            return "item_steps"
        return field

    def values(self) -> ItemRecord:
        status = str(self.status_combo.currentData())
        d = self.status_date.date()
        status_from = None if status == "active" else date(d.year(), d.month(), d.day())
        reasons = tuple(
            line.strip() for line in self.reasons_edit.toPlainText().splitlines() if line.strip()
        )
        return replace(
            self.record,
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            department_id=str(self.dept_combo.currentData() or ""),
            queue_id=self.queue_combo.currentData(),
            kind=str(self.kind_combo.currentData()),
            category=str(self.category_combo.currentData()),
            statutory_limit=self.statutory_spin.value(),
            promised_limit=self.promised_spin.value(),
            max_extension=self.extension_spin.value(),
            supplement_days=self.supplement_spin.value(),
            deemed_approval=self.deemed_box.isChecked(),
            deemed_approval_basis=self.deemed_basis_edit.toPlainText(),
            needs_licence=self.licence_box.isChecked(),
            on_site=self.on_site_box.isChecked(),
            authorisation=str(self.authorisation_combo.currentData()),
            conditions=self.conditions_edit.toPlainText(),
            fees=self.fees_edit.text(),
            fee_basis=self.fee_basis_edit.toPlainText(),
            legal_basis=self.legal_edit.toPlainText(),
            result_document=self.result_edit.text(),
            materials=self.materials.materials(),
            steps=self.steps.steps() if self.kind_combo.currentData() == "joint" else (),
            refusal_reasons=reasons,
            status=status,
            status_from=status_from,
            status_note=self.status_note_edit.toPlainText() if status != "active" else "",
        )

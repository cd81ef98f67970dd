"""明查暗访: the inspections with their findings; a new inspection is recorded with the
checklist, a finding opens an accountability record or a 督办, and the 通报 (criticism or
commendation) is previewed as a PDF for publication."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QWidget,
)

from clerk_app.domain.inspections import BulletinKind, FindingAction, InspectionKind
from clerk_app.services.board import Names
from clerk_app.services.inspections import FindingView, InspectionView
from clerk_app.ui.common.dialog_base import FormDialog, text_box
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.tables import make_table
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.common import ListPanel, section_title


def _kind_text(kind: str) -> str:
    return {
        InspectionKind.OPEN.value: QCoreApplication.translate("Inspections", "明查"),
        InspectionKind.UNANNOUNCED.value: QCoreApplication.translate("Inspections", "暗访"),
    }.get(kind, kind)


def _action_text(action: str) -> str:
    return {
        FindingAction.RECORD.value: QCoreApplication.translate("Inspections", "已立案追究"),
        FindingAction.ORDER.value: QCoreApplication.translate("Inspections", "已下达督办"),
        FindingAction.NONE.value: QCoreApplication.translate("Inspections", "当场纠正"),
    }.get(action, action)


class InspectionModel(RowTableModel[InspectionView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Inspections", "日期"),
                    lambda i: i.held_on.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("Inspections", "方式"), lambda i: _kind_text(i.kind)
                ),
                Column(
                    QCoreApplication.translate("Inspections", "检查人员"), lambda i: i.inspectors
                ),
                Column(
                    QCoreApplication.translate("Inspections", "检查窗口"),
                    lambda i: "、".join(i.windows),
                ),
                Column(
                    QCoreApplication.translate("Inspections", "未通过项目"),
                    lambda i: "、".join(item for item, ok in i.checks if not ok) or "—",
                ),
                Column(
                    QCoreApplication.translate("Inspections", "发现问题"),
                    lambda i: str(len(i.findings)),
                    sort=lambda i: len(i.findings),
                ),
            ],
            parent,
        )


class FindingModel(RowTableModel[FindingView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Inspections", "窗口"), lambda f: f.window_code),
                Column(
                    QCoreApplication.translate("Inspections", "部门"), lambda f: f.department_name
                ),
                Column(
                    QCoreApplication.translate("Inspections", "人员"), lambda f: f.staff_name or "—"
                ),
                Column(
                    QCoreApplication.translate("Inspections", "检查项目"), lambda f: f.check_item
                ),
                Column(QCoreApplication.translate("Inspections", "问题"), lambda f: f.note),
                Column(
                    QCoreApplication.translate("Inspections", "证据"), lambda f: f.evidence or "—"
                ),
                Column(
                    QCoreApplication.translate("Inspections", "处理"),
                    lambda f: _action_text(f.action),
                ),
            ],
            parent,
        )


@dataclass(frozen=True)
class InspectionForm:
    held_on: date
    kind: InspectionKind
    inspectors: str
    window_ids: tuple[str, ...]
    results: dict[str, bool]


class InspectionDialog(FormDialog):
    """登记明查暗访: date, open or unannounced, inspectors, windows visited, the checklist."""

    def __init__(
        self, names: Names, checklist: tuple[str, ...], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("登记明查暗访"), parent)
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("（请选择）"), None)
        for kind in InspectionKind:
            self.kind_combo.addItem(_kind_text(kind.value), kind.value)
        self.inspectors_edit = limit_line(QLineEdit(), "inspectors")
        self.window_checks: dict[str, QCheckBox] = {}
        windows = QWidget()
        grid = QGridLayout(windows)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (window_id, text, _dept) in enumerate(names.windows):
            box = QCheckBox(text)
            self.window_checks[window_id] = box
            grid.addWidget(box, n // 3, n % 3)
        self.item_checks: dict[str, QCheckBox] = {}
        items = QWidget()
        items_grid = QGridLayout(items)
        items_grid.setContentsMargins(0, 0, 0, 0)
        for n, item in enumerate(checklist):
            box = QCheckBox(self.tr("{item}：符合").format(item=item))
            box.setChecked(True)
            self.item_checks[item] = box
            items_grid.addWidget(box, n // 3, n % 3)
        self.add_row(self.tr("检查日期"), self.day_edit, "inspection_day")
        self.add_row(self.tr("方式"), self.kind_combo, "inspection_kind")
        self.add_row(self.tr("检查人员"), self.inspectors_edit, "inspectors")
        self.add_row(self.tr("检查窗口"), windows, "inspection_windows")
        self.add_row(self.tr("检查表"), items, "inspection_checks")

    def problem(self) -> str:
        if self.kind_combo.currentData() is None:
            return self.tr("请选择明查或暗访")
        if not self.inspectors_edit.text().strip():
            return self.tr("请填写检查人员")
        if not any(b.isChecked() for b in self.window_checks.values()):
            return self.tr("请选择检查的窗口")
        return ""

    def value(self) -> InspectionForm:
        day = self.day_edit.date().toPython()
        assert isinstance(day, date)
        return InspectionForm(
            held_on=day,
            kind=InspectionKind(self.kind_combo.currentData()),
            inspectors=self.inspectors_edit.text().strip(),
            window_ids=tuple(w for w, b in self.window_checks.items() if b.isChecked()),
            results={item: b.isChecked() for item, b in self.item_checks.items()},
        )


@dataclass(frozen=True)
class FindingForm:
    window_id: str
    check_item: str
    note: str
    evidence: str
    action: FindingAction


class FindingDialog(FormDialog):
    """A problem found at a window, its evidence, and what it opens."""

    def __init__(
        self, inspection: InspectionView, names: Names, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("记录发现的问题"), parent)
        codes = set(inspection.windows)
        self.window_combo = QComboBox()
        for window_id, text, _dept in names.windows:
            if text.split(" ", 1)[0] in codes:
                self.window_combo.addItem(text, window_id)
        self.check_combo = QComboBox()
        failed = [item for item, ok in inspection.checks if not ok]
        for item, _ok in sorted(inspection.checks, key=lambda c: c[0] not in failed):
            self.check_combo.addItem(item, item)
        self.note_edit = text_box("finding_note", 80)
        self.evidence_edit = text_box("finding_evidence", 50)
        self.evidence_edit.setPlaceholderText(self.tr("照片文件名、记录等"))
        self.action_combo = QComboBox()
        for action in (FindingAction.RECORD, FindingAction.ORDER, FindingAction.NONE):
            self.action_combo.addItem(label_of(action), action.value)
        self.add_row(self.tr("窗口"), self.window_combo, "finding_window")
        self.add_row(self.tr("检查项目"), self.check_combo, "finding_check")
        self.add_row(self.tr("发现的问题"), self.note_edit, "finding_note")
        self.add_row(self.tr("证据"), self.evidence_edit, "finding_evidence")
        self.add_row(self.tr("处理"), self.action_combo, "finding_action")

    def problem(self) -> str:
        return "" if self.value().note else self.tr("请填写发现的问题")

    def value(self) -> FindingForm:
        return FindingForm(
            window_id=self.window_combo.currentData(),
            check_item=self.check_combo.currentData(),
            note=self.note_edit.toPlainText().strip(),
            evidence=self.evidence_edit.toPlainText().strip(),
            action=FindingAction(self.action_combo.currentData()),
        )


def label_of(action: FindingAction) -> str:
    return {
        FindingAction.RECORD: QCoreApplication.translate("Inspections", "立案追究责任"),
        FindingAction.ORDER: QCoreApplication.translate("Inspections", "下达督办（3 个工作日）"),
        FindingAction.NONE: QCoreApplication.translate("Inspections", "当场纠正，不再处理"),
    }[action]


class InspectionsPanel(ListPanel):
    recordsChanged = Signal()  # a finding opened an accountability record or a 督办

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, InspectionModel(), 3, parent)
        self.new_button = self.add_button(self.tr("登记检查…"), self.record, needs_row=False)
        self.new_button.setObjectName("primaryAction")
        self.finding_button = self.add_button(self.tr("记录问题…"), self.add_finding)
        self.criticism_button = self.add_button(
            self.tr("通报批评"), lambda: self.bulletin(BulletinKind.CRITICISM)
        )
        self.commendation_button = self.add_button(
            self.tr("通报表扬"), lambda: self.bulletin(BulletinKind.COMMENDATION)
        )
        self.findings_model = FindingModel(self)
        self.findings_table = make_table(self.findings_model, 4, striped=True)
        self.findings_title = section_title(self.tr("发现的问题"))
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.findings_title)
        layout.addWidget(self.findings_table)
        self.names = Names({}, {}, ())
        self.checklist: tuple[str, ...] = ()
        self.form_dialog: FormDialog | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_findings())
        self.finish_buttons()

    def refresh(self) -> None:
        ops.list_inspections(self.session).success(self._loaded).run()

    def _loaded(self, result: ops.InspectionsData) -> None:
        chosen: InspectionView | None = self.selected()
        self.names, self.checklist, rows = result
        self.show_rows(rows, self.tr("明查暗访：{n} 次").format(n=len(rows)))
        if chosen is not None:
            for n, row in enumerate(rows):
                if row.id == chosen.id:
                    self.table.selectRow(n)
        self._show_findings()

    def _show_findings(self) -> None:
        row: InspectionView | None = self.selected()
        self.findings_model.set_rows(list(row.findings) if row else [])

    def record(self) -> InspectionDialog:
        dialog = InspectionDialog(self.names, self.checklist, self.session.ctx.today(), self)

        def done(_id: str) -> None:
            emit(self.status, self.tr("已登记明查暗访"))
            self.refresh()

        dialog.submit_with(lambda: ops.record_inspection(self.session, dialog.value()), done)
        self.form_dialog = dialog
        dialog.start()
        return dialog

    def add_finding(self) -> None:
        row: InspectionView | None = self.selected()
        if row is None:
            return
        dialog = FindingDialog(row, self.names, self)

        def done(view: FindingView) -> None:
            emit(self.status, self.tr("已记录问题：{what}").format(what=_action_text(view.action)))
            self.refresh()
            emit(self.recordsChanged)

        dialog.submit_with(lambda: ops.add_finding(self.session, row.id, dialog.value()), done)
        self.form_dialog = dialog
        dialog.start()

    def bulletin(self, kind: BulletinKind) -> None:
        row: InspectionView | None = self.selected()
        if row is None:
            return
        ops.inspection_bulletin(self.session, row.id, kind).success(self._previewed).run()

    def _previewed(self, printout: Printout) -> None:
        self.session.app.printer.show(printout, self)

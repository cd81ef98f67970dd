"""绩效考核: a period's score, rank and breakdown per department (the bottom ranks in red),
公众评议 and 专家评价 entered for the period, and the scoring report as PDF and Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.periods import Period, period_bounds
from clerk_app.domain.scores import IndicatorScore, Source, System
from clerk_app.services.context import Role
from clerk_app.services.scores import DepartmentScore, ScoreReport
from clerk_app.ui.common.dialog_base import FormDialog, text_box
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.tables import make_table
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import scores_ops
from clerk_app.ui.supervision.common import section_title

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _t(text: str) -> str:
    return QCoreApplication.translate("ScoresPanel", text)


class ScoreModel(RowTableModel[DepartmentScore]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(_t("名次"), lambda r: str(r.rank), lambda r: r.rank, RIGHT),
                Column(_t("部门"), lambda r: r.name),
                Column(_t("考核标准"), lambda r: r.standard),
                Column(_t("总分"), lambda r: f"{r.total:.2f}", lambda r: r.total, RIGHT),
                Column(
                    _t("末位"),
                    lambda r: _t("末位") if r.bottom else "",
                    color=lambda r: LIGHT_RED if r.bottom else None,
                ),
            ],
            parent,
        )


class BreakdownModel(RowTableModel[IndicatorScore]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(_t("考核指标"), lambda p: p.source.label),
                Column(_t("权重"), lambda p: f"{p.weight:g}", lambda p: p.weight, RIGHT),
                Column(_t("实际情况"), lambda p: p.value),
                Column(_t("得分"), lambda p: f"{p.score:.2f}", lambda p: p.score, RIGHT),
            ],
            parent,
        )


class RatingDialog(FormDialog):
    """录入公众评议 / 专家评价 of one department for the period shown."""

    def __init__(
        self, departments: dict[str, str], chosen: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("录入评议得分"), parent)
        self.department_combo = QComboBox()
        for dept_id, name in sorted(departments.items(), key=lambda d: d[1]):
            self.department_combo.addItem(name, dept_id)
        if chosen is not None:
            self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(chosen)))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("公众评议"), Source.PUBLIC_RATING.value)
        self.kind_combo.addItem(self.tr("专家评价"), Source.EXPERT_RATING.value)
        self.score_spin = QDoubleSpinBox()
        self.score_spin.setRange(0, 100)
        self.score_spin.setDecimals(1)
        self.score_spin.setSuffix(self.tr(" 分"))
        self.note_edit = text_box("score_note")
        self.add_row(self.tr("部门"), self.department_combo)
        self.add_row(self.tr("评议类别"), self.kind_combo, "score_rating_kind")
        self.add_row(self.tr("得分（百分制）"), self.score_spin, "score_rating")
        self.add_row(self.tr("说明"), self.note_edit, "score_note")

    def problem(self) -> str:
        return "" if self.department_combo.currentData() else self.tr("请选择部门")

    def value(self) -> tuple[str, str, float, str]:
        return (
            str(self.department_combo.currentData()),
            str(self.kind_combo.currentData()),
            float(self.score_spin.value()),
            self.note_edit.toPlainText().strip(),
        )


class ScoresPanel(QWidget):
    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: ScoreReport | None = None
        self.departments: dict[str, str] = {}
        self.form_dialog: RatingDialog | None = None
        self.system_dialog: FormDialog | None = None
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        start, end = period_bounds(Period.MONTH, session.ctx.today())
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("按部门"), False)
        self.scope_combo.addItem(self.tr("按岗位（工作人员）"), True)
        self.run_button = QPushButton(self.tr("计算得分"))
        self.run_button.setObjectName("primaryAction")
        self.rating_button = QPushButton(self.tr("录入评议…"))
        self.rating_button.setToolTip(self.tr("录入所选期间的公众评议、专家评价得分（百分制）"))
        self.system_button = QPushButton(self.tr("指标体系…"))
        self.system_button.setToolTip(self.tr("配置考核指标、权重、目标值和扣分标准"))
        if session.badge.role is not Role.SUPERVISOR:  # the service's rule: supervisors only
            for button in (self.rating_button, self.system_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("仅效能监督员可以录入评议和配置指标体系"))
        self.pdf_button = QPushButton(self.tr("得分表 PDF"))
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("考核期间")))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("至")))
        bar.addWidget(self.end_edit)
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        bar.addWidget(self.system_button)
        bar.addWidget(self.rating_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.excel_button)
        self.title = section_title()
        self.model = ScoreModel(self)
        self.table = make_table(self.model, 1, striped=True)
        self.breakdown = BreakdownModel(self)
        self.breakdown_table = make_table(self.breakdown, 0, striped=True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.breakdown_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        self.run_button.clicked.connect(self.refresh)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rating_button.clicked.connect(self.enter_rating)
        self.system_button.clicked.connect(self.configure)
        self.pdf_button.clicked.connect(self.print_report)
        self.excel_button.clicked.connect(self.export_excel)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_breakdown())

    def bounds(self) -> tuple[date, date]:
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return (start, end) if start <= end else (end, start)

    def by_staff(self) -> bool:
        return bool(self.scope_combo.currentData())

    def refresh(self) -> None:
        start, end = self.bounds()
        scores_ops.load(self.session, start, end, self.by_staff()).success(self._loaded).run()

    def _loaded(self, data: tuple[ScoreReport, dict[str, str]]) -> None:
        self.report, self.departments = data
        self.model.set_rows(self.report.rows)
        bottom = [r.name for r in self.report.rows if r.bottom]
        what = self.tr("名工作人员") if self.by_staff() else self.tr("个部门")
        text = self.tr("{start} 至 {end}：{n} {what}参加考核").format(
            what=what, start=self.report.start, end=self.report.end, n=len(self.report.rows)
        )
        if bottom:
            text += self.tr("；末位：{names}").format(names="、".join(bottom))
        self.title.setText(text)
        if self.report.rows:
            self.table.selectRow(0)
        self._show_breakdown()

    def selected(self) -> DepartmentScore | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _show_breakdown(self) -> None:
        row = self.selected()
        self.breakdown.set_rows(row.breakdown if row else ())

    def enter_rating(self) -> RatingDialog:
        start, end = self.bounds()
        chosen = self.selected()
        dialog = RatingDialog(self.departments, chosen.department_id if chosen else None, self)

        def send() -> object:
            dept, kind, score, note = dialog.value()
            return scores_ops.enter_rating(self.session, start, end, dept, kind, score, note)

        def done(_none: None) -> None:
            emit(self.status, self.tr("评议得分已录入"))
            self.refresh()

        dialog.submit_with(send, done)  # type: ignore[arg-type]
        self.form_dialog = dialog
        dialog.start()
        return dialog

    def configure(self) -> None:
        scores_ops.score_system_form(self.session).success(self._configure).run()

    def _configure(self, data: tuple[System, dict[str, str]]) -> None:
        from clerk_app.ui.supervision.score_system import ScoreSystemDialog

        system, departments = data
        dialog = ScoreSystemDialog(system, departments, self)

        def done(_system: System) -> None:
            emit(self.status, self.tr("绩效考核指标体系已更新"))
            self.refresh()

        dialog.submit_with(lambda: scores_ops.set_score_system(self.session, dialog.value()), done)
        self.system_dialog = dialog
        dialog.start()

    def print_report(self) -> None:
        start, end = self.bounds()
        op = scores_ops.report_pdf(self.session, start, end, self.by_staff())
        op.success(self._printed).run()

    def _printed(self, printout: Printout) -> None:
        self.session.app.printer.show(printout, self)
        emit(self.status, self.tr("绩效考核得分表已生成"))

    def ask_path(self, suggested: str) -> Path | None:
        """Where to save the workbook (tests replace this); None: cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        return Path(name) if name else None

    def export_excel(self) -> None:
        start, end = self.bounds()
        path = self.ask_path(f"绩效考核-{start.isoformat()}_{end.isoformat()}.xlsx")
        if path is None:
            return
        scores_ops.export_excel(self.session, start, end, path, self.by_staff()).success(
            lambda saved: emit(self.status, self.tr("已导出：{path}").format(path=saved))
        ).run()

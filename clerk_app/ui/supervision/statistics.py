"""绩效统计 and 日报/月报: a period, a grouping, the table of counts and rates (targets said in
words), a bar chart of the on-time rate per department, and the printed reports."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.clock import to_local
from clerk_app.domain.metrics import ON_TIME_TARGET, format_rate
from clerk_app.domain.periods import Period, month_of, period_bounds
from clerk_app.services.closed_periods import ClosedPeriodView
from clerk_app.services.statistics import Grouping, PerformanceRow, flagged_for_notice
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.tables import make_table
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.common import section_title
from clerk_app.ui.supervision.dialogs import NoteDialog
from clerk_app.ui.supervision.oversight_model import PerformanceModel


class Report(StrEnum):
    """Which printed report (``clerk_app.printing.report_docs.ReportKind``; reportlab loads
    with the first report, not when the main window opens)."""

    DAILY = "daily"
    MONTHLY = "monthly"


class StatisticsPanel(QWidget):
    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.period_combo = QComboBox()
        for period, label in (
            (Period.TODAY, self.tr("今天")),
            (Period.WEEK, self.tr("本周")),
            (Period.MONTH, self.tr("本月")),
            (Period.CUSTOM, self.tr("自定义")),
        ):
            self.period_combo.addItem(label, period.value)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.group_combo = QComboBox()
        for group, label in (
            (Grouping.CENTER, self.tr("全中心")),
            (Grouping.DEPARTMENT, self.tr("按部门")),
            (Grouping.WINDOW, self.tr("按窗口")),
            (Grouping.STAFF, self.tr("按工作人员")),
        ):
            self.group_combo.addItem(label, group.value)
        self.group_combo.setCurrentIndex(1)
        self.run_button = QPushButton(self.tr("统计"))
        self.run_button.setObjectName("primaryAction")
        self.daily_button = QPushButton(self.tr("日报"))
        self.daily_button.setToolTip(
            self.tr("所选期间最后一天的效能日报（PDF，预览后打印，并存档）")
        )
        self.monthly_button = QPushButton(self.tr("月报"))
        self.monthly_button.setToolTip(self.tr("所选期间最后一天所在月份的效能月报（截至今天）"))
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.excel_button.setToolTip(
            self.tr("所选期间各分组的统计表（Excel），已结账的期间为冻结数据")
        )
        self.close_button = QPushButton(self.tr("结账…"))
        self.close_button.setToolTip(
            self.tr(
                "冻结所选期间的统计数据：结账后该期间的数据不再变化，更正须作为修订版并说明理由"
            )
        )
        self.closed: ClosedPeriodView | None = None
        self.form_dialog: NoteDialog | None = None
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("期间")))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("至")))
        bar.addWidget(self.end_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("分组")))
        bar.addWidget(self.group_combo)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        bar.addWidget(self.daily_button)
        bar.addWidget(self.monthly_button)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.close_button)

        self.model = PerformanceModel(self)
        self.table = make_table(self.model, 0, sort=True, striped=True)
        self.title = section_title()
        from clerk_app.ui.supervision.chart import OnTimeChart  # QtCharts: supervisors

        self.chart = OnTimeChart(ON_TIME_TARGET)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.run_button.clicked.connect(self.refresh)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.daily_button.clicked.connect(lambda: self.report(Report.DAILY))
        self.monthly_button.clicked.connect(lambda: self.report(Report.MONTHLY))
        self.close_button.clicked.connect(self.close_period)
        self.excel_button.clicked.connect(self.export_excel)
        self.period_combo.setCurrentIndex(2)
        self._period_changed()

    # --- period ------------------------------------------------------------------------

    def today(self) -> date:
        return self.session.ctx.today()  # the clock, not the database

    def _period_changed(self) -> None:
        period = Period(self.period_combo.currentData())
        custom = period is Period.CUSTOM
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if not custom:
            start, end = period_bounds(period, self.today())
            self.start_edit.setDate(QDate(start.year, start.month, start.day))
            self.end_edit.setDate(QDate(end.year, end.month, end.day))

    def bounds(self) -> tuple[date, date]:
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return (start, end) if start <= end else (end, start)

    def grouping(self) -> Grouping:
        return Grouping(self.group_combo.currentData())

    # --- statistics --------------------------------------------------------------------

    def refresh(self) -> None:
        (start, end), group = self.bounds(), self.grouping()
        op = ops.performance(self.session, start, end, group)
        op.success(lambda data: self._loaded(data, start, end)).run()

    def _loaded(self, data: ops.StatsData, start: date, end: date) -> None:
        rows, departments, closed = data
        self.closed = closed
        self.close_button.setEnabled(end < self.today())
        self.close_button.setText(self.tr("修订结账…") if closed else self.tr("结账…"))
        self.model.set_rows(rows)
        self.chart.set_rows(departments)
        total = None
        for row in rows:
            total = row.counts if total is None else total + row.counts
        period = start.isoformat() if start == end else f"{start.isoformat()} — {end.isoformat()}"
        if total is None:
            self.title.setText(
                self.tr("{period}：本期没有可统计的办件和评价").format(period=period)
            )
            return
        self.title.setText(
            self.tr(
                "{period}：受理 {a} 件，办结 {c} 件，超期未办 {o} 件；按时办结率 {rate}"
            ).format(
                period=period,
                a=total.accepted,
                c=total.completed,
                o=total.open_overdue,
                rate=format_rate(total.on_time_rate),
            )
            + self._notes(rows, closed)
        )

    def _notes(self, rows: list[PerformanceRow], closed: ClosedPeriodView | None) -> str:
        """The period's close, and who is flagged for 通报 (satisfaction below target)."""
        text = ""
        if closed is not None:
            text += self.tr("；已结账（第 {n} 版，{who} {day}），数据已冻结").format(
                n=closed.revision, who=closed.closed_by, day=to_local(closed.closed_at).date()
            )
        flagged = [
            r.name for r in flagged_for_notice(rows) if self.grouping() is not Grouping.CENTER
        ]
        if flagged:
            text += self.tr("；满意率未达标拟通报：{names}").format(names="、".join(flagged))
        return text

    # --- Excel --------------------------------------------------------------------------

    def ask_path(self, suggested: str) -> Path | None:
        """Where to save the workbook (tests replace this); None: cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        return Path(name) if name else None

    def export_excel(self) -> None:
        start, end = self.bounds()
        path = self.ask_path(f"绩效统计-{start.isoformat()}_{end.isoformat()}.xlsx")
        if path is None:
            return
        ops.export_excel(self.session, start, end, path).success(
            lambda saved: emit(self.status, self.tr("已导出：{path}").format(path=saved))
        ).run()

    # --- closing the period -----------------------------------------------------------

    def close_period(self) -> NoteDialog:
        """结账: the reason is needed for a revision of a period already closed."""
        start, end = self.bounds()
        revision = self.closed is not None
        dialog = NoteDialog(
            self.tr("修订结账") if revision else self.tr("结账"),
            self.tr("{start} 至 {end} 的统计数据将被冻结").format(start=start, end=end),
            self.tr("修订理由") if revision else self.tr("说明（可不填）"),
            self,
            field="period_reason",
            required=revision,
        )

        def done(view: ClosedPeriodView) -> None:
            emit(self.status, self.tr("已结账（第 {n} 版）").format(n=view.revision))
            self.refresh()

        dialog.submit_with(lambda: ops.close_period(self.session, start, end, dialog.note()), done)
        self.form_dialog = dialog
        dialog.start()
        return dialog

    # --- reports -----------------------------------------------------------------------

    def report_bounds(self, kind: Report) -> tuple[date, date]:
        end = self.bounds()[1]
        if kind is Report.MONTHLY:
            return month_of(end, self.today())
        return end, end

    def report(self, kind: Report) -> None:
        """Build, render and archive the report in a worker; then preview and print."""
        start, end = self.report_bounds(kind)
        ops.performance_report(self.session, kind, start, end).success(self._reported).run()

    def _reported(self, printout: Printout) -> None:
        self.session.app.printer.show(printout, self)
        where = str(printout.path) if printout.path else self.tr("未存档（未设置存档目录）")
        if printout.path:
            where += self.tr("（表格另存为同名 Excel 文件）")
        emit(self.status, self.tr("报表已生成：{where}").format(where=where))

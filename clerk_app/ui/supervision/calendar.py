"""工作日历维护: the month with the local entries already made; enter a day (workday or
holiday, document number, note), see which open cases' due dates it would move and by how
much, and only then, confirmed, apply it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.oversight import CalendarDay, DueChange
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.screen import fit_to_screen
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.tables import make_table
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.oversight_model import DueChangeModel
from clerk_app.ui.tasks import error_message


def _kind(day: CalendarDay) -> str:
    if day.is_workday:
        return QCoreApplication.translate("CalendarDialog", "工作日")
    return QCoreApplication.translate("CalendarDialog", "休息日")


class CalendarEntryModel(RowTableModel[CalendarDay]):
    """The local entries of the month shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("CalendarDialog", "日期"),
                    lambda d: d.day.isoformat(),
                ),
                Column(QCoreApplication.translate("CalendarDialog", "类型"), _kind),
                Column(
                    QCoreApplication.translate("CalendarDialog", "依据文件文号"), lambda d: d.doc_no
                ),
                Column(QCoreApplication.translate("CalendarDialog", "说明"), lambda d: d.note),
            ],
            parent,
        )


class CalendarDialog(QDialog):
    """The month on the left, the entry on the right; 预览影响 lists the due dates that
    would move, 确认调整 applies it after a confirmation. The dialog stays open."""

    applied = Signal(object)  # list[DueChange]

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("维护工作日历"))
        today = session.ctx.today()
        self.month_days: list[CalendarDay] = []
        self.previewed: tuple[date, bool] | None = None  # what the preview was made for
        self.changes: list[DueChange] = []

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.entries = CalendarEntryModel(self)
        self.entries_table = make_table(self.entries, 3, striped=True)
        self.month_label = QLabel()
        self.month_label.setWordWrap(True)
        month = QVBoxLayout()
        month.addWidget(self.calendar)
        month.addWidget(self.month_label)
        month.addWidget(self.entries_table, 1)

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.workday_radio = QRadioButton(self.tr("工作日（调休上班）"))
        self.holiday_radio = QRadioButton(self.tr("休息日（放假）"))
        self.holiday_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.workday_radio)
        group.addButton(self.holiday_radio)
        kind = QHBoxLayout()
        kind.addWidget(self.holiday_radio)
        kind.addWidget(self.workday_radio)
        kind.addStretch(1)
        self.doc_edit = limit_line(QLineEdit(), "calendar_doc_no")
        self.doc_edit.setPlaceholderText(self.tr("如：清溪县政府办〔2026〕12号"))
        self.doc_error = QLabel()
        self.doc_error.setObjectName("fieldError")
        self.doc_error.setVisible(False)
        doc = QVBoxLayout()
        doc.setSpacing(2)
        doc.addWidget(self.doc_edit)
        doc.addWidget(self.doc_error)
        self.note_edit = limit_line(QLineEdit(), "calendar_note")
        self.note_edit.setPlaceholderText(self.tr("如：县城停电检修，中心闭馆"))
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.tr("类型"), kind)
        form.addRow(self.tr("依据文件文号"), doc)
        form.addRow(self.tr("说明"), self.note_edit)
        self.hint = QLabel(
            self.tr(
                "本地日历优先于国务院公布的安排。先预览受影响的在办办件，"
                "确认后才保存并重新计算其办结期限。"
            )
        )
        self.hint.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.model = DueChangeModel(self)
        self.table = make_table(self.model, 0, striped=True)
        self.preview_button = QPushButton(self.tr("预览影响"))
        self.apply_button = QPushButton(self.tr("确认调整"))
        self.apply_button.setObjectName("primaryAction")
        self.apply_button.setEnabled(False)
        self.apply_button.setToolTip(self.tr("请先预览受影响的办件"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        entry = QVBoxLayout()
        entry.addLayout(form)
        entry.addWidget(self.hint)
        entry.addWidget(self.result_label)
        entry.addWidget(self.table, 1)

        columns = QHBoxLayout()
        columns.addLayout(month, 1)
        columns.addLayout(entry, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.currentPageChanged.connect(lambda y, m: self.load_month(y, m))
        self.date_edit.dateChanged.connect(self._entry_changed)
        self.workday_radio.toggled.connect(self._entry_changed)
        fit_to_screen(self, 980, 620)
        self.load_month(today.year, today.month)

    # --- the month ------------------------------------------------------------------------

    def load_month(self, year: int, month: int) -> None:
        ops.calendar_month(self.session, year, month).success(self._month_loaded).run()

    def _month_loaded(self, days: list[CalendarDay]) -> None:
        self.month_days = days
        for day in days:
            fmt = QTextCharFormat()
            if not day.is_workday:
                fmt.setForeground(self.palette().placeholderText())
            if day.local:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setFontUnderline(True)
                fmt.setToolTip(f"{_kind(day)} · {day.doc_no} {day.note}".strip())
            self.calendar.setDateTextFormat(QDate(day.day.year, day.day.month, day.day.day), fmt)
        local = [d for d in days if d.local]
        self.entries.set_rows(local)
        if days:
            first = days[0].day
            off = sum(1 for d in days if not d.is_workday)
            self.month_label.setText(
                self.tr("{y}年{m}月：工作日 {w} 天，休息日 {o} 天；本地调整 {n} 条").format(
                    y=first.year, m=first.month, w=len(days) - off, o=off, n=len(local)
                )
            )

    def _day_clicked(self, qdate: QDate) -> None:
        self.date_edit.setDate(qdate)

    # --- the entry ------------------------------------------------------------------------

    def day(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def _entry_changed(self) -> None:
        """Another day or kind: the preview no longer holds."""
        self.previewed = None
        self.changes = []
        self.apply_button.setEnabled(False)
        self.model.set_rows([])
        self.result_label.setText("")
        day = self.day()
        qdate = QDate(day.year, day.month, day.day)
        if self.calendar.selectedDate() != qdate:
            self.calendar.setSelectedDate(qdate)

    def preview(self) -> None:
        """The open cases whose due dates this entry would move (nothing is written)."""
        day, workday = self.day(), self.workday_radio.isChecked()

        def shown(changes: list[DueChange]) -> None:
            self.previewed = (day, workday)
            self.changes = changes
            self.model.set_rows(changes)
            kind = self.tr("工作日") if workday else self.tr("休息日")
            text = self.tr("将 {day} 设为{kind}：").format(day=day.isoformat(), kind=kind)
            if changes:
                text += self.tr("{n} 件在办办件的办结期限将调整（原 → 新）。").format(
                    n=len(changes)
                )
            else:
                text += self.tr("没有在办办件的办结期限受影响。")
            self.result_label.setText(text)
            self.apply_button.setEnabled(True)

        ops.preview_calendar_entry(self.session, day=day, is_workday=workday).success(shown).run()

    def confirm_apply(self, changes: list[DueChange]) -> bool:
        """Asked before anything is written (tests replace this)."""
        text = (
            self.tr("确认调整？{n} 件在办办件的办结期限将随之改变，并记入各办件。").format(
                n=len(changes)
            )
            if changes
            else self.tr("确认调整？没有在办办件受影响。")
        )
        answer = QMessageBox.question(
            self,
            self.tr("维护工作日历"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _doc_problem(self, message: str) -> None:
        self.doc_error.setText(message)
        self.doc_error.setVisible(bool(message))

    def apply(self) -> None:
        """Save the entry, only as previewed and confirmed."""
        doc_no = self.doc_edit.text().strip()
        if not doc_no:
            self._doc_problem(self.tr("请填写依据文件的文号"))
            return
        self._doc_problem("")
        day, workday, note = self.day(), self.workday_radio.isChecked(), self.note_edit.text()
        if self.previewed != (day, workday):
            self.preview()
            return
        if not self.confirm_apply(self.changes):
            return
        self.apply_button.setEnabled(False)
        self.preview_button.setEnabled(False)

        def done(rows: list[DueChange]) -> None:
            self.preview_button.setEnabled(True)
            self.previewed = None
            self.model.set_rows(rows)
            kind = self.tr("工作日") if workday else self.tr("休息日")
            text = self.tr("已将 {day} 设为{kind}。").format(day=day.isoformat(), kind=kind)
            if rows:
                text += self.tr("{n} 件在办办件的办结期限随之调整（原 → 新）：").format(n=len(rows))
            else:
                text += self.tr("没有在办办件的办结期限受影响。")
            self.result_label.setText(text)
            self.load_month(day.year, day.month)
            emit(self.applied, rows)

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            self.apply_button.setEnabled(True)
            field = getattr(exc, "field", "")
            if field == "calendar_doc_no":
                self._doc_problem(error_message(exc))
            else:
                self.session.tasks.show_error(exc)

        op = ops.set_calendar_entry(
            self.session, day=day, is_workday=workday, doc_no=doc_no, note=note
        )
        op.success(done).failure(failed).run()

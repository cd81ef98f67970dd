"""工作日历维护: a local calendar entry (date, workday or holiday, document number, note);
the open cases whose due dates moved are listed, old → new."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.oversight import DueChange
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.tables import make_table
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.oversight_model import DueChangeModel


class CalendarDialog(QDialog):
    """Enter one day; the dialog stays open to show what moved."""

    applied = Signal(object)  # list[DueChange]

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("维护工作日历"))
        self.setMinimumWidth(560)
        today = session.ctx.today()
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
        self.note_edit = limit_line(QLineEdit(), "calendar_note")
        self.note_edit.setPlaceholderText(self.tr("如：县城停电检修，中心闭馆"))
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.tr("类型"), kind)
        form.addRow(self.tr("依据文件文号"), self.doc_edit)
        form.addRow(self.tr("说明"), self.note_edit)
        self.hint = QLabel(
            self.tr("本地日历优先于国务院公布的安排；保存后在办办件的办结期限将重新计算。")
        )
        self.hint.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.model = DueChangeModel(self)
        self.table = make_table(self.model, 0, striped=True)
        self.table.setMinimumHeight(160)
        self.apply_button = QPushButton(self.tr("保存"))
        self.apply_button.setObjectName("primaryAction")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def day(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def apply(self) -> None:
        doc_no = self.doc_edit.text().strip()
        if not doc_no:
            self.result_label.setText(self.tr("请填写依据文件的文号"))
            return
        day, workday, note = self.day(), self.workday_radio.isChecked(), self.note_edit.text()
        self.apply_button.setEnabled(False)

        def done(rows: list[DueChange]) -> None:
            self.apply_button.setEnabled(True)
            self.model.set_rows(rows)
            kind = self.tr("工作日") if workday else self.tr("休息日")
            text = self.tr("已将 {day} 设为{kind}。").format(day=day.isoformat(), kind=kind)
            if rows:
                text += self.tr("{n} 件在办办件的办结期限随之调整（原 → 新）：").format(n=len(rows))
            else:
                text += self.tr("没有在办办件的办结期限受影响。")
            self.result_label.setText(text)
            emit(self.applied, rows)

        def failed(exc: BaseException) -> None:
            self.apply_button.setEnabled(True)
            self.session.tasks.show_error(exc)

        op = ops.set_calendar_entry(
            self.session, day=day, is_workday=workday, doc_no=doc_no, note=note
        )
        op.success(done).failure(failed).run()

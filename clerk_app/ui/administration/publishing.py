"""公开: what the centre publishes (三公开), printed through the document printer: the
事项公示表 of the whole catalogue by department, and the 调整/取消事项公告 of the items
adjusted or cancelled from a day of a chosen period. Both are printed, not archived (they
belong to no case); each item's 办事指南 is printed at the front desk.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.printing import DocumentPrinter, builders
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PublishingPage(QWidget):
    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        today = session.ctx.today()

        catalogue_box = QGroupBox(self.tr("事项公示表"))
        catalogue_about = QLabel(
            self.tr("按部门列出仍在受理的全部事项：办件类型、承诺时限、法定时限和收费。")
        )
        catalogue_about.setWordWrap(True)
        self.catalogue_button = QPushButton(self.tr("预览 / 打印事项公示表"))
        self.catalogue_button.setObjectName("publishCatalogue")
        box = QVBoxLayout(catalogue_box)
        box.addWidget(catalogue_about)
        box.addWidget(self.catalogue_button)

        notice_box = QGroupBox(self.tr("调整/取消事项公告"))
        notice_about = QLabel(self.tr("列出生效日期在所选期间内的调整、取消事项。"))
        notice_about.setWordWrap(True)
        self.start_edit = QDateEdit(_qdate(today.replace(day=1)))
        self.start_edit.setObjectName("publishStart")
        self.end_edit = QDateEdit(_qdate(today))
        self.end_edit.setObjectName("publishEnd")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.notice_button = QPushButton(self.tr("预览 / 打印公告"))
        self.notice_button.setObjectName("publishAdjustments")
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("自")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("至")))
        period.addWidget(self.end_edit)
        period.addWidget(self.notice_button)
        period.addStretch(1)
        box = QVBoxLayout(notice_box)
        box.addWidget(notice_about)
        box.addLayout(period)

        self.notice = QLabel()
        self.notice.setObjectName("publishNotice")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(catalogue_box)
        layout.addWidget(notice_box)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.catalogue_button.clicked.connect(self.print_catalogue)
        self.notice_button.clicked.connect(self.print_adjustments)

    def _printed(self, printout: Printout) -> None:
        self.notice.clear()
        emit(self.status, self.tr("已生成：{title}").format(title=printout.title))

    def print_catalogue(self) -> None:
        day = self.session.ctx.today().isoformat()
        self.printer.issue(
            lambda c: builders().catalogue_table_doc(c),
            kind="catalogue_table",
            title=f"事项公示表-{day}",
            parent=self,
            on_done=self._printed,
        )

    def print_adjustments(self) -> None:
        start, end = _day(self.start_edit), _day(self.end_edit)
        if end < start:  # refused next to the dates, nothing printed
            self.notice.setText(self.tr("公告期间的结束日期不能早于开始日期"))
            return
        self.printer.issue(
            lambda c: builders().adjustment_notice_doc(c, start, end),
            kind="adjustment_notice",
            title=f"调整取消事项公告-{start.isoformat()}_{end.isoformat()}",
            parent=self,
            on_done=self._printed,
        )

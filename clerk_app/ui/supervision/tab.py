"""效能监督: the supervisor's back office, one page per job.

实时看板 (windows and deadline lights, every 15 s) · 审批 (extensions, contested reviews) ·
回访整改 (call-backs, rectifications, result-issuing after a deemed approval) · 投诉与问责
(complaints, accountability records closed point by point) · 督办 (orders to departments
and windows, and their answers) · 绩效统计 (rates, 日报/月报) · 绩效考核 (scores, ranks,
ratings, the scoring report) · 同步冲突 (conflicts found
by sync, settled with a note), and the calendar dialog.
Every page reads and writes through the services in a worker (``session.tasks``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.accountability import AccountabilityPanel
from clerk_app.ui.supervision.approvals import ContestsPanel, ExtensionsPanel
from clerk_app.ui.supervision.board import BoardPanel
from clerk_app.ui.supervision.calendar import CalendarDialog
from clerk_app.ui.supervision.common import section_title
from clerk_app.ui.supervision.conflicts import ConflictsPanel
from clerk_app.ui.supervision.follow_ups import ComplaintsPanel, FollowUpsPanel
from clerk_app.ui.supervision.inspections import InspectionsPanel
from clerk_app.ui.supervision.orders import OrdersPanel, OrderTarget
from clerk_app.ui.supervision.scores import ScoresPanel
from clerk_app.ui.supervision.statistics import StatisticsPanel
from clerk_app.ui.supervision.tasks import TasksPanel


def _split(*widgets: QWidget) -> QSplitter:
    split = QSplitter(Qt.Orientation.Vertical)
    for widget in widgets:
        split.addWidget(widget)
    return split


class SupervisionTab(QWidget):
    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.board = BoardPanel(session)
        self.extensions = ExtensionsPanel(session)
        self.contests = ContestsPanel(session)
        self.follow_ups = FollowUpsPanel(session)
        self.complaints = ComplaintsPanel(session)
        self.accountability = AccountabilityPanel(session)
        self.orders = OrdersPanel(session)
        self.inspections = InspectionsPanel(session)
        self.tasks = TasksPanel(session)
        self.statistics = StatisticsPanel(session)
        self.scores = ScoresPanel(session)
        self.conflicts = ConflictsPanel(session)
        self.panels = (
            self.board,
            self.extensions,
            self.contests,
            self.follow_ups,
            self.complaints,
            self.accountability,
            self.orders,
            self.inspections,
            self.tasks,
            self.statistics,
            self.scores,
            self.conflicts,
        )
        for panel in self.panels:
            panel.status.connect(self.status)
        self.complaints.recordsChanged.connect(self.accountability.refresh)
        self.board.orderRequested.connect(self.order_from_board)
        self.complaints.orderRequested.connect(self.order_from_board)
        self.inspections.recordsChanged.connect(self.accountability.refresh)
        self.inspections.recordsChanged.connect(self.orders.refresh)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.board, self.tr("实时看板"))
        self.pages.addTab(_split(self.extensions, self.contests), self.tr("审批"))
        self.pages.addTab(self.follow_ups, self.tr("回访整改"))
        self.pages.addTab(_split(self.complaints, self.accountability), self.tr("投诉与问责"))
        self.orders_page = _split(self.orders, self.tasks)
        self.pages.addTab(self.orders_page, self.tr("督办督查"))
        self.pages.addTab(self.inspections, self.tr("明查暗访"))
        self.pages.addTab(self.statistics, self.tr("绩效统计与报表"))
        self.pages.addTab(self.scores, self.tr("绩效考核"))
        self.pages.addTab(self.conflicts, self.conflicts.tab_title())
        self.conflicts.titleChanged.connect(
            lambda text: self.pages.setTabText(self.pages.indexOf(self.conflicts), text)
        )
        self.calendar_button = QPushButton(self.tr("维护工作日历…"))
        self.calendar_dialog: CalendarDialog | None = None
        top = QHBoxLayout()
        top.addWidget(section_title(self.tr("效能监督")))
        top.addStretch(1)
        top.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.calendar_button.clicked.connect(self.open_calendar)

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()

    def order_from_board(self, target: OrderTarget) -> None:
        """督办 a case from the board, or a complaint: the order form on the 督办 page,
        filled in."""
        self.pages.setCurrentWidget(self.orders_page)
        self.orders.issue(target)

    # --- calendar ------------------------------------------------------------------------

    def open_calendar(self) -> CalendarDialog:
        dialog = CalendarDialog(self.session, self)
        dialog.applied.connect(lambda _rows: self.board.refresh())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.calendar_dialog = dialog
        dialog.open()
        return dialog

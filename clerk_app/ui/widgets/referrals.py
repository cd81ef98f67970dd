"""我的转办: the first responder follows each referral until the other side closes it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services import first_contact
from clerk_app.services.first_contact import ReferralView
from clerk_app.ui.models.referrals import COL_MATTER, ReferralModel
from clerk_app.ui.session import SignedOn

REFRESH_MS = 60_000


class ReferralsTab(QWidget):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ReferralModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MATTER, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        ctx, staff_id = self.session.ctx, self.session.badge.staff_id
        self.session.tasks.read(lambda: first_contact.my_referrals(ctx, staff_id), self._loaded)

    def _loaded(self, rows: list[ReferralView]) -> None:
        self.model.set_rows(rows)
        open_ = sum(1 for r in rows if r.status != "done")
        late = sum(1 for r in rows if r.late and r.status != "done")
        self.summary.setText(
            self.tr("未办结 {open} 件，其中超时 {late} 件").format(open=open_, late=late)
        )

"""转办: what this first responder referred (followed until done, 首问负责), and what other
departments referred to this clerk's department (take it in hand, then close it)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.first_contact import ReferralView
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.front_desk import ops
from clerk_app.ui.front_desk.referrals_model import COL_MATTER, ReferralModel
from clerk_app.ui.session import SignedOn

REFRESH_MS = 60_000


class ReferralsTab(QWidget):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.department_id = session.badge.department_id
        self.model = ReferralModel(self)
        self.table = make_table(self.model, COL_MATTER)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.incoming_model = ReferralModel(self)
        self.incoming_table = make_table(self.incoming_model, COL_MATTER)
        self.incoming_summary = QLabel()
        self.incoming_summary.setObjectName("sectionTitle")
        self.form_dialog: CloseReferralDialog | None = None  # the form open, if any
        self.take_button = QPushButton(self.tr("接收"))
        self.close_button = QPushButton(self.tr("办结转办"))
        self.close_button.setObjectName("primaryAction")
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.incoming = QWidget()
        incoming_layout = QVBoxLayout(self.incoming)
        incoming_layout.setContentsMargins(0, 12, 0, 0)
        incoming_layout.addWidget(self.incoming_summary)
        incoming_layout.addWidget(self.incoming_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        incoming_layout.addLayout(buttons)
        layout.addWidget(self.incoming, 1)
        layout.addWidget(refresh)
        self.incoming.setVisible(self.department_id is not None)
        self.take_button.clicked.connect(self.take)
        self.close_button.clicked.connect(self.close_referral)
        self.incoming_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self._update_buttons()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        ops.load_referrals(self.session, self.department_id).success(self._loaded).run()

    def _loaded(self, data: tuple[list[ReferralView], list[ReferralView]]) -> None:
        rows, incoming = data
        chosen = self.selected_incoming()
        self.model.set_rows(rows)
        open_ = sum(1 for r in rows if r.status != "done")
        late = sum(1 for r in rows if r.late and r.status != "done")
        self.summary.setText(
            self.tr("我转出的：未办结 {open} 件，其中超时 {late} 件").format(open=open_, late=late)
        )
        self.incoming_model.set_rows(incoming)
        if chosen is not None:
            self.select_incoming(chosen.id)
        waiting = sum(1 for r in incoming if r.status != "done")
        self.incoming_summary.setText(self.tr("转给本部门的：未办结 {n} 件").format(n=waiting))
        self._update_buttons()

    def selected_incoming(self) -> ReferralView | None:
        ref: ReferralView | None = selected_row(self.incoming_table)
        return ref

    def select_incoming(self, referral_id: str) -> bool:
        for row, ref in enumerate(self.incoming_model.rows()):
            if ref.id == referral_id:
                self.incoming_table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        ref = self.selected_incoming()
        self.take_button.setEnabled(ref is not None and ref.status == "open")
        self.close_button.setEnabled(ref is not None and ref.status != "done")

    def take(self) -> None:
        ref = self.selected_incoming()
        if ref is None:
            return
        ops.take_referral(self.session, ref.id).success(self._changed).run()

    def _changed(self, _result: object = None) -> None:
        self.refresh()

    def close_referral(self) -> None:
        """What was done; the form stays open until the referral is closed (an empty result
        is said next to the field)."""
        ref = self.selected_incoming()
        if ref is None:
            return
        dialog = CloseReferralDialog(ref, self)
        dialog.submit_with(
            lambda: ops.close_referral(self.session, ref.id, dialog.outcome()), self._changed
        )
        self.form_dialog = dialog
        dialog.start()


class CloseReferralDialog(FormDialog):
    """办结转办: the matter referred and what the department did about it."""

    def __init__(self, ref: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办结转办"), parent)
        self.outcome_edit = text_box("referral_outcome", 100)
        self.add_row(self.tr("转办事由"), wrapped_label(ref.matter))
        self.add_row(self.tr("办理结果"), self.outcome_edit, "referral_outcome")

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText().strip()

"""效能监督: extensions awaiting approval (approve → 延期告知书 prints); the board comes later."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services import casework
from clerk_app.services.case_views import CaseView
from clerk_app.ui.dialogs.case_actions import DecideExtensionDialog
from clerk_app.ui.models.base import ROW_ROLE
from clerk_app.ui.models.cases import COL_ITEM, ExtensionModel, PendingExtension
from clerk_app.ui.printing import DocumentPrinter, builders
from clerk_app.ui.qt_compat import emit
from clerk_app.ui.session import SignedOn


class SupervisionTab(QWidget):
    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        self.model = ExtensionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.approve_button = QPushButton(self.tr("批准延期"))
        self.approve_button.setObjectName("primaryAction")
        self.deny_button = QPushButton(self.tr("不批准"))
        refresh = QPushButton(self.tr("刷新"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.deny_button)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.deny_button.clicked.connect(lambda: self.decide(False))
        refresh.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def refresh(self) -> None:
        ctx = self.session.ctx

        def load() -> list[PendingExtension]:
            return [PendingExtension(*row) for row in casework.pending_extensions(ctx)]

        self.session.tasks.read(load, self._loaded)

    def _loaded(self, rows: list[PendingExtension]) -> None:
        self.model.set_rows(rows)
        self.title.setText(self.tr("待审批的延期申请：{n} 件").format(n=len(rows)))
        self._update_buttons()

    def selected(self) -> PendingExtension | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        pending: PendingExtension = self.model.data(rows[0], ROW_ROLE)
        return pending

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.approve_button.setEnabled(chosen)
        self.deny_button.setEnabled(chosen)

    def ask_note(self, approve: bool, pending: PendingExtension) -> str | None:
        """The supervisor's opinion (tests replace this); None: cancelled."""
        summary = self.tr("{no} 延长 {n} 个工作日：{reason}").format(
            no=pending.case.case_no, n=pending.workdays, reason=pending.reason
        )
        dialog = DecideExtensionDialog(approve, summary, self)
        return dialog.note() if dialog.exec() else None

    def decide(self, approve: bool) -> None:
        pending = self.selected()
        if pending is None:
            return
        note = self.ask_note(approve, pending)
        if note is None:
            return
        ctx, actor, request_id = self.session.ctx, self.session.actor, pending.request_id

        def done(case: CaseView) -> None:
            if approve:
                emit(
                    self.status,
                    self.tr("已批准 {no} 延期，新办结期限 {due}").format(
                        no=case.case_no, due=case.due_date.isoformat() if case.due_date else "—"
                    ),
                )
                self.printer.issue(
                    lambda c: builders().extension_notice_doc(c, request_id),
                    kind="extension_notice",
                    title=f"extension_notice-{case.case_no}",
                    case_id=case.id,
                    parent=self,
                )
            else:
                emit(self.status, self.tr("已驳回 {no} 的延期申请").format(no=case.case_no))
            self.refresh()

        self.session.tasks.write(
            lambda: casework.decide_extension(ctx, actor, request_id, approve=approve, note=note),
            done,
        )

"""回访整改、投诉: open follow-ups (call-backs, rectifications, result-issuing after a
deemed approval) closed with an outcome category; complaints filed and resolved (the
accountability records are in ``accountability.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QWidget

from clerk_app.services.board import Names
from clerk_app.services.complaint_import import ImportResult
from clerk_app.services.complaints import ComplaintView
from clerk_app.services.orders import Source
from clerk_app.ui.common.dialog_base import FormDialog
from clerk_app.ui.common.labels import label
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import complaint_ops, ops
from clerk_app.ui.supervision.common import ListPanel
from clerk_app.ui.supervision.dialogs import (
    CloseFollowUpDialog,
    FileComplaintDialog,
    NoteDialog,
    ResolveComplaintDialog,
)
from clerk_app.ui.supervision.orders import OrderTarget
from clerk_app.ui.supervision.oversight_model import (
    ComplaintModel,
    ComplaintRow,
    FollowUpModel,
    FollowUpRow,
)
from clerk_app.ui.tasks import WriteOp

CLOSED_DAYS = 90  # how far back 显示已办结 reaches


class FollowUpsPanel(ListPanel):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, FollowUpModel(), 5, parent)
        self.close_button = self.add_button(self.tr("办结…"), self.close_selected)
        self.close_button.setObjectName("primaryAction")
        self.form_dialog: CloseFollowUpDialog | None = None  # the one open
        self.finish_buttons()

    def refresh(self) -> None:
        ops.open_follow_ups(self.session).success(self._loaded).run()

    def _loaded(self, rows: list[FollowUpRow]) -> None:
        late = sum(1 for r in rows if r.view.overdue)
        title = self.tr("待办结的回访、整改和出具结果任务：{n} 件").format(n=len(rows))
        if late:
            title += self.tr("（其中逾期 {n} 件）").format(n=late)
        self.show_rows(rows, title)

    def close_selected(self) -> None:
        """The outcome form; it stays open, all typed, until the task is closed."""
        row: FollowUpRow | None = self.selected()
        if row is None:
            return
        dialog = CloseFollowUpDialog(row, self)

        def start() -> WriteOp[None]:
            outcome, note = dialog.value()
            return ops.close_follow_up(self.session, row.view.id, category=outcome.value, note=note)

        def done(_none: None) -> None:
            emit(
                self.status,
                self.tr("已办结{kind}任务").format(kind=label(row.view.kind)),
            )
            self.refresh()

        dialog.submit_with(start, done)
        self.form_dialog = dialog
        dialog.start()


class ComplaintsPanel(ListPanel):
    recordsChanged = Signal()  # a substantiated complaint opened an accountability record
    orderRequested = Signal(object)  # an OrderTarget: 督办 the selected complaint

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, ComplaintModel(), 5, parent)
        self.file_button = self.add_button(self.tr("登记投诉…"), self.file, needs_row=False)
        self.import_button = self.add_button(
            self.tr("导入热线工单…"), self.import_work_orders, needs_row=False
        )
        self.import_button.setToolTip(
            self.tr("导入 12345/县长热线、部门热线平台导出的工单（Excel 或 CSV），重复工单自动跳过")
        )
        self.follow_button = self.add_button(self.tr("跟进…"), self.follow_up_selected)
        self.resolve_button = self.add_button(self.tr("处理…"), self.resolve_selected)
        self.order_button = self.add_button(self.tr("督办…"), self.order_selected)
        self.order_button.setToolTip(self.tr("就选中的投诉向被投诉部门下达督办"))
        self.resolve_button.setObjectName("primaryAction")
        self.closed_check = QCheckBox(self.tr("显示近 {n} 天已办结的").format(n=CLOSED_DAYS))
        self.closed_check.setToolTip(self.tr("已办结的投诉中，逾期答复的以红字标出"))
        self.closed_check.toggled.connect(lambda _on: self.refresh())
        self.buttons.addWidget(self.closed_check)
        self.names = Names({}, {}, ())
        self.form_dialog: FormDialog | None = None  # the one open
        self.finish_buttons()

    def refresh(self) -> None:
        days = CLOSED_DAYS if self.closed_check.isChecked() else 0
        ops.open_complaints(self.session, closed_days=days).success(self._loaded).run()

    def _loaded(self, result: ops.ComplaintsData) -> None:
        self.names, rows = result
        waiting = [r for r in rows if r.view.status == "open"]
        title = self.tr("待处理的效能投诉：{n} 件").format(n=len(waiting))
        late = sum(1 for r in waiting if r.view.overdue)
        if late:
            title += self.tr("（其中超过办理时限 {n} 件）").format(n=late)
        self.show_rows(rows, title)

    def update_buttons(self) -> None:
        """Follow-up and resolution only for a complaint still open."""
        super().update_buttons()
        row: ComplaintRow | None = self.selected()
        if row is not None and row.view.status != "open":
            self.follow_button.setEnabled(False)
            self.resolve_button.setEnabled(False)
            self.order_button.setEnabled(False)

    def order_selected(self) -> None:
        """督办 the complained-about department: the order form, filled in."""
        row: ComplaintRow | None = self.selected()
        if row is None:
            return
        view = row.view
        due = view.due_date.isoformat() if view.due_date else "—"
        emit(
            self.orderRequested,
            OrderTarget(
                Source.COMPLAINT,
                self.tr("效能投诉（{who}）：{content}，办理时限 {due}").format(
                    who=view.complainant, content=view.content[:60], due=due
                ),
                source_id=view.id,
                case_id=view.case_id,
                department_id=view.department_id,
            ),
        )

    def file(self) -> None:
        """The complaint form; it stays open until the complaint is filed (a wrong phone
        number is shown next to the field, nothing typed is lost)."""
        dialog = FileComplaintDialog(self.names, self)

        def done(_id: str) -> None:
            who = dialog.value().complainant
            emit(self.status, self.tr("已登记 {who} 的效能投诉").format(who=who))
            self.refresh()

        dialog.submit_with(lambda: ops.file_complaint(self.session, dialog.value()), done)
        self.form_dialog = dialog
        dialog.start()

    def ask_import_path(self) -> Path | None:
        """The export to import (tests replace this); None: cancelled."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("导入热线工单"), "", self.tr("工单导出 (*.xlsx *.csv)")
        )
        return Path(name) if name else None

    def import_work_orders(self) -> None:
        path = self.ask_import_path()
        if path is None:
            return

        def done(result: ImportResult) -> None:
            text = self.tr("已导入 {n} 件热线工单").format(n=result.imported)
            if result.duplicates:
                text += self.tr("，跳过重复工单 {m} 件").format(m=len(result.duplicates))
            emit(self.status, text)
            self.refresh()

        complaint_ops.import_work_orders(self.session, path).success(done).run()

    def follow_up_selected(self) -> None:
        row: ComplaintRow | None = self.selected()
        if row is None:
            return
        dialog = NoteDialog(
            self.tr("跟进投诉办理"),
            row.view.content,
            self.tr("跟进情况"),
            self,
            field="complaint_follow_up",
            required=True,
        )

        def done(_id: str) -> None:
            emit(self.status, self.tr("已记录跟进情况"))
            self.refresh()

        dialog.submit_with(
            lambda: complaint_ops.follow_up(self.session, row.view.id, dialog.note()), done
        )
        self.form_dialog = dialog
        dialog.start()

    def resolve_selected(self) -> None:
        """The resolution form; it stays open, all typed, until the complaint is resolved."""
        row: ComplaintRow | None = self.selected()
        if row is None:
            return
        dialog = ResolveComplaintDialog(row, self)

        def done(view: ComplaintView) -> None:
            message = (
                self.tr("投诉属实，已立责任追究记录")
                if view.accountability_id
                else self.tr("投诉已处理完毕")
            )
            emit(self.status, message)
            self.refresh()
            emit(self.recordsChanged)

        dialog.submit_with(
            lambda: ops.resolve_complaint(self.session, row.view.id, dialog.value()), done
        )
        self.form_dialog = dialog
        dialog.start()

"""审批: extensions awaiting approval (approve → 延期告知书 prints) and contested reviews."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWidget

from clerk_app.domain.cases import ItemKind
from clerk_app.services.case_views import CaseView
from clerk_app.services.casework import PendingExtension
from clerk_app.services.context import Role
from clerk_app.services.reviews import ReviewView
from clerk_app.ui.cases.case_actions import DecideExtensionDialog
from clerk_app.ui.cases.cases_model import COL_ITEM, ExtensionModel
from clerk_app.ui.common.labels import level_label
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.common import ListPanel
from clerk_app.ui.supervision.dialogs import NoteDialog
from clerk_app.ui.supervision.oversight_model import ContestModel
from clerk_app.ui.tasks import WriteOp


class ExtensionsPanel(ListPanel):
    model: ExtensionModel

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, ExtensionModel(), COL_ITEM, parent)
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        self.approve_button = self.add_button(self.tr("批准延期"), lambda: self.decide(True))
        self.approve_button.setObjectName("primaryAction")
        self.deny_button = self.add_button(self.tr("不批准"), lambda: self.decide(False))
        self.form_dialog: DecideExtensionDialog | None = None  # the one open
        self.finish_buttons()
        # Art. 42: the head or deputy of the case's department decides; the 效能办 watches
        leader = session.badge.role is Role.LEADER
        for button in (self.approve_button, self.deny_button):
            button.setVisible(leader)

    def refresh(self) -> None:
        ops.pending_extensions(self.session).success(self._loaded).run()

    def _loaded(self, rows: list[PendingExtension]) -> None:
        self.show_rows(rows, self.tr("待审批的延期申请：{n} 件").format(n=len(rows)))

    def decide(self, approve: bool) -> None:
        """The decision form: the due date before and after, the opinion; it stays open,
        the opinion typed, when the decision is refused."""
        pending: PendingExtension | None = self.selected()
        if pending is None:
            return
        summary = self.tr("{no} 延长 {n} 个工作日：{reason}").format(
            no=pending.case.case_no, n=pending.workdays, reason=pending.reason
        )
        dialog = DecideExtensionDialog(
            approve,
            summary,
            self,
            old_due=pending.case.due_date,
            new_due=pending.new_due,
            joint=pending.case.item_kind is ItemKind.JOINT,
        )

        def start() -> WriteOp[CaseView]:
            county_approver, county_document = dialog.county()
            return ops.decide_extension(
                self.session,
                pending.request_id,
                approve=approve,
                note=dialog.note(),
                county_approver=county_approver,
                county_document=county_document,
            )

        dialog.submit_with(start, partial(self._decided, approve, pending.request_id))
        self.form_dialog = dialog
        dialog.start()

    def _decided(self, approve: bool, request_id: str, case: CaseView) -> None:
        if approve:
            due = case.due_date.isoformat() if case.due_date else "—"
            emit(
                self.status,
                self.tr("已批准 {no} 延期，新办结期限 {due}").format(no=case.case_no, due=due),
            )
            ops.print_extension_notice(self.printer, request_id, case, self)
        else:
            emit(self.status, self.tr("已驳回 {no} 的延期申请").format(no=case.case_no))
        self.refresh()


class ContestsPanel(ListPanel):
    """A clerk contests a bad review as mistaken or malicious; a supervisor decides."""

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, ContestModel(), 5, parent)
        self.uphold_button = self.add_button(self.tr("申诉成立"), lambda: self.decide(True))
        self.reject_button = self.add_button(self.tr("申诉不成立"), lambda: self.decide(False))
        self.uphold_button.setToolTip(self.tr("该差评不计入满意度，相关回访、整改按误评办结"))
        self.finish_buttons()

    def refresh(self) -> None:
        ops.pending_contests(self.session).success(self._loaded).run()

    def _loaded(self, rows: list[ReviewView]) -> None:
        self.show_rows(rows, self.tr("待审核的差评申诉：{n} 件").format(n=len(rows)))

    def ask_note(self, upheld: bool, review: ReviewView) -> str | None:
        """The supervisor's opinion, required (tests replace this); None: cancelled."""
        title = self.tr("申诉成立") if upheld else self.tr("申诉不成立")
        summary = self.tr("{staff}：{level}“{comment}”；申诉理由：{reason}").format(
            staff=review.staff_name,
            level=level_label(review.level),
            comment=review.comment or "—",
            reason=review.contest_reason or "—",
        )
        dialog = NoteDialog(
            title, summary, self.tr("审核意见"), self, field="contest_note", required=True
        )
        return dialog.note() if dialog.exec() else None

    def decide(self, upheld: bool) -> None:
        review: ReviewView | None = self.selected()
        if review is None:
            return
        note = self.ask_note(upheld, review)
        if note is None:
            return
        op = ops.decide_contest(self.session, review.id, upheld=upheld, note=note)
        op.success(partial(self._decided, upheld)).run()

    def _decided(self, upheld: bool, view: ReviewView) -> None:
        message = (
            self.tr("已认定 {staff} 的差评申诉成立，该评价不计入满意度")
            if upheld
            else self.tr("已驳回 {staff} 的差评申诉")
        )
        emit(self.status, message.format(staff=view.staff_name))
        self.refresh()

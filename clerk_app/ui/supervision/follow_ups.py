"""回访整改、投诉与问责: open follow-ups (call-backs, rectifications, result-issuing after a
deemed approval) closed with an outcome category; complaints filed and resolved; the
accountability records with the staff they name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from clerk_app.services import board, casework, complaints, follow_ups
from clerk_app.services.board import AccountabilityView, Names
from clerk_app.services.complaints import ComplaintView
from clerk_app.ui.common.labels import label
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.board_model import AccountabilityModel
from clerk_app.ui.supervision.common import ListPanel
from clerk_app.ui.supervision.dialogs import (
    CloseFollowUpDialog,
    ComplaintForm,
    FileComplaintDialog,
    Resolution,
    ResolveComplaintDialog,
)
from clerk_app.ui.supervision.oversight_model import (
    ComplaintModel,
    ComplaintRow,
    FollowUpModel,
    FollowUpRow,
)


class FollowUpsPanel(ListPanel):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, FollowUpModel(), 5, parent)
        self.close_button = self.add_button(self.tr("办结…"), self.close_selected)
        self.close_button.setObjectName("primaryAction")
        self.finish_buttons()

    def refresh(self) -> None:
        ctx = self.session.ctx

        def load() -> list[FollowUpRow]:
            found = board.names(ctx)
            return [
                FollowUpRow(
                    view=f,
                    staff_name=found.staff.get(f.staff_id or "", ""),
                    department_name=found.departments.get(f.department_id or "", ""),
                )
                for f in follow_ups.open_follow_ups(ctx)
            ]

        self.session.tasks.io(load, self._loaded)

    def _loaded(self, rows: list[FollowUpRow]) -> None:
        late = sum(1 for r in rows if r.view.overdue)
        title = self.tr("待办结的回访、整改和出具结果任务：{n} 件").format(n=len(rows))
        if late:
            title += self.tr("（其中逾期 {n} 件）").format(n=late)
        self.show_rows(rows, title)

    def ask_outcome(self, row: FollowUpRow) -> tuple[str, str] | None:
        """(outcome category, note) — tests replace this; None: cancelled."""
        dialog = CloseFollowUpDialog(row, self)
        if not dialog.exec():
            return None
        outcome, note = dialog.value()
        return outcome.value, note

    def close_selected(self) -> None:
        row: FollowUpRow | None = self.selected()
        if row is None:
            return
        answer = self.ask_outcome(row)
        if answer is None:
            return
        category, note = answer
        ctx, actor, task_id = self.session.ctx, self.session.actor, row.view.id

        def done(_result: object) -> None:
            emit(
                self.status,
                self.tr("已办结{kind}任务").format(kind=label(row.view.kind)),
            )
            self.refresh()

        self.session.tasks.write(
            lambda: follow_ups.close_follow_up(ctx, actor, task_id, category=category, note=note),
            done,
        )


class ComplaintsPanel(ListPanel):
    recordsChanged = Signal()  # a substantiated complaint opened an accountability record

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, ComplaintModel(), 5, parent)
        self.file_button = self.add_button(self.tr("登记投诉…"), self.file, needs_row=False)
        self.resolve_button = self.add_button(self.tr("处理…"), self.resolve_selected)
        self.resolve_button.setObjectName("primaryAction")
        self.names = Names({}, {}, ())
        self.finish_buttons()

    def refresh(self) -> None:
        ctx = self.session.ctx

        def load() -> tuple[Names, list[ComplaintRow]]:
            found = board.names(ctx)
            return found, [
                ComplaintRow(
                    view=c,
                    staff_name=found.staff.get(c.staff_id or "", ""),
                    department_name=found.departments.get(c.department_id or "", ""),
                )
                for c in complaints.open_complaints(ctx)
            ]

        self.session.tasks.io(load, self._loaded)

    def _loaded(self, result: tuple[Names, list[ComplaintRow]]) -> None:
        self.names, rows = result
        self.show_rows(rows, self.tr("待处理的效能投诉：{n} 件").format(n=len(rows)))

    def ask_complaint(self) -> ComplaintForm | None:
        dialog = FileComplaintDialog(self.names, self)
        return dialog.value() if dialog.exec() else None

    def file(self) -> None:
        form = self.ask_complaint()
        if form is None:
            return
        ctx, actor = self.session.ctx, self.session.actor

        def work() -> str:
            case_id = casework.find_by_number(ctx, form.case_no).id if form.case_no else None
            return complaints.file_complaint(
                ctx,
                actor,
                complainant=form.complainant,
                content=form.content,
                phone=form.phone,
                staff_id=form.staff_id,
                department_id=form.department_id,
                case_id=case_id,
            )

        def done(_id: str) -> None:
            emit(self.status, self.tr("已登记 {who} 的效能投诉").format(who=form.complainant))
            self.refresh()

        self.session.tasks.write(work, done)

    def ask_resolution(self, row: ComplaintRow) -> Resolution | None:
        dialog = ResolveComplaintDialog(row, self)
        return dialog.value() if dialog.exec() else None

    def resolve_selected(self) -> None:
        row: ComplaintRow | None = self.selected()
        if row is None:
            return
        answer = self.ask_resolution(row)
        if answer is None:
            return
        ctx, actor, complaint_id = self.session.ctx, self.session.actor, row.view.id

        def done(view: ComplaintView) -> None:
            message = (
                self.tr("投诉属实，已立责任追究记录")
                if view.accountability_id
                else self.tr("投诉已处理完毕")
            )
            emit(self.status, message)
            self.refresh()
            emit(self.recordsChanged)

        self.session.tasks.write(
            lambda: complaints.resolve_complaint(
                ctx,
                actor,
                complaint_id,
                outcome=answer.outcome,
                substantiated=answer.substantiated,
                note=answer.note,
            ),
            done,
        )


class AccountabilityPanel(ListPanel):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, AccountabilityModel(), 6, parent)
        self.finish_buttons()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.tasks.io(lambda: board.accountability_records(ctx), self._loaded)

    def _loaded(self, rows: list[AccountabilityView]) -> None:
        still_open = sum(1 for r in rows if r.status == "open")
        self.show_rows(
            rows,
            self.tr("责任追究记录：{n} 条（待处理 {open} 条）").format(
                n=len(rows), open=still_open
            ),
        )

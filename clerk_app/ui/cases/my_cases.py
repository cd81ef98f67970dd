"""我的办件: the clerk's open cases, most urgent first, with the deadline light in words.

Actions on the selected case: suspend the clock (prints the 特别程序告知书), resume, ask for
an extension, complete with a decision (prints the 办结通知书), finish a received
application, and the case's documents (reprint, stamped 补打).

Below the cases, 本部门联办环节: the open steps of joint cases (并联审批) that the clerk's
department has to do, lead department included, each finished with the department's
opinion (办结本环节); and 督办事项, the supervisor's orders to the clerk's department or
window, answered with what was done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cases import INTAKE_DECISIONS, CaseAction, CaseState
from clerk_app.domain.deadlines import Light
from clerk_app.services.case_views import CaseView, allowed_on
from clerk_app.services.joint import StepView
from clerk_app.ui.cases import ops
from clerk_app.ui.cases.case_actions import (
    CompleteDialog,
    ExtensionDialog,
    SuspendDialog,
)
from clerk_app.ui.cases.case_details import CaseDetailsDialog
from clerk_app.ui.cases.cases_model import COL_ITEM, CaseModel
from clerk_app.ui.cases.deliveries import DeliveriesPanel
from clerk_app.ui.cases.intake import IntakeDialog
from clerk_app.ui.cases.orders_inbox import OrdersInbox
from clerk_app.ui.cases.step_outcome import ask_step_outcome
from clerk_app.ui.cases.steps_model import COL_OPEN_ITEM, OpenStepModel
from clerk_app.ui.common.dialog_base import FormDialog
from clerk_app.ui.common.flow_layout import flow_row
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import WriteOp

T = TypeVar("T")

REFRESH_MS = 60_000


class JointStepsPanel(QWidget):
    """本部门联办环节: the open steps of the signed-on clerk's department."""

    status = Signal(str)
    stepCompleted = Signal(str)  # the case id

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = OpenStepModel(self)
        self.table = make_table(self.model, COL_OPEN_ITEM)
        self.title = QLabel(self.tr("本部门联办环节"))
        self.title.setObjectName("sectionTitle")
        self.complete_button = QPushButton(self.tr("办结本环节"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.complete_button.clicked.connect(self.complete_step)
        self.complete_button.setEnabled(False)

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self.complete_button.setEnabled(self.selected() is not None)

    def refresh(self) -> None:
        department_id = self.session.badge.department_id
        if department_id is None:  # not a department's clerk: no steps of its own
            self._loaded([])
            return
        ops.open_steps(self.session, department_id).success(self._loaded).run()

    def _loaded(self, steps: list[StepView]) -> None:
        selected = self.selected()
        self.model.set_rows(steps)
        if selected is not None:
            self.select(selected.id)
        late = self.model.late_count()
        if not steps:
            self.title.setText(self.tr("本部门联办环节：暂无待办"))
        elif late:
            self.title.setText(
                self.tr("本部门联办环节：待办 {n} 项  ·  ● 环节超期 {late} 项").format(
                    n=len(steps), late=late
                )
            )
        else:
            self.title.setText(self.tr("本部门联办环节：待办 {n} 项").format(n=len(steps)))
        self.complete_button.setEnabled(self.selected() is not None)

    def select(self, step_id: str) -> bool:
        for row, step in enumerate(self.model.rows()):
            if step.id == step_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> StepView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def complete_step(self) -> None:
        step = self.selected()
        if step is None:
            return
        outcome = self.ask_outcome(step)
        if outcome is None:
            return
        ops.complete_step(self.session, step.id, outcome).success(self._step_completed).run()

    def _step_completed(self, view: StepView) -> None:
        emit(self.status, self.tr("办件 {no} 的本部门环节已办结").format(no=view.case_no))
        emit(self.stepCompleted, view.case_id)
        self.refresh()

    def ask_outcome(self, step: StepView) -> str | None:
        """The department's opinion (tests replace this); None: cancelled."""
        return ask_step_outcome(step, self)


class MyCasesTab(QWidget):
    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        self.form_dialog: FormDialog | None = None  # the form open, if any
        self.model = CaseModel(self)
        self.table = make_table(self.model, COL_ITEM)
        self.steps = JointStepsPanel(session)
        self.steps.status.connect(self.status)
        self.orders = OrdersInbox(session)
        self.orders.status.connect(self.status)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.suspend_button = QPushButton(self.tr("中止计时"))
        self.resume_button = QPushButton(self.tr("恢复计时"))
        self.extend_button = QPushButton(self.tr("申请延期"))
        self.complete_button = QPushButton(self.tr("办结"))
        self.complete_button.setObjectName("primaryAction")
        self.continue_button = QPushButton(self.tr("继续收件决定"))
        self.supplement_button = QPushButton(self.tr("接收补正材料"))
        self.supplement_button.setToolTip(
            self.tr("申请人按一次性告知书补交材料：核验后受理、再次告知或不予受理")
        )
        self.details_button = QPushButton(self.tr("详情 / 补打文书"))
        refresh = QPushButton(self.tr("刷新"))
        buttons = flow_row([*self.action_buttons(), refresh])  # wraps on a narrow screen
        cases = QWidget()
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.summary)
        cases_layout.addWidget(self.table, 1)
        cases_layout.addWidget(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(cases)
        split.addWidget(self.steps)
        split.addWidget(self.orders)
        self.deliveries = DeliveriesPanel(session)
        split.addWidget(self.deliveries)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(split)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.details())
        self.suspend_button.clicked.connect(self.suspend)
        self.resume_button.clicked.connect(self.resume)
        self.extend_button.clicked.connect(self.request_extension)
        self.complete_button.clicked.connect(self.complete)
        self.continue_button.clicked.connect(self.continue_intake)
        self.supplement_button.clicked.connect(self.take_supplement)
        self.details_button.clicked.connect(self.details)
        refresh.clicked.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._update_buttons()

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.suspend_button,
            self.resume_button,
            self.extend_button,
            self.complete_button,
            self.continue_button,
            self.supplement_button,
            self.details_button,
        ]

    # --- data -------------------------------------------------------------------------

    def refresh(self) -> None:
        ops.my_cases(self.session).success(self._loaded).run()
        self.steps.refresh()
        self.orders.refresh()
        self.deliveries.refresh()

    def _loaded(self, cases: list[CaseView]) -> None:
        selected = self.selected()
        self.model.set_rows(cases)
        if selected is not None:
            self.select(selected.id)
        red = sum(1 for c in cases if c.light is Light.RED)
        yellow = sum(1 for c in cases if c.light is Light.YELLOW)
        self.summary.setText(
            self.tr("未办结 {n} 件  ·  红灯 {red} 件  ·  黄灯 {yellow} 件").format(
                n=len(cases), red=red, yellow=yellow
            )
        )
        self._update_buttons()

    def select(self, case_id: str) -> bool:
        for row, case in enumerate(self.model.rows()):
            if case.id == case_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> CaseView | None:
        case: CaseView | None = selected_row(self.table)
        return case

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()

    def allowed(self, case: CaseView | None) -> frozenset[CaseAction]:
        """What the domain allows on the selected case (an extension: what a supervisor
        could still approve, since the clerk only asks for it)."""
        if case is None:
            return frozenset()
        return allowed_on(case, today=self.session.ctx.today(), by_supervisor=True)

    def _update_buttons(self) -> None:
        case = self.selected()
        allowed = self.allowed(case)
        self.suspend_button.setEnabled(CaseAction.SUSPEND in allowed)
        self.resume_button.setEnabled(CaseAction.RESUME in allowed)
        self.extend_button.setEnabled(
            CaseAction.EXTEND in allowed and case is not None and not case.pending_extension
        )
        self.extend_button.setToolTip(self._why_no_extension(case, allowed))
        self.complete_button.setEnabled(CaseAction.COMPLETE in allowed)
        self.continue_button.setEnabled(bool(allowed & INTAKE_DECISIONS))
        self.supplement_button.setEnabled(CaseAction.RECEIVE_SUPPLEMENT in allowed)
        self.details_button.setEnabled(case is not None)

    def _why_no_extension(self, case: CaseView | None, allowed: frozenset[CaseAction]) -> str:
        """Why 申请延期 is disabled ("" when it is not)."""
        if case is None or (CaseAction.EXTEND in allowed and not case.pending_extension):
            return ""
        if case.pending_extension:
            return self.tr("已有待审批的延期申请")
        if case.state is CaseState.ACCEPTED and case.extension_left <= 0:
            return self.tr("该事项已无可延期的工作日（法定延期已用尽或不得延期）")
        if case.overdue or (case.due_date is not None and case.due_date < self.session.ctx.today()):
            return self.tr("已超过办结期限，不能再申请延期")
        return self.tr("只有办理中的办件可以申请延期")

    # --- actions ----------------------------------------------------------------------

    def _changed(self, message: str) -> None:
        emit(self.status, message)
        self.refresh()

    def suspend(self) -> None:
        case = self.selected()
        if case is None:
            return
        dialog = SuspendDialog(case, self)

        def start() -> WriteOp[CaseView]:
            choice = dialog.choice()
            return ops.suspend(
                self.session,
                case.id,
                reason=choice.reason,
                detail=choice.detail,
                expected_workdays=choice.expected_workdays,
            )

        self._open_form(dialog, start, self._suspended)

    def _suspended(self, view: CaseView) -> None:
        self._changed(self.tr("办件 {no} 已中止计时").format(no=view.case_no))
        ops.print_suspension_notice(self.printer, view, self)

    def resume(self) -> None:
        case = self.selected()
        if case is not None:
            ops.resume(self.session, case.id).success(self._resumed).run()

    def _resumed(self, view: CaseView) -> None:
        due = view.due_date.isoformat() if view.due_date else "—"
        self._changed(
            self.tr("办件 {no} 已恢复计时，办结期限 {due}").format(no=view.case_no, due=due)
        )

    def request_extension(self) -> None:
        """The extension form; it stays open until the request is made (days beyond the
        limit are said next to the days, the reason typed stays)."""
        case = self.selected()
        if case is None:
            return
        dialog = ExtensionDialog(case, self)
        message = self.tr("办件 {no} 的延期申请已提交，待审批").format(no=case.case_no)

        def start() -> WriteOp[str]:
            choice = dialog.choice()
            return ops.request_extension(
                self.session, case.id, workdays=choice.workdays, reason=choice.reason
            )

        self._open_form(dialog, start, lambda _request_id: self._changed(message))

    def complete(self) -> None:
        case = self.selected()
        if case is None:
            return
        dialog = CompleteDialog(case, self)

        def start() -> WriteOp[CaseView]:
            choice = dialog.choice()
            return ops.complete(self.session, case.id, decision=choice.decision, note=choice.note)

        self._open_form(dialog, start, self._completed)

    def _open_form(
        self, dialog: FormDialog, start: Callable[[], WriteOp[T]], done: Callable[[T], None]
    ) -> None:
        """The form runs the operation and stays open, all typed, if it is refused."""
        dialog.submit_with(start, done)
        self.form_dialog = dialog
        dialog.start()

    def _completed(self, view: CaseView) -> None:
        self._changed(self.tr("办件 {no} 已办结").format(no=view.case_no))
        ops.print_completion_notice(self.printer, view, self)

    def continue_intake(self) -> None:
        case = self.selected()
        if not self.allowed(case) & INTAKE_DECISIONS:
            return
        assert case is not None
        self._open_intake(case)

    def take_supplement(self) -> None:
        """The applicant is back with what the one-time notice asked for."""
        case = self.selected()
        if case is not None and CaseAction.RECEIVE_SUPPLEMENT in self.allowed(case):
            self._open_intake(case)

    def _open_intake(self, case: CaseView) -> None:
        dialog = IntakeDialog(self.session, self.printer, None, case, self)
        dialog.decided.connect(lambda _o: self.refresh())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.intake_dialog = dialog
        dialog.open()

    def details(self) -> None:
        case = self.selected()
        if case is not None:
            self.show_case(case)

    def show_case(self, case: CaseView) -> None:
        dialog = CaseDetailsDialog(self.session, self.printer, case, self)
        dialog.status.connect(self.status)
        dialog.status.connect(lambda _m: self.steps.refresh())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.details_dialog = dialog
        dialog.open()

    # --- prompts (tests replace these) ------------------------------------------------

"""One case: who, what, where it stands, its materials, its printed documents (补打), and
for a joint case (并联审批) every department's step, which that department's clerk or a
supervisor (for a department that cannot) may complete from here."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cases import CaseAction, ItemKind
from clerk_app.services.case_views import CaseView, allowed_on
from clerk_app.services.context import Role
from clerk_app.services.intake_decision import IntakeOutcome
from clerk_app.services.joint import StepView
from clerk_app.services.personal_data import REVEAL_ROLES
from clerk_app.ui.cases import ops
from clerk_app.ui.cases.cases_model import (
    DocumentModel,
    due_text,
    left_text,
    light_colour,
    light_text,
)
from clerk_app.ui.cases.intake import IntakeDialog
from clerk_app.ui.cases.reveal import RevealDialog
from clerk_app.ui.cases.step_outcome import ask_step_outcome
from clerk_app.ui.cases.steps_model import COL_STEP_OUTCOME, CaseStepModel
from clerk_app.ui.common.labels import (
    case_state_label,
    document_kind_label,
    item_kind_label,
    material_status_label,
)
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.screen import fit_to_screen
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.session import SignedOn


class CaseDetailsDialog(QDialog):
    status = Signal(str)

    def __init__(
        self,
        session: SignedOn,
        printer: DocumentPrinter,
        case: CaseView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.printer = printer
        self.case = case
        self.setWindowTitle(self.tr("办件 {no}").format(no=case.case_no))
        fit_to_screen(self, 820, 720)
        self.summary = QTextBrowser()
        self.summary.setHtml(self.summary_html(case))
        self.doc_model = DocumentModel(self)
        self.doc_table = QTableView()
        self.doc_table.setModel(self.doc_model)
        self.doc_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.doc_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doc_table.verticalHeader().hide()
        self.doc_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.step_model = CaseStepModel(self)
        self.step_table = make_table(self.step_model, COL_STEP_OUTCOME)
        self.step_title = QLabel(self.tr("联办环节"))
        self.complete_step_button = QPushButton(self.tr("办结所选环节"))
        self.complete_step_button.setEnabled(False)
        self.reprint_button = QPushButton(self.tr("补打所选文书"))
        self.reprint_button.setEnabled(False)
        self.intake_dialog: IntakeDialog | None = None
        self.supplement_button = QPushButton(self.tr("接收补正材料"))
        self.supplement_button.setVisible(self.can_take_supplement())
        self.reveal_button = QPushButton(self.tr("显示完整证件号"))
        self.reveal_button.setVisible(session.badge.role in REVEAL_ROLES)
        self.reveal_dialog: RevealDialog | None = None
        close = QPushButton(self.tr("关闭"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.supplement_button)
        buttons.addWidget(self.complete_step_button)
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # keep its own size
        layout.addWidget(self.summary, 3)
        self.joint = case.item_kind is ItemKind.JOINT
        layout.addWidget(self.step_title)
        layout.addWidget(self.step_table, 2)
        self.step_title.setVisible(self.joint)
        self.step_table.setVisible(self.joint)
        self.complete_step_button.setVisible(self.joint)
        layout.addWidget(QLabel(self.tr("已打印文书")))
        layout.addWidget(self.doc_table, 2)
        layout.addLayout(buttons)
        self.doc_table.selectionModel().selectionChanged.connect(
            lambda *_: self.reprint_button.setEnabled(self.selected_document() is not None)
        )
        self.step_table.selectionModel().selectionChanged.connect(
            lambda *_: self.complete_step_button.setEnabled(self.can_complete(self.selected_step()))
        )
        self.complete_step_button.clicked.connect(self.complete_step)
        self.reprint_button.clicked.connect(self.reprint)
        self.supplement_button.clicked.connect(self.take_supplement)
        self.reveal_button.clicked.connect(self.reveal_id)
        close.clicked.connect(self.accept)
        self.load_documents()
        if self.joint:
            self.load_steps()

    def summary_html(self, case: CaseView) -> str:
        colour = light_colour(case) or "#555"
        applicant = case.applicant_name + (
            self.tr("（经办人 {agent}）").format(agent=case.agent_name) if case.agent_name else ""
        )
        rows = [
            (
                self.tr("事项"),
                f"{case.item_code} {case.item_name}（{item_kind_label(case.item_kind)}）",
            ),
            (self.tr("部门 / 窗口"), f"{case.department_name} {case.window_code}"),
            (self.tr("申请人"), applicant),
            (self.tr("证件号码"), case.applicant_id_masked),
            (self.tr("承办人"), case.clerk_name),
            (self.tr("状态"), case_state_label(case.state)),
            (self.tr("收件日期"), case.received_on.isoformat()),
            (self.tr("受理日期"), case.accepted_on.isoformat() if case.accepted_on else "—"),
            (self.tr("办结期限"), due_text(case)),
            (self.tr("剩余"), left_text(case)),
        ]
        table = "".join(
            f"<tr><td style='color:#555;padding:2px 14px 2px 0'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        light = f"<p style='color:{colour};font-weight:bold'>{escape(light_text(case))}</p>"
        mats = "".join(
            f"<li>{escape(m.name)} — {escape(material_status_label(m.status))}"
            f"{escape('：' + m.note) if m.note else ''}</li>"
            for m in case.materials
        )
        return (
            f"<h2>{escape(case.case_no)}</h2>{light}<table>{table}</table>"
            f"<h3>{escape(self.tr('申请材料'))}</h3><ul>{mats}</ul>"
        )

    def reveal_id(self) -> None:
        """The full ID number, after a reason; the reveal is recorded as an event."""
        dialog = RevealDialog(self.session, self.case, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.reveal_dialog = dialog
        dialog.open()

    # --- a case under a one-time notice: the applicant is back ----------------------------

    def can_take_supplement(self) -> bool:
        session = self.session
        if session.badge.role not in (Role.CLERK, Role.SUPERVISOR):
            return False
        allowed = allowed_on(self.case, today=session.ctx.today(), by_supervisor=False)
        return CaseAction.RECEIVE_SUPPLEMENT in allowed

    def take_supplement(self) -> None:
        """The supplemented materials, then the decision, in the intake form."""
        if not self.can_take_supplement():
            return
        dialog = IntakeDialog(self.session, self.printer, None, self.case, self)
        dialog.decided.connect(self._supplement_decided)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.intake_dialog = dialog
        dialog.open()

    def _supplement_decided(self, outcome: IntakeOutcome) -> None:
        self.case = outcome.case
        self.summary.setHtml(self.summary_html(outcome.case))
        self.supplement_button.setVisible(self.can_take_supplement())
        self.load_documents()
        emit(
            self.status,
            self.tr("办件 {no}：补正材料已接收，当前状态 {state}").format(
                no=outcome.case.case_no, state=case_state_label(outcome.case.state)
            ),
        )

    def load_documents(self) -> None:
        ops.documents_of(self.session, self.case.id).success(self.doc_model.set_rows).run()

    def load_steps(self) -> None:
        ops.steps_of(self.session, self.case.id).success(self._steps_loaded).run()

    def _steps_loaded(self, steps: list[StepView]) -> None:
        self.step_model.set_rows(steps)
        self.complete_step_button.setEnabled(False)  # the selection went with the old rows
        waiting = self.step_model.open_departments()
        late = sum(1 for s in steps if s.late)
        text = self.tr("联办环节（{n} 个部门）").format(n=len(steps))
        if waiting:
            text += self.tr("  ·  办理中：{names}").format(names="、".join(waiting))
        else:
            text += self.tr("  ·  各部门均已办结")
        if late:
            text += self.tr("  ·  ● 超期环节 {n} 个").format(n=late)
        self.step_title.setText(text)

    def selected_step(self) -> StepView | None:
        rows = self.step_table.selectionModel().selectedRows()
        return self.step_model.row_at(rows[0].row()) if rows else None

    def can_complete(self, step: StepView | None) -> bool:
        """An open step, and the department's own clerk or a supervisor (the service checks
        the same; the button only says so before the clerk tries)."""
        if step is None or step.done_on is not None:
            return False
        badge = self.session.badge
        if badge.role is Role.SUPERVISOR:
            return True
        return badge.role is Role.CLERK and badge.department_id == step.department_id

    def complete_step(self) -> None:
        step = self.selected_step()
        if not self.can_complete(step):
            return
        assert step is not None
        outcome = self.ask_outcome(step)
        if outcome is None:
            return
        ops.complete_step(self.session, step.id, outcome).success(self._step_completed).run()

    def _step_completed(self, view: StepView) -> None:
        emit(
            self.status,
            self.tr("办件 {no} 的{dept}环节已办结").format(
                no=view.case_no, dept=view.department_name
            ),
        )
        self.load_steps()

    def ask_outcome(self, step: StepView) -> str | None:
        """The department's opinion (tests replace this); None: cancelled."""
        return ask_step_outcome(step, self)

    def selected_document(self) -> Any | None:
        return selected_row(self.doc_table)

    def reprint(self) -> None:
        doc = self.selected_document()
        if doc is None:
            return
        kind = document_kind_label(str(getattr(doc, "kind", "")))
        self.printer.reprint(
            str(doc.id),
            title=f"{kind} {self.case.case_no}",
            parent=self,
            on_done=lambda _p: self.load_documents(),
        )

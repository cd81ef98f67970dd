"""收件 at the counter: the item, the applicant, the materials checklist, then a decision.

A case under a one-time notice is resumed here too (``supplementing``): the applicant as
recorded, the checklist as it was left, to be brought up to date with the supplemented
materials; the decision then takes them in first (``receive_supplement``), all in one use
case.

Decisions: complete on the spot (instant items), accept (the due date is shown before the
clerk confirms; the receipt prints), one-time supplement notice, refuse, refer (guide
slip), tell on the spot (matters that need no licence). Which of them is enabled is asked
of the domain (``domain.cases.allowed_actions``); receiving and deciding is one use case
(``services.intake_decision``) run by ``ops.decide``; prompts are methods so tests replace
them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.cases import CaseAction, CaseSnapshot, CaseState, ItemKind, allowed_actions
from clerk_app.domain.errors import InvalidInput
from clerk_app.services.case_views import CaseView
from clerk_app.services.catalogue import ItemView
from clerk_app.services.context import Role
from clerk_app.services.intake import DuePreview
from clerk_app.services.intake_decision import Application, IntakeDecision, IntakeOutcome
from clerk_app.services.tickets import TicketView
from clerk_app.ui.cases import ops
from clerk_app.ui.cases.decisions import (
    ReferDialog,
    RefuseDialog,
    TellDialog,
)
from clerk_app.ui.cases.materials_checklist import MaterialsChecklist
from clerk_app.ui.common.applicant_form import ApplicantForm
from clerk_app.ui.common.dialog_base import FormDialog, enter_moves_on
from clerk_app.ui.common.id_reader import IdCardRow
from clerk_app.ui.common.labels import item_kind_label
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.screen import fit_to_screen
from clerk_app.ui.ports import DepartmentChoice, WindowChoice
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import WriteOp, error_message

SEARCH_DELAY_MS = 250
#: A refusal's field (the services' name) → the applicant form's field it is shown at.
_APPLICANT_FIELD = {
    "applicant_id_no": "id_no",
    "applicant_phone": "phone",
    "agent_id_no": "agent_id_no",
}


class IntakeDialog(QDialog):
    decided = Signal(object)  # IntakeOutcome

    def __init__(
        self,
        session: SignedOn,
        printer: DocumentPrinter,
        ticket: TicketView | None = None,
        case: CaseView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.printer = printer
        self.ticket = ticket
        self.item: ItemView | None = None
        self.preview: DuePreview | None = None
        self.departments: list[DepartmentChoice] = []
        self.windows: list[WindowChoice] = []
        self.request_id = str(uuid.uuid4())  # one submission, however often it is clicked
        self.case = case  # set once the application is received
        # A case under a one-time notice: the supplemented materials are taken in first.
        self.supplementing = case is not None and case.state is CaseState.SUPPLEMENT_NOTICE
        self.busy = False
        self.sub_dialog: FormDialog | None = None  # a decision's own form, when open
        self._action = ""
        self.setWindowTitle(self.tr("收件"))
        fit_to_screen(self, 980, 820)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("更换事项：名称 / 编码 / 拼音首字母"))
        self.item_combo = QComboBox()
        self.item_info = QLabel()
        self.item_info.setObjectName("itemInfo")
        self.item_info.setWordWrap(True)
        item_box = QGroupBox(self.tr("事项"))
        item_layout = QGridLayout(item_box)
        item_layout.addWidget(self.item_combo, 0, 0)
        item_layout.addWidget(self.search_edit, 0, 1)
        item_layout.addWidget(self.item_info, 1, 0, 1, 2)
        item_layout.setColumnStretch(0, 3)
        item_layout.setColumnStretch(1, 2)

        self.applicant = ApplicantForm()
        self.applicant_line = QLabel()  # the applicant as recorded (a supplement)
        self.applicant_line.setWordWrap(True)
        self.applicant_line.setVisible(False)
        applicant_box = QGroupBox(self.tr("申请人"))
        applicant_layout = QVBoxLayout(applicant_box)
        applicant_layout.addWidget(self.applicant)
        self.id_card_row: IdCardRow | None = None  # 读卡, only where a reader is installed
        if session.app.id_reader is not None:
            self.id_card_row = IdCardRow(session.tasks, session.app.id_reader, self.applicant)
            applicant_layout.addWidget(self.id_card_row)
        applicant_layout.addWidget(self.applicant_line)
        self.materials = MaterialsChecklist()
        materials_box = QGroupBox(self.tr("申请材料核验"))
        QVBoxLayout(materials_box).addWidget(self.materials)

        self.message = QLabel()
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)
        self.on_spot_button = QPushButton(self.tr("现场办结"))
        self.accept_button = QPushButton(self.tr("受理并打印回执"))
        self.accept_button.setObjectName("primaryAction")
        self.supplement_button = QPushButton(self.tr("一次性告知补正"))
        self.refuse_button = QPushButton(self.tr("不予受理"))
        self.refer_button = QPushButton(self.tr("转办"))
        self.tell_button = QPushButton(self.tr("当场告知"))
        self.close_button = QPushButton(self.tr("关闭"))
        actions = QHBoxLayout()
        for button in self.decision_buttons():
            button.setMinimumHeight(40)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(item_box)
        body_layout.addWidget(applicant_box)
        body_layout.addWidget(materials_box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        # The form grows and shrinks with the item: the window keeps its own size instead of
        # following the layout's minimum (no size-hint round trips to the window system).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.search)
        self.item_combo.activated.connect(self._item_chosen)
        self.applicant.changed.connect(self.update_buttons)
        self.materials.changed.connect(self.update_buttons)
        self.on_spot_button.clicked.connect(self.complete_on_spot)
        self.accept_button.clicked.connect(self.accept_case)
        self.supplement_button.clicked.connect(self.supplement)
        self.refuse_button.clicked.connect(self.refuse)
        self.refer_button.clicked.connect(self.refer)
        self.tell_button.clicked.connect(self.tell)
        self.close_button.clicked.connect(self.reject)
        enter_moves_on(self)  # Enter in a field never decides anything
        self._load(case)

    def decision_buttons(self) -> list[QPushButton]:
        return [
            self.on_spot_button,
            self.accept_button,
            self.supplement_button,
            self.refuse_button,
            self.refer_button,
            self.tell_button,
        ]

    # --- loading ----------------------------------------------------------------------

    def _load(self, case: CaseView | None) -> None:
        item_id = case.item_id if case else (self.ticket.item_id if self.ticket else None)
        ops.load_intake(self.session, item_id).success(self._loaded).run()

    def _loaded(
        self, data: tuple[ItemView | None, list[DepartmentChoice], list[WindowChoice]]
    ) -> None:
        item, self.departments, self.windows = data
        if item is not None:
            self.item_combo.addItem(f"{item.code} {item.name}", item)
            self.set_item(item)
        else:
            self.search()
        if self.case is not None and self.supplementing:
            self._open_supplement(self.case)
        elif self.case is not None:
            self._lock_received(self.case)
        self.update_buttons()

    def _open_supplement(self, case: CaseView) -> None:
        """The applicant as recorded, the checklist as the notice left it (to be updated)."""
        self.applicant.setVisible(False)
        self.applicant_line.setVisible(True)
        agent = case.agent_name and self.tr("（经办人 {agent}）").format(agent=case.agent_name)
        self.applicant_line.setText(f"{case.applicant_name}{agent}  ·  {case.applicant_id_masked}")
        for widget in (self.item_combo, self.search_edit):
            widget.setEnabled(False)
        self.materials.set_lines(case.materials)
        self.setWindowTitle(self.tr("接收补正材料 — {no}").format(no=case.case_no))
        self.message.setText(
            self.tr(
                "已于 {day} 一次性告知补正（第 {n} 次）。请按申请人补交的材料更新核验结果，"
                "再作决定：受理、再次告知（须中心管理人员）或不予受理。"
            ).format(day=case.received_on.isoformat(), n=case.supplement_count)
        )

    def search(self) -> None:
        self.search_timer.stop()
        ops.search_items(self.session, self.search_edit.text()).success(self._found).run()

    def _found(self, items: list[ItemView]) -> None:
        current = self.item
        self.item_combo.clear()
        if current is not None:
            self.item_combo.addItem(f"{current.code} {current.name}", current)
        for item in items:
            if current is None or item.id != current.id:
                self.item_combo.addItem(f"{item.code} {item.name}", item)
        if current is None and items:
            self.set_item(items[0])

    def _item_chosen(self, index: int) -> None:
        item = self.item_combo.itemData(index)
        if isinstance(item, ItemView) and (self.item is None or item.id != self.item.id):
            self.set_item(item)

    def set_item(self, item: ItemView) -> None:
        self.item = item
        self.preview = None
        index = next(
            (i for i in range(self.item_combo.count()) if self.item_combo.itemData(i) == item), -1
        )
        if index >= 0:
            self.item_combo.setCurrentIndex(index)
        self.materials.set_item(item)
        self._show_item_info()
        ops.preview_due_date(self.session, item.id).success(partial(self._previewed, item.id)).run()
        self.update_buttons()

    def _previewed(self, item_id: str, preview: DuePreview) -> None:
        if self.item is not None and self.item.id == item_id:
            self.preview = preview
            self._show_item_info()

    def _show_item_info(self) -> None:
        item = self.item
        if item is None:
            self.item_info.setText(self.tr("请选择事项"))
            return
        parts = [item_kind_label(item.kind), item.department_name]
        if item.kind == "instant" or item.promised_limit == 0:
            parts.append(self.tr("即办：材料齐全可现场办结"))
        elif self.preview is not None:
            p = self.preview
            parts.append(self.due_text(p.promised_workdays, p.due_date, p.provisional))
        if not item.needs_licence:
            parts.append(self.tr("无需许可，可当场告知"))
        self.item_info.setText("  ·  ".join(p for p in parts if p))

    def due_text(self, days: int, due: date, provisional: bool) -> str:
        text = self.tr("承诺时限 {days} 个工作日，今日受理则 {due} 前办结").format(
            days=days, due=due.isoformat()
        )
        if provisional:
            text += self.tr("（暂定：该年节假日安排尚未公布，公布后自动重算）")
        return text

    # --- state of the buttons ---------------------------------------------------------

    def _lock_received(self, case: CaseView) -> None:
        self.supplementing = False
        for widget in (self.applicant, self.materials, self.item_combo, self.search_edit):
            widget.setEnabled(False)
        self.setWindowTitle(self.tr("收件 — {no}").format(no=case.case_no))

    def materials_complete(self) -> bool:
        if self.case is not None and not self.supplementing:
            return all(m.status == "received" for m in self.case.materials)
        return self.materials.complete()

    def allowed(self) -> frozenset[CaseAction]:
        """What the domain lets the clerk decide on this application as it stands."""
        item, case = self.item, self.case
        if item is None:
            return frozenset()
        fresh = case is None or self.supplementing  # received today (again, a supplement)
        application = CaseSnapshot(
            received_on=self.session.ctx.today() if fresh or case is None else case.received_on,
            item_kind=ItemKind(item.kind),
            state=CaseState.RECEIVED if fresh or case is None else case.state,
            supplement_notices=case.supplement_count if case else 0,
        )
        return allowed_actions(
            application,
            by_supervisor=self.session.badge.role is Role.SUPERVISOR,
            materials_complete=self.materials_complete(),
            needs_licence=item.needs_licence,
        )

    def decision_actions(self) -> dict[QPushButton, CaseAction]:
        return {
            self.on_spot_button: CaseAction.COMPLETE_ON_SPOT,
            self.accept_button: CaseAction.ACCEPT,
            self.supplement_button: CaseAction.ISSUE_SUPPLEMENT_NOTICE,
            self.refuse_button: CaseAction.REFUSE,
            self.refer_button: CaseAction.REFER,
            self.tell_button: CaseAction.TELL_ON_SPOT,
        }

    def update_buttons(self) -> None:
        item, case = self.item, self.case
        if case is not None:
            form_ok = not self.supplementing or not self.materials.errors()
        else:
            form_ok = item is not None and self.applicant.is_valid() and not self.materials.errors()
        allowed = self.allowed() if form_ok and not self.busy else frozenset()
        for button, action in self.decision_actions().items():
            button.setEnabled(action in allowed)
        self.accept_button.setToolTip(self._why_not_accept(form_ok, allowed))
        if item is None or item.kind != ItemKind.INSTANT:
            self.on_spot_button.setToolTip(self.tr("只有即办件可以现场办结"))
        if item is not None and item.needs_licence:
            self.tell_button.setToolTip(self.tr("该事项需要许可，不能当场告知了结"))
        if case is not None and case.supplement_count >= 1:
            self.supplement_button.setToolTip(
                self.tr("同一申请已一次性告知过，再次告知须由中心管理人员办理")
            )

    def _why_not_accept(self, form_ok: bool, allowed: frozenset[CaseAction]) -> str:
        """The tooltip of 受理: why it is disabled ("" when it is not)."""
        item = self.item
        if CaseAction.ACCEPT in allowed:
            return ""
        if item is None:
            return self.tr("请先选择事项")
        if item.kind == ItemKind.INSTANT:
            return self.tr("即办件当场办结，不按承诺时限受理")
        if self.busy:
            return self.tr("正在办理…")
        if not form_ok:
            return self.tr("申请人信息或材料核验未填写完整（见标红处）")
        if not self.materials_complete():
            return self.tr("材料不齐全或不符合要求，不能受理；请出具一次性告知书")
        return self.tr("该办件当前状态不能受理")

    # --- prompts (tests replace these) ------------------------------------------------

    def confirm_accept(self, days: int, due: date, provisional: bool) -> bool:
        text = (
            self.due_text(days, due, provisional) + "\n\n" + self.tr("确认受理并打印受理通知书？")
        )
        answer = QMessageBox.question(self, self.tr("受理"), text)
        return answer == QMessageBox.StandardButton.Yes

    def refusal_form(self) -> RefuseDialog:
        reasons = self.item.refusal_reasons if self.item else ()
        return RefuseDialog(self, standard_reasons=reasons)

    def referral_form(self) -> ReferDialog:
        matter = self.item.name if self.item else ""
        own = self.session.badge.department_id
        return ReferDialog(self.departments, self.windows, matter, own, self)

    def tell_form(self) -> TellDialog:
        return TellDialog(self)

    # --- decisions --------------------------------------------------------------------

    def application(self) -> Application | None:
        if self.case is not None:
            return None
        assert self.item is not None
        return Application(
            item_id=self.item.id,
            applicant=self.applicant.applicant(),
            materials=tuple(self.materials.checks()),
            ticket_id=self.ticket.id if self.ticket else None,
        )

    def _can_decide(self) -> bool:
        if self.item is None or self.busy:
            return False
        return not (self.case is None and self.applicant.errors(show=True))

    def _decision_op(self, action: str, decision: IntakeDecision) -> WriteOp[IntakeOutcome]:
        supplement = tuple(self.materials.checks()) if self.supplementing else None
        self._action = action
        self.busy = True
        self.message.setText(self.tr("正在办理…"))
        self.message.setStyleSheet("")
        op = ops.decide(
            self.session,
            decision,
            application=self.application(),
            case_id=self.case.id if self.case else None,
            request_id=self.request_id,
            supplement=supplement,
        )
        self.update_buttons()
        return op

    def _run(self, action: str, decision: IntakeDecision) -> None:
        if not self._can_decide():
            return
        self._decision_op(action, decision).success(self._outcome).failure(self._failed).run()

    def _decide_in(
        self, form: FormDialog, action: str, decision: Callable[[], IntakeDecision]
    ) -> None:
        """The decision's own form (refusal, referral, what was told) runs it: refused, it
        stays open with everything typed and the reason at its field."""
        if not self._can_decide():
            return

        def start() -> WriteOp[IntakeOutcome]:
            return self._decision_op(action, decision())

        def done(outcome: IntakeOutcome) -> BaseException | None:
            self._outcome(outcome)
            return outcome.error

        form.submit_with(start, done, self._failed)
        self.sub_dialog = form
        form.start()

    def complete_on_spot(self) -> None:
        self._run(self.tr("现场办结"), IntakeDecision(CaseAction.COMPLETE_ON_SPOT))

    def accept_case(self) -> None:
        if self.item is not None:
            ops.preview_due_date(self.session, self.item.id).success(self._confirm).run()

    def _confirm(self, preview: DuePreview) -> None:
        self.preview = preview
        self._show_item_info()
        if not self.confirm_accept(
            preview.promised_workdays, preview.due_date, preview.provisional
        ):
            return
        self._run(self.tr("受理"), IntakeDecision(CaseAction.ACCEPT))

    def supplement(self) -> None:
        self._run(self.tr("一次性告知"), IntakeDecision(CaseAction.ISSUE_SUPPLEMENT_NOTICE))

    def refuse(self) -> None:
        form = self.refusal_form()

        def decision() -> IntakeDecision:
            choice = form.choice()
            return IntakeDecision(
                CaseAction.REFUSE,
                ground=choice.ground,
                reason=choice.reason,
                other_agency=choice.other_agency,
            )

        self._decide_in(form, self.tr("不予受理"), decision)

    def refer(self) -> None:
        form = self.referral_form()

        def decision() -> IntakeDecision:
            choice = form.choice()
            return IntakeDecision(
                CaseAction.REFER,
                to_department_id=choice.department_id,
                to_window_id=choice.window_id,
                matter=choice.matter,
            )

        self._decide_in(form, self.tr("转办"), decision)

    def tell(self) -> None:
        form = self.tell_form()
        self._decide_in(
            form,
            self.tr("当场告知"),
            lambda: IntakeDecision(CaseAction.TELL_ON_SPOT, note=form.note()),
        )

    # --- outcome ----------------------------------------------------------------------

    def _outcome(self, outcome: IntakeOutcome) -> None:
        self.busy = False
        self.request_id = str(uuid.uuid4())  # the next click is a new request
        self.case = case = outcome.case
        if outcome.error is not None:
            self._lock_received(case)
            self.message.setText(
                self.tr(
                    "已收件（办件编号 {no}），但“{action}”没有完成：{why}\n"
                    "办件保持“已收件”状态，仍在“我的办件”中，可在此或稍后继续处理。"
                ).format(no=case.case_no, action=self._action, why=error_message(outcome.error))
            )
            self.message.setStyleSheet("color: #c62828")
            self.update_buttons()
            emit(self.decided, outcome)
            return
        self.message.setText(
            self.tr("办件 {no}：{action}完成").format(no=case.case_no, action=self._action)
        )
        ticket_id = self.ticket.id if self.ticket else None
        ops.print_outcome(self.printer, outcome, ticket_id=ticket_id, parent=self.parentWidget())
        emit(self.decided, outcome)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(self.tr("没有保存：{why}").format(why=error_message(exc)))
        self.message.setStyleSheet("color: #c62828")
        at = _APPLICANT_FIELD.get(exc.field) if isinstance(exc, InvalidInput) else None
        if at is not None and at in self.applicant.messages:  # e.g. no data key: at the ID
            self.applicant.messages[at].setText(error_message(exc))
        self.update_buttons()

"""并联审批 in the clerk's UI: each department's open steps in 我的办件 (late in colour and
words, 办结本环节 with the department's opinion), every step in the case details, the
rule that a joint case is completed only after every department, and the joint
departments in the front desk's item guide."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.cases import CaseState
from clerk_app.services import casework, joint
from clerk_app.services.auth import Badge
from clerk_app.services.case_views import CaseView
from clerk_app.services.context import ServiceContext
from clerk_app.ui.cases.case_details import CaseDetailsDialog
from clerk_app.ui.cases.my_cases import MyCasesTab
from clerk_app.ui.cases.step_outcome import StepOutcomeDialog
from clerk_app.ui.cases.steps_model import (
    COL_OPEN_LATE,
    COL_OPEN_ROLE,
    COL_STEP_DONE,
    COL_STEP_LATE,
    COL_STEP_OUTCOME,
    CaseStepModel,
    OpenStepModel,
)
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.session import SignedOn
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_joint_item
from tests.ui.conftest import FakePrinter
from tests.ui.test_my_cases import accepted_case

MARKET = "测试县市场监督管理局"
TAX = "国家税务总局测试县税务局"


joint_item = add_joint_item


def joint_case(ctx: ServiceContext, small: SmallCenter, clock: FakeClock) -> CaseView:
    clock.set_day(date(2026, 11, 2))  # market step due 11-05, tax step due 11-09
    return accepted_case(ctx, small, joint_item(ctx, small))


def my_tab(qtbot: QtBot, session: SignedOn) -> MyCasesTab:
    tab = MyCasesTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_the_step_models_pass_the_model_tester(
    qtmodeltester: object, ui_ctx: ServiceContext, small: SmallCenter, clock: FakeClock
) -> None:
    case = joint_case(ui_ctx, small, clock)
    steps = joint.steps_of(ui_ctx, case.id)
    open_model, model = OpenStepModel(), CaseStepModel()
    for each in (open_model, model):
        each.set_rows(steps)
        qtmodeltester.check(each)  # type: ignore[attr-defined]
    assert open_model.late_count() == 0
    assert model.index(0, 0).data() == MARKET and model.index(0, 1).data() == "牵头部门"
    assert model.index(1, COL_STEP_DONE).data() == "办理中"
    assert model.open_departments() == [MARKET, TAX]


def test_each_department_sees_its_own_step_and_a_late_one_in_colour_and_words(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    case = joint_case(ui_ctx, small, clock)
    lead = my_tab(qtbot, sign_on(small.clerk))
    (own,) = lead.steps.model.rows()  # the lead department's clerk sees its own step too
    assert own.case_no == case.case_no and own.department_id == small.market_dept
    assert lead.steps.model.index(0, COL_OPEN_ROLE).data() == "牵头部门"
    colleague = my_tab(qtbot, sign_on(small.clerk_b))  # the whole department sees it
    assert [s.id for s in colleague.steps.model.rows()] == [own.id]

    clock.set_day(date(2026, 11, 10))  # the tax step (due 11-09) is now late
    tax = my_tab(qtbot, sign_on(small.tax_clerk))
    (step,) = tax.steps.model.rows()
    assert step.department_id == small.tax_dept and step.due_date == date(2026, 11, 9)
    late = tax.steps.model.index(0, COL_OPEN_LATE)
    assert late.data() == "● 环节超期"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == LIGHT_RED
    assert "环节超期 1 项" in tax.steps.title.text()
    assert tax.model.rowCount() == 0  # not the tax clerk's case: only its step is listed
    assert casework.get(ui_ctx, case.id).overdue is False  # the case itself is on time


def test_a_department_completes_its_step_with_its_opinion(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    errors: list[str],
) -> None:
    case = joint_case(ui_ctx, small, clock)
    tab = my_tab(qtbot, sign_on(small.tax_clerk))
    assert not tab.steps.complete_button.isEnabled()  # nothing selected yet
    tab.steps.table.selectRow(0)
    assert tab.steps.complete_button.isEnabled()
    tab.steps.ask_outcome = lambda step: None  # type: ignore[method-assign]
    tab.steps.complete_button.click()  # cancelled: nothing happens
    assert tab.steps.model.rowCount() == 1
    tab.steps.ask_outcome = lambda step: "税务登记已办"  # type: ignore[method-assign]
    with qtbot.waitSignal(tab.status) as shown:
        tab.steps.complete_button.click()
    assert case.case_no in shown.args[0]
    assert tab.steps.model.rowCount() == 0
    assert "暂无待办" in tab.steps.title.text()
    done = {s.department_id: s for s in joint.steps_of(ui_ctx, case.id)}[small.tax_dept]
    assert done.outcome == "税务登记已办" and done.done_on == date(2026, 11, 2)
    assert errors == []


def test_the_opinion_is_required(
    qtbot: QtBot, small: SmallCenter, ui_ctx: ServiceContext, clock: FakeClock
) -> None:
    case = joint_case(ui_ctx, small, clock)
    step = joint.open_steps(ui_ctx, small.tax_dept)[0]
    dialog = StepOutcomeDialog(step)
    qtbot.addWidget(dialog)
    dialog.outcome_edit.setPlainText("   ")
    dialog.accept()
    assert dialog.result() == 0 and "办理意见" in dialog.hint.text()
    dialog.outcome_edit.setPlainText(" 同意 ")
    dialog.accept()
    assert dialog.result() == 1 and dialog.outcome() == "同意"
    assert step.case_no == case.case_no


def test_the_lead_cannot_complete_while_a_department_is_still_working(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    errors: list[str],
    printer: FakePrinter,
) -> None:
    case = joint_case(ui_ctx, small, clock)
    tab = my_tab(qtbot, sign_on(small.clerk))
    tab.steps.table.selectRow(0)
    tab.steps.ask_outcome = lambda step: "营业执照已核发"  # type: ignore[method-assign]
    tab.steps.complete_button.click()  # the lead's own step
    assert tab.select(case.id) and tab.complete_button.isEnabled()
    tab.complete_button.click()
    form = tab.form_dialog
    assert form is not None
    form.ok_button().click()  # approved, no note
    assert form.isVisible()  # refused: the form stays, saying why
    assert form.hint.text() == f"联办部门尚未全部办结（{TAX}），不能办结整件"
    form.reject()
    assert casework.get(ui_ctx, case.id).state is CaseState.ACCEPTED
    assert printer.printouts == []  # no completion notice

    (tax_step,) = joint.open_steps(ui_ctx, small.tax_dept)
    joint.complete_step(ui_ctx, small.tax_clerk.actor(), tax_step.id, "同意")
    tab.refresh()
    assert tab.select(case.id)
    tab.complete_button.click()
    form = tab.form_dialog
    assert form is not None
    form.ok_button().click()
    assert casework.get(ui_ctx, case.id).state is CaseState.COMPLETED
    assert printer.kinds() == ["completion_notice"]
    assert errors == []


def test_the_case_details_list_every_departments_step(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    case = joint_case(ui_ctx, small, clock)
    joint.complete_step(ui_ctx, small.clerk.actor(), joint.steps_of(ui_ctx, case.id)[0].id, "准予")
    clock.set_day(date(2026, 11, 10))
    tab = my_tab(qtbot, sign_on(small.clerk))
    tab.show_case(casework.get(ui_ctx, case.id))
    details = tab.details_dialog
    model = details.step_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [MARKET, TAX]
    assert [model.index(r, 1).data() for r in range(2)] == ["牵头部门", "联办部门"]
    assert [model.index(r, 2).data() for r in range(2)] == ["3 个工作日", "5 个工作日"]
    assert [model.index(r, 3).data() for r in range(2)] == ["2026-11-05", "2026-11-09"]
    assert [model.index(r, COL_STEP_DONE).data() for r in range(2)] == ["2026-11-02", "办理中"]
    assert model.index(0, COL_STEP_OUTCOME).data() == "准予"
    assert [model.index(r, COL_STEP_LATE).data() for r in range(2)] == ["按时", "● 环节超期"]
    assert f"办理中：{TAX}" in details.step_title.text()
    assert not details.step_table.isHidden()

    plain = accepted_case(ui_ctx, small)  # not a joint case: no steps section
    tab.show_case(plain)
    assert tab.details_dialog.step_table.isHidden()
    assert tab.details_dialog.step_model.rowCount() == 0


def test_the_item_guide_lists_the_joint_departments_with_their_limits(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    joint_item(ui_ctx, small)
    tab = FrontDeskTab(sign_on(small.guide))
    qtbot.addWidget(tab)
    tab.search_edit.setText("开办餐饮店")
    tab.search()
    text = tab.guide.toPlainText()
    assert "联办件" in text
    assert f"联办部门\n{MARKET}（牵头）3 个工作日、{TAX} 5 个工作日" in text
    tab.search_edit.setText("yyzz")  # an item of one department has no such line
    tab.search()
    tab.table.selectRow(0)
    assert "联办部门" not in tab.guide.toPlainText()


def _details(qtbot: QtBot, session: SignedOn, case_id: str) -> CaseDetailsDialog:
    printer = DocumentPrinter(session.ctx, session.actor, session.tasks, session.app.printer)
    dialog = CaseDetailsDialog(session, printer, casework.get(session.ctx, case_id))
    qtbot.addWidget(dialog)
    return dialog


def test_a_step_is_completed_from_the_case_details_by_its_department_or_a_supervisor(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    errors: list[str],
) -> None:
    case = joint_case(ui_ctx, small, clock)
    # A market clerk may complete the market step, not the tax department's.
    market = _details(qtbot, sign_on(small.clerk_b), case.id)
    assert market.complete_step_button.isVisibleTo(market)
    market.step_table.selectRow(1)  # 税务
    assert not market.complete_step_button.isEnabled()
    market.step_table.selectRow(0)  # 市场监管
    assert market.complete_step_button.isEnabled()

    # The tax department cannot come to the counter today: the supervisor records its part.
    supervisor = _details(qtbot, sign_on(small.supervisor), case.id)
    supervisor.step_table.selectRow(1)
    assert supervisor.complete_step_button.isEnabled()
    supervisor.ask_outcome = lambda step: None  # type: ignore[method-assign]
    supervisor.complete_step()  # cancelled: nothing happens
    assert joint.steps_of(ui_ctx, case.id)[1].done_on is None
    supervisor.ask_outcome = lambda step: "经电话核实，税务登记已办结"  # type: ignore[method-assign]
    with qtbot.waitSignal(supervisor.status) as said:
        supervisor.complete_step()
    assert TAX in said.args[0]
    tax_step = joint.steps_of(ui_ctx, case.id)[1]
    assert (tax_step.done_on, tax_step.outcome) == (date(2026, 11, 2), "经电话核实，税务登记已办结")
    model = supervisor.step_model
    assert model.index(1, COL_STEP_DONE).data() == "2026-11-02"  # reloaded
    supervisor.step_table.selectRow(1)
    assert not supervisor.complete_step_button.isEnabled()  # done: nothing left to complete
    assert errors == []

    plain = _details(qtbot, sign_on(small.supervisor), accepted_case(ui_ctx, small).id)
    assert not plain.complete_step_button.isVisibleTo(plain)  # not a joint case

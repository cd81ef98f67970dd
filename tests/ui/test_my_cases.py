"""我的办件: lights in colour and words, suspend/resume, extension approval, completion,
reprint (补打), and the case look-up by number (Ctrl+F / a barcode scanner)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.cases import CaseState, Decision
from clerk_app.services import casework, intake
from clerk_app.services.auth import Badge
from clerk_app.services.case_views import CaseView
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.ui.cases.case_actions import CompleteDialog, SuspendDialog
from clerk_app.ui.cases.cases_model import COL_LIGHT
from clerk_app.ui.cases.my_cases import MyCasesTab
from clerk_app.ui.common.theme import LIGHT_GREEN, LIGHT_RED
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.shell.roles import Tab
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_leaders, valid_id_card
from tests.ui.conftest import FakePrinter, pdf_text


def accepted_case(ctx: ServiceContext, small: SmallCenter, item_id: str | None = None) -> CaseView:
    item_id = item_id or small.promised_item
    from clerk_app.services import catalogue

    item = catalogue.get_item(ctx, item_id)
    actor = small.clerk.actor()
    case = intake.receive(
        ctx,
        actor,
        item_id=item_id,
        applicant=Applicant("person", "张三", valid_id_card()),
        materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
    )
    return intake.accept(ctx, actor, case.id)


def my_tab(qtbot: QtBot, session: SignedOn) -> MyCasesTab:
    tab = MyCasesTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_lights_are_colour_and_words(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    late = accepted_case(ui_ctx, small, small.deemed_item)  # 3 working days
    also_late = accepted_case(ui_ctx, small)  # 10 working days
    clock.advance(days=22)  # past the National Day holiday: the 3-day item is overdue
    fresh = accepted_case(ui_ctx, small)
    tab = my_tab(qtbot, sign_on(small.clerk))
    rows = {c.id: r for r, c in enumerate(tab.model.rows())}
    red = tab.model.index(rows[late.id], COL_LIGHT)
    green = tab.model.index(rows[fresh.id], COL_LIGHT)
    assert "红灯" in red.data() and "超期" in red.data()
    assert red.data(Qt.ItemDataRole.ForegroundRole).color().name() == LIGHT_RED
    assert "绿灯" in green.data()
    assert green.data(Qt.ItemDataRole.ForegroundRole).color().name() == LIGHT_GREEN
    assert tab.model.rows()[0].id == late.id  # the most urgent first
    assert "未办结 3 件" in tab.summary.text() and "红灯 2 件" in tab.summary.text()
    assert also_late.id in rows


def test_suspend_prints_the_notice_then_resume(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
    clock: FakeClock,
) -> None:
    case = accepted_case(ui_ctx, small)
    tab = my_tab(qtbot, sign_on(small.clerk))
    assert tab.select(case.id)
    assert tab.suspend_button.isEnabled() and not tab.resume_button.isEnabled()
    tab.suspend_button.click()
    form = tab.form_dialog
    assert isinstance(form, SuspendDialog)
    form.reason_combo.setCurrentIndex(form.reason_combo.findData("expert_review"))
    form.detail_edit.setPlainText("组织专家现场评审")
    form.days_spin.setValue(5)
    form.ok_button().click()
    assert casework.get(ui_ctx, case.id).state is CaseState.SUSPENDED
    (notice,) = printer.printouts
    assert notice.kind == "suspension_notice" and "专家评审" in pdf_text(notice.pdf)
    assert tab.select(case.id) and tab.resume_button.isEnabled()
    clock.advance(days=7)
    tab.resume_button.click()
    resumed = casework.get(ui_ctx, case.id)
    assert resumed.state is CaseState.ACCEPTED
    assert resumed.due_date is not None and case.due_date is not None
    assert resumed.due_date > case.due_date


def test_an_extension_asked_by_the_clerk_is_approved_by_the_department_leader(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    case = accepted_case(ui_ctx, small)
    tab = my_tab(qtbot, sign_on(small.clerk))
    tab.select(case.id)
    tab.extend_button.click()
    form = tab.form_dialog
    assert form is not None and form.isVisible()
    form.days_spin.setValue(5)
    form.reason_edit.setPlainText("需要现场核查")
    form.ok_button().click()
    assert not form.isVisible()
    assert tab.select(case.id) and not tab.extend_button.isEnabled()  # one pending at a time
    assert "延期待批" in tab.model.index(0, 3).data()
    watch = SupervisionTab(sign_on(small.supervisor))  # the 效能办 sees it, cannot decide
    qtbot.addWidget(watch)
    watch.refresh()
    assert watch.extensions.model.rowCount() == 1
    assert watch.extensions.approve_button.isHidden()
    board = SupervisionTab(sign_on(add_leaders(ui_ctx, small).market))  # Art. 42
    qtbot.addWidget(board)
    board.refresh()
    extensions = board.extensions
    assert extensions.model.rowCount() == 1 and not extensions.approve_button.isHidden()
    extensions.table.selectRow(0)
    extensions.approve_button.click()
    decision = extensions.form_dialog
    assert decision is not None and decision.isVisible()
    decision.note_edit.setPlainText("同意")
    decision.ok_button().click()
    assert extensions.model.rowCount() == 0
    extended = casework.get(ui_ctx, case.id)
    assert extended.due_date is not None and case.due_date is not None
    assert extended.due_date > case.due_date
    (notice,) = printer.printouts
    assert notice.kind == "extension_notice" and "需要现场核查" in pdf_text(notice.pdf)


def test_complete_with_a_decision_prints_the_completion_notice_and_it_can_be_reprinted(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    case = accepted_case(ui_ctx, small)
    prompt = CompleteDialog(case)
    qtbot.addWidget(prompt)
    prompt.decision_combo.setCurrentIndex(prompt.decision_combo.findData(Decision.DENIED.value))
    prompt.accept()
    assert prompt.result() == 0 and "理由" in prompt.hint.text()
    tab = my_tab(qtbot, sign_on(small.clerk))
    tab.select(case.id)
    tab.complete_button.click()
    form = tab.form_dialog
    assert form is not None
    form.ok_button().click()  # approved, no note
    assert casework.get(ui_ctx, case.id).state is CaseState.COMPLETED
    assert tab.model.rowCount() == 0  # no longer open
    assert printer.kinds() == ["completion_notice"]
    tab.show_case(casework.get(ui_ctx, case.id))
    details = tab.details_dialog
    assert details.doc_model.rowCount() == 1
    details.doc_table.selectRow(0)
    details.reprint_button.click()
    assert printer.kinds() == ["completion_notice", "completion_notice"]
    reprint = printer.printouts[1]
    assert reprint.reprint and "补打" in pdf_text(reprint.pdf)
    assert details.doc_model.rowCount() == 2
    assert "补打" in details.doc_model.index(1, 3).data()


def test_a_case_number_typed_or_scanned_opens_the_case(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    errors: list[str],
) -> None:
    case = accepted_case(ui_ctx, small)
    window = MainWindow(sign_on(small.clerk))
    qtbot.addWidget(window)
    assert Tab.MY_CASES in window.available_tabs
    window.focus_lookup()
    window.lookup_edit.setText(f"  {case.case_no.lower()}  ")  # a scanner may send lower case
    with qtbot.waitSignal(window.caseOpened) as opened:
        qtbot.keyClick(window.lookup_edit, Qt.Key.Key_Return)
    assert opened.args[0].case.id == case.id
    assert case.case_no in opened.args[0].summary.toPlainText()
    opened.args[0].reject()
    window.lookup_edit.setText("20990101-XX-9999")
    window.look_up_case()
    assert window.lookup_edit.property("invalid") is True
    assert "找不到" in window.statusBar().currentMessage()
    assert errors == []

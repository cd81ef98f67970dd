"""The traps a clerk, a guide and a supervisor fell into at the counter (issue 13), each
driven as the clerk would: keys, buttons, the lock screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.domain.cases import CaseState
from clerk_app.domain.tickets import TicketKind
from clerk_app.services import casework, catalogue, complaints, first_contact, intake, tickets
from clerk_app.services.auth import Badge
from clerk_app.services.case_views import CaseView
from clerk_app.services.context import ServiceContext
from clerk_app.services.first_contact import ReferTo
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.ui.cases.case_details import CaseDetailsDialog
from clerk_app.ui.cases.decisions import RefuseDialog
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.front_desk.first_contact import FirstContactDialog
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.front_desk.referrals import ReferralsTab
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import PASSWORD, SmallCenter, add_leaders, valid_id_card
from tests.ui.conftest import FakePrinter, pdf_text
from tests.ui.test_intake import fill_person, open_intake
from tests.ui.test_my_cases import accepted_case, my_tab

# --- 1. Enter in an intake field -----------------------------------------------------------


def test_enter_in_an_intake_field_moves_on_and_decides_nothing(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    qtbot.waitExposed(dialog)
    fill_person(dialog)
    statuses = [row.status.currentData() for row in dialog.materials.rows]
    assert statuses == ["missing"] * 3
    name = dialog.applicant.edits["name"]
    name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    for edit in (name, dialog.materials.rows[0].note):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClick(edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        assert QApplication.focusWidget() is not edit  # Enter moved on to the next field
    assert [row.status.currentData() for row in dialog.materials.rows] == statuses
    assert dialog.isVisible()
    assert casework.my_cases(ui_ctx, small.clerk.staff_id) == [] and printer.printouts == []
    buttons = [*dialog.decision_buttons(), dialog.close_button, dialog.materials.all_button]
    assert not any(b.isDefault() or b.autoDefault() for b in buttons)


# --- 2. The lock screen --------------------------------------------------------------------


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown window
def test_locked_means_nothing_but_the_unlock(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
    errors: list[str],
) -> None:
    case = accepted_case(ui_ctx, small)
    window = MainWindow(sign_on(small.clerk))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.lookup_edit.setText(case.case_no)
    with qtbot.waitSignal(window.caseOpened) as opened:
        qtbot.keyClick(window.lookup_edit, Qt.Key.Key_Return)
    details: CaseDetailsDialog = opened.args[0]
    assert details.isVisible() and details.reprint_button.isVisibleTo(details)

    window.lock()
    assert window.locked
    assert not details.isVisible()  # the case (and its 补打) is put away
    assert not window.lookup_edit.isEnabled() and not window.sign_out_button.isEnabled()
    opened_while_locked: list[object] = []
    window.caseOpened.connect(opened_while_locked.append)
    window.lookup_edit.setText(case.case_no)
    window.look_up_case()  # the search answers nothing while locked
    assert opened_while_locked == []
    assert [w for w in window.own_windows()] == []
    assert printer.printouts == []

    window.lock_screen.password_edit.setText(PASSWORD)
    window.lock_screen.unlock()
    assert not window.locked and window.lookup_edit.isEnabled()
    assert details.isVisible()  # back as it was left
    assert errors == []


# --- 3. A case under a one-time notice is resumed ------------------------------------------


def noticed_case(ctx: ServiceContext, small: SmallCenter) -> CaseView:
    """An application with its first material missing, sent home with a one-time notice."""
    item = catalogue.get_item(ctx, small.promised_item)
    actor = small.clerk.actor()
    checks = [MaterialCheck(m, "received", 1, 1) for m in item.material_ids]
    checks[0] = MaterialCheck(item.material_ids[0], "missing")
    case = intake.receive(
        ctx,
        actor,
        item_id=item.id,
        applicant=Applicant("person", "张三", valid_id_card()),
        materials=checks,
    )
    return intake.issue_supplement_notice(ctx, actor, case.id)


def test_the_applicant_comes_back_and_the_case_is_accepted(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    printer: FakePrinter,
) -> None:
    case = noticed_case(ui_ctx, small)
    clock.advance(days=3)
    tab = my_tab(qtbot, sign_on(small.clerk))
    assert tab.select(case.id)
    assert tab.supplement_button.isEnabled() and not tab.continue_button.isEnabled()
    tab.supplement_button.click()
    dialog = tab.intake_dialog
    assert dialog.supplementing and "张三" in dialog.applicant_line.text()
    statuses = [row.status.currentData() for row in dialog.materials.rows]
    assert statuses == ["missing", "received", "received"]  # as the notice left it
    assert not dialog.accept_button.isEnabled()
    assert not dialog.supplement_button.isEnabled()  # a second notice: the supervisor's
    assert "中心管理人员" in dialog.supplement_button.toolTip()
    dialog.materials.set_status(0, "received")
    assert dialog.accept_button.isEnabled() and dialog.refuse_button.isEnabled()
    dialog.confirm_accept = lambda d, due, p: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.decided) as decided:
        dialog.accept_button.click()
    done = decided.args[0].case
    assert done.state is CaseState.ACCEPTED and done.received_on == ui_ctx.today()
    assert all(m.status == "received" for m in done.materials)
    assert printer.kinds() == ["receipt"]


def test_a_second_notice_is_the_supervisors_from_the_case_found_by_number(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    case = noticed_case(ui_ctx, small)
    guide = sign_on(small.guide)
    guide_printer = DocumentPrinter(guide.ctx, guide.actor, guide.tasks, guide.app.printer)
    guide_view = CaseDetailsDialog(guide, guide_printer, case)
    qtbot.addWidget(guide_view)
    assert not guide_view.supplement_button.isVisibleTo(guide_view)  # a guide takes nothing in
    window = MainWindow(sign_on(small.supervisor))
    qtbot.addWidget(window)
    window.lookup_edit.setText(case.case_no)
    with qtbot.waitSignal(window.caseOpened) as opened:
        window.look_up_case()
    details: CaseDetailsDialog = opened.args[0]
    assert details.supplement_button.isVisibleTo(details)
    details.supplement_button.click()
    dialog = details.intake_dialog
    assert dialog is not None and dialog.supplementing
    dialog.materials.set_status(1, "deficient", "复印件不清晰")
    assert dialog.supplement_button.isEnabled() and not dialog.accept_button.isEnabled()
    with qtbot.waitSignal(dialog.decided) as decided:
        dialog.supplement_button.click()
    again = decided.args[0].case
    assert again.state is CaseState.SUPPLEMENT_NOTICE and again.supplement_count == 2
    assert printer.kinds() == ["supplement_notice"]
    assert "已一次性告知补正" in details.summary.toPlainText()


# --- 4. The referral slip carries the matter referred -------------------------------------


def test_a_referral_elsewhere_does_not_carry_the_item_last_looked_at(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    from sqlalchemy import select

    from clerk_app.store.models import Referral

    guide = sign_on(small.guide)
    tab = FrontDeskTab(guide)
    qtbot.addWidget(tab)
    tab.search_edit.setText("SCJG-002")  # the food licence, of 市场监管
    tab.search()
    assert tab.item is not None and "食品经营许可申请书" in tab.guide.toPlainText()
    dialog = FirstContactDialog(guide, tab.item)
    qtbot.addWidget(dialog)
    assert "食品经营许可证核发" in dialog.question_edit.toPlainText()
    dialog.name_edit.setText("张三")
    dialog.refer_check.setChecked(True)
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData(small.tax_dept))
    assert "不办理" in dialog.item_line.text()
    assert dialog.question_edit.toPlainText() == ""  # the prefilled question was that item's
    dialog.question_edit.setPlainText("领用增值税发票")
    with qtbot.waitSignal(tab.firstContactRecorded) as recorded:
        tab.record_first_contact(dialog.request())
    with ui_ctx.db.sessions() as s:
        referral = s.scalars(select(Referral)).one()
        assert referral.id == recorded.args[0].referral_id and referral.item_id is None
    (slip,) = printer.printouts
    text = pdf_text(slip.pdf)
    assert "领用增值税发票" in text and "食品经营许可申请书" not in text

    tab.search_edit.clear()  # the search is cleared: the guide no longer shows the item
    tab.search()
    assert tab.item is None and "食品经营许可申请书" not in tab.guide.toPlainText()


# --- 6. A refusal keeps what was typed ------------------------------------------------------


def test_a_complaint_with_a_bad_phone_stays_open_with_the_error_at_the_phone(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    tab.refresh()
    panel = tab.complaints
    panel.file_button.click()
    form = panel.form_dialog
    assert form is not None and form.isVisible()
    form.complainant_edit.setText("王先生")
    form.phone_edit.setText("138-abc")
    form.content_edit.setPlainText("窗口人员玩手机，态度生硬")
    form.ok_button().click()
    assert form.isVisible()  # refused: still open, nothing lost
    assert form.complainant_edit.text() == "王先生" and form.phone_edit.text() == "138-abc"
    assert form.content_edit.toPlainText() == "窗口人员玩手机，态度生硬"
    error = form.field_errors["complainant_phone"]
    assert error.isVisibleTo(form) and "号码" in error.text()
    assert complaints.open_complaints(ui_ctx) == []
    form.phone_edit.setText("13800138000")
    form.ok_button().click()
    assert not form.isVisible()
    (filed,) = complaints.open_complaints(ui_ctx)
    assert filed.content == "窗口人员玩手机，态度生硬"


def test_an_extension_over_the_limit_stays_open_with_the_error_at_the_days(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    case = accepted_case(ui_ctx, small)
    tab = my_tab(qtbot, sign_on(small.clerk))
    assert tab.select(case.id)
    tab.extend_button.click()
    form = tab.form_dialog
    assert form is not None and form.isVisible()
    form.days_spin.setValue(30)
    form.reason_edit.setPlainText("需组织专家现场核查")
    form.ok_button().click()
    assert form.isVisible()
    assert form.reason_edit.toPlainText() == "需组织专家现场核查" and form.days_spin.value() == 30
    error = form.field_errors["extension_workdays"]
    assert error.isVisibleTo(form) and "还可延期" in error.text()
    assert not casework.get(ui_ctx, case.id).pending_extension
    form.days_spin.setValue(5)
    form.ok_button().click()
    assert not form.isVisible()
    assert casework.get(ui_ctx, case.id).pending_extension


def test_a_referral_closed_without_a_result_stays_open_with_the_error_at_the_result(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    done = first_contact.record_and_refer(
        ui_ctx,
        small.guide.actor(),
        visitor_name="王五",
        question="怎么领发票",
        refer_to=ReferTo(small.tax_dept),
    )
    tab = ReferralsTab(sign_on(small.tax_clerk))
    qtbot.addWidget(tab)
    tab.refresh()
    assert done.referral_id is not None and tab.select_incoming(done.referral_id)
    tab.close_button.click()
    form = tab.form_dialog
    assert form is not None and form.isVisible()
    form.outcome_edit.setPlainText("   ")
    form.ok_button().click()
    assert form.isVisible()
    error = form.field_errors["referral_outcome"]
    assert error.isVisibleTo(form) and "办理结果" in error.text()
    form.outcome_edit.setPlainText("已为申请人办理发票领用")
    form.ok_button().click()
    assert not form.isVisible()
    (closed,) = first_contact.incoming_referrals(ui_ctx, small.tax_dept)
    assert closed.status == "done" and closed.outcome == "已为申请人办理发票领用"


# --- 7. The wait printed on priority and green-channel tickets ------------------------------


def test_a_priority_ticket_counts_only_those_called_before_it(
    small: SmallCenter, ui_ctx: ServiceContext, clock: FakeClock
) -> None:
    guide, clerk = small.guide.actor(), small.clerk.actor()
    for _ in range(5):
        tickets.issue_ticket(ui_ctx, guide, queue_id=small.market_queue)
        clock.advance(minutes=1)
    first = tickets.issue_ticket(
        ui_ctx, guide, queue_id=small.market_queue, kind=TicketKind.PRIORITY
    )
    clock.advance(minutes=1)
    second = tickets.issue_ticket(
        ui_ctx, guide, queue_id=small.market_queue, kind=TicketKind.PRIORITY
    )
    assert (first.people_ahead, second.people_ahead) == (0, 1)  # not 5 and 6
    assert second.estimated_wait_minutes == 8
    called = tickets.call_next(ui_ctx, clerk, window_id=small.window_a)
    assert called is not None and called.id == first.id
    assert tickets.get_ticket(ui_ctx, second.id).people_ahead == 0


def test_a_green_channel_ticket_waits_for_the_green_channel_windows(
    small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    sys = small.system
    green_queue = catalogue.add_queue(ui_ctx, sys, code="Q-LSTD", name="绿色通道", prefix="V")
    catalogue.add_window(
        ui_ctx,
        sys,
        code="V01",
        name="重点项目绿色通道1号窗口",
        department_id=small.market_dept,
        queue_ids=[green_queue],
        is_green_channel=True,
    )
    guide = small.guide.actor()
    ordinary = tickets.issue_ticket(ui_ctx, guide, queue_id=small.market_queue)
    green = tickets.issue_ticket(
        ui_ctx,
        guide,
        queue_id=small.market_queue,
        kind=TicketKind.GREEN_CHANNEL,
        reason="县重点项目：新能源产业园",
    )
    assert green.queue_id == green_queue and green.number == "V001"
    assert (ordinary.queue_id, green.people_ahead) == (small.market_queue, 0)


# --- 9. Extension: only where something can be extended; the approval shows the due date ---


def test_no_extension_is_offered_where_nothing_can_be_extended(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    none_allowed = accepted_case(ui_ctx, small, small.deemed_item)  # 5-day item, no extension
    room = accepted_case(ui_ctx, small)  # 20-day licence: 10 working days
    tab = my_tab(qtbot, sign_on(small.clerk))
    assert tab.select(none_allowed.id)
    assert not tab.extend_button.isEnabled()
    assert "无可延期" in tab.extend_button.toolTip()
    assert tab.select(room.id) and tab.extend_button.isEnabled()
    tab.extend_button.click()
    form = tab.form_dialog
    assert form is not None and "还可延期 10 个工作日" in form.left_label.text()
    leader = add_leaders(ui_ctx, small).market.actor()  # Art. 42
    request = casework.request_extension(
        ui_ctx, small.clerk.actor(), room.id, workdays=10, reason="专家评审"
    )
    casework.decide_extension(ui_ctx, leader, request, approve=True)
    tab.refresh()
    assert tab.select(room.id) and not tab.extend_button.isEnabled()  # all 10 used
    assert "无可延期" in tab.extend_button.toolTip()


def test_the_approval_shows_the_due_date_it_leads_to(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    case = accepted_case(ui_ctx, small)
    casework.request_extension(ui_ctx, small.clerk.actor(), case.id, workdays=3, reason="现场核查")
    tab = SupervisionTab(sign_on(add_leaders(ui_ctx, small).market))  # Art. 42
    qtbot.addWidget(tab)
    tab.refresh()
    panel = tab.extensions
    panel.table.selectRow(0)
    panel.approve_button.click()
    form = panel.form_dialog
    assert form is not None and form.isVisible()
    shown = form.new_due_label.text()
    assert case.due_date is not None and shown > case.due_date.isoformat()
    form.note_edit.setPlainText("同意")
    form.ok_button().click()
    assert not form.isVisible()
    extended = casework.get(ui_ctx, case.id).due_date
    assert extended is not None and extended.isoformat() == shown  # what was shown is what holds


def test_an_approval_refused_past_the_due_date_keeps_the_opinion_typed(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    case = accepted_case(ui_ctx, small)
    casework.request_extension(ui_ctx, small.clerk.actor(), case.id, workdays=3, reason="现场核查")
    assert case.due_date is not None
    clock.advance(days=(case.due_date - ui_ctx.today()).days + 1)
    tab = SupervisionTab(sign_on(add_leaders(ui_ctx, small).market))  # Art. 42
    qtbot.addWidget(tab)
    tab.refresh()
    panel = tab.extensions
    panel.table.selectRow(0)
    panel.approve_button.click()
    form = panel.form_dialog
    assert form is not None
    form.note_edit.setPlainText("同意，请抓紧办理")
    form.ok_button().click()
    assert form.isVisible() and form.note_edit.toPlainText() == "同意，请抓紧办理"
    assert "届满前" in form.hint.text() or "逾期" in form.hint.text()
    assert casework.get(ui_ctx, case.id).due_date == case.due_date


# --- 10. Calendar maintenance: the month, a preview, then a confirmed change ---------------


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: open dialog
def test_a_calendar_change_is_previewed_and_applied_only_when_confirmed(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    from datetime import date

    from clerk_app.services import oversight

    clock.set_day(date(2026, 11, 2))
    case = accepted_case(ui_ctx, small)  # due 16 Nov
    oversight.set_calendar_entry(
        ui_ctx,
        small.supervisor.actor(),
        day=date(2026, 11, 28),
        is_workday=True,
        doc_no="测政办〔2026〕9号",
        note="调休上班",
    )
    moved = casework.get(ui_ctx, case.id).due_date
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    dialog = tab.open_calendar()
    # the month shows the entry already there
    assert dialog.entries.rowCount() == 1
    assert "测政办〔2026〕9号" in dialog.entries.index(0, 2).data()
    assert "本地调整 1 条" in dialog.month_label.text()
    dialog.date_edit.setDate(date(2026, 11, 5))
    dialog.holiday_radio.setChecked(True)
    dialog.doc_edit.setText("测试县政府办〔2026〕12号")
    assert not dialog.apply_button.isEnabled()  # nothing is applied unseen
    dialog.preview_button.click()
    assert dialog.model.rowCount() == 1
    row = [str(dialog.model.index(0, c).data()) for c in range(4)]
    assert row == [case.case_no, "2026-11-16", "2026-11-17", "推迟 1 天"]
    assert casework.get(ui_ctx, case.id).due_date == moved  # a preview writes nothing
    asked: list[int] = []

    def refuse(changes: list[oversight.DueChange]) -> bool:
        asked.append(len(changes))
        return False

    dialog.confirm_apply = refuse  # type: ignore[method-assign]
    dialog.apply_button.click()
    assert asked == [1] and casework.get(ui_ctx, case.id).due_date == moved
    assert len(oversight.calendar_month(ui_ctx, 2026, 11)[4:5]) == 1
    assert not oversight.calendar_month(ui_ctx, 2026, 11)[4].local  # 5 Nov not entered
    dialog.workday_radio.setChecked(True)  # another kind: the preview no longer holds
    assert not dialog.apply_button.isEnabled() and dialog.model.rowCount() == 0
    dialog.holiday_radio.setChecked(True)
    dialog.preview_button.click()
    dialog.confirm_apply = lambda changes: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.applied):
        dialog.apply_button.click()
    assert casework.get(ui_ctx, case.id).due_date == date(2026, 11, 17)
    assert dialog.entries.rowCount() == 2  # the month now shows it too
    dialog.close()


# --- 6 (continued). The intake's own forms and the first contact keep what was typed --------


def test_a_refusal_the_service_refuses_keeps_its_form_open_with_the_reason_typed(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    dialog.refuse_button.click()
    form = dialog.sub_dialog
    assert isinstance(form, RefuseDialog) and form.isVisible()
    form.ground_combo.setCurrentIndex(form.ground_combo.findData("not_eligible"))
    form.reason_edit.setPlainText("申请事项依法不需要取得行政许可\x07")  # a pasted control char
    form.ok_button().click()
    assert form.isVisible()
    assert form.reason_edit.toPlainText() == "申请事项依法不需要取得行政许可\x07"
    error = form.field_errors["refusal_reason"]
    assert error.isVisibleTo(form) and "删除" in error.text()
    assert printer.printouts == []
    form.reason_edit.setPlainText("申请事项依法不需要取得行政许可")
    form.ok_button().click()
    assert not form.isVisible()
    assert printer.kinds() == ["refusal"]


def test_a_first_contact_with_a_bad_phone_stays_open_with_the_error_at_the_phone(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    from sqlalchemy import func, select

    from clerk_app.store.models import FirstContact

    tab = FrontDeskTab(sign_on(small.guide))
    qtbot.addWidget(tab)
    tab.first_contact_button.click()
    form = tab.first_contact_dialog
    assert form is not None and form.isVisible()
    form.name_edit.setText("王五")
    form.phone_edit.setText("138-abc")
    form.question_edit.setPlainText("社保卡补办要带什么")
    form.answer_edit.setPlainText("带身份证到人社窗口")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert form.isVisible() and form.question_edit.toPlainText() == "社保卡补办要带什么"
    error = form.field_errors["visitor_phone"]
    assert error.isVisibleTo(form) and "号码" in error.text()
    with ui_ctx.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(FirstContact)) == 0
    form.phone_edit.setText("13800138000")
    with qtbot.waitSignal(tab.firstContactRecorded):
        form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert not form.isVisible()


# --- 13. The smaller traps ------------------------------------------------------------------


def test_a_paused_window_does_not_say_press_f1(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    from clerk_app.ui.counter.panel import CounterTab

    tab = CounterTab(sign_on(small.clerk))
    qtbot.addWidget(tab)
    tab.refresh()
    assert "F1" in tab.panel.state.text()
    tab.ask_pause_reason = lambda: "午间休息"  # type: ignore[method-assign]
    tab.pause_button.click()
    assert "F1" not in tab.panel.state.text() and "F5" in tab.panel.state.text()
    tab.pause_button.click()
    assert "F1" in tab.panel.state.text()


def test_the_transfer_lists_the_windows_of_the_chosen_queue(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    from clerk_app.ui.counter.transfer import TransferDialog

    dialog = TransferDialog(sign_on(small.clerk))
    qtbot.addWidget(dialog)
    combo = dialog.window_combo

    def windows() -> list[str]:
        return [combo.itemText(i).split()[0] for i in range(1, combo.count())]

    dialog.queue_combo.setCurrentIndex(dialog.queue_combo.findData(small.market_queue))
    assert windows() == ["A02"]  # not its own window, not the tax window
    dialog.queue_combo.setCurrentIndex(dialog.queue_combo.findData(small.tax_queue))
    assert windows() == ["B01"]
    assert dialog.minimumWidth() >= 480


def test_overdue_is_in_working_days_and_a_suspended_case_is_not_green(
    small: SmallCenter, ui_ctx: ServiceContext, clock: FakeClock
) -> None:
    from datetime import date

    from clerk_app.domain.cases import SuspensionReason
    from clerk_app.ui.cases.cases_model import left_text, light_text

    clock.set_day(date(2026, 11, 2))
    late = accepted_case(ui_ctx, small)  # due 16 Nov
    held = accepted_case(ui_ctx, small)
    casework.suspend(
        ui_ctx,
        small.clerk.actor(),
        held.id,
        reason=SuspensionReason.EXPERT_REVIEW.value,
        detail="组织专家评审",
        expected_workdays=5,
    )
    clock.set_day(date(2026, 11, 18))  # two working days past 16 Nov
    assert left_text(casework.get(ui_ctx, late.id)) == "超期 2 个工作日"
    suspended = casework.get(ui_ctx, held.id)
    assert "计时中止" in light_text(suspended) and "绿灯" not in light_text(suspended)


def test_a_disabled_accept_says_why(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    assert not dialog.accept_button.isEnabled()
    assert "材料不齐全" in dialog.accept_button.toolTip()
    dialog.materials.mark_all_received()
    assert dialog.accept_button.isEnabled() and dialog.accept_button.toolTip() == ""


def test_the_staff_picker_finds_by_typing(
    qtbot: QtBot, small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    from clerk_app.services import board
    from clerk_app.ui.supervision.dialogs import FileComplaintDialog

    form = FileComplaintDialog(board.names(ui_ctx), None)
    qtbot.addWidget(form)
    combo = form.staff_combo
    assert combo.isEditable() and combo.completer() is not None
    completer = combo.completer()
    completer.setCompletionPrefix("税务")  # a department, or a name, or a staff number
    matches = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert matches and all("税务" in m for m in matches)
    combo.setCurrentText(matches[0])
    assert form.value().staff_id == small.tax_clerk.staff_id
    form.complainant_edit.setText("王先生")
    form.content_edit.setPlainText("态度生硬")
    combo.setCurrentText("没有这个人")
    assert "从列表中选择" in form.problem()


def test_chart_labels_are_not_cut() -> None:
    from clerk_app.ui.supervision.chart import short_names

    names = ["清溪县公安局户政管理科", "清溪县公安局出入境管理大队", "清溪县公安局交通警察大队"]
    labels = short_names(names)
    assert len(set(labels)) == 3 and not any("…" in label for label in labels)
    assert [label.replace("\n", "") for label in labels] == [
        "公安局户政管理科",
        "公安局出入境管理大队",
        "公安局交通警察大队",
    ]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown window
def test_window_titles_do_not_repeat_the_application_name(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    from clerk_app.ui.shell.login import LoginDialog

    login = LoginDialog()
    qtbot.addWidget(login)
    window = MainWindow(sign_on(small.clerk))
    qtbot.addWidget(window)
    for title in (login.windowTitle(), window.windowTitle()):
        assert "窗口办件台" not in title  # the display name the window system adds
    assert login.windowTitle() == "登录"


def test_preview_titles_are_chinese_and_notices_address_a_person_as_you(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    dialog.materials.mark_all_received()
    dialog.confirm_accept = lambda d, due, p: True  # type: ignore[method-assign]
    dialog.accept_button.click()
    (receipt,) = printer.printouts
    assert receipt.title.startswith("受理通知书 ")
    text = pdf_text(receipt.pdf)
    assert "你（单位）" not in text and "你于" in text


def test_a_previewed_ticket_is_not_said_to_be_printed(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, printer: FakePrinter
) -> None:
    tab = FrontDeskTab(sign_on(small.guide))
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.status) as said:
        tab.issue_ticket()
    assert "已打印" not in said.args[0] and "预览" in said.args[0]
    (ticket,) = printer.printouts
    assert ticket.title == "排队号票 A001"  # a Chinese title, not a file name
    assert tab.preview_ticket_button.isEnabled()
    tab.preview_ticket_button.click()  # the preview on demand
    assert len(printer.printouts) == 2


# --- faster: tickets straight to the ticket printer -------------------------------------------


def test_a_ticket_goes_straight_to_the_ticket_printer_and_is_previewed_on_demand(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tasks: object
) -> None:
    from clerk_app.ui.common import print_preview
    from clerk_app.ui.common.printing import PreviewPrintSink
    from clerk_app.ui.ports import Printout

    sent: list[str] = []
    previews: list[str] = []
    monkeypatch.setattr(print_preview, "printer_available", lambda name: name == "TM-T88")
    monkeypatch.setattr(
        print_preview, "print_straight", lambda p, name, _tasks, _done: sent.append(name)
    )
    sink = PreviewPrintSink(tasks, ticket_printer="TM-T88")  # type: ignore[arg-type]
    monkeypatch.setattr(sink, "preview", lambda p, parent=None: previews.append(p.title))
    ticket = Printout(title="排队号票 A001", pdf=b"%PDF", kind="ticket", thermal=True)
    notice = Printout(title="受理通知书 X", pdf=b"%PDF", kind="receipt")
    assert sink.show(ticket) is True and sent == ["TM-T88"] and previews == []
    assert sink.show(notice) is False and previews == ["受理通知书 X"]  # A4: previewed
    elsewhere = PreviewPrintSink(tasks, ticket_printer="not-installed")  # type: ignore[arg-type]
    monkeypatch.setattr(elsewhere, "preview", lambda p, parent=None: previews.append(p.title))
    assert elsewhere.show(ticket) is False and previews[-1] == "排队号票 A001"


# --- faster: the keyboard and the landing tab ---------------------------------------------


def test_enter_or_down_in_the_catalogue_search_goes_into_the_results(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = FrontDeskTab(sign_on(small.guide))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.search_edit.setFocus()
    tab.search_edit.setText("SCJG")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    assert tab.model.rowCount() > 1 and tab.item is not None  # the first result chosen
    tab.search_edit.setFocus()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tab.table


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown window
def test_alt_digits_choose_tabs_f12_lists_the_keys_and_a_supervisor_lands_on_supervision(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    from clerk_app.ui.shell.roles import Tab

    window = MainWindow(sign_on(small.supervisor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.available_tabs[window.tabs.currentIndex()] is Tab.SUPERVISION
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.available_tabs[window.tabs.currentIndex()] is Tab.COUNTER
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.available_tabs[window.tabs.currentIndex()] is Tab.MY_CASES
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    help_dialog = window.help_dialog
    assert help_dialog is not None and help_dialog.isVisible()
    text = help_dialog.table.text()
    for key in ("F1", "F5", "Alt+1", "Ctrl+F", "Ctrl+L", "F12"):
        assert key in text, key
    assert "叫号" in text or "叫下一位" in text
    help_dialog.close()
    window.lock()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.available_tabs[window.tabs.currentIndex()] is Tab.COUNTER  # locked: no
    guide = MainWindow(sign_on(small.guide))
    qtbot.addWidget(guide)
    assert guide.available_tabs[guide.tabs.currentIndex()] is Tab.FRONT_DESK


# --- faster: the waiting list with "call this one", and the service timer -----------------


def test_the_counter_lists_who_waits_and_calls_the_one_chosen_and_times_the_service(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    from clerk_app.ui.counter.panel import CounterTab

    guide = small.guide.actor()
    first = tickets.issue_ticket(ui_ctx, guide, queue_id=small.market_queue)
    clock.advance(minutes=4)
    elderly = tickets.issue_ticket(
        ui_ctx, guide, queue_id=small.market_queue, kind=TicketKind.PRIORITY
    )
    tickets.issue_ticket(ui_ctx, guide, queue_id=small.tax_queue)  # another window's
    clock.advance(minutes=2)
    tab = CounterTab(sign_on(small.clerk))
    qtbot.addWidget(tab)
    tab.refresh()
    model = tab.waiting_model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert [r[0] for r in rows] == [elderly.number, first.number]  # the order F1 calls
    assert rows[1][3] == "6 分钟" and rows[0][3] == "2 分钟"
    assert not tab.call_this_button.isEnabled()  # nobody chosen
    tab.waiting_view.selectRow(1)
    assert tab.call_this_button.isEnabled()
    tab.call_this_button.click()
    assert tab.panel.ticket is not None and tab.panel.ticket.id == first.id
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [elderly.number]
    assert "叫号后" in tab.panel.timer_label.text()
    tab.serve_button.click()
    clock.advance(minutes=3, seconds=5)
    tab.panel.tick()
    assert tab.panel.timer_label.text() == "办理用时 03:05"


def test_a_walk_in_without_a_ticket_is_served_and_counted(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    from clerk_app.domain.tickets import TicketState
    from clerk_app.ui.counter.panel import CounterTab

    tab = CounterTab(sign_on(small.clerk))
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.walk_in_button.isEnabled()
    with qtbot.waitSignal(tab.status) as said:
        tab.walk_in_button.click()
    ticket = tab.panel.ticket
    assert ticket is not None and ticket.state is TicketState.SERVING
    assert ticket.number == "A001" and ticket.number in said.args[0]
    assert tab.intake_button.isEnabled()  # an application can be taken in at once
    assert not tab.walk_in_button.isEnabled()  # one visitor at a time
    assert tickets.get_ticket(ui_ctx, ticket.id).window_id == small.window_a


def test_tabs_carry_badges_of_what_waits_there(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    from clerk_app.ui.shell.roles import Tab

    first_contact.record_and_refer(
        ui_ctx,
        small.guide.actor(),
        visitor_name="王五",
        question="怎么领发票",
        refer_to=ReferTo(small.tax_dept),
    )
    case = accepted_case(ui_ctx, small)
    casework.request_extension(ui_ctx, small.clerk.actor(), case.id, workdays=3, reason="核查")

    def title(window: MainWindow, tab: Tab) -> str:
        return window.tabs.tabText(window.available_tabs.index(tab))

    tax = MainWindow(sign_on(small.tax_clerk))
    qtbot.addWidget(tax)
    assert title(tax, Tab.REFERRALS) == "转办 (1)" and title(tax, Tab.COUNTER) == "窗口"
    boss = MainWindow(sign_on(small.supervisor))
    qtbot.addWidget(boss)
    assert title(boss, Tab.SUPERVISION) == "效能监督 (1)"

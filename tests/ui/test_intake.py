"""收件 from the ticket being served: validation as typed, then every decision."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.domain.cases import CaseAction, CaseState, RefusalGround
from clerk_app.domain.errors import RuleViolation
from clerk_app.domain.validation import id_card_check_char
from clerk_app.services import casework, first_contact, intake_decision, tickets
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import DuplicateRequest
from clerk_app.ui.cases import ops
from clerk_app.ui.cases.decisions import ReferDialog, RefuseDialog
from clerk_app.ui.cases.intake import IntakeDialog
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.session import SignedOn
from tests.helpers.factories import SmallCenter, valid_id_card
from tests.ui.conftest import FakePrinter, pdf_text

GOOD_ID = valid_id_card()
BAD_CHECK = GOOD_ID[:17] + ("0" if GOOD_ID[17] != "0" else "1")


def open_intake(
    qtbot: QtBot, session: SignedOn, ctx: ServiceContext, small: SmallCenter, item_id: str
) -> tuple[CounterTab, IntakeDialog]:
    tickets.issue_ticket(ctx, small.guide.actor(), queue_id=small.market_queue, item_id=item_id)
    tab = CounterTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.call_next()
    assert not tab.intake_button.isEnabled()  # called, not yet being served
    tab.start_serving()
    assert tab.intake_button.isEnabled()
    tab.intake_button.click()
    dialog = tab.intake_dialog
    assert dialog is not None
    return tab, dialog


def fill_person(dialog: IntakeDialog, id_no: str = GOOD_ID) -> None:
    dialog.applicant.edits["name"].setText("张三")
    dialog.applicant.edits["id_no"].setText(id_no)
    dialog.applicant.edits["phone"].setText("13800138000")


def test_a_bad_id_check_digit_is_shown_in_red_next_to_the_field(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    assert dialog.item is not None and dialog.item.id == small.promised_item  # from the ticket
    assert len(dialog.materials.rows) == 3
    fill_person(dialog, BAD_CHECK)
    message = dialog.applicant.messages["id_no"].text()
    assert "校验位" in message and GOOD_ID[17] in message
    assert dialog.applicant.edits["id_no"].property("invalid") is True
    dialog.materials.mark_all_received()
    assert not dialog.accept_button.isEnabled()
    dialog.applicant.edits["id_no"].setText(GOOD_ID)
    assert dialog.applicant.messages["id_no"].text() == ""
    assert dialog.accept_button.isEnabled()
    assert not dialog.on_spot_button.isEnabled()  # a promised item is not completed on the spot
    assert not dialog.tell_button.isEnabled()  # it needs a licence


def test_an_enterprise_needs_a_valid_uscc_and_the_agent(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    dialog.applicant.set_kind("enterprise")
    assert dialog.applicant.edits["agent_name"].isVisibleTo(dialog)
    dialog.applicant.edits["name"].setText("测试县某某餐饮有限公司")
    dialog.applicant.edits["id_no"].setText("91330100MA2ABCDE1X")
    assert "统一社会信用代码" in dialog.applicant.messages["id_no"].text()
    errors = dialog.applicant.errors()
    assert {"id_no", "agent_name", "agent_id_no"} <= set(errors)


def test_accept_shows_the_due_date_first_then_prints_the_receipt(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    dialog.materials.mark_all_received()
    asked: list[tuple[int, date, bool]] = []
    dialog.confirm_accept = lambda d, due, p: asked.append((d, due, p)) or False  # type: ignore[method-assign]
    dialog.accept_button.click()
    assert asked and asked[0][0] == 10
    assert casework.my_cases(ui_ctx, small.clerk.staff_id) == []  # declined: nothing saved
    dialog.confirm_accept = lambda d, due, p: True  # type: ignore[method-assign]
    with qtbot.waitSignal(tab.caseDecided) as decided:
        dialog.accept_button.click()
    case = decided.args[0].case
    assert case.state is CaseState.ACCEPTED and case.due_date == asked[0][1]
    (receipt,) = printer.printouts
    assert receipt.kind == "receipt" and receipt.path is not None and receipt.path.is_file()
    text = pdf_text(receipt.pdf)
    assert case.case_no in text and "10个工作日" in text
    assert tab.intake_dialog is None or not tab.intake_dialog.isVisible()


def test_a_one_time_notice_lists_every_missing_and_deficient_material(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    dialog.materials.mark_all_received()
    assert not dialog.supplement_button.isEnabled()
    dialog.materials.set_status(1, "missing")
    dialog.materials.set_status(2, "deficient")
    assert "请写明" in dialog.materials.rows[2].message.text()
    assert not dialog.supplement_button.isEnabled()  # a deficient material needs its note
    dialog.materials.rows[2].note.setText("缺少法定代表人签字")
    assert dialog.supplement_button.isEnabled() and not dialog.accept_button.isEnabled()
    dialog.supplement_button.click()
    (notice,) = printer.printouts
    assert notice.kind == "supplement_notice"
    text = pdf_text(notice.pdf)
    assert "营业执照" in text and "食品安全管理制度" in text and "法定代表人签字" in text


def test_an_instant_item_is_completed_on_the_spot(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.instant_item)
    fill_person(dialog)
    dialog.materials.mark_all_received()
    assert dialog.on_spot_button.isEnabled() and not dialog.accept_button.isEnabled()
    with qtbot.waitSignal(tab.caseDecided) as decided:
        dialog.on_spot_button.click()
    assert decided.args[0].case.state is CaseState.COMPLETED_ON_SPOT
    assert printer.printouts == []


def test_refusal_out_of_jurisdiction_names_the_agency_and_prints_the_decision(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    dialog.refuse_button.click()
    prompt = dialog.sub_dialog
    assert isinstance(prompt, RefuseDialog) and prompt.isVisible()
    prompt.ground_combo.setCurrentIndex(
        prompt.ground_combo.findData(RefusalGround.OUT_OF_JURISDICTION.value)
    )
    prompt.reason_edit.setPlainText("该事项由县自然资源局办理")
    prompt.ok_button().click()
    assert prompt.isVisible() and "有权受理的机关" in prompt.hint.text()
    assert printer.printouts == []
    prompt.agency_edit.setText("测试县自然资源局")
    prompt.ok_button().click()
    assert not prompt.isVisible()
    (decision,) = printer.printouts
    assert decision.kind == "refusal"
    text = pdf_text(decision.pdf)
    assert "测试县自然资源局" in text and "复议" in text


def refer(dialog: IntakeDialog, department_id: str, window_id: str | None, matter: str) -> None:
    """转办 from the intake form: its own form, filled and sent."""
    dialog.refer_button.click()
    form = dialog.sub_dialog
    assert isinstance(form, ReferDialog) and form.isVisible()
    form.department_combo.setCurrentIndex(form.department_combo.findData(department_id))
    form.window_combo.setCurrentIndex(form.window_combo.findData(window_id))
    form.matter_edit.setPlainText(matter)
    form.ok_button().click()


def test_a_referral_prints_the_guide_slip_and_reaches_the_department(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    refer(dialog, small.tax_dept, small.window_tax, "同时办理发票领用")
    (slip,) = printer.printouts
    assert slip.kind == "referral_slip" and "税务" in pdf_text(slip.pdf)
    (ref,) = first_contact.incoming_referrals(ui_ctx, small.tax_dept)
    assert ref.visitor_name == "张三" and ref.case_id is not None


def test_when_the_decision_fails_the_case_stays_received_and_can_be_finished(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    dialog.materials.mark_all_received()
    dialog.confirm_accept = lambda d, due, p: True  # type: ignore[method-assign]

    def broken(*_a: object, **_k: object) -> None:
        raise RuleViolation("日历数据暂不可用")

    monkeypatch.setitem(intake_decision.DECISIONS, CaseAction.ACCEPT, broken)
    dialog.accept_button.click()
    (case,) = casework.my_cases(ui_ctx, small.clerk.staff_id)
    assert case.state is CaseState.RECEIVED
    text = dialog.message.text()
    assert case.case_no in text and "日历数据暂不可用" in text and "我的办件" in text
    assert not dialog.applicant.isEnabled()  # recorded: the form is locked
    monkeypatch.undo()
    dialog.accept_button.click()  # the received case is accepted, not received again
    (case,) = casework.my_cases(ui_ctx, small.clerk.staff_id)
    assert case.state is CaseState.ACCEPTED
    assert printer.kinds() == ["receipt"]


def test_the_same_request_twice_is_a_duplicate_not_two_cases(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    fill_person(dialog)
    dialog.materials.mark_all_received()
    application = dialog.application()
    assert application is not None
    outcomes: list[object] = []
    for _ in range(2):  # twice with the dialog's request id: a double click
        op = ops.decide(
            dialog.session,
            intake_decision.IntakeDecision(CaseAction.ACCEPT),
            application=application,
            case_id=None,
            request_id=dialog.request_id,
        )
        op.success(outcomes.append).failure(outcomes.append).run()
    assert isinstance(outcomes[1], DuplicateRequest)
    assert len(casework.my_cases(ui_ctx, small.clerk.staff_id)) == 1


def test_the_item_can_be_changed_by_search(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    dialog.search_edit.setText("SCJG-003")
    dialog.search()
    index = next(
        i for i in range(dialog.item_combo.count()) if "SCJG-003" in dialog.item_combo.itemText(i)
    )
    dialog.item_combo.setCurrentIndex(index)
    dialog.item_combo.activated.emit(index)
    assert dialog.item is not None and dialog.item.code == "SCJG-003"
    assert [r.spec.name for r in dialog.materials.rows] == ["补领申请书"]
    assert "3 个工作日" in dialog.item_info.text()


def test_id_check_char_helper_matches_the_domain() -> None:
    assert GOOD_ID[17] == id_card_check_char(GOOD_ID[:17])

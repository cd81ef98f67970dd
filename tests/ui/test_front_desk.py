"""导服: search by pinyin initials, the item guide, tickets of every kind, first contact."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from clerk_app.domain.tickets import TicketKind
from clerk_app.services import first_contact
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.front_desk.first_contact import FirstContactRequest
from clerk_app.ui.front_desk.items_model import COL_NAME
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.session import SignedOn
from tests.helpers.factories import SmallCenter
from tests.ui.conftest import FakePrinter, pdf_text


def _tab(qtbot: QtBot, session: SignedOn) -> FrontDeskTab:
    tab = FrontDeskTab(session)
    qtbot.addWidget(tab)
    return tab


def _names(tab: FrontDeskTab) -> list[str]:
    return [tab.model.index(r, COL_NAME).data() for r in range(tab.model.rowCount())]


def test_pinyin_initials_find_the_business_licence_items(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = _tab(qtbot, sign_on(small.guide))
    assert len(_names(tab)) == 4  # the whole catalogue before anything is typed
    tab.search_edit.setText("yyzz")
    tab.search()
    assert sorted(_names(tab)) == ["个体工商户营业执照变更登记", "营业执照遗失补领"]


def test_the_guide_shows_materials_limits_and_legal_basis(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = _tab(qtbot, sign_on(small.guide))
    tab.search_edit.setText("SCJG-002")
    tab.search()
    assert tab.item is not None and tab.item.name == "食品经营许可证核发"
    text = tab.guide.toPlainText()
    for expected in (
        "食品经营许可申请书",
        "承诺 10 个工作日",
        "法定 20 个工作日",
        "食品安全法",
        "A01 市场监管1号窗口",
    ):
        assert expected in text
    assert tab.queue_combo.currentData() == small.market_queue


def test_a_ticket_is_issued_for_the_item_and_printed(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, printer: FakePrinter
) -> None:
    tab = _tab(qtbot, sign_on(small.guide))
    tab.search_edit.setText("SCJG-002")
    tab.search()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(TicketKind.PRIORITY.value))
    with qtbot.waitSignal(tab.ticketIssued) as issued:
        tab.issue_button.click()
    assert issued.args[0].number == "A001"
    assert issued.args[0].kind is TicketKind.PRIORITY
    assert "A001" in tab.last_ticket.text()
    (ticket,) = printer.printouts
    assert ticket.kind == "ticket" and ticket.thermal
    assert ticket.path is not None and ticket.path.is_file()  # archived with the ticket
    text = pdf_text(ticket.pdf)
    assert "A001" in text and "食品经营许可" in text and "测试县政务服务中心" in text


def test_green_channel_needs_a_reason(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    errors: list[str],
    printer: FakePrinter,
) -> None:
    tab = _tab(qtbot, sign_on(small.guide))
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(TicketKind.GREEN_CHANNEL.value))
    assert tab.reason_edit.isEnabled()
    tab.issue_button.click()
    assert errors == ["绿色通道取号须填写重点项目名称或原因"]
    assert printer.printouts == []
    tab.reason_edit.setText("县重点项目：新能源产业园")
    tab.issue_button.click()
    assert printer.kinds() == ["ticket"]
    assert "绿色通道" in pdf_text(printer.printouts[0].pdf)


def test_a_first_contact_is_referred_and_a_guide_slip_printed(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    tab = _tab(qtbot, sign_on(small.guide))
    tab.search_edit.setText("SW-001")
    tab.search()
    request = FirstContactRequest(
        visitor_name="张三",
        visitor_phone="13800138000",
        question="领用增值税发票",
        answer="",
        refer_to_department=small.tax_dept,
        refer_to_window=small.window_tax,
        print_slip=True,
    )
    with qtbot.waitSignal(tab.firstContactRecorded) as recorded:
        tab.record_first_contact(request)
    assert recorded.args[0].referral_id is not None
    (ref,) = first_contact.my_referrals(ui_ctx, small.guide.staff_id)
    assert ref.visitor_name == "张三" and ref.to_window_code == "B01"
    (slip,) = printer.printouts
    assert slip.kind == "referral_slip" and slip.path is not None and slip.path.is_file()
    text = pdf_text(slip.pdf)
    assert "税务1号窗口" in text and "G001" in text and "张三" in text


def test_a_failed_referral_records_nothing_and_the_retry_records_one_contact(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
    errors: list[str],
) -> None:
    from dataclasses import replace

    from sqlalchemy import func, select

    from clerk_app.store.models import FirstContact

    def contacts() -> int:
        with ui_ctx.db.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(FirstContact)) or 0)

    tab = _tab(qtbot, sign_on(small.guide))
    request = FirstContactRequest(
        visitor_name="张三",
        visitor_phone="",
        question="领用增值税发票",
        answer="",
        refer_to_department="a-department-closed-meanwhile",
        refer_to_window=None,
        print_slip=True,
    )
    tab.record_first_contact(request)
    assert errors == ["找不到接收部门"] and contacts() == 0 and printer.printouts == []
    with qtbot.waitSignal(tab.firstContactRecorded):
        tab.record_first_contact(replace(request, refer_to_department=small.tax_dept))
    assert contacts() == 1 and printer.kinds() == ["referral_slip"]


def test_an_answered_question_about_an_item_prints_a_slip_to_its_department(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, printer: FakePrinter
) -> None:
    tab = _tab(qtbot, sign_on(small.guide))
    tab.search_edit.setText("SW-001")
    tab.search()
    request = FirstContactRequest("李四", "", "领用增值税发票", "请到税务窗口", None, None, True)
    with qtbot.waitSignal(tab.firstContactRecorded) as recorded:
        tab.record_first_contact(request)
    assert recorded.args[0].referral_id is None
    (slip,) = printer.printouts
    assert slip.kind == "referral_slip" and slip.path is None  # belongs to no record
    text = pdf_text(slip.pdf)
    assert "李四" in text and "税务局" in text and "G001" in text


def test_the_first_contact_dialog_asks_for_an_answer_or_a_referral(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    from clerk_app.ui.front_desk.first_contact import FirstContactDialog

    dialog = FirstContactDialog(sign_on(small.guide), None)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("李四")
    dialog.question_edit.setPlainText("咨询社保卡补办")
    dialog.accept()
    assert dialog.result() == 0 and "答复" in dialog.error.text()
    dialog.refer_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.request().refer_to_department is not None

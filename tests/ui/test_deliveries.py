"""待送达 at the counter: a notice the sweep decided is printed and archived from the list
and its delivery recorded; the refusal prompt offers the item's standard reasons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clerk_app.services import oversight
from clerk_app.services.auth import Badge
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.deliveries import DeliveryMethod
from clerk_app.store.models import NoticeDelivery
from clerk_app.ui.cases.decisions import RefuseDialog
from clerk_app.ui.session import SignedOn
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter
from tests.ui.conftest import FakePrinter, pdf_text
from tests.ui.test_my_cases import accepted_case, my_tab


def test_a_deemed_approval_is_printed_and_delivered_from_the_list(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    printer: FakePrinter,
) -> None:
    clock.set_day(date(2026, 11, 2))
    case = accepted_case(ui_ctx, small, small.deemed_item)
    clock.set_day(date(2026, 11, 9))
    oversight.sweep(ui_ctx, Actor.system())
    tab = my_tab(qtbot, sign_on(small.clerk_b))  # any clerk of the department
    panel = tab.deliveries
    assert panel.model.rowCount() == 1 and "1" in panel.title.text()
    assert not panel.print_button.isEnabled()
    panel.table.selectRow(0)
    panel.print_button.click()
    (printout,) = printer.printouts
    assert printout.kind == "deemed_approval_notice" and case.case_no in pdf_text(printout.pdf)
    assert panel.model.row_at(0).printed
    panel.table.selectRow(0)
    panel.deliver_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(DeliveryMethod.SMS.value))
    dialog.ok_button().click()  # an SMS needs its note: the dialog stays open
    assert dialog.isVisible() and dialog.field_errors["delivery_note"].isVisible()
    dialog.note_edit.setPlainText("已短信告知结果领取方式")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert panel.model.rowCount() == 0
    with ui_ctx.db.read_sessions() as s:
        row = s.scalars(select(NoticeDelivery)).one()
    assert (row.method, row.delivered_on) == ("sms", date(2026, 11, 9))


def test_the_refusal_prompt_starts_from_a_standard_reason(qtbot: QtBot) -> None:
    dialog = RefuseDialog(standard_reasons=("申请事项不属于本机关职权范围", "申请人不具备主体资格"))
    qtbot.addWidget(dialog)
    dialog.standard_combo.setCurrentIndex(2)
    assert dialog.reason_edit.toPlainText() == "申请人不具备主体资格"
    dialog.reason_edit.setPlainText("申请人不具备主体资格；营业执照已被吊销")
    dialog.standard_combo.setCurrentIndex(1)  # another standard reason keeps the free text
    assert dialog.reason_edit.toPlainText() == "申请事项不属于本机关职权范围；营业执照已被吊销"


def test_the_front_desk_prints_the_guide_of_the_chosen_item(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    printer: FakePrinter,
) -> None:
    from clerk_app.ui.front_desk.panel import FrontDeskTab

    tab = FrontDeskTab(sign_on(small.guide))
    qtbot.addWidget(tab)
    assert not tab.print_guide_button.isEnabled()
    tab.search_edit.setText("SCJG-002")
    tab.search()
    tab.table.selectRow(0)
    assert tab.print_guide_button.isEnabled()
    tab.print_guide_button.click()
    (printout,) = printer.printouts
    assert printout.kind == "item_guide"
    text = pdf_text(printout.pdf)
    assert "办事指南" in text and "食品经营许可证核发" in text


def test_my_cases_tab_carries_a_badge_for_deliveries_waiting(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    from clerk_app.ui.shell.main_window import MainWindow
    from clerk_app.ui.shell.roles import Tab

    def title(window: MainWindow) -> str:
        return window.tabs.tabText(window.available_tabs.index(Tab.MY_CASES))

    clock.set_day(date(2026, 11, 2))
    accepted_case(ui_ctx, small, small.deemed_item)
    before = MainWindow(sign_on(small.clerk_b))
    qtbot.addWidget(before)
    qtbot.waitUntil(lambda: "my_cases" in before.badges)
    assert "(" not in title(before)  # nothing waits yet
    clock.set_day(date(2026, 11, 9))
    oversight.sweep(ui_ctx, Actor.system())  # a deemed approval: its notice waits
    clerk = MainWindow(sign_on(small.clerk_b))
    qtbot.addWidget(clerk)
    qtbot.waitUntil(lambda: title(clerk).endswith("(1)"))
    tax = MainWindow(sign_on(small.tax_clerk))  # another department's notice: no badge
    qtbot.addWidget(tax)
    qtbot.waitUntil(lambda: "my_cases" in tax.badges)
    assert tax.badges["my_cases"] == 0 and "(" not in title(tax)

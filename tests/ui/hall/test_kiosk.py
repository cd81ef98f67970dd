"""The ticket kiosk: a visitor takes a normal ticket for an item, it prints at once, and
a counter then calls it; the kiosk cannot be left without an administrator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.tickets import TicketKind
from clerk_app.services import hall, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.ui.hall.kiosk import UNLOCK_TAPS, Kiosk
from clerk_app.ui.tasks import Tasks
from tests.helpers.factories import PASSWORD, SmallCenter
from tests.ui.conftest import FakePrinter, pdf_text


@pytest.fixture
def kiosk(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks, printer: FakePrinter
) -> Kiosk:
    widget = Kiosk(tasks, ui_ctx, printer)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


def _button(grid, text: str):  # type: ignore[no-untyped-def]
    for i in range(grid.count()):
        widget = grid.itemAt(i).widget()
        if widget is not None and widget.text().replace("\n", "") == text:
            return widget
    raise AssertionError(f"no button {text!r}")


def test_a_kiosk_ticket_prints_and_a_counter_calls_it(
    kiosk: Kiosk, ui_ctx: ServiceContext, small: SmallCenter, printer: FakePrinter, qtbot: QtBot
) -> None:
    assert [d.name for d in kiosk.menu] == ["测试县市场监督管理局", "国家税务总局测试县税务局"]
    _button(kiosk.department_grid, "测试县市场监督管理局").click()
    assert kiosk.pages.currentIndex() == Kiosk.ITEMS
    _button(kiosk.item_grid, "食品经营许可证核发").click()
    assert kiosk.pages.currentIndex() == Kiosk.CONFIRM
    with qtbot.waitSignal(kiosk.issued) as issued:
        kiosk.take_button.click()
    ticket = issued.args[0]
    assert ticket.number == "A001" and ticket.kind is TicketKind.NORMAL
    assert kiosk.pages.currentIndex() == Kiosk.TICKET
    assert kiosk.number.text() == "A001"
    assert printer.kinds() == ["ticket"]
    text = pdf_text(printer.printouts[0].pdf)
    assert "A001" in text and "食品经营许可证核发" in text

    called = tickets.call_next(ui_ctx, small.clerk.actor(), window_id=small.window_a)
    assert called is not None and called.id == ticket.id

    kiosk.take()  # pressed again on the same page: the same ticket, not a second one
    assert len(printer.printouts) <= 2
    assert tickets.window_queues(ui_ctx, small.window_a)[0].waiting == 0


def test_priority_and_green_channel_stay_with_the_front_desk(
    ui_ctx: ServiceContext, small: SmallCenter
) -> None:
    for kind in (TicketKind.PRIORITY, TicketKind.GREEN_CHANNEL):
        with pytest.raises(PermissionDenied, match="导服台"):
            tickets.issue_ticket(
                ui_ctx, hall.kiosk_actor(), queue_id=small.market_queue, kind=kind, reason="x"
            )


def test_the_kiosk_cannot_be_left_without_an_administrator(
    kiosk: Kiosk, qtbot: QtBot, small: SmallCenter
) -> None:
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.close()
    assert kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()

    for _ in range(UNLOCK_TAPS):
        qtbot.mouseClick(kiosk.title, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == Kiosk.ADMIN
    kiosk.admin_no.setText("G001")  # a guide may not
    kiosk.admin_password.setText(PASSWORD)
    kiosk.unlock()
    assert "系统管理员" in kiosk.admin_refusal.text()
    assert kiosk.isVisible()

    kiosk.admin_no.setText("ADM1")
    kiosk.admin_password.setText(PASSWORD)
    with qtbot.waitSignal(kiosk.exitRequested):
        kiosk.unlock()
    assert not kiosk.isVisible()


def test_a_mobile_number_may_be_left_and_a_wrong_one_is_refused_on_the_page(
    kiosk: Kiosk, ui_ctx: ServiceContext, small: SmallCenter, qtbot: QtBot
) -> None:
    kiosk.choose_department(kiosk.menu[1])
    _button(kiosk.item_grid, "增值税发票领用").click()
    for key in "1380013":
        kiosk._key(key)
    kiosk.take_button.click()
    assert kiosk.pages.currentIndex() == Kiosk.CONFIRM
    assert "11位" in kiosk.confirm_refusal.text()
    for key in "8000":
        kiosk._key(key)
    assert kiosk.mobile.text() == "13800138000"
    with qtbot.waitSignal(kiosk.issued) as issued:
        kiosk.take_button.click()
    from clerk_app.store.models import Ticket

    with ui_ctx.db.read_sessions() as s:
        row = s.get(Ticket, issued.args[0].id)
        assert row is not None and row.mobile == "13800138000"

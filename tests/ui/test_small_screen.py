"""Every window and dialog fits the smallest counter screen (1366×768 less a taskbar): the
content scrolls inside, the buttons that decide something are always on the screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from clerk_app import printing
from clerk_app.printing.samples import example_documents
from clerk_app.services import board
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.cases.case_details import CaseDetailsDialog
from clerk_app.ui.common.print_preview import PrintPreviewDialog
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.screen import FRAME, available_area, set_available_area
from clerk_app.ui.front_desk.first_contact import FirstContactDialog
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.shell.roles import Tab
from clerk_app.ui.supervision.dialogs import FileComplaintDialog
from clerk_app.ui.tasks import Tasks
from tests.helpers.factories import SmallCenter, add_joint_item
from tests.ui.test_intake import fill_person, open_intake
from tests.ui.test_my_cases import accepted_case

SCREEN = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px taskbar


@pytest.fixture(autouse=True)
def small_screen() -> Iterator[QRect]:
    set_available_area(SCREEN)
    yield SCREEN
    set_available_area(None)


def _scrolled_away(button: QWidget, window: QWidget) -> bool:
    """Whether the button sits inside a scrolling area (it may be out of sight)."""
    parent = button.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(qtbot: QtBot, window: QWidget, *decisive: QAbstractButton) -> None:
    """The window's frame fits the screen, and every visible button outside a scrolling
    area (and each of ``decisive``, which must be visible) lies wholly inside the window."""
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    area = available_area(window)
    assert window.width() + FRAME[0] <= area.width(), window.size()
    assert window.height() + FRAME[1] <= area.height(), window.size()
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    for button in decisive:
        assert button in buttons, button.text()
        assert not _scrolled_away(button, window), button.text()
    inside = window.rect()
    for button in buttons:
        if _scrolled_away(button, window):
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert inside.contains(rect), (button.text(), rect, inside)


def test_the_helper_reads_the_screen_unless_told(qapp: QApplication) -> None:
    assert available_area() == SCREEN
    set_available_area(None)
    screen = qapp.primaryScreen()
    assert screen is not None
    assert available_area() == screen.availableGeometry()


def test_the_intake_dialog_fits_with_its_decisions_in_sight(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    item_id = add_joint_item(ui_ctx, small)
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, item_id)
    fill_person(dialog)
    assert_fits(qtbot, dialog, *dialog.decision_buttons(), dialog.close_button)


@pytest.mark.parametrize("kind", ["ticket", "receipt"])
def test_print_preview_fits_with_its_buttons(qtbot: QtBot, tasks: Tasks, kind: str) -> None:
    doc = example_documents(date(2026, 9, 28))[kind]
    printout = Printout(title=kind, pdf=printing.render(doc), kind=kind, thermal=kind == "ticket")
    dialog = PrintPreviewDialog(printout, tasks)
    qtbot.addWidget(dialog)
    assert_fits(qtbot, dialog, dialog.print_button)


def test_case_details_fit(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    session = sign_on(small.clerk)
    case = accepted_case(ui_ctx, small, add_joint_item(ui_ctx, small))
    printer = DocumentPrinter(session.ctx, session.actor, session.tasks, session.app.printer)
    dialog = CaseDetailsDialog(session, printer, case)
    qtbot.addWidget(dialog)
    assert_fits(qtbot, dialog, dialog.reprint_button, dialog.complete_step_button)


def test_the_front_desk_with_an_item_chosen_fits(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    window = MainWindow(sign_on(small.guide))
    qtbot.addWidget(window)
    front = window.tab(Tab.FRONT_DESK)
    assert isinstance(front, FrontDeskTab)
    window.tabs.setCurrentWidget(front)
    assert_fits(qtbot, window, front.issue_button, front.first_contact_button)
    front.search_edit.setText("")
    front.search()
    for row in range(front.model.rowCount()):  # the longest guide, one after the other
        front.table.selectRow(row)
        assert front.item is not None
        assert_fits(qtbot, window, front.issue_button, front.first_contact_button)


@pytest.mark.parametrize("who", ["clerk", "supervisor", "guide"])
def test_every_tab_of_the_main_window_fits(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, who: str
) -> None:
    window = MainWindow(sign_on(getattr(small, who)))
    qtbot.addWidget(window)
    for tab in window.available_tabs:
        window.tabs.setCurrentWidget(window.tab(tab))
        assert_fits(qtbot, window, window.sign_out_button, window.lock_button)


def test_the_small_forms_fit(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    session = sign_on(small.guide)
    first = FirstContactDialog(session, None)
    qtbot.addWidget(first)
    assert_fits(qtbot, first)
    complaint = FileComplaintDialog(board.names(ui_ctx), None)
    qtbot.addWidget(complaint)
    assert_fits(qtbot, complaint, *complaint.buttons.buttons())


def test_the_calendar_maintenance_fits(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    from clerk_app.ui.supervision.calendar import CalendarDialog

    dialog = CalendarDialog(sign_on(small.supervisor), None)
    qtbot.addWidget(dialog)
    assert_fits(qtbot, dialog, dialog.preview_button, dialog.apply_button)

"""The traps a clerk, a guide and a supervisor fell into at the counter (issue 13), each
driven as the clerk would: keys, buttons, the lock screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.services import casework
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.cases.case_details import CaseDetailsDialog
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell.main_window import MainWindow
from tests.helpers.factories import PASSWORD, SmallCenter
from tests.ui.conftest import FakePrinter
from tests.ui.test_intake import fill_person, open_intake
from tests.ui.test_my_cases import accepted_case

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

"""The traps a clerk, a guide and a supervisor fell into at the counter (issue 13), each
driven as the clerk would: keys, buttons, the lock screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.services import casework
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.session import SignedOn
from tests.helpers.factories import SmallCenter
from tests.ui.conftest import FakePrinter
from tests.ui.test_intake import fill_person, open_intake

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

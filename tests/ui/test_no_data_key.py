"""A workstation without a data key: the main window says so in a persistent line, and an
intake with an ID number is refused at the ID field with nothing saved."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from clerk_app.services import casework
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.store.sealed import install_key
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell.main_window import MainWindow
from tests.helpers.factories import SmallCenter
from tests.ui.test_intake import fill_person, open_intake


def test_the_main_window_warns_for_as_long_as_there_is_no_data_key(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    window = MainWindow(sign_on(small.clerk))
    qtbot.addWidget(window)
    window.show()
    assert not window.key_warning.isVisible()  # the tests' workstation holds the key
    install_key(None)
    without = MainWindow(sign_on(small.clerk))
    qtbot.addWidget(without)
    without.show()
    assert without.key_warning.isVisible()
    assert "本机没有数据密钥" in without.key_warning.text()
    assert without.key_warning.objectName() == "dataKeyWarning"


def test_an_intake_without_a_data_key_is_refused_at_the_id_field_and_nothing_is_saved(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)
    install_key(None)
    fill_person(dialog)
    dialog.materials.mark_all_received()
    dialog.confirm_accept = lambda d, due, p: True  # type: ignore[method-assign]
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: "本机没有数据密钥" in dialog.message.text())
    assert "本机没有数据密钥" in dialog.applicant.messages["id_no"].text()
    assert dialog.applicant.edits["id_no"].text()  # what was typed stays
    assert casework.my_cases(ui_ctx, small.clerk.staff_id) == []

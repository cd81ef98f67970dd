"""Chinese by default; English with --lang en through the committed .qm file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.ui.dialogs.login import LoginDialog
from clerk_app.ui.i18n import install_translators, remove_translators
from clerk_app.ui.ports import CenterInfo
from clerk_app.ui.session import AppServices
from clerk_app.ui.widgets.item_guide import ItemGuideView


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_chinese_is_the_default(
    qtbot: QtBot, app_services: AppServices, center_info: CenterInfo
) -> None:
    dialog = LoginDialog(app_services, center_info)
    qtbot.addWidget(dialog)
    assert dialog.login_button.text() == "登录"


def test_english_comes_from_the_translation_file(
    qtbot: QtBot, english: None, app_services: AppServices, center_info: CenterInfo
) -> None:
    dialog = LoginDialog(app_services, center_info)
    qtbot.addWidget(dialog)
    assert dialog.login_button.text() == "Sign in"
    assert dialog.windowTitle() == "Clerk Desk — Sign in"
    guide = ItemGuideView()
    qtbot.addWidget(guide)
    assert "pinyin initials" in guide.toPlainText()


def test_an_unknown_language_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        install_translators(qapp, "fr")

"""Chinese by default; English with --lang en through the committed .qm file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.ui.front_desk.item_guide import ItemGuideView
from clerk_app.ui.i18n import install_translators, remove_translators
from clerk_app.ui.ports import CenterInfo
from clerk_app.ui.session import AppServices
from clerk_app.ui.shell.login import LoginDialog


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
    assert dialog.windowTitle() == "Sign in"  # " — Clerk Desk" is the display name
    guide = ItemGuideView()
    qtbot.addWidget(guide)
    assert "pinyin initials" in guide.toPlainText()


def test_an_unknown_language_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        install_translators(qapp, "fr")


def _han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_counter_screens_are_all_english(
    qtbot: QtBot, english: None, sign_on: object, small: object, ui_ctx: object
) -> None:
    from PySide6.QtWidgets import QPushButton

    from clerk_app.services import tickets
    from clerk_app.ui.counter.panel import CounterTab
    from clerk_app.ui.shell.main_window import MainWindow

    session = sign_on(small.supervisor)  # type: ignore[attr-defined, operator]
    window = MainWindow(session)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "My cases" in titles and not any(_han(t) for t in titles)
    clerk = sign_on(small.clerk)  # type: ignore[attr-defined, operator]
    tickets.issue_ticket(
        ui_ctx,  # type: ignore[arg-type]
        small.guide.actor(),  # type: ignore[attr-defined]
        queue_id=small.market_queue,  # type: ignore[attr-defined]
        item_id=small.promised_item,  # type: ignore[attr-defined]
    )
    counter = CounterTab(clerk)
    qtbot.addWidget(counter)
    counter.refresh()
    counter.call_next()
    counter.start_serving()
    counter.intake()
    dialog = counter.intake_dialog
    assert dialog is not None
    texts = [b.text() for w in (window, counter, dialog) for b in w.findChildren(QPushButton)]
    assert "Accept and print receipt" in texts
    assert [t for t in texts if _han(t)] == []
    assert dialog.applicant.labels["id_no"].text() == "ID card number *"
    dialog.reject()


def test_the_sync_status_line_follows_the_interface_language(english: None) -> None:
    from datetime import datetime

    from clerk_app.domain.clock import SHANGHAI
    from clerk_app.sync.engine import SyncStatus
    from clerk_app.ui.sync_status import status_text

    offline = SyncStatus(
        online=False,
        offline_since=datetime(2026, 11, 27, 10, 5, tzinfo=SHANGHAI),
        waiting=3,
        last_sync=None,
        conflicts=1,
        error="connection refused",
    )
    assert status_text(offline) == "Offline (since 10:05) · 3 waiting · 1 conflicts"

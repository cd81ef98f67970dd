"""The connection settings dialog: host, port, database, user and workstation go to
settings.json; the password to the keyring and nowhere else; no keyring, nothing saved."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from clerk_app import config
from clerk_app.services.auth import Badge
from clerk_app.sync.settings import KEYRING_SERVICE, CentralSettings
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.shell.central_settings import CentralSettingsDialog
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.tasks import Tasks
from tests.helpers.databases import PG_SERVER_URL, require_pg
from tests.helpers.factories import SmallCenter
from tests.helpers.keyring_backend import MemoryKeyring

SECRET = "Zentral-Geheim-7731"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def settings(tmp_path: Path) -> config.Settings:
    return config.Settings(data_dir=tmp_path / "data", workstation="WS-OLD")


def _dialog(qtbot: QtBot, tasks: Tasks, settings: config.Settings) -> CentralSettingsDialog:
    dialog = CentralSettingsDialog(tasks, settings)
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog: CentralSettingsDialog, password: str = SECRET) -> None:
    dialog.host_edit.setText("10.12.0.5")
    dialog.port_spin.setValue(6432)
    dialog.database_edit.setText("clerk_central")
    dialog.user_edit.setText("ws_a01")
    dialog.workstation_edit.setText("WS-A01")
    dialog.password_edit.setText(password)


def test_saving_puts_the_password_in_the_keyring_and_never_in_the_settings_file(
    qtbot: QtBot, tasks: Tasks, settings: config.Settings, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, tasks, settings)
    _fill(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save()
    stored = (settings.data_dir / config.SETTINGS_FILE).read_text(encoding="utf-8")
    assert SECRET not in stored
    raw = json.loads(stored)
    assert raw["central"] == {
        "host": "10.12.0.5",
        "port": 6432,
        "database": "clerk_central",
        "user": "ws_a01",
    }
    assert raw["workstation"] == "WS-A01"
    central = CentralSettings.from_dict(raw["central"])
    assert memory_keyring.items == {(KEYRING_SERVICE, central.keyring_user): SECRET}
    reloaded = config.load(settings.data_dir)
    assert reloaded.central["host"] == "10.12.0.5" and reloaded.workstation == "WS-A01"
    assert dialog.password_edit.text() == ""


def test_a_locked_keyring_is_told_and_nothing_is_saved(
    qtbot: QtBot, tasks: Tasks, settings: config.Settings, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.locked = True
    dialog = _dialog(qtbot, tasks, settings)
    _fill(dialog)
    dialog.save()
    assert "密钥环已锁定" in dialog.message.text()
    assert not (settings.data_dir / config.SETTINGS_FILE).exists()
    assert memory_keyring.items == {}


def test_without_a_keyring_the_password_is_refused_not_written_in_plaintext(
    qtbot: QtBot, tasks: Tasks, settings: config.Settings, no_keyring: None
) -> None:
    dialog = _dialog(qtbot, tasks, settings)
    _fill(dialog)
    dialog.save()
    assert "没有可用的系统密钥环" in dialog.message.text()
    assert not (settings.data_dir / config.SETTINGS_FILE).exists()
    assert all(SECRET not in p.read_text() for p in settings.data_dir.parent.rglob("*.json"))


def test_an_empty_host_means_standalone_and_leaves_the_keyring_alone(
    qtbot: QtBot, tasks: Tasks, tmp_path: Path, no_keyring: None
) -> None:
    settings = config.Settings(
        data_dir=tmp_path / "data", workstation="WS-A01", central={"host": "10.0.0.1"}
    )
    dialog = _dialog(qtbot, tasks, settings)
    assert dialog.host_edit.text() == "10.0.0.1"
    dialog.host_edit.clear()
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save()
    assert config.load(settings.data_dir).central == {}


def test_a_workstation_code_with_spaces_is_refused(
    qtbot: QtBot, tasks: Tasks, settings: config.Settings, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, tasks, settings)
    _fill(dialog)
    dialog.workstation_edit.setText("A 01")
    dialog.save()
    assert "工作站编号" in dialog.message.text()
    assert not (settings.data_dir / config.SETTINGS_FILE).exists()


def test_testing_the_connection_says_whether_the_central_answers(
    qtbot: QtBot, tasks: Tasks, settings: config.Settings, memory_keyring: MemoryKeyring
) -> None:
    require_pg()
    from sqlalchemy.engine import make_url

    server = make_url(PG_SERVER_URL)
    dialog = _dialog(qtbot, tasks, settings)
    dialog.host_edit.setText(server.host or "127.0.0.1")
    dialog.port_spin.setValue(server.port or 5432)
    dialog.user_edit.setText(server.username or "")
    dialog.database_edit.setText("clerk_no_such_database")
    dialog.password_edit.setText(server.password or "x")
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as blocker:
        dialog.test_connection()
    assert blocker.args is not None and not blocker.args[0].ok
    assert "数据库" in dialog.message.text()
    assert memory_keyring.items == {}  # testing stores nothing
    assert not (settings.data_dir / config.SETTINGS_FILE).exists()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, modal open()
def test_only_an_administrator_gets_the_connection_settings(
    qtbot: QtBot,
    app_services: AppServices,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    settings: config.Settings,
    memory_keyring: MemoryKeyring,
) -> None:
    app_services.config = settings
    clerk = MainWindow(sign_on(small.clerk))
    admin = MainWindow(sign_on(small.admin))
    qtbot.addWidget(clerk)
    qtbot.addWidget(admin)
    assert clerk.settings_button is None
    assert admin.settings_button is not None
    admin.settings_button.click()
    dialog = admin.settings_dialog
    assert dialog is not None and dialog.workstation_edit.text() == "WS-OLD"
    _fill(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.save()
    assert app_services.config is not None and app_services.config.workstation == "WS-A01"
    assert "重新启动" in admin.statusBar().currentMessage()


def test_the_dialog_speaks_english_with_lang_en(
    qtbot: QtBot, qapp: object, tasks: Tasks, settings: config.Settings
) -> None:
    from clerk_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")  # type: ignore[arg-type]
    try:
        dialog = _dialog(qtbot, tasks, settings)
        assert dialog.test_button.text() == "Test connection"
        assert dialog.windowTitle() == "Central database connection"
    finally:
        remove_translators(qapp, translators)  # type: ignore[arg-type]

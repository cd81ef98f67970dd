"""Login with staff number and password, the badge, the tabs each role sees, the lock screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app import config
from clerk_app.app import compose
from clerk_app.services import board
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.ports import CenterInfo
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.shell.login import LoginDialog
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.shell.roles import Tab
from clerk_app.ui.tasks import Tasks
from tests.helpers.factories import PASSWORD, SmallCenter
from tests.ui.conftest import FakePrinter
from tests.ui.manual_timer import ManualTimer


def _login(
    qtbot: QtBot,
    app: AppServices,
    center: CenterInfo,
    staff_no: str,
    password: str,
    window_code: str | None = None,
) -> LoginDialog:
    dialog = LoginDialog(app, center)
    qtbot.addWidget(dialog)
    dialog.staff_edit.setText(staff_no)
    dialog.password_edit.setText(password)
    if window_code is not None:
        index = next(
            i
            for i in range(dialog.window_combo.count())
            if dialog.window_combo.itemText(i).startswith(window_code)
        )
        dialog.window_combo.setCurrentIndex(index)
    dialog.log_in()
    return dialog


def test_a_clerk_signs_on_at_a_window(
    qtbot: QtBot, app_services: AppServices, center_info: CenterInfo, small: SmallCenter
) -> None:
    dialog = _login(qtbot, app_services, center_info, "C001", PASSWORD, "A02")
    assert dialog.badge is not None
    assert dialog.badge.name == "李窗口"
    assert dialog.badge.window_id == small.window_b


def test_a_wrong_password_is_told_with_the_attempts_left(
    qtbot: QtBot, app_services: AppServices, center_info: CenterInfo, small: SmallCenter
) -> None:
    dialog = _login(qtbot, app_services, center_info, "C001", "wrong-password", "A01")
    assert dialog.badge is None
    assert "工号或密码错误" in dialog.error.text()
    assert "4" in dialog.error.text()
    assert dialog.password_edit.text() == ""


def test_a_clerk_must_choose_a_window(
    qtbot: QtBot, app_services: AppServices, center_info: CenterInfo, small: SmallCenter
) -> None:
    dialog = _login(qtbot, app_services, center_info, "C001", PASSWORD)
    assert dialog.badge is None
    assert "窗口" in dialog.error.text()


def _window(
    qtbot: QtBot, session: SignedOn, errors: list[str], idle_timer: ManualTimer | None = None
) -> MainWindow:
    window = MainWindow(session, idle_timer=idle_timer)
    qtbot.addWidget(window)
    session.tasks.set_error_reporter(errors.append)
    return window


def test_the_badge_shows_who_serves_at_which_window(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, errors: list[str]
) -> None:
    window = _window(qtbot, sign_on(small.clerk), errors)
    assert "李窗口" in window.badge.name_label.text()
    assert "C001" in window.badge.detail_label.text()
    assert "市场监督管理局" in window.badge.detail_label.text()
    assert window.badge.window_label.text().startswith("A01")
    assert window.badge.avatar.text() == "窗口"


def test_roles_decide_the_tabs(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, errors: list[str]
) -> None:
    guide = _window(qtbot, sign_on(small.guide), errors)
    clerk = _window(qtbot, sign_on(small.clerk), errors)
    supervisor = _window(qtbot, sign_on(small.supervisor), errors)
    assert set(guide.available_tabs) == {Tab.FRONT_DESK, Tab.REFERRALS}
    assert set(clerk.available_tabs) == {Tab.FRONT_DESK, Tab.COUNTER, Tab.MY_CASES, Tab.REFERRALS}
    assert Tab.SUPERVISION in supervisor.available_tabs
    assert Tab.SUPERVISION not in clerk.available_tabs


def test_the_screen_locks_when_idle_and_asks_the_password_again(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, errors: list[str]
) -> None:
    window = _window(qtbot, sign_on(small.clerk), errors)
    assert window.idle.timer.interval() == 5 * 60_000  # the configured idle time
    window.idle.timer.timeout.emit()
    assert window.locked
    window.lock_screen.password_edit.setText("not-it")
    window.lock_screen.unlock()
    assert window.locked
    assert "密码错误" in window.lock_screen.error.text()
    window.lock_screen.password_edit.setText(PASSWORD)
    window.lock_screen.unlock()
    assert not window.locked


def test_signing_out_from_the_lock_screen(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, errors: list[str]
) -> None:
    window = _window(qtbot, sign_on(small.guide), errors)
    window.lock()
    with qtbot.waitSignal(window.signedOut, timeout=1000):
        window.lock_screen.signOut.emit()


def test_enter_pressed_before_the_services_arrive_signs_on_when_they_do(
    qtbot: QtBot, app_services: AppServices, center_info: CenterInfo, small: SmallCenter
) -> None:
    dialog = LoginDialog(title="窗口办件台")  # the first window of a start: no services yet
    qtbot.addWidget(dialog)
    dialog.staff_edit.setText("G001")
    dialog.password_edit.setText(PASSWORD)
    dialog.log_in()
    assert dialog.badge is None
    assert "正在启动" in dialog.error.text()
    assert dialog.password_edit.text() == PASSWORD  # nothing typed is lost meanwhile
    with qtbot.waitSignal(dialog.signedOn) as signed:
        dialog.attach(app_services, center_info)
    assert signed.args[0].staff_no == "G001"
    assert dialog.title.text() == center_info.name
    assert dialog.window_combo.count() > 1  # the windows are listed too


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown window
def test_only_the_first_tab_is_built_at_sign_on_and_the_others_when_wanted(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, errors: list[str]
) -> None:
    window = _window(qtbot, sign_on(small.clerk), errors)
    assert window.available_tabs[0] is Tab.COUNTER
    assert set(window.tab_widgets) == {Tab.COUNTER}
    assert window.tabs.currentWidget() is window.tab_widgets[Tab.COUNTER]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["窗口", "我的办件", "导服", "转办"]  # every tab is offered at once
    window.tabs.setCurrentIndex(window.available_tabs.index(Tab.FRONT_DESK))  # the clerk's click
    assert Tab.FRONT_DESK in window.tab_widgets
    assert window.tabs.currentWidget() is window.tab_widgets[Tab.FRONT_DESK]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    window.show()
    qtbot.waitUntil(lambda: set(window.tab_widgets) == set(window.available_tabs), timeout=5000)
    assert window.tabs.currentWidget() is window.tab_widgets[Tab.FRONT_DESK]  # left as chosen
    assert errors == []


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown window
def test_input_restarts_the_idle_count_once_the_watcher_listens(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, errors: list[str]
) -> None:
    timer = ManualTimer()  # the five minutes pass on a clock moved by hand
    window = _window(qtbot, sign_on(small.clerk), errors, idle_timer=timer)
    window.show()
    qtbot.waitUntil(lambda: window.idle.listening, timeout=5000)
    assert timer.isActive() and timer.interval() == 5 * 60_000
    for _ in range(8):  # typing every four minutes: never quiet for five
        timer.advance(minutes=4)
        qtbot.keyClick(window.lookup_edit, Qt.Key.Key_A)
    assert not window.locked
    assert timer.remainingTime() == 5 * 60_000  # the last key started the count again
    timer.advance(minutes=5)  # then quiet: it locks
    assert window.locked


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown dialog
def test_a_database_without_a_center_puts_the_early_login_away_for_the_first_run(
    qtbot: QtBot, ui_ctx: ServiceContext, tasks: Tasks, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = LoginDialog(title="窗口办件台")
    qtbot.addWidget(early)
    early.show()
    shell = compose(ui_ctx, tasks=tasks, printer=FakePrinter(), sweep_minutes=0)
    offered: list[bool] = []
    monkeypatch.setattr(shell, "first_run", lambda: offered.append(True))
    shell.start(early)
    assert offered == [True]  # create a center or load the demo
    assert not early.isVisible()
    assert shell.login is None


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown dialog
def test_the_shell_takes_over_the_early_login_with_what_was_typed(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks
) -> None:
    early = LoginDialog(title="窗口办件台")
    qtbot.addWidget(early)
    early.show()
    early.staff_edit.setText("C001")
    shell = compose(ui_ctx, tasks=tasks, printer=FakePrinter(), sweep_minutes=0)
    shell.start(early)
    assert shell.login is early
    assert early.isVisible()
    assert early.staff_edit.text() == "C001"
    assert early.title.text() == "测试县政务服务中心"
    assert shell.login_status is not None and shell.login_status.text() == "单机运行"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown windows
def test_the_workstation_offers_the_window_it_last_signed_on_at_until_signed_off(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks, tmp_path: Path
) -> None:
    settings = config.Settings(data_dir=tmp_path / "ws")
    shell = compose(ui_ctx, tasks=tasks, printer=FakePrinter(), sweep_minutes=0, settings=settings)
    shell.start()
    login = shell.login
    assert login is not None
    qtbot.addWidget(login)
    assert login.window_combo.currentData() is None  # nothing remembered yet
    login.staff_edit.setText("C001")
    login.password_edit.setText(PASSWORD)
    login.window_combo.setCurrentIndex(login.window_combo.findData(small.window_b))
    with qtbot.waitSignal(shell.mainWindowShown) as shown:
        login.log_in()
    window = shown.args[0]
    qtbot.addWidget(window)
    assert config.load(tmp_path / "ws").last_window_id == small.window_b
    (at_b,) = [w for w in board.windows_board(ui_ctx) if w.window_id == small.window_b]
    assert at_b.clerk_name == "李窗口"
    with qtbot.waitSignal(shell.loginShown) as again:
        window.sign_out()
    # Signed off: the window is free on the board, and the next clerk (a supervisor, say)
    # is not placed at it.
    (at_b,) = [w for w in board.windows_board(ui_ctx) if w.window_id == small.window_b]
    assert at_b.clerk_name == ""
    assert again.args[0].window_combo.currentData() is None
    assert config.load(tmp_path / "ws").last_window_id == ""


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown windows
def test_quitting_while_signed_on_signs_off_and_keeps_the_window_offered(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks, tmp_path: Path
) -> None:
    settings = config.Settings(data_dir=tmp_path / "ws")
    shell = compose(ui_ctx, tasks=tasks, printer=FakePrinter(), sweep_minutes=0, settings=settings)
    shell.start()
    login = shell.login
    assert login is not None
    qtbot.addWidget(login)
    login.staff_edit.setText("C001")
    login.password_edit.setText(PASSWORD)
    login.window_combo.setCurrentIndex(login.window_combo.findData(small.window_b))
    with qtbot.waitSignal(shell.mainWindowShown) as shown:
        login.log_in()
    qtbot.addWidget(shown.args[0])
    shell.stop()  # the program closed at day's end
    (at_b,) = [w for w in board.windows_board(ui_ctx) if w.window_id == small.window_b]
    assert at_b.clerk_name == ""
    assert config.load(tmp_path / "ws").last_window_id == small.window_b  # this desk's window

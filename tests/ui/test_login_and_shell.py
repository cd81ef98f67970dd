"""Login with staff number and password, the badge, the tabs each role sees, the lock screen."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from clerk_app.services.auth import Badge
from clerk_app.ui.dialogs.login import LoginDialog
from clerk_app.ui.ports import CenterInfo
from clerk_app.ui.roles import Tab
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.windows.main_window import MainWindow
from tests.helpers.factories import PASSWORD, SmallCenter


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


def _window(qtbot: QtBot, session: SignedOn, errors: list[str]) -> MainWindow:
    window = MainWindow(session)
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
    assert set(guide.tab_widgets) == {Tab.FRONT_DESK, Tab.REFERRALS}
    assert set(clerk.tab_widgets) == {Tab.FRONT_DESK, Tab.COUNTER, Tab.MY_CASES, Tab.REFERRALS}
    assert Tab.SUPERVISION in supervisor.tab_widgets
    assert Tab.SUPERVISION not in clerk.tab_widgets


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

"""The version in the GUI and the restart offer after an upgrade (issue 16, items 1 and 5):
帮助 → 关于 shows the version; a newer installed version (the layout the .deb makes:
<base>/<version>/ and a `current` link) is offered as a restart, not while the clerk has a
dialog open, and never in a modal box."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app import __version__
from clerk_app.services.auth import Badge
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.updates import install_base, newer_installed
from tests.helpers.factories import SmallCenter


def installation(tmp_path: Path, *versions: str, current: str) -> Path:
    base = tmp_path / "opt-clerk-desk"
    for version in versions:
        (base / version).mkdir(parents=True)
        (base / version / "clerk-desk").write_text("#!/bin/sh\n")
    os.symlink(current, base / "current")
    return base


def test_the_running_program_sees_a_newer_installed_version(tmp_path: Path) -> None:
    base = installation(tmp_path, __version__, current=__version__)
    assert install_base(str(base / __version__ / "clerk-desk")) == base
    assert install_base(str(tmp_path / "dist" / "clerk-desk" / "clerk-desk")) is None
    assert newer_installed(base) is None
    (base / "9.0.0").mkdir()
    (base / "9.0.0" / "clerk-desk").write_text("#!/bin/sh\n")
    (base / "current").unlink()
    os.symlink("9.0.0", base / "current")
    found = newer_installed(base)
    assert found is not None and found.version == "9.0.0"
    assert found.executable == base / "9.0.0" / "clerk-desk"


def test_about_shows_the_version(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    window = MainWindow(sign_on(small.clerk))
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["帮助(&H)"]
    window.about_action.trigger()
    from clerk_app.ui.shell.about import AboutDialog

    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.version.text() == f"版本 {__version__}"
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.close()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_restart_is_offered_at_a_quiet_moment_in_a_banner(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, tmp_path: Path
) -> None:
    base = installation(tmp_path, __version__, "9.0.0", current="9.0.0")
    window = MainWindow(sign_on(small.clerk))
    qtbot.addWidget(window)
    window.show()
    notice = window.update_notice
    notice.check = lambda: newer_installed(base)
    window.about_action.trigger()  # the clerk is busy with a dialog: not now
    notice.check_now()
    assert notice.pending is not None and not notice.isVisible()
    for child in window.own_windows():
        child.close()
    for other in QApplication.topLevelWidgets():  # nothing left open by earlier tests either
        if other is not window and other.isVisible():
            other.close()
    qtbot.waitUntil(lambda: not window._busy())  # the dialog is gone, nothing modal left
    notice.check_now()  # the next check, at a quiet moment
    assert notice.isVisible()
    assert notice.message is not None and "9.0.0" in notice.message.text()
    assert window.tabs.isEnabled()  # nothing blocked
    assert notice.later_button is not None
    notice.later_button.click()
    assert not notice.isVisible()

"""An exception nobody caught shows the generic message on the GUI thread, and a result
that arrives after its widget was deleted (signed off) is dropped (issue 13, item 12)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import replace
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app.app import install_exception_hooks
from clerk_app.services.auth import Badge
from clerk_app.ui.front_desk.referrals import ReferralsTab
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.tasks import SyncExecutor, Tasks, error_message
from clerk_app.ui.uncaught import UncaughtNotice
from tests.helpers.factories import SmallCenter


@pytest.fixture
def notice(qapp: QApplication) -> Iterator[UncaughtNotice]:
    shown = UncaughtNotice()
    restore = install_exception_hooks(shown.notify)
    yield shown
    restore()


@pytest.mark.qt_no_exception_capture  # the application's hook, not pytest-qt's, hears it
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown dialog
@pytest.mark.expected_errors("uncaught exception")
def test_a_thread_and_a_slot_raising_show_the_generic_message_once(
    qtbot: QtBot, notice: UncaughtNotice
) -> None:
    boxes: list[QMessageBox] = []
    notice.shown.connect(boxes.append)
    worker = threading.Thread(target=lambda: 1 / 0, name="clerk-test-worker")
    with qtbot.waitSignal(notice.shown, timeout=5000):
        worker.start()
        worker.join()
    box = boxes[0]
    assert box.isVisible() and box.text() == error_message(RuntimeError())

    def broken_slot() -> None:
        raise RuntimeError("in a slot")

    with qtbot.waitSignal(notice.shown, timeout=5000):
        QTimer.singleShot(0, broken_slot)
    assert boxes == [box, box]  # the same box, still open: a burst is one message
    box.accept()


class HeldExecutor(Executor):
    """Keeps the jobs until the test runs them (a query still running at sign-off)."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.jobs.append(lambda: fn(*args, **kwargs))
        return Future()


def test_referrals_loaded_after_sign_off_are_dropped(
    qtbot: QtBot,
    app_services: AppServices,
    small: SmallCenter,
    sign_on: Callable[[Badge], SignedOn],
) -> None:
    held = HeldExecutor()
    tasks = Tasks(SyncExecutor(), held)
    session = replace(sign_on(small.guide), app=replace(app_services, tasks=tasks))
    tab = ReferralsTab(session)
    tab.refresh()
    assert held.jobs
    assert tab.timer.isActive()
    shiboken6.delete(tab)  # 退出登录: the main window and its tabs are deleted
    for job in held.jobs:
        job()  # the query finishes and hands its rows to a widget that is gone
    QApplication.processEvents()
    tasks.shutdown()

"""Background operations come back on the GUI thread; errors reach the clerk, never vanish."""

from __future__ import annotations

import logging
import threading

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.domain.errors import RuleViolation
from clerk_app.ui.tasks import SyncExecutor, Tasks


def test_work_runs_in_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    tasks = Tasks()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["result"] = value
        seen["callback"] = threading.current_thread()

    try:
        tasks.write(work, done)
        qtbot.waitUntil(lambda: "result" in seen)
    finally:
        tasks.shutdown()
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_a_clerk_error_is_shown_in_its_own_words(qapp: object) -> None:
    shown: list[str] = []
    tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=shown.append)

    def refuse() -> None:
        raise RuleViolation("窗口A01已暂停（午休），恢复后才能叫号")

    tasks.write(refuse, lambda _: pytest.fail("must not succeed"))
    assert shown == ["窗口A01已暂停（午休），恢复后才能叫号"]


@pytest.mark.expected_errors("background task failed")
def test_an_unexpected_error_is_logged_and_shown_as_a_generic_message(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=shown.append)

    def crash() -> None:
        raise KeyError("boom")

    with caplog.at_level(logging.ERROR, logger="clerk.ui"):
        tasks.io(crash)
    assert len(shown) == 1 and "意外错误" in shown[0]
    assert "boom" not in shown[0]
    assert any("background task failed" in r.message for r in caplog.records)


@pytest.mark.expected_errors("background task failed")  # logged all the same
def test_a_failure_callback_gets_the_exception_instead_of_the_message_box(qapp: object) -> None:
    shown: list[str] = []
    failures: list[BaseException] = []
    tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=shown.append)
    tasks.write(lambda: 1 / 0, on_failure=failures.append)
    assert isinstance(failures[0], ZeroDivisionError)
    assert shown == []


def test_nothing_is_accepted_after_shutdown(qapp: object) -> None:
    tasks = Tasks(SyncExecutor(), SyncExecutor())
    tasks.shutdown()
    ran: list[int] = []
    tasks.write(lambda: ran.append(1))
    assert ran == []


def test_emitting_often_does_not_wear_out_true(qapp: object) -> None:
    """PySide6 6.12.0 steals a reference to True on every emit; ui.qt_compat.emit repays it."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from clerk_app.ui.common.qt_compat import emit

    class Pinger(QObject):
        ping = Signal(str)

    pinger = Pinger()
    before = sys.getrefcount(True)
    for _ in range(2000):
        emit(pinger.ping, "x")
    assert sys.getrefcount(True) >= before

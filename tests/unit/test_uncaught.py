"""Every exception nobody caught, in any thread, reaches the log (issue 13, item 12)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest

from clerk_app.app import install_exception_hooks


@pytest.fixture
def notified() -> Iterator[list[str]]:
    calls: list[str] = []
    restore = install_exception_hooks(lambda: calls.append(threading.current_thread().name))
    yield calls
    restore()


@pytest.mark.expected_errors("uncaught exception in thread")
def test_an_exception_in_a_plain_thread_is_logged(
    notified: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    def work() -> None:
        raise LookupError("nobody catches this")

    thread = threading.Thread(target=work, name="clerk-test-worker")
    with caplog.at_level(logging.ERROR, logger="clerk.app"):
        thread.start()
        thread.join()
    (record,) = [r for r in caplog.records if r.name == "clerk.app"]
    assert record.getMessage() == "uncaught exception in thread clerk-test-worker"
    assert record.exc_info is not None and record.exc_info[0] is LookupError
    assert "nobody catches this" in caplog.text and "Traceback" in caplog.text
    assert notified == ["clerk-test-worker"]


@pytest.mark.expected_errors("uncaught exception")
def test_an_exception_on_the_main_thread_is_logged(
    notified: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise KeyError("lost")
    except KeyError:
        with caplog.at_level(logging.ERROR, logger="clerk.app"):
            sys.excepthook(*sys.exc_info())  # what the interpreter (or PySide) calls
    (record,) = [r for r in caplog.records if r.name == "clerk.app"]
    assert record.getMessage() == "uncaught exception"
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    assert notified == [threading.current_thread().name]


def test_the_previous_hooks_come_back() -> None:
    before = sys.excepthook, threading.excepthook
    restore = install_exception_hooks()
    assert sys.excepthook is not before[0] and threading.excepthook is not before[1]
    restore()
    assert (sys.excepthook, threading.excepthook) == before

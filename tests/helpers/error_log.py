"""Fail a test on an ERROR (or CRITICAL) record from the application's ``clerk`` loggers
that the test did not announce.

A test that provokes such a record says so with ``@pytest.mark.expected_errors("part of the
message", ...)`` (no argument: any error record is expected). The check runs when the test
body returns, so the test itself fails, and again at teardown for records logged by the
fixtures' clean-up (background threads finishing, executors shutting down).
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator
from dataclasses import dataclass

import pytest

MARKER = "expected_errors"


class ErrorRecords(logging.Handler):
    """Keeps the ERROR and CRITICAL records of ``clerk`` and its child loggers."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "clerk" or record.name.startswith("clerk."):
            self.records.append(record)


@dataclass
class ErrorLogCheck:
    handler: ErrorRecords
    expected: tuple[str, ...] | None  # None: any error is expected
    checked: int = 0

    def unexpected(self) -> list[str]:
        """Records since the last call that the test did not announce, as text."""
        new = self.handler.records[self.checked :]
        self.checked += len(new)
        if self.expected is None:
            return []
        return [
            _describe(r) for r in new if not any(part in r.getMessage() for part in self.expected)
        ]

    def fail_if_unexpected(self, when: str) -> None:
        problems = self.unexpected()
        if problems:
            pytest.fail(
                f"unexpected error log {when} (mark the test with "
                f"@pytest.mark.{MARKER}(...) if it provokes them):\n" + "\n".join(problems),
                pytrace=False,
            )


def _describe(record: logging.LogRecord) -> str:
    text = f"{record.levelname} {record.name}: {record.getMessage()}"
    if record.exc_info and record.exc_info[1] is not None:
        exc = record.exc_info[1]
        text += f" [{type(exc).__name__}: {exc}]"
    return text


STASH = pytest.StashKey[ErrorLogCheck]()


@pytest.fixture(autouse=True)
def fail_on_error_log(request: pytest.FixtureRequest) -> Iterator[ErrorLogCheck]:
    marker = request.node.get_closest_marker(MARKER)
    expected: tuple[str, ...] | None = ()
    if marker is not None:
        expected = tuple(str(a) for a in marker.args) or None
    handler = ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    check = ErrorLogCheck(handler, expected)
    request.node.stash[STASH] = check
    try:
        yield check
    finally:
        root.removeHandler(handler)
    check.fail_if_unexpected("during the teardown")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """Fail the test itself (not its teardown) on an error record logged while it ran."""
    check = item.stash.get(STASH, None)
    try:
        result = yield
    except BaseException:
        if check is not None:
            check.unexpected()  # the test failed already: its log is in the report
        raise
    if check is not None:
        check.fail_if_unexpected("during the test")
    return result


@pytest.fixture(autouse=True)
def clerk_logging_restored() -> Iterator[None]:
    """``clerk_app.log.setup`` (run in-process by the command-line tests) replaces the
    ``clerk`` logger's handlers and level: each test gets them back as they were."""
    logger = logging.getLogger("clerk")
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    yield
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in logger.handlers:
            logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = propagate

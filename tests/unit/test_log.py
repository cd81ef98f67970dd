"""The application's logging: the JSON lines on stderr, and the tests' own check that no
unexpected error is logged."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from clerk_app import log
from tests.helpers.error_log import ErrorLogCheck, ErrorRecords


def test_json_lines_are_one_object_per_record_with_time_level_logger_and_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log.setup(tmp_path / "logs", json_lines=True)
    log.get("db").info("opened %s", "数据库")
    try:
        raise ValueError("bad")
    except ValueError:
        log.get("sync").warning("round failed", exc_info=True)
    lines = capsys.readouterr().err.splitlines()
    first, second = (json.loads(line) for line in lines)
    assert (first["level"], first["logger"], first["message"]) == (
        "INFO",
        "clerk.db",
        "opened 数据库",
    )
    assert first["time"].endswith("+00:00") and "T" in first["time"]
    assert (second["level"], second["logger"]) == ("WARNING", "clerk.sync")
    assert "ValueError: bad" in second["traceback"]
    # The file log is written as before.
    text = (tmp_path / "logs" / "clerk.log").read_text(encoding="utf-8")
    assert "INFO clerk.db: opened 数据库" in text


def test_without_json_lines_nothing_goes_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log.setup(tmp_path / "logs")
    log.get("db").info("quiet")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("value", "wanted"),
    [("1", True), ("yes", True), ("", False), ("0", False), ("false", False), (None, False)],
)
def test_the_environment_asks_for_json_lines(value: str | None, wanted: bool) -> None:
    env = {} if value is None else {log.JSON_ENV: value}
    assert log.json_wanted(env) is wanted


def _detached(name: str, handler: logging.Handler) -> logging.Logger:
    """A logger of that name outside the logging tree (its records reach only ``handler``)."""
    logger = logging.Logger(name)
    logger.addHandler(handler)
    return logger


def test_the_error_log_check_keeps_only_the_clerk_errors_the_test_did_not_announce() -> None:
    handler = ErrorRecords()
    _detached("clerk.ui", handler).error("background task failed")
    _detached("clerk.sync", handler).critical("sync crashed")
    _detached("clerk.ui", handler).warning("a warning is not an error")
    _detached("sqlalchemy.pool", handler).error("not ours")
    _detached("clerkish", handler).error("not ours either")
    assert ErrorLogCheck(handler, ()).unexpected() == [
        "ERROR clerk.ui: background task failed",
        "CRITICAL clerk.sync: sync crashed",
    ]
    assert ErrorLogCheck(handler, ("background task",)).unexpected() == [
        "CRITICAL clerk.sync: sync crashed"
    ]
    assert ErrorLogCheck(handler, None).unexpected() == []  # any error announced
    check = ErrorLogCheck(handler, ())
    check.unexpected()
    assert check.unexpected() == []  # each record is reported once


@pytest.mark.expected_errors("announced failure")
def test_an_announced_error_is_collected_and_let_through(fail_on_error_log: ErrorLogCheck) -> None:
    logging.getLogger("clerk.app").error("announced failure")
    assert [r.getMessage() for r in fail_on_error_log.handler.records] == ["announced failure"]

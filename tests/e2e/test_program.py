"""The real program, started as a clerk starts it (``python -m clerk_app``) in a temporary
data dir with a small center, offscreen: it logs its start-up as JSON lines, opens its
database off the GUI thread, gets the login ready and, asked to by the test hook
``--quit-when-ready``, shuts down cleanly with exit code 0."""

from __future__ import annotations

import shutil
from pathlib import Path

from clerk_app.config import DB_FILE_NAME, sqlite_url
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import open_database
from tests.e2e.program import QT_OFFSCREEN_NOISE, Program
from tests.helpers.factories import build_small_center


def _data_dir_with_a_small_center(template: Path, data: Path) -> Path:
    data.mkdir()
    shutil.copyfile(template, data / DB_FILE_NAME)
    db = open_database(sqlite_url(data))
    try:
        build_small_center(ServiceContext(db=db, workstation="WS-E2E", password_cost=2**4))
    finally:
        db.dispose()
    return data


def test_the_program_opens_its_database_gets_the_login_ready_and_quits_cleanly(
    sqlite_template: Path, tmp_path: Path
) -> None:
    data = _data_dir_with_a_small_center(sqlite_template, tmp_path / "data")
    program = Program("--data-dir", str(data), "--quit-when-ready", cwd=tmp_path)
    try:
        ready = program.wait_for("login ready")
        code = program.wait_exit()
    finally:
        program.close()

    assert code == 0, program.messages()
    assert ready.logger == "clerk.app" and ready.thread == "MainThread"
    messages = program.messages()
    assert messages == [
        "login window shown",  # before the database layer is even loaded
        f"database opened: {sqlite_url(data)}",
        # headless, no keyring: no data key to seal with, and it says so
        "no data key: personal data cannot be saved on this workstation",
        "login ready",
        "stopped with exit code 0",
    ]
    opened = program.lines[1]
    assert opened.thread != "MainThread"  # no database work on the GUI thread
    levels = [line.level for line in program.lines]
    assert levels == ["INFO", "INFO", "WARNING", "INFO", "INFO"]  # no error
    assert set(program.other) <= QT_OFFSCREEN_NOISE, program.other  # nothing but JSON lines
    assert all(line.time.endswith("+00:00") for line in program.lines)
    # The log file behind the login has the same lines.
    file_log = (data / "logs" / "clerk.log").read_text(encoding="utf-8")
    assert "INFO clerk.app: database opened" in file_log
    assert "INFO clerk.app: stopped with exit code 0" in file_log

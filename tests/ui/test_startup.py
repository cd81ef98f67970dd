"""Start-up: the login at once, the database layer loaded behind it; Alembic only when the
database is behind; ``holidays`` only for years chinesecalendar does not cover."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clerk_app.config import sqlite_url
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import SCHEMA_HEAD, alembic_head, current_revision, ensure_schema
from tests.helpers.clock import FakeClock
from tests.helpers.factories import build_small_center

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_schema_head_constant_is_alembics_head() -> None:
    assert alembic_head() == SCHEMA_HEAD, "a new migration: update SCHEMA_HEAD in migrate.py"


def test_a_new_database_is_upgraded_and_one_at_head_is_left_alone(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    db = open_database(url)
    try:
        assert current_revision(db.engine) is None
        assert ensure_schema(url, db.engine) is True
        assert current_revision(db.engine) == SCHEMA_HEAD
        assert ensure_schema(url, db.engine) is False
    finally:
        db.dispose()


def test_a_database_at_head_opens_without_importing_alembic(sqlite_db: Database) -> None:
    done = _python(
        "import sys\n"
        "from clerk_app.store.db import open_database\n"
        "from clerk_app.store.migrate import ensure_schema\n"
        "db = open_database(sys.argv[1])\n"
        "assert ensure_schema(sys.argv[1], db.engine) is False\n"
        "print('alembic' in sys.modules, 'holidays' in sys.modules)\n",
        sqlite_db.url,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]


def test_holidays_is_only_imported_for_a_year_chinesecalendar_lacks() -> None:
    done = _python(
        "import sys\n"
        "from datetime import date\n"
        "from clerk_app.domain.calendar import WorkCalendar\n"
        "cal = WorkCalendar()\n"
        "cal.is_workday(date(2026, 10, 1))\n"
        "before = 'holidays' in sys.modules\n"
        "assert not cal.is_workday(date(2027, 10, 1))  # 国庆, by the statutory rule\n"
        "print(before, 'holidays' in sys.modules)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


RUN_TO_LOGIN = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from clerk_app.app import run_gui
seen = []
first = {}

def observe(what, obj):
    seen.append(what)
    if what == "login":
        first["dialog"] = obj
        seen.append("sqlalchemy:" + str("sqlalchemy" in sys.modules))
    elif what == "shell":
        def login_shown(dialog):
            seen.append("same" if dialog is first["dialog"] else "another")
            seen.append("status:" + obj.login_status.text())
            seen.append("icon:" + str(not QApplication.windowIcon().isNull()))
            seen.append("reportlab:" + str("reportlab" in sys.modules))
            def listed():
                if dialog.window_combo.count() > 1:
                    seen.append("windows-listed")
                    QApplication.quit()
                else:
                    QTimer.singleShot(5, listed)
            listed()
        obj.loginShown.connect(login_shown)
    elif what == "problem":
        seen.append(obj.text().replace(" ", "_"))
        QTimer.singleShot(0, obj.accept)

code = run_gui(Path(sys.argv[1]), sys.argv[2], "zh_CN", "WS-SMOKE", observe=observe)
print(code, " ".join(seen), "alembic" in sys.modules)
"""


def test_the_real_program_shows_the_login_before_loading_the_database_layer(
    sqlite_db: Database, clock: FakeClock, tmp_path: Path
) -> None:
    build_small_center(ServiceContext(db=sqlite_db, workstation="WS-A", password_cost=2**4))
    sqlite_db.dispose()
    done = _python(RUN_TO_LOGIN, str(tmp_path / "data"), sqlite_db.url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "0",
        "login",
        "sqlalchemy:False",  # the first window comes before the database layer is imported
        "shell",
        "same",  # the clerk keeps typing into the same dialog when the services arrive
        "status:单机运行",
        "icon:True",
        "reportlab:False",  # the templates load after sign-on, not before the login
        "windows-listed",
        "False",
    ]
    assert (tmp_path / "data" / "logs" / "clerk.log").is_file()  # opened behind the login


def test_a_database_that_cannot_be_opened_says_why_in_a_dialog(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    done = _python(RUN_TO_LOGIN, str(tmp_path / "data"), f"sqlite:///{broken}")
    line = "数据库文件已损坏或不是本程序的数据库：请从备份恢复，或换一个数据目录"
    assert done.stdout.split() == ["2", "login", "sqlalchemy:False", "problem", line, "False"]
    assert f"clerk-app：{line}\n" in done.stderr

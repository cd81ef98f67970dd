"""Command-line mistakes a new user makes: each is one Chinese line on stderr, exit code 2,
no traceback, and nothing left behind (issue 13, "From the README")."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app import cli
from clerk_app.config import DB_FILE_NAME
from tests.helpers.databases import create_pg_database, drop_pg_database, pg_url, require_pg

Capture = pytest.CaptureFixture[str]


def refused(capsys: Capture, argv: list[str]) -> str:
    """Run the real command line; assert it refused with exit 2 and one line; the line."""
    try:
        code = cli.main(argv)
    except SystemExit as exit_:  # argparse's own refusal (the real program exits so too)
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2, (out, err)
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0]), lines[0]  # said in Chinese
    return lines[0]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def migrated(data_dir: Path, sqlite_template: Path) -> Path:
    shutil.copyfile(sqlite_template, data_dir / DB_FILE_NAME)
    return data_dir


@pytest.fixture
def future_schema(migrated: Path) -> Path:
    with sqlite3.connect(migrated / DB_FILE_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    return migrated


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # closed again: nothing listens there


# -- database addresses ----------------------------------------------------------------


@pytest.mark.expected_errors()
def test_a_bogus_url_is_one_line(capsys: Capture, data_dir: Path) -> None:
    line = refused(capsys, ["db", "upgrade", "--data-dir", str(data_dir), "--url", "bogus"])
    assert "“bogus”无效" in line
    assert "postgresql+psycopg://" in line


@pytest.mark.expected_errors()
def test_a_mysql_url_is_refused(capsys: Capture, data_dir: Path) -> None:
    argv = ["db", "upgrade", "--data-dir", str(data_dir), "--url", "mysql://u@localhost/clerk"]
    assert "不支持 mysql 数据库" in refused(capsys, argv)


@pytest.mark.pg
@pytest.mark.expected_errors()
def test_a_missing_postgresql_database(capsys: Capture, data_dir: Path) -> None:
    require_pg()
    url = pg_url(f"clerk_missing_{os.getpid()}")
    for argv in (["db", "upgrade", "--url", url], ["audit", "verify", "--url", url]):
        line = refused(capsys, [*argv, "--data-dir", str(data_dir)])
        assert "PostgreSQL 数据库不存在" in line


@pytest.mark.pg
@pytest.mark.expected_errors()
def test_an_unreachable_port(capsys: Capture, data_dir: Path) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/clerk"
    line = refused(capsys, ["db", "upgrade", "--data-dir", str(data_dir), "--url", url])
    assert "无法连接数据库服务器" in line


# -- a data dir without a database -----------------------------------------------------


@pytest.mark.expected_errors()
@pytest.mark.parametrize(
    "argv",
    [
        ["audit", "verify"],
        ["sweep"],
        ["sync", "--once", "--central", "postgresql+psycopg://postgres@127.0.0.1/postgres"],
    ],
)
def test_no_schema_says_what_to_run_and_leaves_nothing(
    capsys: Capture, data_dir: Path, argv: list[str]
) -> None:
    line = refused(capsys, [*argv, "--data-dir", str(data_dir)])
    assert "还没有数据库结构" in line
    assert "clerk-app db upgrade" in line and "clerk-app demo" in line
    assert not list(data_dir.glob("clerk.sqlite3*"))  # no empty database left behind


@pytest.mark.expected_errors()
def test_a_future_schema_is_refused(capsys: Capture, future_schema: Path) -> None:
    before = (future_schema / DB_FILE_NAME).read_bytes()
    for argv in (["sweep"], ["audit", "verify"], ["db", "upgrade"]):
        line = refused(capsys, [*argv, "--data-dir", str(future_schema)])
        assert "数据库结构版本 0099 比本程序新" in line
    with sqlite3.connect(future_schema / DB_FILE_NAME) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0099",)]
    assert len(before) > 0


@pytest.mark.expected_errors("command refused")
def test_a_corrupt_database_and_its_detail_in_the_log(capsys: Capture, data_dir: Path) -> None:
    (data_dir / DB_FILE_NAME).write_bytes(b"this is not an sqlite file at all" * 200)
    line = refused(capsys, ["audit", "verify", "--data-dir", str(data_dir)])
    assert "数据库文件已损坏" in line
    logged = (data_dir / "logs" / "clerk.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "file is not a database" in logged


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A data dir nobody may write into (root too: the immutable attribute)."""
    path = tmp_path / "read-only"
    path.mkdir()
    path.chmod(0o700)  # already private (whatever umask an earlier test left): not re-moded
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        path.chmod(0o555)
    yield path
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    path.chmod(0o755)


@pytest.mark.expected_errors()
@pytest.mark.parametrize("argv", [["sweep"], ["demo"], ["db", "upgrade"]])
def test_a_read_only_data_dir(capsys: Capture, read_only_dir: Path, argv: list[str]) -> None:
    line = refused(capsys, [*argv, "--data-dir", str(read_only_dir)])
    assert line == (
        f"clerk-app：没有权限写入 {read_only_dir / 'logs'}：请检查数据目录的权限或换一个数据目录"
    )


# -- the settings file -----------------------------------------------------------------


@pytest.mark.expected_errors()
def test_a_settings_file_with_a_json_typo(capsys: Capture, data_dir: Path) -> None:
    (data_dir / "settings.json").write_text('{"workstation": "WS-1",\n "lang": zh_CN}\n')
    line = refused(capsys, ["sweep", "--data-dir", str(data_dir)])
    assert "settings.json 第 2 行" in line and "不是有效的 JSON" in line


@pytest.mark.expected_errors()
@pytest.mark.parametrize("where", ["top", "central"])
def test_a_settings_file_with_a_password(capsys: Capture, data_dir: Path, where: str) -> None:
    raw: dict[str, object] = {"workstation": "WS-1"}
    secret = {"password": "s3cret"}
    raw.update(secret if where == "top" else {"central": {"host": "h", **secret}})
    (data_dir / "settings.json").write_text(json.dumps(raw))
    line = refused(capsys, ["audit", "verify", "--data-dir", str(data_dir)])
    assert "不能写密码" in line and "s3cret" not in line


# -- arguments -------------------------------------------------------------------------


def test_a_data_dir_named_central_is_not_the_central_command(
    capsys: Capture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    line = refused(capsys, ["--data-dir", "central", "demo", "--days", "-5"])
    assert "clerk-app demo" in line and "--days" in line and "正整数" in line
    assert cli.command_word(["--data-dir", "central", "demo"]) == 2
    assert cli.command_word(["--lang", "en", "-v"]) is None


def test_demo_days_must_be_positive(capsys: Capture, data_dir: Path) -> None:
    for days in ("-5", "0", "abc"):
        refused(capsys, ["demo", "--data-dir", str(data_dir), "--days", days])
    assert not list(data_dir.iterdir())


def test_print_samples_into_an_existing_file(capsys: Capture, data_dir: Path) -> None:
    target = data_dir / "samples.pdf"
    target.write_bytes(b"keep me")
    line = refused(capsys, ["print-samples", "--data-dir", str(data_dir), "--out", str(target)])
    assert "已存在且不是目录" in line
    assert target.read_bytes() == b"keep me"


def test_sweep_counts_the_newly_overdue(capsys: Capture, migrated: Path) -> None:
    assert cli.main(["sweep", "--data-dir", str(migrated)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("新增超期 0 件")


# -- the central database administration -----------------------------------------------


@pytest.mark.expected_errors()
def test_central_init_with_a_bogus_url(capsys: Capture) -> None:
    line = refused(capsys, ["central", "init", "--url", "bogus"])
    assert "“bogus”无效" in line


@pytest.fixture
def bare_pg() -> Iterator[str]:
    require_pg()
    name = f"clerk_bare_{os.getpid()}"
    url = create_pg_database(name)
    yield url
    drop_pg_database(name)


@pytest.mark.pg
@pytest.mark.expected_errors()
def test_add_workstation_without_the_group_role(capsys: Capture, bare_pg: str) -> None:
    group = f"clerk_nogroup_{os.getpid()}"
    argv = ["central", "add-workstation", "--url", bare_pg, "--workstation-role", group, "WS1"]
    line = refused(capsys, argv)
    assert "角色不存在" in line and group in line and "central init" in line


# -- the window ------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown dialog
@pytest.mark.expected_errors()
def test_the_gui_shows_a_broken_settings_file_in_a_dialog(capsys: Capture, data_dir: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    (data_dir / "settings.json").write_text('{"lang": "zh_CN",}')
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    assert cli.main(["--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(shown) == 1 and "不是有效的 JSON" in shown[0]
    assert err == f"clerk-app：{shown[0]}"


SHOW_THE_PROBLEM = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from clerk_app.app import run_gui
shown = []

def observe(what, obj):
    if what == "problem":
        shown.append(obj.text())
        QTimer.singleShot(0, obj.accept)

code = run_gui(Path(sys.argv[1]), sys.argv[2], observe=observe)
print(code)
print(*shown, sep="\\n")
"""


def test_the_gui_shows_a_future_schema_in_a_dialog(future_schema: Path) -> None:
    """A subprocess: the application's own event loop runs and exits with code 2."""
    root = Path(__file__).resolve().parents[2]
    url = f"sqlite:///{future_schema / DB_FILE_NAME}"
    done = subprocess.run(
        [sys.executable, "-c", SHOW_THE_PROBLEM, str(future_schema), url],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root)),
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    code, *shown = done.stdout.strip().splitlines()
    assert code == "2", done.stderr
    assert len(shown) == 1 and shown[0].startswith("数据库结构版本 0099 比本程序新")
    assert f"clerk-app：{shown[0]}\n" in done.stderr
    assert "cannot open the database" in (future_schema / "logs" / "clerk.log").read_text()

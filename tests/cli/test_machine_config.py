"""One configuration per PC (issue 16, item 2): the machine file is read before the
user's and fixes the PC's identity; ``clerk-app config`` shows and sets it; the central
password goes to a protected store, never a file in clear that others can read; two OS
accounts on one PC share one workstation identity and one journal."""

from __future__ import annotations

import grp
import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app import cli, config
from clerk_app.config import DB_FILE_NAME, MACHINE_FILE
from tests.cli.test_cli_errors import Capture, refused

SECRET = "Sup3r-s3cret-central"
needs_root = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0, reason="the machine store is root's to write"
)


@pytest.fixture(autouse=True)
def umask_restored() -> Iterator[None]:
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.fixture
def machine_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc-clerk-desk"
    monkeypatch.setenv("CLERK_MACHINE_CONFIG_DIR", str(path))
    monkeypatch.delenv("CLERK_DATA_DIR", raising=False)
    return path


@pytest.fixture
def own_group() -> str:
    return grp.getgrgid(os.getgid()).gr_name


def as_os_user(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """What changes between two OS accounts on one PC: the home and XDG folders."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


def run(capsys: Capture, argv: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(argv)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def test_the_machine_file_is_read_before_the_users_and_fixes_the_identity(
    machine_dir: Path, tmp_path: Path
) -> None:
    machine_dir.mkdir()
    (machine_dir / MACHINE_FILE).write_text(
        json.dumps({"workstation": "WS-COUNTER-07", "central": {"host": "10.0.0.5"}, "lang": "en"})
    )
    user = tmp_path / "user-data"
    user.mkdir()
    (user / "settings.json").write_text(json.dumps({"idle_lock_minutes": 3}))
    settings = config.load(user)
    assert settings.workstation == "WS-COUNTER-07"
    assert settings.central == {"host": "10.0.0.5"}
    assert settings.lang == "en"  # the machine's default, the user said nothing
    assert settings.idle_lock_minutes == 3

    # A user's own file may change a preference, never the PC's identity.
    (user / "settings.json").write_text(
        json.dumps({"workstation": "WS-MINE", "central": {"host": "evil"}, "lang": "zh_CN"})
    )
    settings = config.load(user)
    assert (settings.workstation, settings.central["host"]) == ("WS-COUNTER-07", "10.0.0.5")
    assert settings.lang == "zh_CN"
    # Saving keeps the machine's keys out of the user's file (no stale copies).
    config.save(settings)
    saved = json.loads((user / "settings.json").read_text())
    assert "workstation" not in saved and "central" not in saved and saved["lang"] == "zh_CN"


def test_config_set_writes_the_machine_file_and_show_says_where_each_value_comes_from(
    capsys: Capture, machine_dir: Path, tmp_path: Path
) -> None:
    code, _out, _err = run(capsys, ["config", "set", "workstation", "WS-COUNTER-12"])
    assert code == 0
    assert run(capsys, ["config", "set", "central.host", "central.county.local"])[0] == 0
    assert run(capsys, ["config", "set", "central.port", "5433"])[0] == 0
    machine = json.loads((machine_dir / MACHINE_FILE).read_text())
    assert machine == {
        "workstation": "WS-COUNTER-12",
        "central": {"host": "central.county.local", "port": 5433},
    }
    assert stat.S_IMODE((machine_dir / MACHINE_FILE).stat().st_mode) == 0o644
    code, out, _err = run(capsys, ["config", "show", "--data-dir", str(tmp_path / "d")])
    assert code == 0
    assert "workstation = WS-COUNTER-12    [本机配置]" in out
    assert "central.port = 5433    [本机配置]" in out
    assert "lang = zh_CN    [本账户/默认]" in out
    assert not (tmp_path / "d").exists()  # showing the settings writes no data dir


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["config", "set", "colour", "red"], "不能设置“colour”"),
        (["config", "set", "central.port", "port"], "应是整数"),
        (["config", "set", "workstation", "WS 1;rm"], "只能由字母"),
        (["config", "set", "data_dir", "relative/dir"], "绝对路径"),
        (["config", "set", "db_url", "mysql://x/y"], "不支持 mysql"),
        (["config", "frobnicate"], "命令行有误"),
    ],
)
def test_config_mistakes_are_one_chinese_line_and_exit_2(
    capsys: Capture, machine_dir: Path, argv: list[str], fragment: str
) -> None:
    line = refused(capsys, argv)
    assert fragment in line
    assert not (machine_dir / MACHINE_FILE).exists()  # nothing half-written


@needs_root
def test_the_central_password_is_never_in_a_file_in_clear_others_can_read(
    capsys: Capture, machine_dir: Path, tmp_path: Path, own_group: str
) -> None:
    from clerk_app.sync import machine_secret
    from clerk_app.sync.errors import CredentialsUnavailable
    from clerk_app.sync.settings import CentralSettings, usable_password

    for key, value in [("central.host", "db.county"), ("central.user", "ws07")]:
        assert run(capsys, ["config", "set", key, value])[0] == 0
    assert run(capsys, ["config", "set", "group", own_group])[0] == 0
    data = tmp_path / "data"
    code, out, err = run(
        capsys, ["config", "set-central-password", "--data-dir", str(data)], SECRET + "\n"
    )
    assert code == 0, err
    assert SECRET not in out + err
    secret_file = machine_secret.secret_path()
    info = secret_file.stat()
    assert (info.st_uid, info.st_gid) == (0, os.getgid())
    assert stat.S_IMODE(info.st_mode) == 0o640  # root writes, the program's group reads
    # No other file anywhere the program writes holds it.
    for folder in (machine_dir, data, tmp_path):
        for path in folder.rglob("*"):
            if path.is_file() and path != secret_file:
                assert SECRET.encode() not in path.read_bytes(), path
    central = CentralSettings.from_dict(dict(config.load(data).central))
    assert usable_password(central) == SECRET
    assert "已保存在本机受保护的存储中" in run(capsys, ["config", "show"])[1]

    secret_file.chmod(0o644)  # someone loosened it: refused, not used
    with pytest.raises(CredentialsUnavailable, match="不安全"):
        usable_password(central)


def test_the_password_is_never_taken_from_the_command_line(
    capsys: Capture, machine_dir: Path
) -> None:
    from clerk_app.sync import machine_secret

    line = refused(capsys, ["config", "set-central-password", SECRET])
    assert "命令行有误" in line
    assert not machine_secret.secret_path().exists()


def test_two_os_users_on_one_pc_share_one_workstation_and_one_journal(
    capsys: Capture,
    machine_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    own_group: str,
) -> None:
    shared = tmp_path / "var-lib-clerk-desk"
    machine_dir.mkdir()
    (machine_dir / MACHINE_FILE).write_text(
        json.dumps({"workstation": "WS-HALL-03", "data_dir": str(shared), "group": own_group})
    )
    seen = []
    for name in ("zhang", "li"):
        as_os_user(monkeypatch, tmp_path / "home" / name)
        settings = config.load()
        seen.append((settings.workstation, settings.data_dir, settings.database_url))
        code, _out, err = run(capsys, ["db", "upgrade"])
        assert code == 0, err
        code, _out, err = run(capsys, ["audit", "verify"])
        assert code == 0, err
    assert seen[0] == seen[1] == ("WS-HALL-03", shared, f"sqlite:///{shared / DB_FILE_NAME}")
    # One database, in the machine's folder; none in either account's own folders.
    assert (shared / DB_FILE_NAME).is_file()
    assert not list((tmp_path / "home").rglob(DB_FILE_NAME))
    # The machine-wide data is the program group's: folder 2770, files 0660.
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2770
    for path in [shared / DB_FILE_NAME, shared / "logs" / "clerk.log"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o660, path


def test_the_installers_set_the_central_database_in_one_word(
    capsys: Capture, machine_dir: Path
) -> None:
    argv = ["config", "set", "central", "ws07@db.county.local:5433/clerk_central"]
    assert run(capsys, argv)[0] == 0
    machine = json.loads((machine_dir / MACHINE_FILE).read_text())
    assert machine["central"] == {
        "host": "db.county.local",
        "port": 5433,
        "database": "clerk_central",
        "user": "ws07",
    }
    line = refused(capsys, ["config", "set", "central", "ws07:pw@db.county.local"])
    assert "不能写密码" in line

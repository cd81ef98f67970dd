"""Applicants' data is readable only by the program's users (issue 16, item 4): one
account's data dir is 0700 with 0600 files; an old data dir left open by an earlier
release is tightened; ``clerk-app wipe`` removes a retired PC's data after confirming."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from clerk_app import __version__, config
from clerk_app.config import DB_FILE_NAME
from clerk_app.files import write_new
from tests.cli.test_cli_errors import Capture, refused
from tests.cli.test_machine_config import machine_dir, run, umask_restored  # noqa: F401

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_one_accounts_data_is_its_own_only(capsys: Capture, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(capsys, ["db", "upgrade", "--data-dir", str(data)])[0] == 0
    settings = config.load(data)
    config.save(settings)
    archived = write_new(settings.archive_dir / "2026", "receipt", ".pdf", b"%PDF-1.4 ...")
    assert mode(data) == 0o700
    for folder in (data / "logs", settings.archive_dir, archived.parent):
        assert mode(folder) == 0o700, folder
    for path in (
        data / DB_FILE_NAME,
        data / "settings.json",
        data / "logs" / "clerk.log",
        archived,
    ):
        assert mode(path) == 0o600, path
    # The log's first line says which program wrote it.
    first = (data / "logs" / "clerk.log").read_text(encoding="utf-8").splitlines()[0]
    assert f"clerk-desk {__version__}" in first


def test_a_data_dir_left_open_by_an_older_release_is_tightened(
    capsys: Capture, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    (data / "archive").mkdir()
    old = [data / "settings.json", data / "logs" / "clerk.log", data / "archive" / "a.pdf"]
    for path in old:
        path.write_text("{}")
        path.chmod(0o644)
    for folder in (data, data / "logs", data / "archive"):
        folder.chmod(0o755)
    assert run(capsys, ["db", "upgrade", "--data-dir", str(data)])[0] == 0
    assert [mode(p) for p in old] == [0o600] * 3
    assert [mode(d) for d in (data, data / "logs", data / "archive")] == [0o700] * 3


def test_wipe_asks_first_and_removes_everything(capsys: Capture, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(capsys, ["db", "upgrade", "--data-dir", str(data)])[0] == 0
    line = refused(capsys, ["wipe", "--data-dir", str(data)])  # no terminal, no --yes
    assert "--yes" in line
    assert (data / DB_FILE_NAME).exists()
    code, out, _err = run(capsys, ["wipe", "--data-dir", str(data), "--yes"])
    assert code == 0 and str(data) in out
    assert not data.exists()


def test_wipe_machine_removes_the_configuration_too(
    capsys: Capture,
    machine_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    machine_dir.mkdir()
    (machine_dir / config.MACHINE_FILE).write_text(json.dumps({"workstation": "WS-OLD"}))
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{}")
    code, _out, err = run(capsys, ["wipe", "--machine", "--yes", "--data-dir", str(data)])
    assert code == 0, err
    assert not data.exists() and not (machine_dir / config.MACHINE_FILE).exists()
    assert os.listdir(machine_dir) == []


def test_only_root_wipes_the_whole_pc(
    capsys: Capture,
    machine_dir: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    machine_dir.mkdir()
    (machine_dir / config.MACHINE_FILE).write_text(json.dumps({"workstation": "WS-OLD"}))
    monkeypatch.setattr(os, "geteuid", lambda: 1000)  # a clerk's account, not root
    line = refused(capsys, ["wipe", "--machine", "--yes", "--data-dir", str(tmp_path / "d")])
    assert "sudo clerk-app wipe" in line
    assert (machine_dir / config.MACHINE_FILE).exists()

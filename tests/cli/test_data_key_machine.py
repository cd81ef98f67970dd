"""The data keys in the machine store: one ring for every OS account of a PC, root's to
write, checked for owner and mode before every read, looked for before the keyring."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest

from clerk_app.store.db import Database
from clerk_app.store.sealed import DataKey, current_key
from clerk_app.sync import datakey
from clerk_app.sync.errors import CredentialsUnavailable
from tests.cli.test_cli_errors import refused
from tests.cli.test_machine_config import (
    Capture,
    as_os_user,
    machine_dir,  # noqa: F401 - fixture
    needs_root,
    own_group,  # noqa: F401 - fixture
    run,
)
from tests.helpers.keyring_backend import MemoryKeyring


def _set_machine(capsys: Capture, key: str, *extra: str) -> str:
    code, out, err = run(capsys, ["data-key", "set", "--machine", *extra], key + "\n")
    assert code == 0, err
    return out


@needs_root
def test_the_machine_ring_serves_every_os_account_and_comes_before_the_keyring(
    capsys: Capture,
    machine_dir: Path,  # noqa: F811
    own_group: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    assert run(capsys, ["config", "set", "group", own_group])[0] == 0
    first, second = DataKey.generate()[1], DataKey.generate()[1]
    assert "本机受保护的存储" in _set_machine(capsys, first)
    assert "仅用于读取" in _set_machine(capsys, second, "--standby")
    path = datakey.MACHINE.path()
    info = path.stat()
    assert path == machine_dir / "data-key"
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (0, os.getgid(), 0o640)
    assert json.loads(path.read_text())["keys"] == [first, second]  # current first
    for found in tmp_path.rglob("*"):  # nowhere else
        if found.is_file() and found != path:
            assert first.encode() not in found.read_bytes(), found

    # The user's own keyring holds another key: the machine's wins.
    memory_keyring.items[(datakey.KEY_SERVICE, datakey.KEY_USER)] = DataKey.generate()[1]
    for account in ("zhang", "li"):  # the keyring is per account; the machine store is not
        as_os_user(monkeypatch, tmp_path / "home" / account)
        found = datakey.find_ring()
        assert found is not None and found.where == "machine"
        assert found.ring.current.text == first and len(found.ring.keys) == 2
        memory_keyring.items.clear()
    code, out, _err = run(capsys, ["data-key", "show"])
    assert code == 0 and "本机受保护的存储" in out and first not in out
    code, out, _err = run(capsys, ["config", "show", "--data-dir", str(tmp_path / "d")])
    assert code == 0 and "数据密钥: 2 把，当前指纹" in out and first not in out


@needs_root
@pytest.mark.expected_errors("machine data key refused")
def test_a_loosened_machine_file_is_refused_never_used(
    capsys: Capture,
    machine_dir: Path,  # noqa: F811
    own_group: str,  # noqa: F811
    memory_keyring: MemoryKeyring,
    sqlite_db: Database,
) -> None:
    assert run(capsys, ["config", "set", "group", own_group])[0] == 0
    _set_machine(capsys, DataKey.generate()[1])
    datakey.MACHINE.path().chmod(0o644)  # someone made it readable to every account
    with pytest.raises(CredentialsUnavailable, match="不安全"):
        datakey.load_machine_ring()
    assert "不安全" in refused(capsys, ["data-key", "show"])
    # The program does not use it: no key, nothing personal can be saved, and it says so.
    assert datakey.start_with_data_key(sqlite_db, standalone=False) is None
    assert current_key() is None


def test_only_root_writes_the_machine_store(
    capsys: Capture,
    machine_dir: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setattr("sys.stdin", io.StringIO(DataKey.generate()[1] + "\n"))
    line = refused(capsys, ["data-key", "set", "--machine"])
    assert "需要管理员权限" in line and "sudo clerk-app data-key set --machine" in line
    assert not datakey.MACHINE.path().exists()
    assert memory_keyring.items == {}


def test_a_workstation_without_any_store_runs_without_a_key_and_says_so(
    machine_dir: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    sqlite_db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(datakey, "keyring_missing", lambda: True)
    assert datakey.start_with_data_key(sqlite_db, standalone=True) is None
    assert current_key() is None
    assert "no data key: personal data cannot be saved" in caplog.text

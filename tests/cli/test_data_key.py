"""clerk-app data-key: a centre's key made once, put into each workstation's keyring."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clerk_app import cli
from clerk_app.store.db import Database
from clerk_app.store.sealed import DataKey, current_key
from clerk_app.sync.datakey import KEY_SERVICE, KEY_USER, load_data_key, start_with_data_key
from tests.helpers.keyring_backend import MemoryKeyring

Capture = pytest.CaptureFixture[str]


def test_a_key_is_made_once_then_set_on_another_workstation(
    capsys: Capture, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["--data-dir", str(tmp_path), "data-key"]
    assert cli.main([*argv, "new"]) == 0
    out, err = capsys.readouterr()
    text = out.strip()
    made = DataKey.from_text(text)
    assert made.fingerprint in err and text not in err
    assert memory_keyring.items[(KEY_SERVICE, KEY_USER)] == text
    assert cli.main([*argv, "new"]) == 2  # never replaced by accident
    capsys.readouterr()

    memory_keyring.items.clear()  # another workstation
    monkeypatch.setattr("sys.stdin", io.StringIO(text + "\n"))
    assert cli.main([*argv, "set"]) == 0
    assert made.fingerprint in capsys.readouterr().out
    found = load_data_key()
    assert found is not None and found.fingerprint == made.fingerprint
    assert cli.main([*argv, "show"]) == 0
    assert made.fingerprint in capsys.readouterr().out


def test_a_malformed_key_is_refused(
    capsys: Capture, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("not-a-key\n"))
    assert cli.main(["--data-dir", str(tmp_path), "data-key", "set"]) == 2
    assert "数据密钥" in capsys.readouterr().err
    assert memory_keyring.items == {}


def test_a_standalone_workstation_makes_its_own_key_a_connected_one_waits_for_the_centres(
    memory_keyring: MemoryKeyring, sqlite_db: Database
) -> None:
    assert start_with_data_key(sqlite_db, standalone=False) is None
    assert current_key() is None and memory_keyring.items == {}
    made = start_with_data_key(sqlite_db, standalone=True)
    assert made is not None and current_key() is made
    assert DataKey.from_text(memory_keyring.items[(KEY_SERVICE, KEY_USER)]).fingerprint == (
        made.fingerprint
    )
    again = start_with_data_key(sqlite_db, standalone=True)  # the same key next time
    assert again is not None and again.fingerprint == made.fingerprint

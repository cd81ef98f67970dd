"""clerk-app data-key: a centre's key made once, put into each workstation's keyring."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from clerk_app import cli
from clerk_app.config import DB_FILE_NAME, sqlite_url
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.sealed import DataKey, current_key
from clerk_app.sync.datakey import (
    KEY_SERVICE,
    KEY_USER,
    load_data_key,
    parse_ring,
    start_with_data_key,
)
from tests.cli.test_cli_errors import refused
from tests.helpers.factories import build_small_center
from tests.helpers.keyring_backend import MemoryKeyring
from tests.unit.services.test_personal_data import _receive

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


def _set(capsys: Capture, monkeypatch: pytest.MonkeyPatch, argv: list[str], key: str) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(key + "\n"))
    assert cli.main(argv) == 0
    return capsys.readouterr().out


def _small_centre_dir(sqlite_template: Path, data: Path) -> Path:
    data.mkdir()
    shutil.copyfile(sqlite_template, data / DB_FILE_NAME)
    db = open_database(sqlite_url(data))
    try:
        ctx = ServiceContext(db=db, workstation="WS-CLI", password_cost=2**4)
        _receive(ctx, build_small_center(ctx))
    finally:
        db.dispose()
    return data


def test_a_key_is_rotated_handed_out_on_standby_switched_to_and_the_state_resealed(
    capsys: Capture,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_template: Path,
    centre_data_key: DataKey,
) -> None:
    data = _small_centre_dir(sqlite_template, tmp_path / "data")  # sealed with the old key
    old = centre_data_key
    argv = ["data-key"]
    assert "没有数据密钥可轮换" in refused(capsys, [*argv, "rotate"])
    assert "当前密钥" in _set(capsys, monkeypatch, [*argv, "set"], old.text)

    # The administrator's workstation: a new key, on standby until everyone has it.
    assert cli.main([*argv, "rotate", "--standby"]) == 0
    out, err = capsys.readouterr()
    new = DataKey.from_text(out.strip())
    assert new.fingerprint in err and out.strip() not in err
    ring = parse_ring(memory_keyring.items[(KEY_SERVICE, KEY_USER)])
    assert [k.fingerprint for k in ring.keys] == [old.fingerprint, new.fingerprint]
    assert cli.main([*argv, "show"]) == 0
    shown = capsys.readouterr().out
    assert (
        f"指纹 {old.fingerprint}  当前" in shown and f"指纹 {new.fingerprint}  仅用于读取" in shown
    )
    assert new.text not in shown and old.text not in shown

    # Everyone has it: switch to it; the old key stays for reading.
    assert "当前密钥" in _set(capsys, monkeypatch, [*argv, "set"], new.text)
    ring = parse_ring(memory_keyring.items[(KEY_SERVICE, KEY_USER)])
    assert [k.fingerprint for k in ring.keys] == [new.fingerprint, old.fingerprint]

    assert cli.main([*argv, "reseal", "--data-dir", str(data)]) == 0
    assert "重新加密" in capsys.readouterr().out
    db = open_database(sqlite_url(data))
    try:
        with db.read_sessions() as s:
            stored = s.execute(text("SELECT applicant_id_no, applicant_phone FROM case_file")).one()
            journal = s.scalar(text("SELECT payload FROM event WHERE type = 'case.received'"))
    finally:
        db.dispose()
    assert all(str(v).startswith(f"enc2:{new.kid}:") for v in stored)
    assert f"enc2:{old.kid}:" in str(journal)  # the journal stays as it was hashed


def test_data_key_mistakes_are_one_clear_line(
    capsys: Capture,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_template: Path,
) -> None:
    data = _small_centre_dir(sqlite_template, tmp_path / "data")
    assert "没有数据密钥" in refused(capsys, ["data-key", "reseal", "--data-dir", str(data)])
    monkeypatch.setattr("sys.stdin", io.StringIO("短\n"))
    assert "不是数据密钥" in refused(capsys, ["data-key", "set", "--standby"])
    assert "命令行有误" in refused(capsys, ["data-key", "set", "AAAA"])  # never on the line
    monkeypatch.setattr("clerk_app.sync.datakey.keyring_missing", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO(DataKey.generate()[1] + "\n"))
    assert "--machine" in refused(capsys, ["data-key", "set"])
    assert memory_keyring.items == {}

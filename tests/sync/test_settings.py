"""Connection settings: the password goes to the keyring and nowhere else."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from clerk_app.sync.cli import sync_once
from clerk_app.sync.errors import CredentialsUnavailable
from clerk_app.sync.settings import (
    CentralSettings,
    central_url,
    check_connection,
    load_password,
    store_password,
)
from tests.helpers.keyring_backend import MemoryKeyring

SETTINGS = CentralSettings(
    host="127.0.0.1",
    port=5432,
    database="clerk_central",
    user="clerk_workstation_win_a",
    workstation="WIN-A",
)


def test_password_is_kept_in_the_keyring_and_not_in_the_settings(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store_password(SETTINGS, "s3cret!")
    assert "s3cret!" not in repr(SETTINGS.to_dict())
    assert CentralSettings.from_dict(SETTINGS.to_dict()) == SETTINGS
    assert load_password(SETTINGS) == "s3cret!"
    assert make_url(central_url(SETTINGS)).password == "s3cret!"


def test_a_locked_keyring_is_a_clear_message(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.locked = True
    with pytest.raises(CredentialsUnavailable, match="锁定"):
        store_password(SETTINGS, "x")
    with pytest.raises(CredentialsUnavailable, match="锁定"):
        load_password(SETTINGS)


def test_no_keyring_never_falls_back_to_plaintext(tmp_path: Path) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(CredentialsUnavailable, match="不会以明文保存"):
            store_password(SETTINGS, "x")
        with pytest.raises(CredentialsUnavailable, match="密钥环"):
            load_password(SETTINGS)
        # …but a login without a password needs no keyring
        assert make_url(central_url(SETTINGS)).password is None
    finally:
        keyring.set_keyring(before)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_without_a_keyring_a_password_less_login_connects(central_url: str) -> None:
    url = make_url(central_url)
    if url.password:
        pytest.skip("the test server wants a password")  # the CI server is trust
    settings = CentralSettings(
        host=url.host or "",
        port=url.port or 5432,
        database=url.database or "",
        user=url.username or "",
    )
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        check = check_connection(settings)
    finally:
        keyring.set_keyring(before)
    assert check.ok, check.message


def test_sync_once_on_a_fresh_data_dir_makes_the_schema_first(
    tmp_path: Path, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local = f"sqlite:///{tmp_path / 'fresh' / 'clerk.sqlite3'}"
    assert sync_once(local, central_url, "WIN-NEW") == 0
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["pushed"] == 0 and line["waiting"] == 0 and "在线" in line["status"]


def test_the_test_button_reports_success_and_the_schema_version(
    memory_keyring: MemoryKeyring, central_url: str
) -> None:
    url = make_url(central_url)
    settings = CentralSettings(
        host=url.host or "",
        port=url.port or 5432,
        database=url.database or "",
        user=url.username or "",
        workstation="WIN-A",
    )
    check = check_connection(settings)
    assert check.ok and check.schema is not None
    bad = CentralSettings(host="127.0.0.1", port=1, database="x", user="x")
    assert not check_connection(bad, password="x").ok

"""Connection settings: the password goes to the keyring and nowhere else."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

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
        check = check_connection(SETTINGS)
        assert not check.ok and "密钥环" in check.message
    finally:
        keyring.set_keyring(before)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


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

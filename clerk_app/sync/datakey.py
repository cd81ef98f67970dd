"""The centre's data key in the OS keyring (see ``clerk_app.store.sealed``).

One key per centre, made once (``clerk-app data-key new`` on the administrator's
workstation, which prints it for the centre's safe) and put into each workstation's
keyring (``clerk-app data-key set``, reading it from standard input), under the service
``clerk-desk/data-key``. It is never written to a database, a settings file or a log. A
workstation that runs alone makes its own key at the first start when it has a keyring.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

from clerk_app.store.db import Database
from clerk_app.store.sealed import DataKey, current_key, install_key, seal_existing
from clerk_app.sync.errors import CredentialsUnavailable
from clerk_app.sync.settings import keyring_missing

log = logging.getLogger("clerk.sync")

KEY_SERVICE = "clerk-desk/data-key"
KEY_USER = "centre"


def load_data_key() -> DataKey | None:
    """The key in this machine's keyring, or None (no keyring, none stored, or locked)."""
    if keyring_missing():
        return None
    try:
        text = keyring.get_password(KEY_SERVICE, KEY_USER)
    except keyring.errors.KeyringError as exc:
        log.warning("data key unavailable: %s", type(exc).__name__)
        return None
    if not text:
        return None
    try:
        return DataKey.from_text(text)
    except ValueError:
        log.error("the keyring holds a malformed data key; running without one")
        return None


def store_data_key(text: str) -> DataKey:
    """Check ``text`` is a data key and put it into this machine's keyring."""
    key = DataKey.from_text(text)
    if keyring_missing():
        raise CredentialsUnavailable(
            "本机没有可用的系统密钥环（钥匙串），无法安全保存数据密钥。请先启用系统密钥环服务"
        )
    try:
        keyring.set_password(KEY_SERVICE, KEY_USER, text.strip())
    except keyring.errors.KeyringError as exc:
        raise CredentialsUnavailable(f"无法把数据密钥存入系统密钥环：{type(exc).__name__}") from exc
    return key


def new_data_key() -> tuple[DataKey, str]:
    """A new key, stored in this machine's keyring; its text to keep in the centre's safe."""
    key, text = DataKey.generate()
    store_data_key(text)
    return key, text


def start_with_data_key(db: Database, *, standalone: bool) -> DataKey | None:
    """Install this workstation's key for the process (a standalone workstation with a
    keyring makes one the first time) and seal what older versions wrote in clear."""
    key = load_data_key()
    if key is None and standalone and not keyring_missing():
        try:
            key, _text = new_data_key()
            log.info("made this standalone workstation's data key (%s)", key.fingerprint)
        except CredentialsUnavailable:
            key = None
    install_key(key)
    if key is None:
        log.warning("no data key: personal data is not sealed on this workstation")
        return None
    with db.sessions.begin() as s:
        sealed = seal_existing(s)
    if sealed:
        log.info("sealed personal data of %d rows written by an older version", sealed)
    return current_key()

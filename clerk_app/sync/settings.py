"""Connection settings for the central database; the password lives in the OS keyring only.

The settings themselves (host, port, database, user, workstation code) are plain data the
configuration file may hold. The password is written to and read from ``keyring`` and
nowhere else: a missing or locked keyring is a clear error, never a plaintext fallback.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from sqlalchemy import URL

from clerk_app.store.migrate import current_revision
from clerk_app.sync.central import check_central, open_central, translate_errors
from clerk_app.sync.errors import CredentialsUnavailable, SyncError

log = logging.getLogger("clerk.sync")

KEYRING_SERVICE = "clerk-desk/central"
_PLAINTEXT_BACKENDS = (
    "keyrings.alt.file.PlaintextKeyring",
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
)


@dataclass(frozen=True)
class CentralSettings:
    host: str
    port: int = 5432
    database: str = "clerk_central"
    user: str = ""
    workstation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CentralSettings:
        return cls(
            host=str(data["host"]),
            port=int(data.get("port", 5432)),
            database=str(data.get("database", "clerk_central")),
            user=str(data.get("user", "")),
            workstation=str(data.get("workstation", "")),
        )

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)


def keyring_missing() -> bool:
    """True when the machine has no usable keyring at all (only a plaintext, null or
    failing backend): a password-less login (trust, certificates) needs none."""
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}" in _PLAINTEXT_BACKENDS


def _usable_backend(*, reading: bool = False) -> KeyringBackend:
    backend = keyring.get_keyring()
    if keyring_missing():
        if reading:
            raise CredentialsUnavailable(
                "本机没有可用的系统密钥环（钥匙串），读不到中心数据库密码，本工作站暂时离线办理。"
                "请管理员启用系统密钥环服务并在“连接设置”中重新保存密码"
            )
        raise CredentialsUnavailable(
            "本机没有可用的系统密钥环（钥匙串），无法安全保存中心数据库密码。"
            "请管理员启用系统密钥环服务后再设置；密码不会以明文保存"
        )
    return backend


def store_password(settings: CentralSettings, password: str) -> None:
    backend = _usable_backend()
    try:
        backend.set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except keyring.errors.KeyringLocked as exc:
        raise CredentialsUnavailable("系统密钥环已锁定，请先解锁后再保存密码") from exc
    except keyring.errors.KeyringError as exc:
        raise CredentialsUnavailable(f"无法把密码存入系统密钥环：{exc}") from exc


def load_password(settings: CentralSettings) -> str | None:
    """The stored password, or None if none was stored (e.g. trust or certificate auth):
    the machine's protected store first (one password per PC, set by the IT officer),
    then the OS account's keyring."""
    from clerk_app.sync import machine_secret

    machine = machine_secret.load(settings.keyring_user)
    if machine is not None:
        return machine
    backend = _usable_backend(reading=True)
    try:
        return backend.get_password(KEYRING_SERVICE, settings.keyring_user)
    except keyring.errors.KeyringLocked as exc:
        raise CredentialsUnavailable("系统密钥环已锁定，请先解锁，本窗口暂时离线办理") from exc
    except keyring.errors.KeyringError as exc:
        raise CredentialsUnavailable(f"无法从系统密钥环读取密码：{exc}") from exc


def usable_password(settings: CentralSettings) -> str | None:
    """The stored password; None when none was stored, or when the machine has no keyring
    at all: a password-less login (trust, certificates) needs neither. A keyring that is
    there but locked or failing is still an error, and so is a machine store this account
    cannot read or whose file is not protected."""
    from clerk_app.sync import machine_secret

    machine = machine_secret.load(settings.keyring_user)
    if machine is not None:
        return machine
    try:
        return load_password(settings)
    except CredentialsUnavailable:
        if keyring_missing():
            log.info("no keyring on this machine: connecting without a password")
            return None
        raise


def central_url(settings: CentralSettings) -> str:
    return settings.url(usable_password(settings))


@dataclass(frozen=True)
class ConnectionCheck:
    """What the "test connection" button shows."""

    ok: bool
    message: str
    schema: str | None = None


def check_connection(settings: CentralSettings, password: str | None = None) -> ConnectionCheck:
    """Try the settings (with a password just typed, or the stored one); never raises."""
    try:
        url = settings.url(password) if password is not None else central_url(settings)
        db = open_central(url)
        try:
            check_central(db)
            with translate_errors():
                schema = current_revision(db.engine)
        finally:
            db.dispose()
    except SyncError as exc:
        return ConnectionCheck(False, exc.message)
    return ConnectionCheck(True, f"连接成功，中心数据库结构版本 {schema}", schema)

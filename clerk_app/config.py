"""Typed workstation settings, kept as JSON in the data dir. No secrets here: the central
database password lives in the OS keyring only."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from clerk_app.files import write_atomic

APP_NAME = "clerk-desk"
SETTINGS_FILE = "settings.json"
DB_FILE_NAME = "clerk.sqlite3"


def sqlite_url(data_dir: Path) -> str:
    """The embedded database: one SQLite file in the data dir."""
    return f"sqlite:///{data_dir / DB_FILE_NAME}"


def default_data_dir() -> Path:
    """The platform's user data dir (``$XDG_DATA_HOME/clerk-desk`` on Linux)."""
    from platformdirs import user_data_dir  # imported when needed: start-up time

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_workstation() -> str:
    host = "".join(c for c in _host_name().upper() if c.isalnum())[:20]
    return f"WS-{host or 'LOCAL'}"


def _host_name() -> str:
    if hasattr(os, "uname"):  # POSIX: what gethostname() answers, without importing socket
        return os.uname().nodename
    import socket

    return socket.gethostname()


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    workstation: str = field(default_factory=default_workstation)
    lang: str = "zh_CN"
    idle_lock_minutes: int = 10
    db_url: str = ""
    last_window_id: str = ""  # where this workstation last signed on: preselected at login
    #: The 80 mm ticket printer's name: tickets print straight to it, preview on demand
    #: ("" or not installed: each ticket is previewed first).
    ticket_printer: str = ""
    # host, port, database, user of the central PostgreSQL (clerk_app.sync.settings reads
    # it); empty when this workstation runs alone. Never a password.
    central: dict[str, object] = field(default_factory=dict)

    @property
    def database_url(self) -> str:
        return self.db_url or sqlite_url(self.data_dir)

    @property
    def archive_dir(self) -> Path:
        return self.data_dir / "archive"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


class SettingsError(ValueError):
    """The settings file cannot be used; the message is the one line to show (Chinese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def load(data_dir: Path | None = None) -> Settings:
    """Read the settings of a data dir; a missing file gives the defaults. A file that is
    not valid JSON, not an object, or holds a password raises :class:`SettingsError`."""
    directory = data_dir or Path(os.environ.get("CLERK_DATA_DIR") or default_data_dir())
    path = directory / SETTINGS_FILE
    base = Settings(data_dir=directory)
    if not path.exists():
        return base
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SettingsError(
            f"设置文件 {path} 第 {exc.lineno} 行第 {exc.colno} 列不是有效的 JSON，请改正后重试"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"无法读取设置文件 {path}：{exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"设置文件 {path} 应是一个 JSON 对象（{{ … }}）")
    raw.pop("data_dir", None)
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    central = known.get("central", {})
    if not isinstance(central, dict):
        raise SettingsError(f"设置文件 {path} 中的 central 应是一个 JSON 对象")
    if "password" in raw or "password" in central:
        raise SettingsError(
            f"设置文件 {path} 中不能写密码：删除 password 一项，密码只保存在系统密钥环中"
        )
    return replace(base, **known)


def save(settings: Settings) -> None:
    raw = asdict(settings)
    raw.pop("data_dir")
    text = json.dumps(raw, ensure_ascii=False, indent=2, default=str)
    write_atomic(settings.data_dir / SETTINGS_FILE, text.encode("utf-8"))

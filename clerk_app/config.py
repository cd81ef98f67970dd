"""Typed workstation settings: the machine's configuration, then the data dir's JSON file.

Two files, read in this order:

1. the **machine configuration** ``clerk-desk.json`` in ``/etc/clerk-desk/`` (Linux) or
   ``%ProgramData%\\ClerkDesk\\`` (Windows), ``$CLERK_MACHINE_CONFIG_DIR`` in tests. The
   county's IT officer writes it (installer parameters, ``clerk-app config set``). What it
   says about the PC's identity — ``workstation``, ``central``, ``data_dir``, ``db_url``,
   ``group`` — is final: a user's file cannot override it (one workstation code and one
   journal per PC, whoever signs on to the OS). Its ``lang`` and ``idle_lock_minutes``
   are only defaults.
2. ``settings.json`` in the data dir (the user's, or the machine-wide one when the machine
   configuration names a ``data_dir``, e.g. ``/var/lib/clerk-desk``).

No secrets in either: the central database password lives in the OS keyring or in the
machine's protected store (:mod:`clerk_app.machine_secret`).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from clerk_app.files import write_atomic

APP_NAME = "clerk-desk"
SETTINGS_FILE = "settings.json"
DB_FILE_NAME = "clerk.sqlite3"
MACHINE_FILE = "clerk-desk.json"
MACHINE_DIR_ENV = "CLERK_MACHINE_CONFIG_DIR"
#: What the machine configuration fixes for every OS account (a user's file cannot change it).
MACHINE_FIXED = ("workstation", "central", "data_dir", "db_url", "group")
#: What it only proposes (a user's settings.json may say otherwise).
MACHINE_DEFAULTS = ("lang", "idle_lock_minutes")


def machine_config_dir() -> Path:
    """Where the machine configuration lives: ``$CLERK_MACHINE_CONFIG_DIR``, else
    ``%ProgramData%\\ClerkDesk`` on Windows, else ``/etc/clerk-desk``."""
    override = os.environ.get(MACHINE_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / "ClerkDesk"
    return Path("/etc/clerk-desk")


def load_machine() -> dict[str, object]:
    """The machine configuration as read (an empty dict when there is none); a file that
    is not a JSON object, or holds a password, raises :class:`SettingsError`."""
    path = machine_config_dir() / MACHINE_FILE
    raw = _read_json(path)
    if raw is None:
        return {}
    unknown = sorted(set(raw) - set(MACHINE_FIXED) - set(MACHINE_DEFAULTS))
    if unknown:
        raise SettingsError(
            f"本机配置 {path} 中有不认识的项 {', '.join(unknown)}："
            f"可用的项为 {', '.join(MACHINE_FIXED + MACHINE_DEFAULTS)}"
        )
    return raw


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
    # the hall modes of this PC (call display, voice, review pad, kiosk): see HallSettings
    hall: dict[str, object] = field(default_factory=dict)
    # The machine configuration's group for machine-wide data ("" = one user's data).
    group: str = ""
    # Keys the machine configuration fixed: never written back to the user's file.
    machine_fixed: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def shared(self) -> bool:
        """Machine-wide data (one journal per PC, readable by the program's group)."""
        return "data_dir" in self.machine_fixed

    @property
    def database_url(self) -> str:
        return self.db_url or sqlite_url(self.data_dir)

    @property
    def archive_dir(self) -> Path:
        return self.data_dir / "archive"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


@dataclass(frozen=True)
class HallSettings:
    """What the hall modes keep per PC (``"hall"`` in settings.json)."""

    screen: int = 0  # the display's screen (0: the first)
    refresh_seconds: int = 3  # how often the display reads the queue
    voice: str = "auto"  # auto, qt, espeak or none
    volume: float = 0.8  # 0–1
    rate: float = 0.0  # -1 (slow) – 1 (fast)
    chime: bool = True
    pad_window: str = ""  # the window code the review pad serves
    pad_thanks_seconds: int = 8  # how long the pad thanks before it goes back
    pad_rate_seconds: int = 90  # how long the levels stay up unanswered
    kiosk_printer: str = ""  # the kiosk's ticket printer (empty: the system default)
    kiosk_idle_seconds: int = 45  # back to the first page after this long untouched

    @classmethod
    def from_dict(cls, raw: dict[str, object]) -> HallSettings:
        """The known keys of ``raw`` (unknown ones ignored); a wrong type or range is a
        :class:`SettingsError` naming the key."""
        out = cls()
        values: dict[str, object] = {}
        for name, default in asdict(out).items():
            if name not in raw:
                continue
            value = raw[name]
            kind = type(default)
            if kind is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise SettingsError(f"设置文件中 hall.{name} 应是 {kind.__name__}，收到 {value!r}")
            values[name] = value
        hall = replace(out, **values)  # type: ignore[arg-type]
        if hall.voice not in ("auto", "qt", "espeak", "none"):
            raise SettingsError("设置文件中 hall.voice 只能是 auto、qt、espeak 或 none")
        if not (0.0 <= hall.volume <= 1.0 and -1.0 <= hall.rate <= 1.0):
            raise SettingsError("设置文件中 hall.volume 应在 0–1，hall.rate 应在 -1–1")
        if min(hall.refresh_seconds, hall.pad_thanks_seconds, hall.kiosk_idle_seconds) < 1:
            raise SettingsError("设置文件中 hall 的秒数至少为 1")
        return hall


def hall_settings(settings: Settings) -> HallSettings:
    return HallSettings.from_dict(dict(settings.hall))


class SettingsError(ValueError):
    """The settings file cannot be used; the message is the one line to show (Chinese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _read_json(path: Path) -> dict[str, object] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"无法读取设置文件 {path}：{exc}") from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(
            f"设置文件 {path} 第 {exc.lineno} 行第 {exc.colno} 列不是有效的 JSON，请改正后重试"
        ) from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"设置文件 {path} 应是一个 JSON 对象（{{ … }}）")
    central = raw.get("central", {})
    if not isinstance(central, dict):
        raise SettingsError(f"设置文件 {path} 中的 central 应是一个 JSON 对象")
    if not isinstance(raw.get("hall", {}), dict):
        raise SettingsError(f"设置文件 {path} 中的 hall 应是一个 JSON 对象")
    if "password" in raw or "password" in central:
        raise SettingsError(
            f"设置文件 {path} 中不能写密码：删除 password 一项，"
            "密码只保存在系统密钥环或本机受保护的存储中（clerk-app config set-central-password）"
        )
    return raw


def resolve_data_dir(data_dir: Path | None = None) -> Path:
    """The data dir: the one given, else ``$CLERK_DATA_DIR``, else the machine's, else the
    OS user's own."""
    if data_dir is not None:
        return data_dir
    if os.environ.get("CLERK_DATA_DIR"):
        return Path(os.environ["CLERK_DATA_DIR"])
    machine = load_machine().get("data_dir")
    return Path(str(machine)) if machine else default_data_dir()


def load(data_dir: Path | None = None) -> Settings:
    """The settings: the machine configuration first, then the data dir's settings file
    (a missing file gives the defaults). A file that is not valid JSON, not an object, or
    holds a password raises :class:`SettingsError`. An explicit ``data_dir`` (or
    ``$CLERK_DATA_DIR``) wins over the machine's data dir, never over its identity."""
    machine = load_machine()
    fixed = {k: machine[k] for k in MACHINE_FIXED if k in machine}
    if data_dir is None and not os.environ.get("CLERK_DATA_DIR") and "data_dir" in fixed:
        directory = Path(str(fixed["data_dir"]))
    else:
        directory = resolve_data_dir(data_dir)
        if "data_dir" in fixed and Path(str(fixed["data_dir"])) != directory:
            fixed.pop("data_dir")  # another data dir was asked for: not the machine's data
    fixed.pop("data_dir", None)
    own = _read_json(directory / SETTINGS_FILE) or {}
    own.pop("data_dir", None)
    merged: dict[str, object] = {k: machine[k] for k in MACHINE_DEFAULTS if k in machine}
    merged |= {k: v for k, v in own.items() if k in Settings.__dataclass_fields__}
    merged |= fixed
    merged.pop("machine_fixed", None)
    machine_keys = frozenset(fixed) | (
        {"data_dir"} if "data_dir" in machine and _same(machine["data_dir"], directory) else set()
    )
    try:
        return replace(Settings(data_dir=directory), machine_fixed=machine_keys, **merged)  # type: ignore[arg-type]
    except TypeError as exc:
        raise SettingsError(f"设置文件有误：{exc}") from exc


def _same(configured: object, directory: Path) -> bool:
    return Path(str(configured)) == directory


def save(settings: Settings) -> None:
    """Write the data dir's settings file; what the machine configuration fixes is left
    out (it stays the machine's to change)."""
    raw = asdict(settings)
    raw.pop("data_dir")
    raw.pop("machine_fixed")
    for key in settings.machine_fixed:
        raw.pop(key, None)
    if not settings.group:
        raw.pop("group", None)
    text = json.dumps(raw, ensure_ascii=False, indent=2, default=str)
    write_atomic(settings.data_dir / SETTINGS_FILE, text.encode("utf-8"))

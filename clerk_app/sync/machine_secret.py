"""The machine's central database password: one per PC, for whoever signs on to the OS.

Kept in the machine's protected store (:mod:`clerk_app.sync.machine_store`):
``/etc/clerk-desk/central-password`` (root:clerk-desk 0640, checked before every read)
on Linux, ``%ProgramData%\\ClerkDesk\\central-password.dpapi`` (DPAPI, machine scope) on
Windows. There is no plaintext fallback anywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

from clerk_app.sync.errors import CredentialsUnavailable
from clerk_app.sync.machine_store import MachineStore

STORE = MachineStore(
    name="central-password",
    what="中心数据库密码",
    command="clerk-app config set-central-password",
    entropy=b"clerk-desk/central",
    description="Clerk Desk central password",
)


def secret_path() -> Path:
    return STORE.path()


def store(target: str, password: str, group: str) -> Path:
    """Keep ``password`` for ``target`` (``user@host:port/database``) in the machine store."""
    payload = json.dumps({"for": target, "password": password}).encode("utf-8")
    return STORE.write(payload, group)


def load(target: str) -> str | None:
    """The password kept for ``target``; None when the machine store has none for it."""
    raw = STORE.read()
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CredentialsUnavailable(
            f"本机密码文件 {STORE.path()} 已损坏：请重新设置中心数据库密码"
        ) from exc
    if not isinstance(data, dict) or data.get("for") != target:
        return None
    password = data.get("password")
    return password if isinstance(password, str) else None


def remove() -> bool:
    """Delete the machine's password (a PC being retired); True if there was one."""
    return STORE.remove()

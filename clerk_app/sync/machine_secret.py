"""The machine's central database password: one per PC, for whoever signs on to the OS.

The OS keyring is per OS account (and on Linux locked until that account's desktop
session unlocks it), so it cannot hold the password of a workstation identity shared by
every account of a PC. The machine store can:

- **Linux**: ``/etc/clerk-desk/central-password``, owned by root, group = the program's
  group (``clerk-desk``), mode 0640. Only root writes it (``sudo clerk-app config
  set-central-password``); the program's users read it through their group membership.
  The text in it is not encrypted: any encryption whose key the program must hold
  anyway would be obfuscation, not protection. The protection is the file's owner and
  mode, which the program checks before every read: a file other accounts could read
  (or one not owned by root) is refused, never used.
- **Windows**: ``%ProgramData%\\ClerkDesk\\central-password.dpapi``, encrypted with DPAPI
  in *machine* scope (``CRYPTPROTECT_LOCAL_MACHINE``): only a process on this PC can
  decrypt it, the file is useless elsewhere (a copied disk image, a backup). Any local
  account on the PC can decrypt it, which is the same reach as the Linux group.

There is no plaintext fallback anywhere: a machine without such a store, or a file with
the wrong owner or mode, is a clear error.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from clerk_app import config
from clerk_app.sync.errors import CredentialsUnavailable

LINUX_FILE = "central-password"
WINDOWS_FILE = "central-password.dpapi"
_ENTROPY = b"clerk-desk/central"


def secret_path() -> Path:
    name = WINDOWS_FILE if sys.platform == "win32" else LINUX_FILE
    return config.machine_config_dir() / name


def store(target: str, password: str, group: str) -> Path:
    """Keep ``password`` for ``target`` (``user@host:port/database``) in the machine store.

    Linux: needs root; the file is root:``group`` 0640 from its first byte (made under a
    temporary name with that owner and mode, then renamed over the old one)."""
    payload = json.dumps({"for": target, "password": password}).encode("utf-8")
    path = secret_path()
    if sys.platform == "win32":
        _write_private(path, _dpapi(payload, protect=True), gid=None)
        return path
    if os.geteuid() != 0:
        raise CredentialsUnavailable(
            "保存本机的中心数据库密码需要管理员权限："
            "请用 sudo clerk-app config set-central-password"
        )
    _write_private(path, payload, gid=_group_id(group))
    return path


def load(target: str) -> str | None:
    """The password kept for ``target``; None when the machine store has none for it."""
    path = secret_path()
    try:
        if sys.platform == "win32":
            raw = _dpapi(path.read_bytes(), protect=False)
        else:
            raw = _read_protected(path)
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CredentialsUnavailable(
            f"本机密码文件 {path} 已损坏：请重新设置中心数据库密码"
        ) from exc
    if not isinstance(data, dict) or data.get("for") != target:
        return None
    password = data.get("password")
    return password if isinstance(password, str) else None


def remove() -> bool:
    """Delete the machine's password (a PC being retired); True if there was one."""
    try:
        secret_path().unlink()
    except FileNotFoundError:
        return False
    return True


def _read_protected(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except PermissionError as exc:
        raise CredentialsUnavailable(
            f"本账户不能读取本机的中心数据库密码（{path}）：请管理员把本账户加入程序的用户组"
        ) from exc
    try:
        info = os.fstat(fd)
        if info.st_uid != 0 or info.st_mode & 0o037:
            raise CredentialsUnavailable(
                f"本机密码文件 {path} 的属主或权限不安全（应为 root 所有、0640），已拒绝使用："
                "请用 sudo clerk-app config set-central-password 重新设置"
            )
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    finally:
        os.close(fd)


def _group_id(group: str) -> int:
    import grp

    try:
        return grp.getgrnam(group or config.APP_NAME).gr_gid
    except KeyError:
        raise CredentialsUnavailable(
            f"系统中没有用户组 {group or config.APP_NAME}：请先安装软件包（它会建立该组）"
            "或用 clerk-app config set group 组名 指定"
        ) from None


def _write_private(path: Path, data: bytes, *, gid: int | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if gid is not None:
            os.fchown(fd, 0, gid)
            os.fchmod(fd, 0o640)
        with os.fdopen(fd, "wb", closefd=False) as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(tmp, path)


def _dpapi(data: bytes, *, protect: bool) -> bytes:  # pragma: no cover - Windows only
    """DPAPI in machine scope through ctypes (crypt32). Not testable on Linux: written to
    the documented signatures of CryptProtectData / CryptUnprotectData."""
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    def blob(raw: bytes) -> tuple[Blob, ctypes.Array[ctypes.c_char]]:
        buffer = ctypes.create_string_buffer(raw, len(raw))
        return Blob(len(raw), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char))), buffer

    crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    flags = 0x4 | 0x1  # CRYPTPROTECT_LOCAL_MACHINE | CRYPTPROTECT_UI_FORBIDDEN
    data_in, _keep_in = blob(data)
    entropy, _keep_entropy = blob(_ENTROPY)
    data_out = Blob()
    call = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    call.argtypes = [
        ctypes.POINTER(Blob),
        wintypes.LPCWSTR if protect else ctypes.POINTER(wintypes.LPWSTR),
        ctypes.POINTER(Blob),
        ctypes.c_void_p,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(Blob),
    ]
    call.restype = wintypes.BOOL
    description = "Clerk Desk central password" if protect else None
    ok = call(
        ctypes.byref(data_in),
        description,
        ctypes.byref(entropy),
        None,
        None,
        flags,
        ctypes.byref(data_out),
    )
    if not ok:
        error = ctypes.get_last_error()  # type: ignore[attr-defined]
        raise CredentialsUnavailable(f"Windows 数据保护（DPAPI）出错（错误码 {error}）")
    try:
        return ctypes.string_at(data_out.pbData, data_out.cbData)
    finally:
        kernel32.LocalFree(data_out.pbData)

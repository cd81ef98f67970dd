"""The machine's protected store: one secret per PC, for whoever signs on to the OS.

The OS keyring is per OS account (and on Linux locked until that account's desktop
session unlocks it), so it cannot hold a secret of a workstation identity shared by
every account of a PC (the central database password, the centre's data keys). The
machine store can:

- **Linux**: a file in ``/etc/clerk-desk/``, owned by root, group = the program's group
  (``clerk-desk``), mode 0640. Only root writes it (``sudo clerk-app …``); the program's
  users read it through their group membership. The text in it is not encrypted: any
  encryption whose key the program must hold anyway would be obfuscation, not
  protection. The protection is the file's owner and mode, which the program checks
  before every read: a file other accounts could read (or one not owned by root) is
  refused, never used.
- **Windows**: ``%ProgramData%\\ClerkDesk\\<name>.dpapi``, encrypted with DPAPI in
  *machine* scope (``CRYPTPROTECT_LOCAL_MACHINE``): only a process on this PC can decrypt
  it, the file is useless elsewhere (a copied disk image, a backup). Any local account on
  the PC can decrypt it, which is the same reach as the Linux group.

There is no plaintext fallback anywhere: a machine without such a store, or a file with
the wrong owner or mode, is a clear error.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from clerk_app import config
from clerk_app.sync.errors import CredentialsUnavailable


@dataclass(frozen=True)
class MachineStore:
    """One secret in the machine store: ``name`` its file, ``what`` it is (for messages),
    ``command`` the command that sets it, ``entropy`` its DPAPI entropy (Windows)."""

    name: str
    what: str
    command: str
    entropy: bytes
    description: str

    def path(self) -> Path:
        name = f"{self.name}.dpapi" if sys.platform == "win32" else self.name
        return config.machine_config_dir() / name

    def write(self, data: bytes, group: str) -> Path:
        """Keep ``data``. Linux: needs root; the file is root:``group`` 0640 from its first
        byte (made under a temporary name with that owner and mode, then renamed)."""
        path = self.path()
        if sys.platform == "win32":
            _write_private(path, self._dpapi(data, protect=True), gid=None)
            return path
        if os.geteuid() != 0:
            raise CredentialsUnavailable(
                f"保存本机的{self.what}需要管理员权限：请用 sudo {self.command}"
            )
        _write_private(path, data, gid=_group_id(group))
        return path

    def read(self) -> bytes | None:
        """What the store holds; None when there is nothing. A file with an unsafe owner
        or mode, or one this account may not read, is a :class:`CredentialsUnavailable`."""
        path = self.path()
        try:
            if sys.platform == "win32":
                return self._dpapi(path.read_bytes(), protect=False)
            return self._read_protected(path)
        except FileNotFoundError:
            return None

    def remove(self) -> bool:
        try:
            self.path().unlink()
        except FileNotFoundError:
            return False
        return True

    def _read_protected(self, path: Path) -> bytes:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except PermissionError as exc:
            raise CredentialsUnavailable(
                f"本账户不能读取本机的{self.what}（{path}）：请管理员把本账户加入程序的用户组"
            ) from exc
        try:
            info = os.fstat(fd)
            if info.st_uid != 0 or info.st_mode & 0o037:
                raise CredentialsUnavailable(
                    f"本机的{self.what}文件 {path} 的属主或权限不安全（应为 root 所有、0640），"
                    f"已拒绝使用：请用 sudo {self.command} 重新设置"
                )
            with os.fdopen(fd, "rb", closefd=False) as f:
                return f.read()
        finally:
            os.close(fd)

    def _dpapi(self, data: bytes, *, protect: bool) -> bytes:  # pragma: no cover - Windows
        return _dpapi(data, protect=protect, entropy=self.entropy, description=self.description)


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


def _dpapi(
    data: bytes, *, protect: bool, entropy: bytes, description: str
) -> bytes:  # pragma: no cover - Windows only
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
    entropy_in, _keep_entropy = blob(entropy)
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
    ok = call(
        ctypes.byref(data_in),
        description if protect else None,
        ctypes.byref(entropy_in),
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

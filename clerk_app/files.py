"""Writing a file whole or not at all: the one way the program writes files it keeps.

A crash, a full disk or a pulled plug while writing leaves the old file (or no file), never
half of one. The bytes go to a temporary file of a unique name in the same folder, are
flushed and synced to disk, and the temporary file is then renamed over the target (an
atomic step on one file system); the folder is synced too where the platform allows it, so
the rename itself survives a power cut. Two writers at once each use their own temporary
file, so neither can publish the other's half-written bytes.

:func:`write_atomic` replaces the target; :func:`write_new` never overwrites: it takes the
first free name of ``stem``, ``stem-2``, ``stem-3``… and claims it atomically, so two
writers at once get two names.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

# Who may read the data (POSIX): one OS account (0700 folders, 0600 files), or, for the
# machine-wide data dir of a PC, the program's group (2770 folders: new files take the
# folder's group; 0660 files). Set for the process by :func:`secure_data_dir`.
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
SHARED_DIR, SHARED_FILE = 0o2770, 0o660
_file_mode: int | None = None  # the mode write_atomic / write_new give new files


def secure_data_dir(data_dir: Path, *, shared: bool) -> None:
    """Make ``data_dir`` (and what the process writes from now on) readable by its owner
    only, or by the program's group when ``shared``: the process umask (the database, its
    journal files, the logs), the mode of the files :func:`write_atomic` writes, and the
    folder itself. A folder found more open than that (a data dir from a release that
    left 0644 files in 0755 folders) is tightened with everything in it that this
    account owns. Windows: nothing (``%LOCALAPPDATA%`` is the account's own; the machine
    data folder gets its ACL from the installer)."""
    global _file_mode
    if os.name != "posix":
        return
    dir_mode, file_mode = (SHARED_DIR, SHARED_FILE) if shared else (PRIVATE_DIR, PRIVATE_FILE)
    os.umask(0o007 if shared else 0o077)
    _file_mode = file_mode
    data_dir.mkdir(parents=True, exist_ok=True)
    info = data_dir.stat()
    if info.st_uid != os.geteuid():
        return  # the machine's folder (root:group, made by the package): not ours to change
    if stat.S_IMODE(info.st_mode) == dir_mode:
        return
    data_dir.chmod(dir_mode)
    for folder, dirs, names in os.walk(data_dir):
        for name in dirs:
            _chmod_own(Path(folder) / name, dir_mode)
        for name in names:
            _chmod_own(Path(folder) / name, file_mode)


def data_file_mode() -> int | None:
    """The mode of the data dir's files for this process (None: not set, the OS default)."""
    return _file_mode


def _chmod_own(path: Path, mode: int) -> None:
    try:
        if not path.is_symlink() and path.stat().st_uid == os.geteuid():
            path.chmod(mode)
    except OSError:
        pass  # gone meanwhile, or another account's file in a shared folder


def write_atomic(target: Path, data: bytes) -> Path:
    """Replace ``target`` with ``data`` (its folder is made if missing); returns ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _synced_temp(target.parent, target.name, data)
    try:
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def write_new(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/stem+suffix``, or ``stem-2+suffix``, ``stem-3+suffix``…:
    the first name not taken, never overwriting a file (the folder is made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = _synced_temp(folder, stem + suffix, data)
    try:
        n = 1
        while True:
            target = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
            if not target.exists() and _claim(tmp, target):
                break
            n += 1
    finally:
        tmp.unlink(missing_ok=True)
    _sync_folder(folder)
    return target


def _synced_temp(folder: Path, name: str, data: bytes) -> Path:
    """``data`` in a new temporary file of a unique name in ``folder``, synced to disk."""
    fd, tmp = tempfile.mkstemp(prefix=f"{name}.", suffix=".tmp", dir=folder)
    try:
        if _file_mode is not None:
            os.fchmod(fd, _file_mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _claim(tmp: Path, target: Path) -> bool:
    """Give ``tmp``'s content the name ``target`` unless that name is taken. False: taken."""
    try:
        os.link(tmp, target)  # atomic, and refuses an existing name
    except FileExistsError:
        return False
    except OSError:
        # No hard links on this file system (FAT, some network shares): the name was free
        # a moment ago; the rename publishes the whole file at once.
        if target.exists():
            return False
        os.replace(tmp, target)
    return True


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder this way)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

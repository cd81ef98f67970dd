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
import tempfile
from pathlib import Path


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

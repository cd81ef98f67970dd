"""Has a newer version been installed beside the running one?

The Debian package installs each version in its own folder, ``/opt/clerk-desk/<version>/``,
and points ``/opt/clerk-desk/current`` at the newest (a symbolic link; on Windows a text
file ``current`` holding the version name). A running program keeps running from its own
folder; it compares its version with the one ``current`` names — a cheap file-system look,
made on a worker thread now and then — and, when they differ, the window asks the clerk
to restart at the next quiet moment (:mod:`clerk_app.ui.shell.update_notice`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from clerk_app import __version__

CURRENT = "current"


@dataclass(frozen=True)
class Installed:
    version: str  # the version ``current`` names
    executable: Path  # the program to start instead (through ``current``)


def install_base(executable: str | None = None) -> Path | None:
    """The folder holding the version folders and ``current``, when this program runs
    from such a layout (a frozen, installed program); None otherwise (a source checkout,
    a bundle run from dist/)."""
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        executable = sys.executable
    base = Path(executable).resolve().parent.parent
    current = base / CURRENT
    return base if current.is_symlink() or current.is_file() else None


def installed(base: Path) -> Installed | None:
    """What ``current`` names in ``base`` (None when it names nothing readable)."""
    current = base / CURRENT
    try:
        if current.is_symlink():
            name = Path(current.readlink()).name
        else:
            name = current.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not name:
        return None
    program = "clerk-desk.exe" if sys.platform == "win32" else "clerk-desk"
    executable = base / name / program
    return Installed(name, executable) if executable.exists() else None


def newer_installed(base: Path | None = None, running: str = __version__) -> Installed | None:
    """The installed version when it is not the running one (an upgrade, or a downgrade
    back to an older release: either way this program is no longer what starts)."""
    base = base if base is not None else install_base()
    if base is None:
        return None
    found = installed(base)
    return found if found is not None and found.version != running else None

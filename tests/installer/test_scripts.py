"""The installer's shell scripts, cheaply: each is valid bash, and the glibc check the .deb's
Depends comes from reads a real ELF file's symbol versions. (The old-base build itself,
installer/build-oldbase.sh, takes about an hour and needs root: never run here.)"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = [
    "installer/build.sh",
    "installer/smoke.sh",
    "installer/build-oldbase.sh",
    "installer/glibc-needed.sh",
    "installer/debian/build.sh",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_script_is_valid_bash(script: str) -> None:
    done = subprocess.run(["bash", "-n", ROOT / script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert os.access(ROOT / script, os.X_OK)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_glibc_needed_reads_the_newest_glibc_symbol_version_of_a_folder(tmp_path: Path) -> None:
    # A compiled extension of this Python: it asks for some GLIBC_2.x, never a newer glibc
    # than the one it runs on.
    import _ssl

    folder = tmp_path / "dist"
    folder.mkdir()
    shutil.copy2(_ssl.__file__, folder / Path(_ssl.__file__).name)
    (folder / "notes.so.txt").write_text("not an ELF file\n")
    script = ROOT / "installer" / "glibc-needed.sh"

    needed = subprocess.run(["bash", script, folder], capture_output=True, text=True, check=True)
    report = subprocess.run(
        ["bash", script, "--report", folder], capture_output=True, text=True, check=True
    )

    version = needed.stdout.strip()
    running = platform.libc_ver(sys.executable)[1] or os.confstr("CS_GNU_LIBC_VERSION").split()[1]
    assert (2, 2) <= _version(version) <= _version(running)
    assert report.stdout.splitlines()[0].startswith(f"glibc: {version} ")
    assert Path(_ssl.__file__).name in report.stdout.splitlines()[0]


def test_glibc_needed_refuses_a_folder_without_elf_files(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("nothing to run\n")
    done = subprocess.run(
        ["bash", ROOT / "installer" / "glibc-needed.sh", tmp_path], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "no GLIBC_ symbol versions" in done.stderr

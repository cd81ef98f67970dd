"""The installers as a county IT officer uses them (issue 16, "What it must show"): the
PyInstaller bundle and the .deb are built, the .deb is installed by dpkg into a scratch
root, the installed program's smoke check passes offscreen, and the package is upgraded
to a rebuilt newer version while a program started from the old one runs: that one still
prints a receipt (its later imports come from its own version folder) and sees the newer
version; the new one reports its version. The bundle holds only what the allow-list says.

Slow (two PyInstaller builds, two packages: minutes); CI runs it like every other test.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app import __version__

ROOT = Path(__file__).resolve().parents[2]
ALLOWLIST = ROOT / "installer" / "bundle-allowlist.txt"
NEW_VERSION = f"{__version__}.1"
SOURCES = ("clerk_app", "resources", "installer", "pyproject.toml", "CHANGELOG.md")


def allowed_patterns() -> list[str]:
    lines = ALLOWLIST.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def unexpected_files(bundle: Path) -> list[str]:
    """The bundle's files no allow-list pattern matches (``**`` spans folders)."""
    regexes = [re.compile(_glob_regex(p)) for p in allowed_patterns()]
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() or path.is_symlink():
            rel = path.relative_to(bundle).as_posix()
            if not any(r.fullmatch(rel) for r in regexes):
                found.append(rel)
    return found


def _glob_regex(pattern: str) -> str:
    parts = pattern.split("**")
    return ".*".join(fnmatch.translate(p).removeprefix("(?s:").removesuffix(")\\Z") for p in parts)


def test_the_allow_list_keeps_gtk_and_its_libraries_out() -> None:
    spec = (ROOT / "installer" / "clerk-desk.spec").read_text(encoding="utf-8")
    gtk_only = re.findall(r'^\s+"(lib[^"]+)",$', spec.split("GTK_ONLY = [")[1].split("]")[0], re.M)
    assert "libqgtk3.so" in gtk_only and "libgtk-3.so.0" in gtk_only
    regexes = [re.compile(_glob_regex(p)) for p in allowed_patterns()]
    candidates = ["_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so"]
    candidates += [f"_internal/{name}" for name in gtk_only]
    assert [c for c in candidates if any(r.fullmatch(c) for r in regexes)] == []
    assert any(r.fullmatch("_internal/PySide6/Qt/plugins/platforms/libqxcb.so") for r in regexes)


# -- the slow part: build, install, upgrade while running ----------------------------------


def run(argv: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], check=True, capture_output=True, text=True, **kwargs
    )  # type: ignore[call-overload, no-any-return]


def build(tree: Path, version: str) -> tuple[Path, Path, dict[str, float]]:
    """A copy of the sources at ``version``, built: (bundle, .deb, seconds taken)."""
    tree.mkdir()
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tree / name)
    init = tree / "clerk_app" / "__init__.py"
    init.write_text(re.sub(r'__version__ = ".*"', f'__version__ = "{version}"', init.read_text()))
    env = os.environ | {
        "PYTHON": sys.executable,
        "PYTHONPATH": str(tree),  # this copy's clerk_app, not the installed checkout's
        "SKIP_SMOKE": "1",
        "DEB_COMPRESS": "gzip",  # the release uses xz; the test only needs a package fast
        "DEB_COMPRESS_LEVEL": "1",
    }
    times = {}
    start = time.monotonic()
    run(["bash", tree / "installer" / "build.sh"], env=env, cwd=tree)
    times["bundle_s"] = time.monotonic() - start
    start = time.monotonic()
    run(["bash", tree / "installer" / "debian" / "build.sh"], env=env, cwd=tree)
    times["deb_s"] = time.monotonic() - start
    debs = list((tree / "dist").glob(f"clerk-desk_{version}_*.deb"))
    assert len(debs) == 1, debs
    return tree / "dist" / "clerk-desk", debs[0], times


def dpkg_install(root: Path, deb: Path) -> str:
    """``dpkg --root`` into a scratch root: dpkg's own unpacking (replace, never rewrite)
    and the package's maintainer scripts (run with $DPKG_ROOT, outside a chroot)."""
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True, exist_ok=True)
    for name in ("status", "available"):
        (admin / name).touch()
    (root / "var" / "log").mkdir(parents=True, exist_ok=True)
    done = run(
        [
            "dpkg",
            f"--root={root}",
            f"--log={root / 'var' / 'log' / 'dpkg.log'}",
            "--force-script-chrootless",
            "--force-depends",
            "--force-not-root",
            "-i",
            deb,
        ]
    )
    return done.stdout + done.stderr


def smoke(program: Path, data: Path) -> dict[str, object]:
    out = run([program, "smoke", "--data-dir", data], env=offscreen()).stdout
    report: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return report


def offscreen() -> dict[str, str]:
    return os.environ | {"QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def old_program() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
    reason="the .deb is built and installed on Debian-based Linux",
)
def test_build_install_and_upgrade_while_the_old_program_runs(
    tmp_path: Path, old_program: list[subprocess.Popen[str]]
) -> None:
    pytest.importorskip("PyInstaller")
    bundle, deb_old, times_old = build(tmp_path / "v-old", __version__)
    assert unexpected_files(bundle) == []
    _bundle_new, deb_new, times_new = build(tmp_path / "v-new", NEW_VERSION)
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    print(
        f"\nbuild: bundle {times_old['bundle_s']:.0f} s, .deb {times_old['deb_s']:.0f} s; "
        f"sizes: bundle {sum(f.stat().st_size for f in files) >> 20}"
        f" MiB, .deb (gzip -1) {deb_old.stat().st_size >> 20} MiB; "
        f"second build {times_new['bundle_s']:.0f} s"
    )

    root = tmp_path / "root"
    dpkg_install(root, deb_old)
    base = root / "opt" / "clerk-desk"
    assert os.readlink(base / "current") == __version__
    assert os.readlink(root / "usr" / "bin" / "clerk-app") == "/opt/clerk-desk/current/clerk-desk"
    assert os.readlink(root / "usr" / "bin" / "clerk-desk") == "/opt/clerk-desk/current/clerk-desk"
    installed = base / "current" / "clerk-desk"
    report = smoke(installed, tmp_path / "smoke-old")
    assert (report["ok"], report["frozen"], report["version"]) == (True, True, __version__)

    # A clerk's program, started from the old version, is in the middle of its work...
    running = subprocess.Popen(
        [str(installed), "smoke", "--pause", "--data-dir", str(tmp_path / "running")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=offscreen(),
    )
    old_program.append(running)
    assert running.stderr is not None
    assert running.stderr.readline().strip() == "smoke: paused"

    # ... when the IT officer upgrades the package.
    dpkg_install(root, deb_new)
    assert os.readlink(base / "current") == NEW_VERSION
    assert (base / __version__ / "clerk-desk").exists()  # still running: kept

    out, err = running.communicate("go on\n", timeout=300)
    assert running.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["ok"] is True and report["version"] == __version__
    assert report["receipt_pdf_pages"] == 1  # the receipt still prints
    assert report["installed_version"] == NEW_VERSION  # and it knows it should restart

    new = base / "current" / "clerk-desk"
    assert run([new, "--version"], env=offscreen()).stdout.strip() == f"clerk-app {NEW_VERSION}"
    report = smoke(new, tmp_path / "smoke-new")
    assert (report["ok"], report["version"]) == (True, NEW_VERSION)
    assert "installed_version" not in report

    # The next upgrade (here: the same package again) removes the unused old folder.
    dpkg_install(root, deb_new)
    assert sorted(p.name for p in base.iterdir()) == [".bundle", NEW_VERSION, "current"]

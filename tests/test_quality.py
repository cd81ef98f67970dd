"""The code checks of STYLE.md, run with the suite: lint, format, types, import layers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    which = shutil.which(name)
    if which is None:
        pytest.fail(f"{name} is not installed (pip install -e '.[test]')")
    return which


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_lint_is_clean() -> None:
    result = _run(_tool("ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied() -> None:
    result = _run(_tool("ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_configured_packages() -> None:
    result = _run(_tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_hold() -> None:
    result = _run(_tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_is_over_600_lines() -> None:
    """STYLE: 100–300 lines is the norm, past ~600 a module is split."""
    long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "clerk_app").rglob("*.py")
        if "migrations" not in path.parts
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert long == {}


def test_widgets_run_background_work_through_operations() -> None:
    """Only a feature's ops.py (and the task runner itself) hands work to the executors;
    a widget runs the operation its feature's ops.py built."""
    ui = ROOT / "clerk_app" / "ui"
    direct = sorted(
        str(path.relative_to(ROOT))
        for path in ui.rglob("*.py")
        if path.name not in {"ops.py", "tasks.py"}
        and re.search(r"tasks\.(write|io)\(", path.read_text(encoding="utf-8"))
    )
    assert direct == []

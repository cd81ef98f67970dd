"""``clerk-app smoke`` (the installer's self-check) and the PyInstaller spec's file lists.

The frozen build itself is not made here (installer/build.sh does, ~30 s); these tests
keep the command and the spec honest: the command works unfrozen on a fresh data dir and
fails loudly on a broken one, and every data file and lazily imported module the program
needs at run time is still listed in ``installer/clerk-desk.spec``.
"""

from __future__ import annotations

import ast
import json
import logging
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from clerk_app.cli import main
from clerk_app.config import DB_FILE_NAME
from clerk_app.store.migrate import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "clerk-desk.spec"
NOT_SHIPPED = {".ts"}  # translation sources: the program loads the compiled .qm


@pytest.fixture(autouse=True)
def _close_log_file() -> Iterator[None]:
    """``main`` opens a log file in the data dir; close it when the test ends."""
    yield
    root = logging.getLogger("clerk")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


def _report(out: str) -> dict[str, object]:
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    report: dict[str, object] = json.loads(lines[0])
    return report


@pytest.mark.parametrize(
    "argv",
    [["--data-dir", "{dir}", "smoke"], ["smoke", "--data-dir", "{dir}"]],
    ids=["global-option", "sub-command-option"],
)
def test_smoke_makes_the_database_prints_a_receipt_and_finds_the_package_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    data_dir = tmp_path / "data"
    assert main([a.format(dir=data_dir) for a in argv]) == 0
    report = _report(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["frozen"] is False
    assert report["schema"] == SCHEMA_HEAD
    assert (data_dir / DB_FILE_NAME).is_file()  # the given data dir, not the user's
    assert report["journal_events"] == 0
    assert report["receipt_pdf_pages"] == 1
    assert report["translations"] == ["clerk_en.qm", "clerk_zh_CN.qm"]
    assert isinstance(report["demo_items"], int) and report["demo_items"] > 0
    assert report["pinyin"] == "yyzz"


@pytest.mark.expected_errors("smoke check failed: 数据库")
def test_smoke_on_a_broken_database_exits_non_zero_and_says_which_check_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILE_NAME).write_bytes(b"this is not a database" * 100)
    assert main(["smoke", "--data-dir", str(data_dir)]) == 1
    captured = capsys.readouterr()
    report = _report(captured.out)
    assert report["ok"] is False
    assert report["failed"] == "数据库"
    assert "冒烟检查失败（数据库）" in captured.err


def _spec_list(name: str) -> list[object]:
    """A top-level ``NAME = [...]`` literal of the spec (it is PyInstaller code, not run)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError(f"{SPEC.name} has no literal {name} list")


def test_every_repository_data_pattern_of_the_spec_matches_a_file() -> None:
    for pattern, dest in _spec_list("REPO_DATA"):  # type: ignore[misc]
        assert sorted(ROOT.glob(pattern)), f"{pattern} (→ {dest}) matches no file"


def test_every_installed_package_data_pattern_of_the_spec_matches_a_file() -> None:
    for package, pattern, _dest in _spec_list("PACKAGE_DATA"):  # type: ignore[misc]
        spec = find_spec(package)
        assert spec is not None and spec.submodule_search_locations, package
        folder = Path(next(iter(spec.submodule_search_locations)))
        assert sorted(folder.glob(pattern)), f"{package}/{pattern} matches no file"


def test_the_spec_ships_every_resource_and_migration_the_program_reads() -> None:
    listed = {
        path.resolve()
        for pattern, _dest in _spec_list("REPO_DATA")  # type: ignore[misc]
        for path in ROOT.glob(pattern)
    }
    needed = [
        path
        for folder in (ROOT / "resources", ROOT / "clerk_app" / "store" / "migrations")
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in NOT_SHIPPED
        and path.name != "__init__.py"
    ]
    assert needed
    missing = [str(p.relative_to(ROOT)) for p in needed if p.resolve() not in listed]
    assert not missing, f"add to REPO_DATA in installer/clerk-desk.spec: {missing}"


def test_the_spec_hidden_imports_cover_every_module_the_journal_replay_loads() -> None:
    events = ROOT / "clerk_app" / "services" / "events.py"
    tree = ast.parse(events.read_text(encoding="utf-8"))
    loader = next(
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "load_appliers"
    )
    loaded = {
        f"{node.module}.{alias.name}"
        for node in ast.walk(loader)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert loaded
    hidden = set(_spec_list("HIDDEN_IMPORTS"))
    assert not loaded - hidden, f"add to HIDDEN_IMPORTS: {sorted(loaded - hidden)}"


def test_data_dir_may_follow_the_sub_command(tmp_path: Path) -> None:
    """``clerk-app db upgrade --data-dir D`` and ``clerk-app --data-dir D db upgrade`` agree."""
    from clerk_app.cli import main

    after, before = tmp_path / "after", tmp_path / "before"
    assert main(["db", "upgrade", "--data-dir", str(after)]) == 0
    assert main(["--data-dir", str(before), "db", "upgrade"]) == 0
    assert (after / "clerk.sqlite3").is_file() and (before / "clerk.sqlite3").is_file()

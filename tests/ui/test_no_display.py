"""Started with no display, the app says so in one line instead of Qt's abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from clerk_app.app import no_display_reason, run_gui


def test_no_display_on_linux_is_explained() -> None:
    line = no_display_reason("zh_CN", env={}, platform="linux")
    assert line is not None and "\n" not in line
    assert "xvfb-run" in line and "QT_QPA_PLATFORM=offscreen" in line


@pytest.mark.parametrize(
    "env", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"}]
)
def test_a_display_or_a_platform_is_enough(env: dict[str, str]) -> None:
    assert no_display_reason("zh_CN", env=env, platform="linux") is None


def test_windows_always_has_a_display() -> None:
    assert no_display_reason("zh_CN", env={}, platform="win32") is None


def test_run_gui_returns_2_before_touching_qt_or_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    code = run_gui(tmp_path, f"sqlite:///{tmp_path / 'x.sqlite3'}", lang="en")
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "no graphical display" in err
    assert not (tmp_path / "x.sqlite3").exists()

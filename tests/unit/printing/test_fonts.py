from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from clerk_app.printing import fonts, render
from clerk_app.printing.samples import example_documents

from ._pdf import pdf_text

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")  # fonts-arphic-uming, as in CI


@pytest.fixture(autouse=True)
def fresh_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    fonts.configure_font_path(None)
    yield
    fonts.configure_font_path(None)


def test_found_font_is_embedded_truetype(caplog: pytest.LogCaptureFixture) -> None:
    if not WQY.exists():
        pytest.skip("WenQuanYi not installed")
    with caplog.at_level(logging.INFO, logger="clerk.print"):
        fs = fonts.get_fonts()
    assert fs.embedded and str(WQY) in fs.sources
    assert "print fonts found" in caplog.text and "wqy-microhei" in caplog.text


def test_a_song_face_sets_body_and_titles_and_the_sans_only_the_ticket_number() -> None:
    if not (WQY.exists() and UMING.exists()):
        pytest.skip("needs fonts-arphic-uming and fonts-wqy-microhei (CI installs both)")
    fs = fonts.get_fonts()
    assert (fs.title, fs.body) == ("ClerkCJK-uming", "ClerkCJK-uming")
    assert fs.heavy == "ClerkCJK-wqy-microhei"


def test_the_sans_is_the_last_resort(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not WQY.exists():
        pytest.skip("WenQuanYi not installed")
    (tmp_path / WQY.name).symlink_to(WQY)
    monkeypatch.setattr(fonts, "_search_dirs", lambda: [tmp_path])
    fs = fonts.get_fonts()
    assert fs.body == fs.title == fs.heavy == "ClerkCJK-wqy-microhei"


def test_cached_once_and_thread_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = fonts._discover

    def counting() -> fonts.FontSet:
        calls.append(1)
        return real()

    monkeypatch.setattr(fonts, "_discover", counting)
    results: list[fonts.FontSet] = []
    threads = [threading.Thread(target=lambda: results.append(fonts.get_fonts())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(set(results)) == 1


def test_falls_back_to_cid_font_when_nothing_loads(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(fonts, "_search_dirs", lambda: [])
    with caplog.at_level(logging.WARNING, logger="clerk.print"):
        fs = fonts.get_fonts()
    assert fs.body == fonts.CID_FALLBACK and not fs.embedded
    assert "STSong-Light" in caplog.text
    doc = example_documents(__import__("datetime").date(2026, 9, 30))["receipt"]
    assert "受理通知书" in pdf_text(render(doc))  # printing never fails


def test_unloadable_fonts_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # a CFF/corrupt "font" first in line, as Noto CJK is for reportlab
    bad = tmp_path / "NotoSansCJK-Regular.ttc"
    bad.write_bytes(b"OTTO" + b"\0" * 64)
    monkeypatch.setattr(fonts, "_search_dirs", lambda: [tmp_path])
    with caplog.at_level(logging.INFO, logger="clerk.print"):
        fs = fonts.get_fonts()
    assert fs.body == fonts.CID_FALLBACK
    assert "skipped" in caplog.text and "NotoSansCJK" in caplog.text


def test_configured_path_wins_and_bad_one_is_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    if not WQY.exists():
        pytest.skip("WenQuanYi not installed")
    fonts.configure_font_path(WQY)
    fs = fonts.get_fonts()
    assert fs.sources == (str(WQY),)
    assert fs.body in pdfmetrics.getRegisteredFontNames()

    fonts.configure_font_path(tmp_path / "missing.ttf")
    with caplog.at_level(logging.WARNING, logger="clerk.print"):
        fs = fonts.get_fonts()
    assert "could not be loaded" in caplog.text
    assert fs.body  # still something to print with


def test_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    if not WQY.exists():
        pytest.skip("WenQuanYi not installed")
    monkeypatch.setenv(fonts.ENV_VAR, str(WQY))
    fonts.reset_fonts()
    assert fonts.get_fonts().sources == (str(WQY),)

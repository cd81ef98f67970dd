"""The hall's voice: announcements queue up and are never cut; the words; a real engine."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.domain.announce import call_text, spell, spoken_call
from clerk_app.services import hall, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.ui.hall.display import CallDisplay
from clerk_app.ui.hall.voice import Announcer, EspeakEngine, choose_engine, write_chime
from clerk_app.ui.tasks import Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


class FakeEngine:
    """Records what it is asked to say; it finishes only when the test says so, and it
    fails the test if it is asked to start while still speaking (a cut)."""

    name = "fake"

    def __init__(self) -> None:
        self.said: list[str] = []
        self.chimes = 0
        self.speaking: str | None = None
        self._finish = lambda: None

    def chime(self, done) -> None:  # type: ignore[no-untyped-def]
        assert self.speaking is None, "a chime cut an announcement"
        self.chimes += 1
        done()

    def say(self, text: str, done) -> None:  # type: ignore[no-untyped-def]
        assert self.speaking is None, f"{text!r} cut {self.speaking!r}"
        self.speaking = text
        self.said.append(text)

        def finish() -> None:
            self.speaking = None
            done()

        self._finish = finish

    def finish(self) -> None:
        self._finish()

    def configure(self, volume: float, rate: float) -> None:
        pass

    def stop(self) -> None:
        pass


def test_numbers_are_spoken_digit_by_digit_and_letters_as_letters() -> None:
    assert call_text("A012", "05") == "请 A012 号 到 5 号窗口 办理"
    assert spoken_call("A012", "05") == "请 A 零 一 二 号 到 五 号窗口 办理"
    assert spell("b10") == "B 一 零"
    assert spoken_call("A01-03", "A01") == "请 A 零 一 零 三 号 到 A 零 一 号窗口 办理"


def test_three_quick_calls_and_a_recall_are_four_announcements_in_order_none_cut(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks, clock: FakeClock
) -> None:
    engine = FakeEngine()
    announcer = Announcer(engine)
    display = CallDisplay(
        tasks, lambda: hall.display_snapshot(ui_ctx), announcer=announcer, refresh_ms=60_000
    )
    qtbot.addWidget(display)
    display.refresh()  # the first read: nothing called yet
    for _ in range(3):
        tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.tax_queue)
    first = tickets.call_next(ui_ctx, small.clerk.actor(), window_id=small.window_a)
    clock.advance(seconds=5)
    tickets.call_next(ui_ctx, small.clerk_b.actor(), window_id=small.window_b)
    display.refresh()
    clock.advance(seconds=5)
    tickets.call_next(ui_ctx, small.tax_clerk.actor(), window_id=small.window_tax)
    assert first is not None
    clock.advance(seconds=5)
    tickets.recall(ui_ctx, small.clerk.actor(), first.id)
    display.refresh()

    assert engine.said == ["请 A 零 零 一 号 到 A 零 一 号窗口 办理"]  # the rest wait
    while engine.speaking is not None:
        engine.finish()
        qtbot.waitUntil(lambda: engine.speaking is not None or announcer.pending == 0)
    assert engine.said == [
        "请 A 零 零 一 号 到 A 零 一 号窗口 办理",
        "请 A 零 零 二 号 到 A 零 二 号窗口 办理",
        "请 B 零 零 一 号 到 B 零 一 号窗口 办理",
        "请 A 零 零 一 号 到 A 零 一 号窗口 办理",  # the recall, announced again
    ]
    assert engine.chimes == 4  # a chime before each call
    display.stop()


def test_without_a_mandarin_voice_the_hall_says_so_and_stays_silent() -> None:
    choice = choose_engine("espeak", which=lambda _name: None)
    assert choice.engine.name == "none"
    assert "没有普通话语音引擎" in choice.note


def test_espeak_speaks_the_announcement_to_a_non_silent_wav(tmp_path: Path) -> None:
    program, soxi = shutil.which("espeak-ng"), shutil.which("sox")
    if program is None or soxi is None:
        pytest.skip("espeak-ng or sox is not installed (CI installs both: .ci/run)")
    engine = EspeakEngine(program)
    wav = tmp_path / "call.wav"
    subprocess.run(
        [program, *engine.arguments(spoken_call("A012", "05"), wav)], check=True, timeout=60
    )
    # sox: trim the silence away and measure what is left
    trimmed = tmp_path / "voiced.wav"
    subprocess.run(
        [
            soxi,
            str(wav),
            str(trimmed),
            "silence",
            "1",
            "0.05",
            "1%",
            "reverse",
            "silence",
            "1",
            "0.05",
            "1%",
            "reverse",
        ],
        check=True,
        timeout=60,
    )
    seconds = float(
        subprocess.run(
            ["soxi", "-D", str(trimmed)], check=True, capture_output=True, text=True, timeout=60
        ).stdout
    )
    assert seconds > 1.0  # a dozen syllables of speech, not silence


def test_the_chime_is_a_short_wav(tmp_path: Path) -> None:
    import wave

    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path)) as w:
        assert 0.5 < w.getnframes() / w.getframerate() < 1.5

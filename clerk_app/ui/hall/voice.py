"""The hall's voice: an announcer that queues the calls and a speech engine that says them.

The :class:`Announcer` never cuts an announcement: each one waits until the engine says
the previous one is finished (chime, then the words). A recall is simply announced again.
Engines, best first: Qt's QtTextToSpeech where it offers a Mandarin voice (SAPI/WinRT on
Windows, speech-dispatcher on Linux), espeak-ng run as a process (``espeak-ng -v cmn``),
or none — then the display keeps working silently and says why once (log and settings).
"""

from __future__ import annotations

import logging
import math
import shutil
import struct
import wave
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from clerk_app.ui.common.qt_compat import emit

log = logging.getLogger("clerk.ui")

Done = Callable[[], None]
CHIME_MS = 900


class SpeechEngine(Protocol):
    """Says one text (or plays the chime) and calls ``done`` once it has finished."""

    name: str

    def say(self, text: str, done: Done) -> None: ...
    def chime(self, done: Done) -> None: ...
    def configure(self, volume: float, rate: float) -> None: ...
    def stop(self) -> None: ...


@dataclass(frozen=True)
class VoiceChoice:
    engine: SpeechEngine
    note: str  # what the display's settings show about the voice (Chinese)


class Announcer(QObject):
    """A queue of announcements, said one after another, each preceded by the chime."""

    started = Signal(str)
    finished = Signal(str)

    def __init__(
        self, engine: SpeechEngine, *, chime: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.chime = chime
        self._queue: deque[str] = deque()
        self._current: str | None = None

    @property
    def pending(self) -> int:
        return len(self._queue) + (self._current is not None)

    def announce(self, text: str) -> None:
        self._queue.append(text)
        self._next()

    def clear(self) -> None:
        """Drop what is waiting (the one being said finishes)."""
        self._queue.clear()

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        text = self._current = self._queue.popleft()
        emit(self.started, text)
        if self.chime:
            self.engine.chime(lambda: self.engine.say(text, self._done))
        else:
            self.engine.say(text, self._done)

    def _done(self) -> None:
        text, self._current = self._current, None
        if text is not None:
            emit(self.finished, text)
        QTimer.singleShot(0, self._next)


class SilentEngine:
    """No voice: every announcement is 'said' at once (the display still flashes)."""

    name = "none"

    def say(self, text: str, done: Done) -> None:
        QTimer.singleShot(0, done)

    def chime(self, done: Done) -> None:
        QTimer.singleShot(0, done)

    def configure(self, volume: float, rate: float) -> None:
        pass

    def stop(self) -> None:
        pass


class _ChimeMixin:
    """A two-tone chime (叮咚) played through QtMultimedia, skipped where it cannot play."""

    _effect: object | None = None
    chime_file: Path | None = None
    volume: float = 0.8

    def chime(self, done: Done) -> None:
        if self.chime_file is None:
            QTimer.singleShot(0, done)
            return
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            QTimer.singleShot(0, done)
            return
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(self.chime_file)))
        effect.setVolume(self.volume)
        effect.play()
        self._effect = effect  # kept alive while it plays
        QTimer.singleShot(CHIME_MS, done)


class EspeakEngine(_ChimeMixin):
    """espeak-ng's Mandarin voice, one process per announcement (nothing is cut)."""

    name = "espeak-ng"

    def __init__(self, program: str, chime_file: Path | None = None) -> None:
        self.program = program
        self.chime_file = chime_file
        self.volume, self.rate = 0.8, 0.0
        self._process: QProcess | None = None

    def configure(self, volume: float, rate: float) -> None:
        self.volume, self.rate = volume, rate

    def arguments(self, text: str, wav: Path | None = None) -> list[str]:
        amplitude = round(max(0.0, min(1.0, self.volume)) * 150)
        speed = round(150 * (1 + max(-1.0, min(1.0, self.rate)) * 0.5))
        out = ["-w", str(wav)] if wav is not None else []
        return ["-v", "cmn", "-a", str(amplitude), "-s", str(speed), *out, text]

    def say(self, text: str, done: Done) -> None:
        process = QProcess()
        self._process = process

        def finished(*_args: object) -> None:
            if self._process is process:
                self._process = None
            done()

        def failed(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:  # no finished() will follow
                log.warning("espeak-ng could not start: %s", self.program)
                finished()

        process.finished.connect(finished)
        process.errorOccurred.connect(failed)
        process.start(self.program, self.arguments(text))

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.waitForFinished(1000)


class QtSpeechEngine(_ChimeMixin):
    """QtTextToSpeech with a Mandarin voice; ``done`` when it is back to Ready."""

    def __init__(self, tts: object, chime_file: Path | None = None) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert isinstance(tts, QTextToSpeech)
        self.tts = tts
        self.name = f"Qt {tts.engine()}"
        self.chime_file = chime_file
        self.volume = 0.8
        self._done: Done | None = None
        tts.stateChanged.connect(self._state)

    def configure(self, volume: float, rate: float) -> None:
        self.volume = volume
        self.tts.setVolume(volume)
        self.tts.setRate(rate)

    def say(self, text: str, done: Done) -> None:
        self._done = done
        self.tts.say(text)

    def _state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._done:
            done, self._done = self._done, None
            done()

    def stop(self) -> None:
        self.tts.stop()


def _mandarin(locale_name: str) -> bool:
    return locale_name.startswith("zh") and not locale_name.startswith(("zh_HK", "zh_MO"))


def _qt_engine(chime_file: Path | None) -> QtSpeechEngine | None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:  # no libpulse0 and the like
        log.info("QtTextToSpeech not available: %s", exc)
        return None
    for name in QTextToSpeech.availableEngines():
        if name == "mock":
            continue
        tts = QTextToSpeech(name)
        for locale in tts.availableLocales():
            if _mandarin(locale.name()):
                tts.setLocale(locale)
                if tts.availableVoices():
                    return QtSpeechEngine(tts, chime_file)
    return None


def choose_engine(
    preference: str = "auto",
    chime_file: Path | None = None,
    *,
    which: Callable[[str], str | None] = shutil.which,
) -> VoiceChoice:
    """The best Mandarin engine here (``preference``: auto, qt, espeak or none)."""
    if preference == "none":
        return VoiceChoice(SilentEngine(), "语音播报已在设置中关闭")
    if preference in ("auto", "qt"):
        engine = _qt_engine(chime_file)
        if engine is not None:
            return VoiceChoice(engine, f"语音：{engine.name}（普通话）")
    if preference in ("auto", "espeak"):
        program = which("espeak-ng")
        if program:
            return VoiceChoice(EspeakEngine(program, chime_file), "语音：espeak-ng（普通话）")
    note = "本机没有普通话语音引擎（QtTextToSpeech 或 espeak-ng），叫号只显示不播报"
    log.warning("no Mandarin voice: %s", note)
    return VoiceChoice(SilentEngine(), note)


def write_chime(path: Path) -> Path:
    """The chime as a small WAV file (two sine tones, 叮咚), made once per PC."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = 22050
    frames = bytearray()
    for freq, seconds in ((880.0, 0.35), (659.25, 0.5)):
        n = int(rate * seconds)
        for i in range(n):
            fade = min(1.0, (n - i) / (rate * 0.15))
            value = 0.45 * fade * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path

"""The real program as a subprocess, read through its JSON log lines (``--log-json``), as
qutebrowser's end-to-end tests read theirs: wait for a line, then assert on all of them."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What Qt itself prints on stderr under the offscreen platform when a window is shown.
QT_OFFSCREEN_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})


@dataclass(frozen=True)
class LogLine:
    time: str
    level: str
    logger: str
    message: str
    thread: str

    @classmethod
    def parse(cls, text: str) -> LogLine:
        entry = json.loads(text)
        return cls(
            time=entry["time"],
            level=entry["level"],
            logger=entry["logger"],
            message=entry["message"],
            thread=entry["thread"],
        )


class Program:
    """``python -m clerk_app`` with the given arguments, offscreen, JSON lines on stderr."""

    def __init__(self, *args: str, cwd: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        env.pop("CLERK_DATA_DIR", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "clerk_app", "--log-json", *args],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[LogLine] = []
        self.other: list[str] = []  # stderr lines that are not JSON
        self._incoming: queue.Queue[LogLine | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            text = raw.rstrip("\n")
            if not text.startswith("{"):
                self.other.append(text)
                continue
            line = LogLine.parse(text)
            self.lines.append(line)
            self._incoming.put(line)
        self._incoming.put(None)  # stderr closed: the program has ended

    def wait_for(self, message: str, timeout: float = 60) -> LogLine:
        """The first line (from now on) whose message starts with ``message``."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no log line {message!r} in {timeout} s: {self.messages()}")
            try:
                line = self._incoming.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(
                    f"the program ended before logging {message!r}: {self.messages()} {self.other}"
                )
            if line.message.startswith(message):
                return line

    def wait_exit(self, timeout: float = 60) -> int:
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=timeout)
        return code

    def messages(self) -> list[str]:
        return [line.message for line in self.lines]

    def close(self) -> None:
        """Kill the program if it still runs; close the pipe."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        if self.proc.stderr is not None:
            self.proc.stderr.close()

"""A QTimer that runs on a clock the test moves by hand, for counts of minutes (the idle
lock) that a test should neither wait for nor shorten."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class ManualTimer(QTimer):
    """Started, stopped and restarted like a QTimer; it fires (``timeout``) only from
    :meth:`advance`, once the interval has passed on its own clock since the last start."""

    def __init__(self) -> None:
        super().__init__()
        self.now_ms = 0
        self.deadline_ms: int | None = None
        self.starts = 0

    def start(self, msec: int | None = None) -> None:  # type: ignore[override]
        if msec is not None:
            self.setInterval(msec)
        self.deadline_ms = self.now_ms + self.interval()
        self.starts += 1

    def stop(self) -> None:
        self.deadline_ms = None

    def isActive(self) -> bool:
        return self.deadline_ms is not None

    def remainingTime(self) -> int:
        return -1 if self.deadline_ms is None else max(0, self.deadline_ms - self.now_ms)

    def advance(self, *, minutes: float = 0, ms: int = 0) -> None:
        """Move the clock on; fire (once per passing of the interval) on the way."""
        target = self.now_ms + ms + round(minutes * 60_000)
        while self.deadline_ms is not None and self.deadline_ms <= target:
            self.now_ms = self.deadline_ms
            self.deadline_ms = (
                None if self.isSingleShot() else self.now_ms + max(1, self.interval())
            )
            self.timeout.emit()
        self.now_ms = target

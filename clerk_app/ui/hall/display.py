"""The call display (叫号显示屏): full screen in the hall, readable from 10 m on 1080p.

It reads the hall's snapshot every few seconds on the I/O pool (from the local database or
straight from the central one: the launcher picks the source), flashes and announces each
new call or recall, and when a read fails it keeps the last state on screen, marked with
the time it was read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.announce import call_text, spoken_call, window_label
from clerk_app.services.hall import CallLine, HallSnapshot
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.hall.voice import Announcer
from clerk_app.ui.tasks import QueryOp, Tasks

log = logging.getLogger("clerk.ui")

CURRENT_ROWS = 4  # calls shown big
RECENT_ROWS = 6  # last calls shown at the side
QUEUE_SLOTS = 24  # waiting counts, in a band of QUEUE_COLUMNS columns
QUEUE_COLUMNS = 6
FLASH_TIMES = 6  # a new call blinks this many times
FLASH_MS = 500

BACKGROUND = "#0b2a4a"


def display_style(scale: float = 1.0) -> str:
    """The display's look; ``scale`` shrinks the type for a screen under 1080 lines."""

    def px(size: int) -> int:
        return max(12, round(size * scale))

    return f"""
QWidget#hallDisplay {{ background: {BACKGROUND}; }}
QLabel {{ color: #ffffff; }}
QLabel#centerName {{ font-size: {px(56)}px; font-weight: bold; }}
QLabel#clock {{ font-size: {px(48)}px; }}
QLabel#sectionTitle {{ font-size: {px(36)}px; color: #ffd54f; font-weight: bold; }}
QLabel#callNumber {{ font-size: {px(104)}px; font-weight: bold; color: #ffeb3b; }}
QLabel#callWindow {{ font-size: {px(88)}px; font-weight: bold; }}
QLabel#recentLine {{ font-size: {px(52)}px; }}
QLabel#queueLine {{ font-size: {px(32)}px; }}
QLabel#stale {{ font-size: {px(40)}px; background: #c62828; padding: 6px 16px; }}
QLabel#voiceNote {{ font-size: {px(22)}px; color: #90a4ae; }}
QFrame#callRow[flash="true"] {{ background: #ffeb3b; }}
QFrame#callRow[flash="true"] QLabel {{ color: {BACKGROUND}; }}
"""


class Marquee(QWidget):
    """One line of announcements scrolling from right to left."""

    def __init__(self, parent: QWidget | None = None, *, px: int = 44) -> None:
        super().__init__(parent)
        self._text = ""
        self._offset = 0
        font = QFont(self.font())
        font.setPixelSize(px)
        self.setFont(font)
        self.setFixedHeight(QFontMetrics(font).height() + 24)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)
        self._timer.start(30)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._offset = 0
            self.update()

    def _step(self) -> None:
        if self._text:
            self._offset += 3
            width = QFontMetrics(self.font()).horizontalAdvance(self._text)
            if self._offset > width + self.width():
                self._offset = 0
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#06182b"))
        painter.setPen(QColor("#ffffff"))
        x = self.width() - self._offset
        painter.drawText(x, 0, 100_000, self.height(), Qt.AlignmentFlag.AlignVCenter, self._text)
        painter.end()


class CallRow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callRow")
        self.number = QLabel()
        self.number.setObjectName("callNumber")
        self.where = QLabel()
        self.where.setObjectName("callWindow")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 0, 24, 0)
        row.addWidget(self.number, 4)
        row.addWidget(self.where, 5)
        self.key: tuple[str, int] | None = None

    def show_call(self, call: CallLine | None) -> None:
        self.key = None if call is None else call.key
        self.number.setText("" if call is None else call.number)
        self.where.setText(
            ""
            if call is None
            else self.tr("请到 {w} 号窗口").format(w=window_label(call.window_code))
        )

    def set_flash(self, on: bool) -> None:
        self.setProperty("flash", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        for label in (self.number, self.where):
            label.style().unpolish(label)
            label.style().polish(label)


class CallDisplay(QWidget):
    """The whole screen. ``read`` runs on the I/O pool and returns a :class:`HallSnapshot`."""

    refreshed = Signal(object)  # HallSnapshot, after it is on screen
    called = Signal(str)  # the display text of each new call or recall

    def __init__(
        self,
        tasks: Tasks,
        read: Callable[[], HallSnapshot],
        *,
        announcer: Announcer | None = None,
        refresh_ms: int = 3000,
        voice_note: str = "",
        source_name: str = "",
        scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hallDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(display_style(scale))
        self.scale = scale
        self.tasks, self.read, self.announcer = tasks, read, announcer
        self.snapshot: HallSnapshot | None = None
        self.stale = False
        self._seen: set[tuple[str, int]] | None = None
        self._reading = False
        self._flash: dict[tuple[str, int], int] = {}

        self.center_name = QLabel()
        self.center_name.setObjectName("centerName")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        top = QHBoxLayout()
        top.addWidget(self.center_name, 1)
        top.addWidget(self.clock)

        self.stale_label = QLabel()
        self.stale_label.setObjectName("stale")
        self.stale_label.hide()

        now_title = QLabel(self.tr("正在叫号"))
        now_title.setObjectName("sectionTitle")
        self.rows = [CallRow() for _ in range(CURRENT_ROWS)]
        left = QVBoxLayout()
        left.addWidget(now_title)
        for row in self.rows:
            left.addWidget(row)
        left.addStretch(1)

        recent_title = QLabel(self.tr("最近叫号"))
        recent_title.setObjectName("sectionTitle")
        self.recent = [QLabel() for _ in range(RECENT_ROWS)]
        queue_title = QLabel(self.tr("等候人数"))
        queue_title.setObjectName("sectionTitle")
        self.queue_grid = QGridLayout()
        self.queue_grid.setHorizontalSpacing(24)
        self.queue_labels: list[tuple[QLabel, QLabel]] = []
        for i in range(QUEUE_SLOTS):
            name, count = QLabel(), QLabel()
            for label in (name, count):
                label.setObjectName("queueLine")
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            line, column = divmod(i, QUEUE_COLUMNS)
            self.queue_grid.addWidget(name, line, 2 * column)
            self.queue_grid.addWidget(count, line, 2 * column + 1)
            self.queue_labels.append((name, count))
        right = QVBoxLayout()
        right.addWidget(recent_title)
        for label in self.recent:
            label.setObjectName("recentLine")
            right.addWidget(label)
        right.addStretch(1)

        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addSpacing(32)
        middle.addLayout(right, 2)

        self.marquee = Marquee(px=max(12, round(44 * scale)))
        self.voice_note = QLabel(voice_note)
        self.voice_note.setObjectName("voiceNote")
        self.source_name = source_name

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 8)
        layout.addLayout(top)
        layout.addWidget(self.stale_label)
        layout.addLayout(middle, 1)
        layout.addWidget(queue_title)
        layout.addLayout(self.queue_grid)
        layout.addSpacing(8)
        layout.addWidget(self.marquee)
        layout.addWidget(self.voice_note)

        self._tick()
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(1000)
        self._flash_timer = QTimer(self)
        self._flash_timer.timeout.connect(self._blink)
        self._flash_timer.start(FLASH_MS)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start(refresh_ms)
        QTimer.singleShot(0, self.refresh)

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the snapshot in the background (one read at a time)."""
        if self._reading:
            return
        self._reading = True
        read = self.read

        def work() -> HallSnapshot | _Unread:
            try:
                return read()
            except Exception as exc:  # the link is down: shown as stale, not as an error
                return _Unread(exc)

        QueryOp(self.tasks, work).success(self._read).failure(self._failed).run()

    def _read(self, result: HallSnapshot | _Unread) -> None:
        self._reading = False
        if isinstance(result, _Unread):
            self._failed(result.exc)
        else:
            self._show(result)

    def _show(self, snapshot: HallSnapshot) -> None:
        self.snapshot, self.stale = snapshot, False
        self.stale_label.hide()
        self.center_name.setText(snapshot.center_name)
        for row, call in zip(self.rows, _padded(snapshot.current, CURRENT_ROWS), strict=True):
            row.show_call(call)
        for label, call in zip(self.recent, _padded(snapshot.recent, RECENT_ROWS), strict=True):
            label.setText(
                ""
                if call is None
                else self.tr("{n}　→　{w} 号窗口").format(
                    n=call.number, w=window_label(call.window_code)
                )
            )
        self._show_queues(snapshot)
        self.marquee.set_text(self._marquee_text(snapshot))
        self._announce_new(snapshot)
        emit(self.refreshed, snapshot)

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        if not self.stale:
            log.warning("call display cannot read the queue: %s", exc)
        self.stale = True
        taken = self.snapshot.taken_at.strftime("%H:%M:%S") if self.snapshot else "—"
        self.stale_label.setText(
            self.tr("与叫号系统的连接中断，正在重连；以下是 {t} 的信息").format(t=taken)
        )
        self.stale_label.show()

    # --- what changes ------------------------------------------------------------------

    def _announce_new(self, snapshot: HallSnapshot) -> None:
        keys = {c.key for c in snapshot.recent}
        if self._seen is None:  # the first read: what was called before is not news
            self._seen = keys
            return
        new = [c for c in reversed(snapshot.recent) if c.key not in self._seen]
        self._seen |= keys
        for call in new:
            self._flash[call.key] = FLASH_TIMES * 2
            emit(self.called, call_text(call.number, call.window_code))
            if self.announcer is not None:
                self.announcer.announce(spoken_call(call.number, call.window_code))

    def _blink(self) -> None:
        for row in self.rows:
            left = self._flash.get(row.key, 0) if row.key else 0
            row.set_flash(left > 0 and left % 2 == 0)
        self._flash = {k: n - 1 for k, n in self._flash.items() if n > 1}

    def flashing(self) -> list[str]:
        """The numbers blinking now (tests and the screenshot)."""
        return [row.number.text() for row in self.rows if row.key in self._flash]

    def _show_queues(self, snapshot: HallSnapshot) -> None:
        queues = list(snapshot.queues)
        if len(queues) > QUEUE_SLOTS:  # a big centre: the queues someone waits in
            queues = [q for q in queues if q.waiting > 0]
        shown = queues[:QUEUE_SLOTS]
        for i, (name, count) in enumerate(self.queue_labels):
            queue = shown[i] if i < len(shown) else None
            name.setText("" if queue is None else queue.name)
            count.setText("" if queue is None else self.tr("{n} 人").format(n=queue.waiting))

    def _marquee_text(self, snapshot: HallSnapshot) -> str:
        parts = []
        if snapshot.notice.strip():
            parts.append(snapshot.notice.strip())
        if snapshot.opening_hours.strip():
            parts.append(self.tr("办公时间：{h}").format(h=snapshot.opening_hours.strip()))
        parts.append(self.tr("请留意叫号，过号请到导服台重新取号"))
        return "　　★　　".join(parts)

    def _tick(self) -> None:
        """Date and weekday in the interface language (the widget's locale, the one chosen
        at start-up), then the time."""
        now = QDateTime.currentDateTime()
        locale = self.locale()
        self.clock.setText(
            self.tr("{d}　{t}").format(
                d=locale.toString(now.date(), QLocale.FormatType.LongFormat),
                t=locale.toString(now.time(), "HH:mm:ss"),
            )
        )

    def stop(self) -> None:
        for timer in (self._clock_timer, self._flash_timer, self._refresh_timer):
            timer.stop()


@dataclass(frozen=True)
class _Unread:
    exc: BaseException


def _padded(calls: tuple[CallLine, ...], n: int) -> list[CallLine | None]:
    shown: list[CallLine | None] = list(calls[:n])
    return shown + [None] * (n - len(shown))

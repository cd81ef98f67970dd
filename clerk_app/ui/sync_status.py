"""The sync status indicator on every screen: online, offline since when, events waiting,
last sync, conflicts — or plainly "单机运行" when no central database is configured.

:class:`SyncStatusSource` lives on the GUI thread; the sync worker thread calls
:meth:`SyncStatusSource.push` (the engine's ``on_status`` callback) and the queued signal
brings the plain :class:`SyncStatus` over. Each :class:`SyncStatusLabel` (status bar of the
main window, foot of the login dialog) follows one source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from clerk_app.domain.clock import SHANGHAI
from clerk_app.sync.engine import SyncStatus
from clerk_app.ui.common.qt_compat import emit


class LinkState(StrEnum):
    STANDALONE = "standalone"  # no central configured
    CONNECTING = "connecting"  # configured, first round not done yet
    ONLINE = "online"
    OFFLINE = "offline"
    PROBLEM = "problem"  # cannot even try (no password, keyring locked, wrong schema)


@dataclass(frozen=True)
class StatusView:
    """What the indicator shows: one line, its colour (state) and a longer tooltip."""

    state: LinkState
    text: str
    detail: str = ""


def standalone_view() -> StatusView:
    return StatusView(
        LinkState.STANDALONE,
        QCoreApplication.translate("SyncStatus", "单机运行"),
        QCoreApplication.translate("SyncStatus", "未设置中心数据库，本工作站单独办理"),
    )


def connecting_view(detail: str = "") -> StatusView:
    return StatusView(
        LinkState.CONNECTING, QCoreApplication.translate("SyncStatus", "正在连接中心…"), detail
    )


def status_text(status: SyncStatus) -> str:
    """The indicator's line in the interface language (the engine's label is Chinese)."""
    translate = QCoreApplication.translate
    if status.online is None:
        parts = [translate("SyncStatus", "未连接中心")]
    elif status.online:
        parts = [translate("SyncStatus", "在线")]
    else:
        since = status.offline_since.astimezone(SHANGHAI) if status.offline_since else None
        parts = [
            translate("SyncStatus", "离线（自{since}起）").format(
                since=f"{since:%H:%M}" if since else "?"
            )
        ]
    parts.append(translate("SyncStatus", "待上传 {n}").format(n=status.waiting))
    if status.last_sync is not None:
        at = f"{status.last_sync.astimezone(SHANGHAI):%m-%d %H:%M}"
        parts.append(translate("SyncStatus", "上次同步 {at}").format(at=at))
    if status.conflicts:
        parts.append(translate("SyncStatus", "冲突 {n}").format(n=status.conflicts))
    return " · ".join(parts)


def headline(reason: str) -> str:
    """The reason in a few words (up to the first comma or colon), for the line."""
    return re.split("[，：。（]", reason, maxsplit=1)[0]


def view_of(status: SyncStatus) -> StatusView:
    """The indicator for one status of the sync engine. Offline, the line says why in a
    few words (中心无响应, 中心数据库拒绝登录) and the tooltip has the whole reason; any
    other failure is on the line itself. Never 在线 after a failed call: the engine turns
    offline on any failure to use the centre."""
    text = status_text(status)
    if status.online is False:
        if status.error:
            first, _, rest = text.partition(" · ")
            text = f"{first}：{headline(status.error)}" + (f" · {rest}" if rest else "")
        return StatusView(LinkState.OFFLINE, text, status.error or "")
    if status.error:
        return StatusView(LinkState.PROBLEM, f"{text} · {status.error}", status.error)
    if status.online is None:
        return StatusView(LinkState.CONNECTING, text)
    return StatusView(LinkState.PROBLEM if status.conflicts else LinkState.ONLINE, text)


class SyncStatusSource(QObject):
    """The latest sync status; thread-safe :meth:`push`, GUI-thread :attr:`changed`; and
    the "sync now" request when a central link is running (:meth:`allow_sync_now`)."""

    changed = Signal(object)  # StatusView
    _pushed = Signal(object)  # SyncStatus | StatusView, from any thread

    def __init__(self, initial: StatusView | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = initial or standalone_view()
        self._sync_now: Callable[[], None] | None = None
        self._pushed.connect(self._update)

    def allow_sync_now(self, sync_now: Callable[[], None]) -> None:
        """The composition root: what 立即同步 does (cheap, any thread: wakes the worker)."""
        self._sync_now = sync_now

    @property
    def can_sync_now(self) -> bool:
        return self._sync_now is not None

    def sync_now(self) -> None:
        if self._sync_now is not None:
            self._sync_now()

    def push(self, status: SyncStatus) -> None:
        """The engine's ``on_status`` callback (called on the sync thread)."""
        emit(self._pushed, status)

    def set_view(self, view: StatusView) -> None:
        """Any thread: e.g. "正在连接中心…", or why the central cannot be reached at all."""
        emit(self._pushed, view)

    def problem(self, message: str) -> None:
        prefix = QCoreApplication.translate("SyncStatus", "未连接中心：")
        self.set_view(StatusView(LinkState.PROBLEM, prefix + message, message))

    def _update(self, status: SyncStatus | StatusView) -> None:
        self.current = status if isinstance(status, StatusView) else view_of(status)
        emit(self.changed, self.current)


# Green/yellow/red belong to the deadline lights only: offline and problems are told by
# weight and a grey band, online by the accent blue.
STYLES = {
    LinkState.STANDALONE: "color: #5f6b7a;",
    LinkState.CONNECTING: "color: #5f6b7a;",
    LinkState.ONLINE: "color: #1f4e79;",
    LinkState.OFFLINE: "color: #1b1b1b; font-weight: bold; background: #e6e6e6;",
    LinkState.PROBLEM: "color: #1b1b1b; font-weight: bold; background: #e6e6e6;",
}


class SyncStatusLabel(QLabel):
    """The indicator itself, coloured by the state (property ``linkState`` for styles).

    One line that never wraps or pushes the window wider: a long text is cut with "…" to
    the room there is, and the whole text (and the reason) is the tooltip."""

    MAX_WIDTH = 520

    def __init__(self, source: SyncStatusSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setMaximumWidth(self.MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.full_text = ""
        self.source = source
        source.changed.connect(self.show_view)
        self.show_view(source.current)

    def show_view(self, view: StatusView) -> None:
        self.full_text = view.text
        detail = view.detail if view.detail and view.detail not in view.text else ""
        self.setToolTip(f"{view.text}\n{detail}" if detail else view.text)
        self.setProperty("linkState", view.state.value)
        self.setStyleSheet(f"QLabel {{ {STYLES[view.state]} padding: 0 8px; }}")
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.full_text) + 24
        return QSize(min(width, self.MAX_WIDTH), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._elide()

    def _elide(self) -> None:
        if self.wordWrap() or not self.isVisible():  # the login's foot wraps; hidden: whole
            if self.text() != self.full_text:
                self.setText(self.full_text)
            return
        room = max(40, self.width() - 20)
        text = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            self.setText(text)


class SyncNowButton(QToolButton):
    """立即同步, for administrators: one sync round now, even while rounds fail (the
    worker otherwise waits longer and longer between attempts)."""

    def __init__(self, source: SyncStatusSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncNow")
        self.setText(QCoreApplication.translate("SyncStatus", "立即同步"))
        self.setToolTip(
            QCoreApplication.translate("SyncStatus", "马上与中心数据库同步一次（不等下一轮）")
        )
        self.source = source
        self.clicked.connect(source.sync_now)

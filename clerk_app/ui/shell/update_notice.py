"""A newer version was installed while the program runs: a banner over the tabs asks the
clerk to restart at a quiet moment.

The package installs each version in its own folder, so this program keeps working (see
:mod:`clerk_app.updates`); it only stops being the newest. Every few minutes a worker
thread compares the running version with the one the installation's ``current`` names.
When they differ, the banner appears at the next quiet moment — not while a dialog, a
case or the lock screen is open (the clerk is busy: the next check offers it again). It
takes no focus and blocks nothing: 重新启动 starts the installed version and ends this one
through the normal sign-off; 稍后 hides it until the next check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QProcess, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.tasks import QueryOp, Tasks
from clerk_app.updates import Installed, newer_installed

CHECK_MS = 5 * 60_000
log = logging.getLogger("clerk.ui")


class UpdateNotice(QFrame):
    restartRequested = Signal()

    def __init__(
        self,
        tasks: Tasks,
        busy: Callable[[], bool],
        parent: QWidget | None = None,
        *,
        check: Callable[[], Installed | None] = newer_installed,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("updateNotice")
        self.tasks = tasks
        self.busy = busy
        self.check = check
        self.pending: Installed | None = None
        # Built when first needed: most sessions never see it.
        self.message: QLabel | None = None
        self.restart_button: QPushButton | None = None
        self.later_button: QPushButton | None = None
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def _build(self) -> QLabel:
        if self.message is None:
            self.message = QLabel()
            self.message.setWordWrap(True)
            self.restart_button = QPushButton(self.tr("重新启动"))
            self.restart_button.setAutoDefault(False)
            self.later_button = QPushButton(self.tr("稍后"))
            self.later_button.setAutoDefault(False)
            layout = QHBoxLayout(self)
            layout.setContentsMargins(12, 4, 12, 4)
            layout.addWidget(self.message, 1)
            layout.addWidget(self.restart_button)
            layout.addWidget(self.later_button)
            self.restart_button.clicked.connect(self.restart)
            self.later_button.clicked.connect(self.hide)
        return self.message

    def check_now(self) -> None:
        """Look (on a worker thread) whether another version is installed now."""
        QueryOp(self.tasks, self.check).success(self._checked).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        log.warning("could not check the installed version: %s", exc)

    def _checked(self, found: Installed | None) -> None:
        self.pending = found
        if found is None:
            self.hide()
            return
        if self.busy():
            return  # the next check offers it again
        self._build().setText(
            self.tr(
                "已安装新版本 {version}。请在办完手头的业务后点“重新启动”，本程序仍可继续使用。"
            ).format(version=found.version)
        )
        if self.isHidden():
            log.info("version %s is installed: restart offered", found.version)
        self.show()

    def restart(self) -> None:
        if self.pending is None:
            return
        if not QProcess.startDetached(str(self.pending.executable), []):
            self._build().setText(self.tr("无法启动新版本，请关闭本程序后从菜单重新打开。"))
            return
        log.info("restarting into version %s", self.pending.version)
        emit(self.restartRequested)

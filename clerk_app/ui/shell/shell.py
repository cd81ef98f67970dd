"""The application flow: first run → login → main window → (sign out → login) → quit.

Also the background duties of a running workstation: the deadline sweep every ten minutes
and, at a clerk's sign-on at a window, giving back visitors the central queue still holds
for that window. The sync status indicator sits at the foot of the login dialog.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from clerk_app.services.auth import Badge
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.ports import CenterInfo, Setup
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.shell import ops
from clerk_app.ui.shell.first_run import FirstRunDialog, NewCenter
from clerk_app.ui.shell.login import LoginDialog
from clerk_app.ui.shell.sweeper import SWEEP_MINUTES, DeadlineSweeper
from clerk_app.ui.sync_status import SyncStatusLabel
from clerk_app.ui.tasks import error_message

if TYPE_CHECKING:
    from clerk_app.ui.shell.main_window import MainWindow

log = logging.getLogger("clerk.ui")

PREPARE_PRINTING_MS = 3_000  # after sign-on


class Shell(QObject):
    """Owns the top-level windows; holds no business state of its own."""

    mainWindowShown = Signal(object)
    loginShown = Signal(object)

    def __init__(
        self,
        app: AppServices,
        setup: Setup,
        parent: QObject | None = None,
        *,
        sweep_minutes: int = SWEEP_MINUTES,
        first_sweep_ms: int = 0,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.setup = setup
        self.center: CenterInfo | None = None
        self.login: LoginDialog | None = None
        self.early_login: LoginDialog | None = None  # shown before the services were there
        self.window: MainWindow | None = None
        self.login_status: SyncStatusLabel | None = None
        self.first_sweep_ms = first_sweep_ms
        self.sweeper = (
            DeadlineSweeper(app.ctx, app.tasks, sweep_minutes, self) if sweep_minutes else None
        )

    def start(self, login: LoginDialog | None = None) -> None:
        """Read the center, then the login (``login``: one already on screen, which the
        clerk may have been typing into while the services loaded)."""
        if login is not None:
            self.early_login = login
        ops.load_center(self.app).success(self._center_loaded).failure(self._fatal).run()

    def stop(self) -> None:
        """At quit (before the executors shut down): no more sweeps; a clerk still signed
        on is signed off (the program closed at day's end frees the window on the board;
        the workstation still offers it at the next start)."""
        if self.sweeper is not None:
            self.sweeper.stop()
        window, self.window = self.window, None
        if window is not None and shiboken6.isValid(window):
            op = ops.sign_off(window.session)
            op.failure(lambda exc: log.warning("the sign-off at quit was not recorded: %s", exc))
            op.run()

    def _center_loaded(self, center: CenterInfo | None) -> None:
        if center is None:
            early, self.early_login = self.early_login, None
            if early is not None:  # nothing to log in to yet: set the center up first
                early.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
                early.hide()
                early.deleteLater()
            self.first_run()
            return
        self.center = center
        self.show_login()
        if self.sweeper is not None and not self.sweeper.timer.isActive():
            self.sweeper.start(self.first_sweep_ms)

    def first_run(self) -> None:
        dialog = FirstRunDialog(self.setup.demo_available())
        if not dialog.exec() or dialog.choice is None:
            QApplication.quit()
            return
        choice = dialog.choice
        op = (
            ops.create_center(self.app, self.setup, choice)
            if isinstance(choice, NewCenter)
            else ops.load_demo(self.app, self.setup)
        )
        op.success(lambda _none: self.start()).failure(self._setup_failed).run()

    def _setup_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(None, self.tr("无法完成"), error_message(exc))
        self.first_run()

    def _fatal(self, exc: BaseException) -> None:
        QMessageBox.critical(None, self.tr("无法打开数据库"), error_message(exc))
        QApplication.quit()

    def show_login(self) -> None:
        assert self.center is not None
        early, self.early_login = self.early_login, None
        if early is not None:
            self.login = early
            early.attach(self.app, self.center)
        else:
            self.login = LoginDialog(self.app, self.center)
        self.login.signedOn.connect(self._signed_on)
        self.login.rejected.connect(self._login_closed)
        self.login_status = SyncStatusLabel(self.app.sync_status, self.login)
        self.login_status.setWordWrap(True)  # a keyring problem is a long sentence
        self.app.sync_status.changed.connect(self._fit_login)
        layout = self.login.layout()
        if layout is not None:
            layout.addWidget(self.login_status)
        self.login.show()
        emit(self.loginShown, self.login)
        # The main window's first costs are paid while the clerk types, not after Enter.
        QTimer.singleShot(0, self, _prepare_main_window)

    def _fit_login(self, _view: object = None) -> None:
        if self.login is not None and self.login.isVisible():
            self.login.adjustSize()  # room for a status that now wraps to more lines

    def _login_closed(self) -> None:
        if self.window is None:
            QApplication.quit()

    def _signed_on(self, badge: Badge) -> None:
        assert self.center is not None
        MainWindow = _import_main_window()
        if badge.window_id is not None:
            self.release_stale_claims(badge.window_id)
            self.remember_window(badge.window_id)
        self.window = MainWindow(SignedOn(self.app, badge, self.center))
        self.window.signedOut.connect(self._signed_out)
        self.window.show()
        emit(self.mainWindowShown, self.window)
        QTimer.singleShot(PREPARE_PRINTING_MS, self, self._prepare_printing)

    def _prepare_printing(self) -> None:
        """Load reportlab, the templates and the fonts in a worker once the clerk is at the
        counter (not at start: the login and the counter come first), so that the first
        ticket or receipt of the day prints as fast as the next."""
        op = ops.prepare_printing(self.app)
        op.failure(lambda exc: log.warning("printing not prepared ahead: %s", exc)).run()

    def remember_window(self, window_id: str) -> None:
        """The next login on this workstation offers this window first (settings.json,
        written in a worker); "" after a sign-off: nothing is offered."""
        settings = self.app.config
        if settings is None or settings.last_window_id == window_id:
            return
        settings = replace(settings, last_window_id=window_id)
        self.app.config = settings
        op = ops.remember_window(self.app, settings)
        op.failure(lambda exc: log.warning("the window signed on at was not remembered: %s", exc))
        op.run()

    def release_stale_claims(self, window_id: str) -> None:
        """Give back visitors the central holds for this window but it never called (the
        program stopped between the claim and the call); a central call, so in a worker."""
        if self.app.ctx.shared_queue is None:
            return
        op = ops.release_stale_claims(self.app, window_id)
        op.success(lambda n: log.info("gave back %d stale claims of window %s", n, window_id))
        op.failure(lambda exc: log.warning("stale claims of %s not given back: %s", window_id, exc))
        op.run()

    def _signed_out(self) -> None:
        self.window = None
        self.remember_window("")  # signed off: the next clerk chooses their own window
        self.show_login()


def _prepare_main_window() -> None:
    """Make and drop one table view while the clerk types: the first one a process makes
    costs ~6 ms (Qt's item views, PySide6's wrappers), the next ones a tenth of a ms, and
    the counter tab's queue table is the next one."""
    from PySide6.QtWidgets import QTableView

    _import_main_window()
    QTableView().deleteLater()


def _import_main_window() -> type[MainWindow]:
    from clerk_app.ui.shell.main_window import MainWindow

    return MainWindow

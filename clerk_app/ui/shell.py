"""The application flow: first run → login → main window → (sign out → login) → quit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from clerk_app.services.auth import Badge
from clerk_app.ui.dialogs.first_run import FirstRunDialog, NewCenter
from clerk_app.ui.dialogs.login import LoginDialog
from clerk_app.ui.ports import CenterInfo, Setup
from clerk_app.ui.qt_compat import emit
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.tasks import error_message
from clerk_app.ui.windows.main_window import MainWindow


class Shell(QObject):
    """Owns the top-level windows; holds no business state of its own."""

    mainWindowShown = Signal(object)
    loginShown = Signal(object)

    def __init__(self, app: AppServices, setup: Setup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setup = setup
        self.center: CenterInfo | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        self.app.tasks.read(self.app.directory.center, self._center_loaded, self._fatal)

    def _center_loaded(self, center: CenterInfo | None) -> None:
        if center is None:
            self.first_run()
            return
        self.center = center
        self.show_login()

    def first_run(self) -> None:
        setup = self.setup
        dialog = FirstRunDialog(setup.demo_available())
        if not dialog.exec() or dialog.choice is None:
            QApplication.quit()
            return
        choice = dialog.choice
        if isinstance(choice, NewCenter):
            self.app.tasks.write(
                lambda: setup.create_center(
                    code=choice.code,
                    name=choice.name,
                    admin_no=choice.admin_no,
                    admin_name=choice.admin_name,
                    admin_password=choice.admin_password,
                ),
                lambda _: self.start(),
                self._setup_failed,
            )
        else:
            self.app.tasks.write(setup.load_demo, lambda _: self.start(), self._setup_failed)

    def _setup_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(None, self.tr("无法完成"), error_message(exc))
        self.first_run()

    def _fatal(self, exc: BaseException) -> None:
        QMessageBox.critical(None, self.tr("无法打开数据库"), error_message(exc))
        QApplication.quit()

    def show_login(self) -> None:
        assert self.center is not None
        self.login = LoginDialog(self.app, self.center)
        self.login.signedOn.connect(self._signed_on)
        self.login.rejected.connect(self._login_closed)
        self.login.show()
        emit(self.loginShown, self.login)

    def _login_closed(self) -> None:
        if self.window is None:
            QApplication.quit()

    def _signed_on(self, badge: Badge) -> None:
        assert self.center is not None
        self.window = MainWindow(SignedOn(self.app, badge, self.center))
        self.window.signedOut.connect(self._signed_out)
        self.window.show()
        emit(self.mainWindowShown, self.window)

    def _signed_out(self) -> None:
        self.window = None
        self.show_login()

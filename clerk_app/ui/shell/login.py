"""Sign on with staff number and password, and choose the window (挂牌上岗).

The login is the first window of a start: it shows before the database layer is even
imported (this module imports PySide6 only), and the clerk types while that layer loads
in the background. :meth:`LoginDialog.attach` hands it the services once they are there;
a 登录 pressed before that waits for them ("正在启动…") instead of being lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.qt_compat import emit

if TYPE_CHECKING:
    from clerk_app.services.auth import Badge
    from clerk_app.ui.ports import CenterInfo, WindowChoice
    from clerk_app.ui.session import AppServices


class LoginDialog(QDialog):
    signedOn = Signal(object)

    def __init__(
        self,
        app: AppServices | None = None,
        center: CenterInfo | None = None,
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.app: AppServices | None = None
        self.badge: Badge | None = None
        self.pending = False  # 登录 was pressed before the services were there
        self.listed = False  # the windows are in the combo
        # the application's display name (窗口办件台) is added by the window system
        self.setWindowTitle(self.tr("登录"))
        self.setMinimumWidth(480)
        self.title = QLabel(title)
        self.title.setObjectName("loginTitle")  # centred by the style sheet: this module
        # stays clear of the Qt namespace, whose hundred enums cost the first window >10 ms
        subtitle = QLabel(self.tr("窗口办件台 · 挂牌上岗"))
        subtitle.setObjectName("loginSubtitle")
        self.staff_edit = QLineEdit()
        self.staff_edit.setPlaceholderText(self.tr("如 C001"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.window_combo = QComboBox()
        self.window_combo.addItem(self.tr("不在窗口（导服、监督）"), None)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setObjectName("primaryAction")
        self.login_button.setDefault(True)
        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self.tr("工号"), self.staff_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("窗口"), self.window_combo)
        # A temporary password (set by the administrator) is replaced before signing on.
        self.new_password_edit = QLineEdit()
        self.new_password_edit.setObjectName("newPassword")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password_edit = QLineEdit()
        self.repeat_password_edit.setObjectName("repeatPassword")
        self.repeat_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_label = QLabel(self.tr("新密码"))
        self.repeat_password_label = QLabel(self.tr("再次输入"))
        form.addRow(self.new_password_label, self.new_password_edit)
        form.addRow(self.repeat_password_label, self.repeat_password_edit)
        for w in (
            self.new_password_edit,
            self.repeat_password_edit,
            self.new_password_label,
            self.repeat_password_label,
        ):
            w.setVisible(False)
        self.changing: tuple[Badge, str] | None = None  # signed on with a temporary password
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.login_button)
        self.login_button.clicked.connect(self.log_in)
        self.password_edit.returnPressed.connect(self.log_in)
        self.staff_edit.setFocus()
        if app is not None and center is not None:
            self.attach(app, center)

    def attach(self, app: AppServices, center: CenterInfo) -> None:
        """The services are there: the center's name, its windows, and a waiting 登录."""
        self.app = app
        self.title.setText(center.name)
        from clerk_app.ui.shell import ops  # the services are loaded by now

        ops.list_windows(app).success(self._windows_loaded).run()

    def _windows_loaded(self, windows: list[WindowChoice]) -> None:
        for w in windows:
            self.window_combo.addItem(f"{w.code} {w.name}", w.id)
        remembered = self.app.config.last_window_id if self.app and self.app.config else ""
        index = self.window_combo.findData(remembered) if remembered else -1
        if index > 0 and self.window_combo.currentIndex() == 0:
            self.window_combo.setCurrentIndex(index)  # a workstation stands at one window
        self.listed = True
        if self.pending:
            self.pending = False
            self.log_in()

    def log_in(self) -> None:
        if self.changing is not None:
            self.change_password()
            return
        staff_no = self.staff_edit.text().strip()
        password = self.password_edit.text()
        if not staff_no or not password:
            self.error.setText(self.tr("请输入工号和密码"))
            return
        if self.app is None or not self.listed:
            # Still starting: sign on as soon as the windows are listed (a clerk who had
            # no window to choose yet is asked for one then).
            self.pending = True
            self.error.setText(self.tr("正在启动，请稍候…"))
            return
        from clerk_app.ui.shell import ops  # loaded by the start-up thread by now

        window_id = self.window_combo.currentData()
        self.login_button.setEnabled(False)
        self.error.setText(self.tr("正在登录…"))
        op = ops.log_in(self.app, staff_no, password, window_id)
        op.success(self._signed_on).failure(self._failed).run()

    def _signed_on(self, badge: Badge) -> None:
        from clerk_app.services.context import Role

        self.login_button.setEnabled(True)
        password = self.password_edit.text()
        self.password_edit.clear()
        if badge.role is Role.CLERK and badge.window_id is None:
            self.error.setText(self.tr("窗口首席代表请选择所在窗口"))
            return
        if badge.must_change_password:
            self._ask_new_password(badge, password)
            return
        self.badge = badge
        self.error.clear()
        emit(self.signedOn, badge)
        self.accept()

    def _ask_new_password(self, badge: Badge, temporary: str) -> None:
        """The administrator gave a temporary password: the person sets their own now."""
        self.changing = (badge, temporary)
        for w in (
            self.new_password_edit,
            self.repeat_password_edit,
            self.new_password_label,
            self.repeat_password_label,
        ):
            w.setVisible(True)
        self.staff_edit.setEnabled(False)
        self.password_edit.setEnabled(False)
        self.window_combo.setEnabled(False)
        self.login_button.setText(self.tr("设置新密码并登录"))
        self.error.setText(self.tr("您使用的是临时密码，请设置新密码（至少 6 位）"))
        self.new_password_edit.setFocus()

    def change_password(self) -> None:
        assert self.changing is not None and self.app is not None
        new, repeat = self.new_password_edit.text(), self.repeat_password_edit.text()
        if new != repeat:
            self.error.setText(self.tr("两次输入的新密码不一致"))
            return
        from clerk_app.ui.shell import ops

        badge, temporary = self.changing
        self.login_button.setEnabled(False)
        op = ops.change_password(self.app, badge, temporary, new)
        op.success(lambda _none: self._password_changed(badge)).failure(self._change_failed).run()

    def _password_changed(self, badge: Badge) -> None:
        from dataclasses import replace

        self.login_button.setEnabled(True)
        self.changing = None
        self.badge = replace(badge, must_change_password=False)
        self.error.clear()
        emit(self.signedOn, self.badge)
        self.accept()

    def _change_failed(self, exc: BaseException) -> None:
        from clerk_app.ui.tasks import error_message

        self.login_button.setEnabled(True)
        self.error.setText(error_message(exc))

    def _failed(self, exc: BaseException) -> None:
        from clerk_app.ui.tasks import error_message  # loaded with the services by now

        self.login_button.setEnabled(True)
        self.password_edit.clear()
        self.error.setText(error_message(exc))

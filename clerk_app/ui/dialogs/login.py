"""Sign on with staff number and password, and choose the window (挂牌上岗)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from clerk_app.services import auth
from clerk_app.services.auth import Badge
from clerk_app.services.context import Role
from clerk_app.ui.ports import CenterInfo, WindowChoice
from clerk_app.ui.qt_compat import emit
from clerk_app.ui.session import AppServices
from clerk_app.ui.tasks import error_message


class LoginDialog(QDialog):
    signedOn = Signal(object)

    def __init__(self, app: AppServices, center: CenterInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.badge: Badge | None = None
        self.setWindowTitle(self.tr("窗口办件台 — 登录"))
        self.setMinimumWidth(480)
        title = QLabel(center.name)
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("窗口办件台 · 挂牌上岗"))
        subtitle.setObjectName("loginSubtitle")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.login_button)
        self.login_button.clicked.connect(self.log_in)
        self.password_edit.returnPressed.connect(self.log_in)
        directory = app.directory
        app.tasks.read(directory.windows, self._windows_loaded)

    def _windows_loaded(self, windows: list[WindowChoice]) -> None:
        for w in windows:
            self.window_combo.addItem(f"{w.code} {w.name}", w.id)

    def log_in(self) -> None:
        staff_no = self.staff_edit.text().strip()
        password = self.password_edit.text()
        if not staff_no or not password:
            self.error.setText(self.tr("请输入工号和密码"))
            return
        window_id = self.window_combo.currentData()
        ctx = self.app.ctx
        self.login_button.setEnabled(False)
        self.error.setText(self.tr("正在登录…"))
        self.app.tasks.write(
            lambda: auth.log_in(ctx, staff_no, password, window_id=window_id),
            self._signed_on,
            self._failed,
        )

    def _signed_on(self, badge: Badge) -> None:
        self.login_button.setEnabled(True)
        self.password_edit.clear()
        if badge.role is Role.CLERK and badge.window_id is None:
            self.error.setText(self.tr("窗口首席代表请选择所在窗口"))
            return
        self.badge = badge
        self.error.clear()
        emit(self.signedOn, badge)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.password_edit.clear()
        self.error.setText(error_message(exc))

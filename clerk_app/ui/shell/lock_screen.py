"""The locked screen: the work is hidden until the signed-on clerk types the password again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clerk_app.services.auth import Badge
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell import ops
from clerk_app.ui.tasks import error_message


class LockScreen(QWidget):
    unlocked = Signal()
    signOut = Signal()

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("屏幕已锁定"))
        title.setObjectName("loginTitle")
        who = QLabel(
            self.tr("{name}（工号 {no}）请输入密码解锁").format(
                name=session.badge.name, no=session.badge.staff_no
            )
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaximumWidth(320)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setObjectName("primaryAction")
        self.unlock_button.setMaximumWidth(320)
        sign_out = QPushButton(self.tr("退出登录"))
        sign_out.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, who, self.password_edit, self.error, self.unlock_button, sign_out):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self.unlock)
        self.password_edit.returnPressed.connect(self.unlock)
        sign_out.clicked.connect(self.signOut)

    def reset(self) -> None:
        self.password_edit.clear()
        self.error.clear()
        self.password_edit.setFocus()

    def unlock(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.error.setText(self.tr("请输入密码"))
            return
        self.unlock_button.setEnabled(False)
        ops.unlock(self.session, password).success(self._checked).failure(self._failed).run()

    def _checked(self, badge: Badge) -> None:
        self.unlock_button.setEnabled(True)
        self.password_edit.clear()
        if badge.staff_id != self.session.badge.staff_id:  # pragma: no cover - defensive
            self.error.setText(self.tr("只有登录本机的工作人员可以解锁"))
            return
        emit(self.unlocked)

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password_edit.clear()
        self.error.setText(error_message(exc))

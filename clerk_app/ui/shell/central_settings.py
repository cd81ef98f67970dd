"""Connection settings for the central database (administrators only: the button is in the
main window of a signed-on administrator).

Host, port, database, user and this workstation's code go to ``settings.json``; the
password goes to the OS keyring and nowhere else. With no usable keyring the dialog says
so and saves nothing at all (a half-saved setting would point at a central the workstation
cannot log in to). An empty host means "单机运行". "测试连接" and "保存" run in a worker.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_app import config
from clerk_app.sync.settings import CentralSettings, ConnectionCheck
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.shell import ops
from clerk_app.ui.tasks import Tasks, error_message

WORKSTATION_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")


class CentralSettingsDialog(QDialog):
    saved = Signal(object)  # config.Settings
    tested = Signal(object)  # ConnectionCheck

    def __init__(self, tasks: Tasks, settings: config.Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks, self.settings = tasks, settings
        self.setWindowTitle(self.tr("中心数据库连接设置"))
        self.setMinimumWidth(520)
        current = settings.central
        self.host_edit = QLineEdit(str(current.get("host", "")))
        self.host_edit.setPlaceholderText(self.tr("如 10.12.0.5；留空则单机运行"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(int(str(current.get("port", 5432))))
        self.database_edit = QLineEdit(str(current.get("database", "clerk_central")))
        self.user_edit = QLineEdit(str(current.get("user", "")))
        self.workstation_edit = QLineEdit(settings.workstation)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("留空则沿用已保存的密码"))
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("服务器地址"), self.host_edit)
        form.addRow(self.tr("端口"), self.port_spin)
        form.addRow(self.tr("数据库"), self.database_edit)
        form.addRow(self.tr("用户名"), self.user_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("工作站编号"), self.workstation_edit)
        note = QLabel(self.tr("密码只保存在本机系统密钥环中，不写入设置文件。"))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("测试连接"))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("primaryAction")
        cancel = QPushButton(self.tr("取消"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

    # --- reading the form -------------------------------------------------------------

    def problem(self) -> str:
        code = self.workstation_edit.text().strip()
        if not WORKSTATION_CODE.match(code):
            return self.tr("工作站编号只能用字母、数字、“-”和“_”，最多 32 位")
        if self.host_edit.text().strip() and not self.database_edit.text().strip():
            return self.tr("请填写数据库名称")
        return ""

    def central(self) -> CentralSettings | None:
        host = self.host_edit.text().strip()
        if not host:
            return None
        return CentralSettings(
            host=host,
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            workstation=self.workstation_edit.text().strip(),
        )

    def _say(self, text: str, ok: bool = False) -> None:
        self.message.setObjectName("okLabel" if ok else "errorLabel")
        self.message.setStyleSheet("color: #1f4e79;" if ok else "")
        self.message.setText(text)

    # --- actions ------------------------------------------------------------------------

    def test_connection(self) -> None:
        problem = self.problem()
        central = self.central()
        if problem or central is None:
            self._say(problem or self.tr("请填写中心数据库服务器地址"))
            return
        password = self.password_edit.text() or None
        self.test_button.setEnabled(False)
        self._say(self.tr("正在连接…"), ok=True)
        ops.check_connection(self.tasks, central, password).success(self._tested).run()

    def _tested(self, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        self._say(check.message, ok=check.ok)
        emit(self.tested, check)

    def save(self) -> None:
        problem = self.problem()
        if problem:
            self._say(problem)
            return
        settings, central, password = self.settings, self.central(), self.password_edit.text()
        self.save_button.setEnabled(False)
        op = ops.save_central(self.tasks, settings, central, password)
        op.success(self._saved).failure(self._save_failed).run()

    def _saved(self, settings: config.Settings) -> None:
        self.save_button.setEnabled(True)
        self.password_edit.clear()
        self.settings = settings
        emit(self.saved, settings)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._say(error_message(exc))

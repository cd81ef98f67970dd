"""No center configured yet: create an empty one with its administrator, or load the demo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.text_limits import limit_line

MIN_PASSWORD = 8


@dataclass(frozen=True)
class NewCenter:
    code: str
    name: str
    admin_no: str
    admin_name: str
    admin_password: str


class FirstRunDialog(QDialog):
    """``choice`` is "demo" or a :class:`NewCenter` after ``exec()`` returns true."""

    def __init__(self, demo_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: NewCenter | str | None = None
        self.setWindowTitle(self.tr("首次使用"))  # the display name is added to it
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "本机数据库中还没有服务中心。可以载入演示数据试用，"
                "或新建一个服务中心并设置系统管理员。"
            )
        )
        intro.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("载入演示数据"))
        self.demo_button.setEnabled(demo_available)
        if not demo_available:
            self.demo_button.setToolTip(self.tr("本版本未附带演示数据"))
        self.name_edit = limit_line(QLineEdit(), "center_name")
        self.name_edit.setPlaceholderText(self.tr("如 青山县政务服务中心"))
        self.code_edit = limit_line(QLineEdit(), "center_code")
        self.admin_no_edit = limit_line(QLineEdit("ADMIN"), "staff_no")
        self.admin_name_edit = limit_line(QLineEdit(), "staff_name")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.create_button = QPushButton(self.tr("新建服务中心"))
        self.create_button.setObjectName("primaryAction")
        box = QGroupBox(self.tr("新建服务中心"))
        form = QFormLayout(box)
        form.addRow(self.tr("中心名称"), self.name_edit)
        form.addRow(self.tr("中心编码"), self.code_edit)
        form.addRow(self.tr("管理员工号"), self.admin_no_edit)
        form.addRow(self.tr("管理员姓名"), self.admin_name_edit)
        form.addRow(self.tr("管理员密码"), self.password_edit)
        form.addRow(self.error)
        form.addRow(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.demo_button)
        layout.addWidget(box)
        self.demo_button.clicked.connect(self._demo)
        self.create_button.clicked.connect(self._create)

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def _create(self) -> None:
        new = NewCenter(
            code=self.code_edit.text().strip(),
            name=self.name_edit.text().strip(),
            admin_no=self.admin_no_edit.text().strip(),
            admin_name=self.admin_name_edit.text().strip(),
            admin_password=self.password_edit.text(),
        )
        if not all((new.code, new.name, new.admin_no, new.admin_name)):
            self.error.setText(self.tr("请填写全部项目"))
        elif len(new.admin_password) < MIN_PASSWORD:
            self.error.setText(self.tr("管理员密码至少 8 位"))
        else:
            self.choice = new
            self.accept()

"""帮助 → 关于: the version (what the IT officer asks for on the phone first), where the
program runs from, this workstation's code and data folder."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from clerk_app import __version__
from clerk_app.ui.session import SignedOn


class AboutDialog(QDialog):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于窗口办件台"))
        title = QLabel(self.tr("窗口办件台 Clerk Desk"))
        title.setObjectName("aboutTitle")
        self.version = QLabel(self.tr("版本 {version}").format(version=__version__))
        self.version.setObjectName("aboutVersion")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        config = session.app.config
        frozen = getattr(sys, "frozen", False)
        python = ".".join(map(str, sys.version_info[:3]))
        rows = [
            (self.tr("工作站"), session.ctx.workstation),
            (self.tr("数据目录"), str(config.data_dir) if config is not None else "—"),
            (self.tr("程序位置"), sys.executable if frozen else self.tr("源代码运行")),
            (self.tr("运行环境"), f"Python {python}, Qt {qVersion()}, PySide6 {pyside_version}"),
        ]
        for label, value in rows:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMaximumSize(900, 600)  # fits 1366×768

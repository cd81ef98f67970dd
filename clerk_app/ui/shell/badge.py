"""挂牌上岗: photo, name, staff number, department and window, always in view."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clerk_app.services.auth import Badge
from clerk_app.ui.common.labels import role_label
from clerk_app.ui.common.theme import ACCENT


def initials(name: str) -> str:
    """The avatar text: the given name of a Chinese name (李窗口 -> 窗口), else initials."""
    name = name.strip()
    if not name:
        return "?"
    if all(ord(ch) > 0x2E80 for ch in name):
        return name[-2:] if len(name) >= 2 else name
    return "".join(part[0].upper() for part in name.split()[:2])


class Avatar(QWidget):
    """A placeholder photo: a round tile with the initials (a real photo comes later)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setFixedSize(QSize(64, 64))

    def set_text(self, text: str) -> None:
        self._text = text
        self.update()

    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        painter.drawEllipse(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        font = QFont(self.font())
        font.setPointSize(15 if len(self._text) <= 2 else 12)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


class BadgeWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badge")
        self.avatar = Avatar()
        self.name_label = QLabel()
        self.name_label.setObjectName("badgeName")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("badgeDetail")
        self.window_label = QLabel()
        self.window_label.setObjectName("badgeWindow")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name_label)
        text.addWidget(self.detail_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.avatar)
        layout.addLayout(text)
        layout.addSpacing(24)
        layout.addWidget(self.window_label)
        layout.addStretch(1)

    def set_badge(self, badge: Badge) -> None:
        self.avatar.set_text(initials(badge.name))
        role = badge.title or role_label(badge.role)
        self.name_label.setText(f"{badge.name}  ·  {role}")
        dept = badge.department_name or self.tr("政务服务中心")
        self.detail_label.setText(
            self.tr("工号 {no}  ·  {dept}").format(no=badge.staff_no, dept=dept)
        )
        if badge.window_id:
            self.window_label.setText(
                self.tr("{code} {name}").format(code=badge.window_code, name=badge.window_name)
            )
        else:
            self.window_label.setText(self.tr("未选窗口"))

"""Keyboard: Alt+1…9 choose the tabs, F12 (or Ctrl+/) shows every shortcut of the window.

F1 is the counter's call-next, so the help is on F12; the list is read from the buttons
that carry a shortcut, so it stays true as buttons are added.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

HELP_KEYS = ("F12", "Ctrl+/")


def add_tab_keys(window: QWidget, tabs: QTabWidget, allowed: Callable[[], bool]) -> None:
    """Alt+1…9 choose the n-th tab (while ``allowed()``: not on the lock screen)."""
    for n in range(1, 10):
        shortcut = QShortcut(QKeySequence(f"Alt+{n}"), window)

        def choose(index: int = n - 1) -> None:
            if allowed() and index < tabs.count():
                tabs.setCurrentIndex(index)

        shortcut.activated.connect(choose)


def shortcut_lines(window: QWidget, tabs: QTabWidget) -> list[tuple[str, str]]:
    """(key, what it does) for the window: its fixed keys, then every visible button's."""
    tr = window.tr
    lines = [
        (f"Alt+1…{min(tabs.count(), 9)}", tr("切换到第 1…n 个标签页")),
        ("Ctrl+F", tr("查找办件（输入或扫描办件编号）")),
        ("Ctrl+L", tr("锁屏")),
        (" / ".join(HELP_KEYS), tr("显示本快捷键列表")),
    ]
    seen = {key for key, _ in lines}
    for button in window.findChildren(QAbstractButton):
        key = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not key or key in seen or not button.isVisibleTo(window):
            continue
        seen.add(key)
        text = " ".join(button.text().replace("&", "").replace(key, "").split())
        lines.append((key, text))
    return lines


class ShortcutHelp(QDialog):
    """The list of shortcuts; any key that closes a dialog closes it."""

    def __init__(self, lines: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键"))
        self.setMinimumWidth(420)
        rows = "".join(
            f"<tr><td style='padding-right:16px'><b>{key}</b></td><td>{what}</td></tr>"
            for key, what in lines
        )
        self.table = QLabel(f"<table>{rows}</table>")
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

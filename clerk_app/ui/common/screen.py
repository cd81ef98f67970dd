"""The room a window has on the clerk's screen, read in one place.

The most common counter screen is 1366×768, less a taskbar: every window and dialog asks
for the size it would like and gets no more than the screen's available geometry (its
content scrolls inside; its buttons stay visible). Tests (and the offscreen platform, whose
screen is 800×600) set the area with :func:`set_available_area`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALLEST_COUNTER_SCREEN = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px taskbar

_area: QRect | None = None


def set_available_area(area: QRect | None) -> None:
    """Use ``area`` instead of the screen's available geometry (None: the screen again)."""
    global _area
    _area = QRect(area) if area is not None else None


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may cover: the one set, else the available geometry
    of the widget's screen (or the primary screen)."""
    if _area is not None:
        return QRect(_area)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(SMALLEST_COUNTER_SCREEN)
    return screen.availableGeometry()


FRAME = (16, 40)  # borders and title bar the window system adds, at most


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height`` or what the screen has room for (less the
    window system's frame), whichever is smaller. Where it goes is left to Qt, which keeps
    a dialog over its parent and on the screen."""
    area = available_area(window)
    w = max(1, min(width, area.width() - FRAME[0]))
    h = max(1, min(height, area.height() - FRAME[1]))
    window.resize(w, h)

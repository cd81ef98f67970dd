"""Look and feel: a calm palette, a large readable font, the style sheet from resources."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

# Deadline lights are the only green/yellow/red in the product.
LIGHT_GREEN = "#2e7d32"
LIGHT_YELLOW = "#b7791f"
LIGHT_RED = "#c62828"

ACCENT = "#1f4e79"  # government blue, for headers and the ticket number
BASE_POINT_SIZE = 13  # the counter staff read this all day, at arm's length

CJK_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def style_sheet() -> str:
    try:
        return (resources.files("clerk_app.resources") / "styles" / "clerk.qss").read_text(
            encoding="utf-8"
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return ""


def apply_icon(app: QApplication) -> None:
    """The program's icon (办 on government blue) on every window and the task bar."""
    path = resources.files("clerk_app.resources") / "icons" / "clerk-desk.png"
    if path.is_file():
        app.setWindowIcon(QIcon(str(path)))


def apply_theme(app: QApplication) -> None:
    # Qt takes the first family of the list it has: no need to list every font installed
    # (that enumeration alone is a tenth of a bare window's start-up).
    font = QFont(app.font())
    font.setFamilies([*CJK_FAMILIES, *app.font().families()])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())

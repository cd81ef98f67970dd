"""Building each hall mode's window, full screen on the screen this PC's settings name.

The composition root (``clerk_app.app.run_hall``) opens the database and the link, then
calls one of the ``start_*`` functions here; each returns the shown widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QScreen
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from clerk_app.config import HallSettings
from clerk_app.services.context import ServiceContext
from clerk_app.services.hall import HallSnapshot
from clerk_app.ui.hall.display import CallDisplay
from clerk_app.ui.hall.kiosk import Kiosk
from clerk_app.ui.hall.review_pad import ReviewPad
from clerk_app.ui.hall.voice import Announcer, choose_engine
from clerk_app.ui.ports import Printout
from clerk_app.ui.tasks import QueryOp, Tasks

log = logging.getLogger("clerk.ui")


def place(widget: QWidget, screen: int, *, full: bool = True) -> None:
    """Show ``widget`` on screen number ``screen`` (the first one if there is no such)."""
    target = _screen(screen)
    if target is not None:
        widget.setGeometry(target.geometry())
    if full:
        widget.showFullScreen()
    else:
        widget.show()


def _screen(number: int) -> QScreen | None:
    screens = QGuiApplication.screens()
    if 0 <= number < len(screens):
        return screens[number]
    log.warning("screen %d not found (%d screens): using the first", number, len(screens))
    return QGuiApplication.primaryScreen()


def start_display(
    tasks: Tasks,
    read: Callable[[], HallSnapshot],
    hall: HallSettings,
    *,
    screen: int,
    chime_file: Path | None,
    source_name: str,
) -> CallDisplay:
    choice = choose_engine(hall.voice, chime_file if hall.chime else None)
    choice.engine.configure(hall.volume, hall.rate)
    log.info("call display: %s; reads %s", choice.note, source_name)
    target = _screen(screen)
    height = target.geometry().height() if target is not None else 1080
    display = CallDisplay(
        tasks,
        read,
        announcer=Announcer(choice.engine, chime=hall.chime),
        scale=min(1.0, height / 1080),
        refresh_ms=hall.refresh_seconds * 1000,
        voice_note=f"{choice.note}　·　{source_name}",
    )
    display.setWindowTitle(display.tr("叫号显示屏"))
    place(display, screen)
    return display


def start_review_pad(
    tasks: Tasks, ctx: ServiceContext, window_id: str, hall: HallSettings, *, screen: int
) -> ReviewPad:
    pad = ReviewPad(
        tasks,
        ctx,
        window_id,
        refresh_ms=hall.refresh_seconds * 1000,
        thanks_ms=hall.pad_thanks_seconds * 1000,
        rate_ms=hall.pad_rate_seconds * 1000,
    )
    pad.setWindowTitle(pad.tr("服务评价器"))
    pad.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    place(pad, screen)
    return pad


def start_kiosk(
    tasks: Tasks,
    ctx: ServiceContext,
    hall: HallSettings,
    *,
    screen: int,
    on_exit: Callable[[], None],
) -> Kiosk:
    kiosk = Kiosk(
        tasks,
        ctx,
        KioskPrintSink(tasks, hall.kiosk_printer),
        idle_ms=hall.kiosk_idle_seconds * 1000,
    )
    kiosk.setWindowTitle(kiosk.tr("自助取号机"))
    kiosk.setWindowFlags(
        Qt.WindowType.Window
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
    )
    kiosk.exitRequested.connect(on_exit)
    place(kiosk, screen)
    return kiosk


class KioskPrintSink:
    """Prints each ticket straight to the kiosk's printer, no dialog: the pages are
    rendered on the I/O pool, painted on the GUI thread."""

    def __init__(self, tasks: Tasks, printer_name: str = "") -> None:
        self.tasks, self.printer_name = tasks, printer_name

    def show(self, printout: Printout, parent: QWidget | None = None) -> None:
        from clerk_app.ui.common.print_preview import paint_pages, render_pages

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        elif not QPrinterInfo.defaultPrinter().isNull():
            printer.setPrinterName(QPrinterInfo.defaultPrinter().printerName())
        printer.setFullPage(True)
        printer.setDocName(printout.title)
        pdf, dpi = printout.pdf, printer.resolution()

        def paint(images: list[QImage]) -> None:
            try:
                paint_pages(printer, images)
            except OSError:
                log.error("kiosk printer %r not ready", self.printer_name or "(default)")

        QueryOp(self.tasks, lambda: render_pages(pdf, dpi)).success(paint).failure(
            lambda exc: log.error("kiosk ticket not rendered", exc_info=exc)
        ).run()

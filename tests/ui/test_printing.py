"""The print preview (QtPdf) and printing the pages as images onto a QPrinter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from clerk_app import printing
from clerk_app.printing.samples import example_documents
from clerk_app.ui.common.print_preview import PrintPreviewDialog, render_pages
from clerk_app.ui.ports import Printout
from clerk_app.ui.tasks import Tasks
from tests.ui.conftest import pdf_text


def _printout(kind: str) -> Printout:
    doc = example_documents(date(2026, 9, 28))[kind]
    return Printout(title=kind, pdf=printing.render(doc), kind=kind, thermal=kind == "ticket")


def test_the_ticket_prints_on_an_80_mm_page(qtbot: QtBot, tasks: Tasks, tmp_path: Path) -> None:
    dialog = PrintPreviewDialog(_printout("ticket"), tasks)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    printer = dialog.make_printer()
    width_mm = printer.pageLayout().fullRect().width() * 25.4 / 72
    assert abs(width_mm - 80) < 1
    target = tmp_path / "out.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(150)
    dialog.ask_printer = lambda p: True  # type: ignore[method-assign]
    dialog.print_to(printer)
    assert target.is_file() and target.stat().st_size > 1000
    assert "1 页" in dialog.info.text()


def test_a_notice_renders_every_page_as_an_image_at_the_printer_resolution() -> None:
    printout = _printout("receipt")
    images = render_pages(printout.pdf, 100)
    assert images and abs(images[0].width() - round(210 / 25.4 * 100)) <= 2
    assert "受理" in pdf_text(printout.pdf)

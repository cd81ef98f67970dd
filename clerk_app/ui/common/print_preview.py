"""Print preview: the PDF pages (QtPdf), and a Print button to any installed printer.

The pages reach the printer as images: a worker renders them with ``QPdfDocument.render`` at
the printer's resolution; the GUI thread only paints them onto the printer's QPainter.
A queue ticket is 80 mm wide, so the printer's page is set to the PDF's own page size
(a thermal roll printer takes it as it is; an A4 printer centres it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.common.screen import fit_to_screen
from clerk_app.ui.ports import Printout
from clerk_app.ui.tasks import QueryOp, Tasks, error_message

POINTS_PER_INCH = 72.0


def load_pdf(pdf: bytes, parent: QDialog | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes; keep the buffer alive as long as the document."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def render_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page as an image at ``dpi`` (runs in a worker: its own document, no widgets)."""
    document, buffer = load_pdf(pdf)
    try:
        images = []
        for page in range(document.pageCount()):
            points = document.pagePointSize(page)
            size = QSize(
                max(1, round(points.width() * dpi / POINTS_PER_INCH)),
                max(1, round(points.height() * dpi / POINTS_PER_INCH)),
            )
            images.append(document.render(page, size))
        return images
    finally:
        document.close()
        buffer.close()


def paint_pages(printer: QPrinter, images: list[QImage]) -> int:
    """Paint the page images onto the printer (GUI thread); returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer not ready")
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(area.x() + (area.width() - w) / 2, area.y(), w, h)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(images)


def page_printer(document: QPdfDocument, title: str) -> QPrinter:
    """A printer whose page is the PDF's page (80 mm roll for tickets, A4 for notices)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if document.pageCount():
        points = document.pagePointSize(0)
        size = QPageSize(QSizeF(points), QPageSize.Unit.Point, title)
        printer.setPageSize(size)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def printer_available(name: str) -> bool:
    """Whether a printer of that name is installed on this workstation."""
    return bool(name) and not QPrinterInfo.printerInfo(name).isNull()


def print_straight(
    printout: Printout,
    printer_name: str,
    tasks: Tasks,
    done: Callable[[str], None] | None = None,
) -> None:
    """Send the printout to the named printer without a preview: pages rendered in a
    worker, painted on the GUI thread; ``done`` gets "" when printed, else why not."""
    document, buffer = load_pdf(printout.pdf)
    printer = page_printer(document, printout.title)
    document.close()
    buffer.close()
    printer.setPrinterName(printer_name)
    pdf, dpi = printout.pdf, printer.resolution()

    def paint(images: list[QImage]) -> None:
        try:
            paint_pages(printer, images)
        except OSError as exc:
            failed(exc)
            return
        if done is not None:
            done("")

    def failed(exc: BaseException) -> None:
        if done is not None:
            done(error_message(exc))

    QueryOp(tasks, lambda: render_pages(pdf, dpi)).success(paint).failure(failed).run()


class PrintPreviewDialog(QDialog):
    def __init__(self, printout: Printout, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printout = printout
        self.tasks = tasks
        title = printout.title + (self.tr("（补打）") if printout.reprint else "")
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=title))
        fit_to_screen(self, 520 if printout.thermal else 760, 860)
        self.document, self._buffer = load_pdf(printout.pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel()
        self.info.setWordWrap(True)
        pages = self.document.pageCount()
        where = str(printout.path) if printout.path else self.tr("未存档")
        self.info.setText(self.tr("共 {n} 页 · 存档：{where}").format(n=pages, where=where))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("primaryAction")
        self.print_button.setDefault(True)
        close = QPushButton(self.tr("关闭"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # keep its own size
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.choose_printer)
        close.clicked.connect(self.reject)

    def make_printer(self) -> QPrinter:
        """A printer whose page is the PDF's page (80 mm roll for tickets, A4 for notices)."""
        return page_printer(self.document, self.printout.title)

    def ask_printer(self, printer: QPrinter) -> bool:
        """The system print dialog (tests replace this)."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印 {title}").format(title=self.printout.title))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_printer(self) -> None:
        printer = self.make_printer()
        if self.ask_printer(printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render the pages in a worker at the printer's resolution, then paint them."""
        pdf, dpi = self.printout.pdf, printer.resolution()
        self.print_button.setEnabled(False)
        self.info.setText(self.tr("正在打印…"))
        op = QueryOp(self.tasks, lambda: render_pages(pdf, dpi))
        op.success(lambda images: self._paint(printer, images)).failure(self._failed).run()

    def _paint(self, printer: QPrinter, images: list[QImage]) -> None:
        self.print_button.setEnabled(True)
        try:
            n = paint_pages(printer, images)
        except OSError as exc:
            self._failed(exc)
            return
        self.info.setText(
            self.tr("已送打印机 {name}：{n} 页").format(
                name=printer.printerName() or printer.outputFileName(), n=n
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.info.setText(self.tr("打印失败：{why}").format(why=error_message(exc)))
        self.info.setStyleSheet("color: #c62828")

from __future__ import annotations

import io

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from clerk_app.printing.marks import draw_barcode, draw_qr, qr_rects


def test_qr_rectangles_cover_exactly_the_dark_modules() -> None:
    payload = "SL361123202600012"
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    count, rects = qr_rects(payload)
    assert count == qr.getModuleCount()
    grid = [[False] * count for _ in range(count)]
    for row, col, w, h in rects:
        for r in range(row, row + h):
            for c in range(col, col + w):
                assert not grid[r][c]  # no overlap
                grid[r][c] = True
    assert grid == [[bool(v) for v in row] for row in qr.modules]


def test_barcode_refuses_non_ascii_without_failing() -> None:
    c = Canvas(io.BytesIO())
    assert draw_barcode(c, "SL361123202600012", 0, 0, 100, 20)
    assert not draw_barcode(c, "受理0012", 0, 0, 100, 20)
    draw_qr(c, "受理0012", 0, 0, 60)  # QR carries any text

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

from clerk_app.printing import render
from clerk_app.printing.marks import _bars, draw_barcode, draw_qr, qr_rects
from clerk_app.printing.samples import example_documents


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


class _RecordingCode128(Code128):  # type: ignore[misc]
    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.bars.append((x, w))


@pytest.mark.parametrize("value", ["SL361123202600012", "20261127-WS-A01-0001", "ab-12 x"])
def test_barcode_bars_are_reportlabs_code128(value: str) -> None:
    reference = _RecordingCode128(value, barWidth=1.0, humanReadable=False, quiet=False)
    reference.bars = []
    reference.draw()
    assert _bars(reference.decomposed) == reference.bars
    c = Canvas(io.BytesIO(), pageCompression=0)
    assert draw_barcode(c, value, 0, 0, 100, 20)
    assert c.getpdfdata().count(b" re") == len(reference.bars)


def _decode(pdf: bytes, tmp_path: Path) -> list[str]:
    (tmp_path / "r.pdf").write_bytes(pdf)
    # 300 dpi: a 20-character case number has 0.22 mm bars, under 2 pixels at 200 dpi
    subprocess.run(["pdftoppm", "-r", "300", "-png", "r.pdf", "page"], cwd=tmp_path, check=True)
    images = sorted(str(p) for p in tmp_path.glob("page*.png"))
    done = subprocess.run(["zbarimg", "-q", *images], capture_output=True, text=True)
    return done.stdout.splitlines()


@pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbarimg (apt: zbar-tools) or pdftoppm (apt: poppler-utils) missing: "
    "the printed QR code and barcode were NOT decoded",
)
@pytest.mark.parametrize("case_number", ["20261127-WS-A01-0001", "SL361123202600077"])
def test_printed_receipt_codes_decode_to_the_case_number(case_number: str, tmp_path: Path) -> None:
    doc = example_documents(date(2026, 9, 30))["receipt"]
    pdf = render(replace(doc, case_number=case_number))  # type: ignore[type-var]
    decoded = _decode(pdf, tmp_path)
    assert f"QR-Code:{case_number}" in decoded
    assert f"CODE-128:{case_number}" in decoded

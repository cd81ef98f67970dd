"""Receipt PDF time against a minimal reportlab page with the same text and font.

    python -m bench.bench_receipt

Each measured receipt has a new case number, so its QR code is computed afresh (no
cache hit); the baseline draws the receipt's own text lines with ``drawString`` on one
A4 page in the same embedded font. Fonts are registered before timing (once per
process in the application too). Prints a table; ``run()`` returns its rows.
"""

from __future__ import annotations

import io
import statistics
import time
from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench import hold_data_key
from clerk_app.printing import ReceiptDoc, render
from clerk_app.printing.fonts import get_fonts
from clerk_app.printing.samples import example_documents

#: What the benchmark needs to run (``python -m bench.run --list``).
NEEDS = "nothing beyond the installed package"

ROUNDS = 60
WARMUP = 5

Row = tuple[str, float, float, float]


def _receipt() -> ReceiptDoc:
    doc = example_documents(date(2026, 9, 30))["receipt"]
    assert isinstance(doc, ReceiptDoc)
    return doc


def _baseline_page(lines: list[str], font: str) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    c.setFont(font, 12)
    y = A4[1] - 100
    for line in lines:
        c.drawString(80, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def _median_ms(fn: object, rounds: int) -> float:
    samples = []
    for i in range(rounds + WARMUP):
        t0 = time.perf_counter()
        fn(i)  # type: ignore[operator]
        if i >= WARMUP:
            samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def run(rounds: int = ROUNDS) -> list[Row]:
    hold_data_key()
    font = get_fonts().body  # registration outside the timing
    doc = _receipt()
    text = PdfReader(io.BytesIO(render(doc))).pages[0].extract_text()
    lines = [ln for ln in text.splitlines() if ln.strip()]

    def receipt(i: int) -> None:
        render(replace(doc, case_number=f"SL36112320260{i:05d}"))

    def reprint(i: int) -> None:  # same case: the QR matrix comes from the cache
        render(doc, reprint=True)

    def baseline(i: int) -> None:
        _baseline_page(lines, font)

    base = _median_ms(baseline, rounds)
    rows: list[Row] = []
    for name, fn in (("receipt (new case)", receipt), ("receipt reprint (cached QR)", reprint)):
        value = _median_ms(fn, rounds)
        rows.append((name, value, base, value / base))
    return rows


def main() -> None:
    rows = run()
    print(f"{'benchmark':<30}{'ms':>9}{'baseline ms':>13}{'ratio':>8}")
    for name, value, base, ratio in rows:
        print(f"{name:<30}{value:>9.2f}{base:>13.2f}{ratio:>7.2f}x")
    print("target: ratio <= 1.5x and under 50 ms a receipt")


if __name__ == "__main__":
    main()

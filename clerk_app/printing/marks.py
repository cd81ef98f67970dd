"""QR code and Code 128 barcode drawn straight onto a canvas, cheaply.

reportlab's QR widget builds a Drawing with one shape per dark run (~35 ms a code);
here the module matrix (:mod:`clerk_app.printing.qr_matrix`) is computed once per
payload (LRU cache) and drawn as a single filled path of horizontal runs.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from string import ascii_lowercase, ascii_uppercase

from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

from clerk_app.printing.qr_matrix import encode, mask_penalty

__all__ = ["draw_barcode", "draw_qr", "mask_penalty", "qr_rects"]

log = logging.getLogger("clerk.print")

QUIET_MODULES = 2


_DARK_RUN = re.compile("1+")


@lru_cache(maxsize=256)
def qr_rects(payload: str) -> tuple[int, tuple[tuple[int, int, int, int], ...]]:
    """(module count, dark areas as (row, column, width, height) in modules).

    Horizontal runs of dark modules, merged with identical runs on the rows below, so a
    code is drawn with about a third fewer rectangles than it has runs.
    """
    symbol = encode(payload)
    open_runs: dict[tuple[int, int], int] = {}  # (column, width) -> first row
    rects: list[tuple[int, int, int, int]] = []
    for r, row in enumerate([*symbol.rows(), ""]):
        runs = {(m.start(), m.end() - m.start()) for m in _DARK_RUN.finditer(row)}
        for key in [k for k in open_runs if k not in runs]:
            first = open_runs.pop(key)
            rects.append((first, key[0], key[1], r - first))
        for key in runs:
            open_runs.setdefault(key, r)
    return symbol.size, tuple(rects)


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code (with a 2-module quiet zone) in the square at (x, y) with side ``size``."""
    count, rects = qr_rects(payload)
    box = size / (count + 2 * QUIET_MODULES)
    c.saveState()
    # module units, origin at the top-left module, rows downwards
    c.transform(box, 0, 0, -box, x + QUIET_MODULES * box, y + size - QUIET_MODULES * box)
    p = c.beginPath()
    for row, col, w, h in rects:
        p.rect(col, row, w, h)
    c.setFillGray(0)
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def draw_barcode(c: Canvas, value: str, x: float, y: float, width: float, height: float) -> bool:
    """A Code 128 barcode scaled into ``width``; False (and nothing drawn) if ``value``
    cannot be encoded (Code 128 carries ASCII only)."""
    if not value or not value.isascii():
        log.warning("barcode skipped: %r is not ASCII", value)
        return False
    bc = Code128(value, barHeight=height, barWidth=1.0, humanReadable=False, quiet=False)
    scale = width / bc.width  # encodes the value; bars in bc.decomposed
    c.saveState()
    c.translate(x, y)
    c.scale(scale, 1)
    c.setFillGray(0)
    for left, w in _bars(bc.decomposed):
        # one fill a bar, as reportlab draws them: viewers snap each to the pixel grid
        c.rect(left, 0, w, height, stroke=0, fill=1)
    c.restoreState()
    return True


def _bars(decomposed: str) -> list[tuple[int, int]]:
    """(left, width) of each bar in bar-width units, from reportlab's decomposed form
    (upper case letters: a bar that many units wide; lower case: a space)."""
    bars: list[tuple[int, int]] = []
    left = 0
    for ch in decomposed:
        if ch in ascii_uppercase:
            w = ord(ch) - ord("A") + 1
            bars.append((left, w))
            left += w
        elif ch in ascii_lowercase:
            left += ord(ch) - ord("a") + 1
    return bars

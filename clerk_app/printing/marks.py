"""QR code and Code 128 barcode drawn straight onto a canvas, cheaply.

reportlab's QR widget builds a Drawing with one shape per dark run (~35 ms a code);
here the module matrix is computed once per payload (LRU cache) and drawn as a single
filled path of horizontal runs.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from itertools import groupby, pairwise

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger("clerk.print")

QUIET_MODULES = 2


_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")


def mask_penalty(modules: list[list[bool]]) -> int:
    """The ISO/IEC 18004 §7.8.3 penalty of a masked symbol (lower scans more reliably).

    The same four rules as reportlab's ``QRUtil.getLostPoint``, computed on strings and
    bit masks: runs of five or more, 2×2 blocks, finder-like patterns, dark balance.
    """
    rows = ["".join("1" if m else "0" for m in row) for row in modules]
    size = len(rows)
    score = 0
    for line in [*rows, *("".join(col) for col in zip(*rows, strict=True))]:
        score += sum(len(run) - 2 for run in _RUN.findall(line))  # N1 = 3, +1 per module
        score += 40 * len(_FINDER_LIKE.findall(line))
    full = (1 << size) - 1
    bits = [int(r, 2) for r in rows]
    for a, b in pairwise(bits):
        dark = a & b & (a >> 1) & (b >> 1)
        na, nb = ~a & full, ~b & full
        light = na & nb & (na >> 1) & (nb >> 1)
        score += 3 * (dark.bit_count() + light.bit_count())
    dark_share = sum(r.count("1") for r in rows) * 100 // (size * size)
    return score + 10 * (abs(dark_share - 50) // 5)


@lru_cache(maxsize=256)
def qr_rects(payload: str) -> tuple[int, tuple[tuple[int, int, int, int], ...]]:
    """(module count, dark areas as (row, column, width, height) in modules).

    Horizontal runs of dark modules, merged with identical runs on the rows below, so a
    code is drawn with about a third fewer rectangles than it has runs.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.version = qr.calculate_version()
    scores = []
    for pattern in range(8):  # the mask pattern with the lowest ISO 18004 penalty
        qr.makeImpl(True, pattern)
        scores.append((mask_penalty(qr.modules), pattern))
    qr.makeImpl(False, min(scores)[1])
    open_runs: dict[tuple[int, int], int] = {}  # (column, width) -> first row
    rects: list[tuple[int, int, int, int]] = []
    count = qr.getModuleCount()
    for r, row in enumerate([*qr.modules, [False] * count]):
        runs: set[tuple[int, int]] = set()
        col = 0
        for dark, group in groupby(bool(v) for v in row):
            n = sum(1 for _ in group)
            if dark:
                runs.add((col, n))
            col += n
        for key in [k for k in open_runs if k not in runs]:
            first = open_runs.pop(key)
            rects.append((first, key[0], key[1], r - first))
        for key in runs:
            open_runs.setdefault(key, r)
    return count, tuple(rects)


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
    scale = width / bc.width
    c.saveState()
    c.translate(x, y)
    c.scale(scale, 1)
    bc.drawOn(c, 0, 0)
    c.restoreState()
    return True

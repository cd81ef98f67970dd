"""The QR code module matrix (ISO/IEC 18004), computed with whole-symbol bit operations.

reportlab's encoder builds the symbol eight times, once per mask pattern, module by
module (``QRCode.makeImpl``), then scores each. Here what depends only on the version —
function patterns, the data region, the eight mask patterns, where each data bit goes —
is derived once per version from reportlab's own routines; a payload's data bits are
placed once, and each masked candidate is one XOR and one OR of big integers. The
penalty (§7.8.3) is a few dozen shifts and ANDs on the same integers.

A symbol is held as one int of 2·size² bits: the rows (row 0 first, column 0 first),
then the columns (the transposed symbol), so a rule along rows and columns is computed
once for both. Like reportlab, candidates are scored with the format and version
information light; the mask chosen is the first with the lowest penalty.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from reportlab.graphics.barcode import qrencoder

from clerk_app.printing.qr_codewords import codewords

LEVEL_M = qrencoder.QRErrorCorrectLevel.M
FINDER_LIKE = ("10111010000", "00001011101")  # 1:1:3:1:1 with four light modules
_BITS = bytes.maketrans(b"01", b"\x00\x01")


@dataclass(frozen=True)
class _Lines:
    """Bit masks of a size × size symbol held as rows then columns (2·size² bits)."""

    size: int
    after_first: int  # modules not in the first position of their line
    finder_starts: int  # modules a finder-like pattern can start at
    corners: int  # rows half: modules (r, c) with r, c < size - 1 (2×2 block corners)


@lru_cache(maxsize=64)
def _lines(size: int) -> _Lines:
    def where(keep: str) -> int:  # one line's modules to keep, as '0'/'1'
        half = int(keep * size, 2)
        return (half << size * size) | half

    blocks = ("1" * (size - 1) + "0") * (size - 1) + "0" * size
    return _Lines(
        size=size,
        after_first=where("0" + "1" * (size - 1)),
        finder_starts=where("1" * max(0, size - 10) + "0" * min(size, 10)),
        corners=int(blocks, 2) << size * size,
    )


def penalties(symbol: int, lines: _Lines) -> tuple[int, int, int, int]:
    """The four ISO/IEC 18004 §7.8.3 penalty scores (N1..N4) of a symbol (rows + columns).

    N1: each run of five or more same-colour modules in a row or column, 3 + (length − 5);
    N2: 3 for every 2×2 block of one colour (overlapping blocks each count);
    N3: 40 for every 1:1:3:1:1 finder-like pattern with four light modules on either side;
    N4: 10 for every full 5 % the dark share is away from 50 %.
    """
    size = lines.size
    # N1: a run of L ≥ 5 has L − 1 equal neighbours in a row, so L − 4 windows of 4
    same = lines.after_first & ~(symbol ^ (symbol >> 1))  # equal to the previous module
    windows = same & (same >> 1) & (same >> 2) & (same >> 3)
    n1 = windows.bit_count() + 2 * (windows & ~(windows << 1)).bit_count()
    # N3: the pattern starting at each module, read along its line
    ahead = [symbol << k for k in range(11)]  # module k further along the line
    found = 0
    for pattern in FINDER_LIKE:
        match = lines.finder_starts
        for k, bit in enumerate(pattern):
            match &= ahead[k] if bit == "1" else ~ahead[k]
        found += match.bit_count()
    # N2: a block's corner has the colour of the module right of it and the two below
    vertical = symbol ^ (symbol << size)
    odd = vertical | (vertical << 1) | (symbol ^ (symbol << 1))
    n2 = 3 * (lines.corners & ~odd).bit_count()
    dark = symbol.bit_count() * 50 // (size * size)  # counted twice: rows and columns
    return n1, n2, 40 * found, 10 * (abs(dark - 50) // 5)


def _to_int(modules: list[list[bool]]) -> int:
    """Rows then columns of a module matrix, as one int (see the module docstring)."""
    rows = "".join("1" if m else "0" for row in modules for m in row)
    cols = "".join("1" if m else "0" for col in zip(*modules, strict=True) for m in col)
    return int(rows + cols, 2)


def mask_penalty(modules: list[list[bool]]) -> int:
    """The ISO/IEC 18004 §7.8.3 penalty of a masked symbol (lower scans more reliably)."""
    return sum(penalties(_to_int(modules), _lines(len(modules))))


@dataclass(frozen=True)
class _Layout:
    """What every symbol of one version has in common."""

    size: int
    functions: int  # finder, separator, timing and alignment patterns (dark modules)
    places: tuple[tuple[int, int], ...]  # string indexes of the k-th data bit (row, column)
    masks: tuple[int, ...]  # per mask pattern: the data region modules it inverts


def _blank(version: int, level: int) -> qrencoder.QRCode:
    qr = qrencoder.QRCode(version, level)
    qr.moduleCount = size = version * 4 + 17
    qr.modules = [[False] * size for _ in range(size)]
    return qr


@lru_cache(maxsize=40)
def _layout(version: int) -> _Layout:
    qr = _blank(version, LEVEL_M)
    size = qr.moduleCount
    qr.setupPositionProbePattern(0, 0)
    qr.setupPositionProbePattern(size - 7, 0)
    qr.setupPositionProbePattern(0, size - 7)
    qr.setupPositionAdjustPattern()
    qr.setupTimingPattern()
    functions = _to_int(qr.modules)
    region = [(row, col) for col, row in qr.dataPosIterator()]  # in the order data fills
    masks = []
    for pattern in range(8):
        inverted = qrencoder.QRUtil.getMask(pattern)
        grid = [[False] * size for _ in range(size)]
        for r, c in region:
            grid[r][c] = bool(inverted(r, c))
        masks.append(_to_int(grid))
    n = size * size
    return _Layout(
        size=size,
        functions=functions,
        places=tuple((r * size + c, n + c * size + r) for r, c in region),
        masks=tuple(masks),
    )


@lru_cache(maxsize=64)
def _format_modules(version: int, level: int, pattern: int) -> int:
    """Format information, version information and the dark module of a final symbol."""
    qr = _blank(version, level)
    qr.setupTypeInfo(False, pattern)
    if version >= 7:
        qr.setupTypeNumber(False)
    return _to_int(qr.modules)


@dataclass(frozen=True)
class Symbol:
    size: int  # modules a side
    mask: int  # the mask pattern chosen (0-7)
    bits: int  # rows then columns (see the module docstring)

    def rows(self) -> list[str]:
        """Each row as a string of '1' (dark) and '0' (light), top row first."""
        n = self.size * self.size
        s = format(self.bits >> n, f"0{n}b")
        return [s[i : i + self.size] for i in range(0, n, self.size)]


def _data_bits(lay: _Layout, stream: bytes) -> int:
    """The data region with the codewords placed, unmasked (rows then columns)."""
    n = lay.size * lay.size
    bits = format(int.from_bytes(stream, "big"), f"0{8 * len(stream)}b").encode()
    grid = bytearray(b"0" * (2 * n))
    for p, pt in compress(lay.places, bits.translate(_BITS)):
        grid[p] = grid[pt] = 49  # b"1"
    return int(grid, 2)


def encode(payload: str, level: int = LEVEL_M) -> Symbol:
    """The smallest symbol holding ``payload`` (numeric, alphanumeric, Kanji or byte mode
    as reportlab's ``addData`` picks it) with the lowest-penalty mask pattern."""
    qr = qrencoder.QRCode(None, level)
    qr.addData(payload)
    version = qr.calculate_version()
    lay = _layout(version)
    lines = _lines(lay.size)
    data = _data_bits(lay, codewords(version, level, qr.dataList))
    scores = [
        (sum(penalties(lay.functions | (data ^ mask), lines)), pattern)
        for pattern, mask in enumerate(lay.masks)
    ]
    pattern = min(scores)[1]
    bits = lay.functions | (data ^ lay.masks[pattern])
    return Symbol(lay.size, pattern, bits | _format_modules(version, level, pattern))

"""The QR symbol computed with bit operations is reportlab's symbol, with the ISO mask."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from reportlab.graphics.barcode import qrencoder

from clerk_app.printing.qr_codewords import codewords
from clerk_app.printing.qr_matrix import _lines, _to_int, encode, mask_penalty, penalties

LEVELS = (
    qrencoder.QRErrorCorrectLevel.L,
    qrencoder.QRErrorCorrectLevel.M,
    qrencoder.QRErrorCorrectLevel.Q,
    qrencoder.QRErrorCorrectLevel.H,
)
PAYLOADS = (
    "SL361123202600012",  # alphanumeric, as the receipts' case numbers
    "20261127-WS-A01-0001",
    "3611232026000120",  # numeric
    "sl-lower-case-0001",  # byte mode
    "受理0012",  # UTF-8 bytes
    "A" * 120,  # version 7: version information blocks
    "https://example.gov.cn/case?id=" + "9" * 200,  # version 10+, several RS blocks
    "0" * 1200,
)


def _reportlab(payload: str, level: int) -> qrencoder.QRCode:
    qr = qrencoder.QRCode(None, level)
    qr.addData(payload)
    qr.version = qr.calculate_version()
    return qr


def _rows(modules: list[list[bool]]) -> list[str]:
    return ["".join("1" if m else "0" for m in row) for row in modules]


def _random_matrix(rng: random.Random, size: int) -> list[list[bool]]:
    dark = rng.random()
    return [[rng.random() < dark for _ in range(size)] for _ in range(size)]


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_symbol_is_reportlabs_symbol_for_the_same_mask(payload: str, level: int) -> None:
    symbol = encode(payload, level)
    qr = _reportlab(payload, level)
    qr.makeImpl(False, symbol.mask)
    assert symbol.size == qr.getModuleCount()
    assert symbol.rows() == _rows(qr.modules)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_mask_is_the_first_of_the_lowest_iso_penalty(payload: str) -> None:
    # each candidate scored as reportlab builds it for scoring (format areas light)
    qr = _reportlab(payload, qrencoder.QRErrorCorrectLevel.M)
    scores = []
    for pattern in range(8):
        qr.makeImpl(True, pattern)
        scores.append(mask_penalty(qr.modules))
    assert encode(payload).mask == scores.index(min(scores))


def test_receipt_case_numbers_fit_the_smallest_symbol() -> None:
    # alphanumeric mode (reportlab picks it for A-Z 0-9 and -): 21 × 21 modules
    assert encode("20261127-WS-A01-0001").size == 21
    assert encode("SL361123202600012").size == 21


@pytest.mark.parametrize("level", LEVELS)
def test_codewords_are_reportlabs(level: int) -> None:
    rng = random.Random(7)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:abcxyz受理"
    for _ in range(60):
        payload = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400)))
        qr = _reportlab(payload, level)
        expected = qrencoder.QRCode.createData(qr.version, level, qr.dataList)
        assert list(codewords(qr.version, level, qr.dataList)) == expected


def test_codewords_refuse_data_beyond_capacity() -> None:
    qr = qrencoder.QRCode(1, qrencoder.QRErrorCorrectLevel.H)
    qr.addData("X" * 40)
    with pytest.raises(ValueError, match="too long"):
        codewords(1, qrencoder.QRErrorCorrectLevel.H, qr.dataList)


# --- the §7.8.3 penalty ------------------------------------------------------------------
def _reference_penalty(modules: list[list[bool]]) -> int:
    """ISO/IEC 18004 §7.8.3 written out module by module."""
    size = len(modules)
    lines = [list(r) for r in modules] + [list(c) for c in zip(*modules, strict=True)]
    score = 0
    for line in lines:  # N1 = 3, plus 1 for each module beyond five
        run = 1
        for a, b in pairwise([*line, None]):
            if a == b:
                run += 1
                continue
            if run >= 5:
                score += 3 + run - 5
            run = 1
    for r in range(size - 1):  # N2 = 3 a 2×2 block
        for c in range(size - 1):
            if modules[r][c] == modules[r][c + 1] == modules[r + 1][c] == modules[r + 1][c + 1]:
                score += 3
    pattern = [True, False, True, True, True, False, True] + [False] * 4
    for line in lines:  # N3 = 40 a 1:1:3:1:1 pattern, light four on either side
        for i in range(len(line) - 10):
            window = line[i : i + 11]
            score += 40 * ((window == pattern) + (window == pattern[::-1]))
    dark = sum(map(sum, modules))
    k = abs(dark * 100 // (size * size) - 50) // 5  # N4 = 10 per 5 % from half dark
    return score + 10 * k


def test_penalty_follows_the_iso_rules_on_random_symbols() -> None:
    rng = random.Random(18004)
    for _ in range(300):
        modules = _random_matrix(rng, rng.choice([1, 2, 5, 10, 11, 12, 21, 25, 33]))
        assert mask_penalty(modules) == _reference_penalty(modules)


@pytest.mark.parametrize("payload", PAYLOADS[:6])
def test_penalty_on_masked_symbols_matches_the_reference(payload: str) -> None:
    qr = _reportlab(payload, qrencoder.QRErrorCorrectLevel.M)
    for pattern in range(8):
        qr.makeImpl(True, pattern)
        assert mask_penalty(qr.modules) == _reference_penalty(qr.modules)


@pytest.mark.parametrize("payload", PAYLOADS[:6])
def test_penalty_rules_1_2_4_are_reportlabs(payload: str) -> None:
    # reportlab's rule 3 looks for the pattern in one direction only; the others agree
    qr = _reportlab(payload, qrencoder.QRErrorCorrectLevel.M)
    util = qrencoder.QRUtil
    for pattern in range(8):
        qr.makeImpl(True, pattern)
        m = qr.modules
        n1, n2, _n3, n4 = penalties(_to_int(m), _lines(len(m)))
        assert n1 == util.maskScoreRule1vert(m) + util.maskScoreRule1vert(
            list(zip(*m, strict=True))
        )
        assert n2 == util.maskScoreRule2(m)
        assert n4 == util.maskScoreRule4(m)


def test_penalty_worked_examples() -> None:
    dark = [[True] * 21 for _ in range(21)]
    # 42 lines of 21: 3 + 16 each; 20 × 20 blocks; all dark: 10 × (50 / 5)
    assert penalties(_to_int(dark), _lines(21)) == (42 * 19, 3 * 400, 0, 100)
    checker = [[(r + c) % 2 == 0 for c in range(21)] for r in range(21)]
    assert mask_penalty(checker) == 0  # 221 of 441 dark: 50 %
    row = [c == "1" for c in "00001011101" + "0000000000"]
    one = [row] + [[False] * 21 for _ in range(20)]
    # row 0: a run of ten light (8); 20 light rows (19 each); 16 light columns (19 each),
    # 5 with 20 light (18 each); 2×2 light blocks: 19 × 20 below row 0, 12 touching it;
    # the pattern and, sharing its four light modules, the mirrored one; 5 of 441 dark
    expected = (8 + 20 * 19 + 16 * 19 + 5 * 18, 3 * (19 * 20 + 12), 2 * 40, 10 * 9)
    assert penalties(_to_int(one), _lines(21)) == expected

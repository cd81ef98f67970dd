"""Page geometry (GB/T 9704-2012 and the 80 mm roll), Chinese dates, CJK line breaking."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date, datetime
from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

# --- GB/T 9704-2012 (党政机关公文格式) --------------------------------------------
PAGE_A4 = A4  # 210 × 297 mm
TOP_MARGIN = 37 * mm  # 天头
LEFT_MARGIN = 28 * mm  # 订口
TEXT_WIDTH = 156 * mm  # 版心宽
TEXT_HEIGHT = 225 * mm  # 版心高
TEXT_LEFT = LEFT_MARGIN
TEXT_RIGHT = LEFT_MARGIN + TEXT_WIDTH
TEXT_TOP = A4[1] - TOP_MARGIN
TEXT_BOTTOM = TEXT_TOP - TEXT_HEIGHT
TITLE_SIZE = 22.0  # 2号 小标宋
BODY_SIZE = 16.0  # 3号 仿宋
PAGE_NUMBER_SIZE = 14.0  # 4号
LINES_PER_PAGE = 22
LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE  # 22 lines of body text per page
SEAL_DIAMETER = 42 * mm

# --- 80 mm thermal roll --------------------------------------------------------------
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm  # most 80 mm heads print 72 mm


def format_cn_date(d: date) -> str:
    """2026年9月30日 — Arabic numerals, no leading zeros (GB/T 9704-2012 7.3.5.1)."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_cn_datetime(dt: datetime) -> str:
    """2026年9月30日 09:05"""
    return f"{format_cn_date(dt)} {dt.hour:02d}:{dt.minute:02d}"


def format_minutes(minutes: int) -> str:
    """约25分钟 / 约1小时10分钟"""
    if minutes < 60:
        return f"约{minutes}分钟"
    hours, rest = divmod(minutes, 60)
    return f"约{hours}小时{rest}分钟" if rest else f"约{hours}小时"


# --- line breaking ---------------------------------------------------------------------
# No line may start with closing punctuation or end with an opening one (简单禁则).
NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’％%,.;:?!)]}·…—")
NO_LINE_END = frozenset("（《「『【〔“‘([{")
#: A date (2026年12月3日, 2026年12月), a year bracket (〔2026〕) and a run of Latin letters
#: and digits (case numbers, codes, phone numbers) are never split across lines.
_UNBROKEN = r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|〔\d{4}〕|[A-Za-z0-9][A-Za-z0-9.\-_/:@*]*"
_TOKEN = re.compile(_UNBROKEN + r"|\s+|.", re.S)


@lru_cache(maxsize=256)
def _tokenizer(whole: tuple[str, ...]) -> re.Pattern[str]:
    """The token pattern that also keeps each of ``whole`` (agency and applicant names)
    on one line, unless one is longer than a line."""
    if not whole:
        return _TOKEN
    names = "|".join(re.escape(w) for w in sorted(whole, key=len, reverse=True))
    return re.compile(f"{names}|{_UNBROKEN}|\\s+|.", re.S)


@lru_cache(maxsize=65536)
def char_width(font: str, size: float, text: str) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(font, size, t) for t in _TOKEN.findall(text))


def wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    first_indent: float = 0.0,
    measure: Callable[[str, str, float], float] | None = None,
    whole: Collection[str] = (),
) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points.

    Chinese breaks between any two characters; runs of Latin letters and digits (case
    numbers, codes, phone numbers) stay whole unless longer than a line. Hard line
    breaks (``\\n``) are kept. The first line is ``first_indent`` narrower. Dates and
    the names in ``whole`` stay on one line; no line starts with closing punctuation
    (a chain such as ``）。`` takes the character before it along).
    """
    tokenizer = _tokenizer(tuple(sorted({w for w in whole if len(w) > 1})))
    m = measure or (lambda t, f, s: char_width(f, s, t))
    lines: list[str] = []
    for para in text.split("\n"):
        avail = width - first_indent if not lines else width
        tokens = tokenizer.findall(para)
        widths = [m(token, font, size) for token in tokens]
        if sum(widths) <= avail:  # the common case: it fits (no token is split either)
            lines.append(para.rstrip())
            continue
        current: list[str] = []
        used = 0.0
        for token, w in zip(tokens, widths, strict=True):
            if used + w <= avail + 0.01 or not current:
                if w > avail and len(token) > 1:  # an over-long code: split by character
                    for ch in token:
                        cw = m(ch, font, size)
                        if used + cw > avail + 0.01 and current:
                            lines.append("".join(current).rstrip())
                            current, used, avail = [], 0.0, width
                        current.append(ch)
                        used += cw
                    continue
                current.append(token)
                used += w
                continue
            carry: list[str] = []
            if token[0] in NO_LINE_START and len(current) == 1 and len(current[0]) > 1:
                current = [current[0][:-1], current[0][-1]]  # a name filling the line
            if token[0] in NO_LINE_START:
                # take the previous character along, and the one before a closing chain
                while len(current) > 1 and (not carry or carry[0][0] in NO_LINE_START):
                    carry.insert(0, current.pop())
            while len(current) > 1 and current[-1] and current[-1][-1] in NO_LINE_END:
                carry.insert(0, current.pop())
            lines.append("".join(current).rstrip())
            current = [*carry] if not token.isspace() or carry else []
            if not token.isspace():
                current.append(token)
            used = sum(m(t, font, size) for t in current)
            avail = width
        lines.append("".join(current).rstrip())
    return lines

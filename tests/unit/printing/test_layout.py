from __future__ import annotations

from datetime import date, datetime

import pytest
from reportlab.lib.units import mm

from clerk_app.printing import layout
from clerk_app.printing.fonts import get_fonts
from clerk_app.printing.layout import format_cn_date, format_cn_datetime, format_minutes, wrap


def test_gbt_9704_geometry() -> None:
    assert pytest.approx((210 * mm, 297 * mm)) == layout.PAGE_A4
    assert pytest.approx(37 * mm) == layout.TOP_MARGIN
    assert pytest.approx(28 * mm) == layout.LEFT_MARGIN
    assert pytest.approx(156 * mm) == layout.TEXT_RIGHT - layout.TEXT_LEFT
    assert pytest.approx(225 * mm) == layout.TEXT_TOP - layout.TEXT_BOTTOM
    assert layout.TITLE_SIZE == 22 and layout.BODY_SIZE == 16
    assert pytest.approx(225 * mm) == layout.LINE_PITCH * 22


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2026, 9, 30), "2026年9月30日"),
        (date(2027, 1, 1), "2027年1月1日"),
        (date(2026, 10, 9), "2026年10月9日"),
    ],
)
def test_format_cn_date(d: date, text: str) -> None:
    assert format_cn_date(d) == text


def test_format_cn_datetime_and_minutes() -> None:
    assert format_cn_datetime(datetime(2026, 9, 30, 9, 5)) == "2026年9月30日 09:05"
    assert format_minutes(25) == "约25分钟"
    assert format_minutes(60) == "约1小时"
    assert format_minutes(75) == "约1小时15分钟"


def _width(s: str, font: str, size: float) -> float:
    return 1.0  # every character one unit wide


def test_wrap_breaks_chinese_anywhere_and_keeps_codes_whole() -> None:
    lines = wrap("办件编号SL2026一二三", "f", 1, 8, measure=lambda t, f, s: float(len(t)))
    assert lines == ["办件编号", "SL2026一二", "三"] or lines[1].startswith("SL2026")
    assert "".join(lines) == "办件编号SL2026一二三"


def test_wrap_keeps_closing_punctuation_off_the_line_start() -> None:
    lines = wrap("一二三四五。六七", "f", 1, 5, measure=lambda t, f, s: float(len(t)))
    assert all(ln[0] not in layout.NO_LINE_START for ln in lines if ln)
    assert "".join(lines) == "一二三四五。六七"


def test_wrap_keeps_opening_bracket_off_the_line_end() -> None:
    lines = wrap("一二三四（五六）", "f", 1, 5, measure=lambda t, f, s: float(len(t)))
    assert all(ln[-1] not in layout.NO_LINE_END for ln in lines if ln)


def test_wrap_splits_an_over_long_code() -> None:
    lines = wrap("X" * 25, "f", 1, 10, measure=lambda t, f, s: float(len(t)))
    assert lines == ["X" * 10, "X" * 10, "X" * 5]


def test_wrap_real_font_fits_the_text_block() -> None:
    body = get_fonts().body
    text = "如不服本决定，可以自收到本决定书之日起六十日内向青山县人民政府申请行政复议。" * 4
    for ln in wrap(text, body, 16, layout.TEXT_WIDTH, first_indent=32):
        assert layout.text_width(ln, body, 16) <= layout.TEXT_WIDTH + 0.01


def test_wrap_text_that_fits_is_one_line_without_trailing_space() -> None:
    measure = lambda t, f, s: float(len(t))  # noqa: E731
    assert wrap("一二三四五", "f", 1, 5, measure=measure) == ["一二三四五"]
    assert wrap("一二 三  ", "f", 1, 6, measure=measure) == ["一二 三"]
    assert wrap("", "f", 1, 5, measure=measure) == [""]
    assert wrap("一二三\n四五", "f", 1, 5, measure=measure) == ["一二三", "四五"]
    # the first line is narrower by the indent
    assert wrap("一二三四五", "f", 1, 5, first_indent=2, measure=measure) == ["一二三", "四五"]

"""Tables draw each row's text as one text object, and still mask what they print."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from clerk_app.printing.pdf import NoticeSheet
from clerk_app.printing.samples import APPLICANT_ID

from ._pdf import pdf_text


def _sheet_with_table() -> NoticeSheet:
    sheet = NoticeSheet(title="表格", author="青山县行政服务中心", reprint=False)
    sheet.table(
        [
            ("序号", "材料名称", "形式", "份数"),
            ("1", "身份证明", "原件", "1"),
            ("2", "申请书", "原件", "2"),
        ],
        (1.2, 9.0, 2.6, 1.2),
        header=True,
        align=("center", "left", "center", "center"),
    )
    sheet.table([("申请人", "张三", "证件号码", APPLICANT_ID)], (2.2, 5.0, 2.2, 4.6), shade=(0, 2))
    sheet.line("表后正文")
    return sheet


def _text_objects(data: bytes) -> list[str]:
    """The page's BT … ET blocks that draw text (not the canvas' initial font setting)."""
    contents = PdfReader(io.BytesIO(data)).pages[0].get_contents()
    assert contents is not None
    ops = contents.get_data().decode("latin-1")
    return [t for t in re.findall(r"BT .*? ET", ops) if " Tj" in t]


def test_table_text_is_drawn_once_per_row_with_the_cells_in_order() -> None:
    data = _sheet_with_table().finish()
    text_objects = _text_objects(data)
    # 4 table rows + the line after the table + the page number
    assert len(text_objects) == 6
    assert len(re.findall(r" Tm", text_objects[1])) == 1 + 4  # origin + one per cell
    text = pdf_text(data)
    assert "序号材料名称形式份数" in text and "1身份证明原件1" in text


def test_bold_header_does_not_leave_text_outlined() -> None:
    header, *rest = _text_objects(_sheet_with_table().finish())
    assert " 2 Tr " in header and header.endswith("0 Tr ET")  # fake bold, then reset
    assert all(" 2 Tr " not in t for t in rest)


def test_table_cells_are_masked() -> None:
    text = pdf_text(_sheet_with_table().finish())
    assert APPLICANT_ID not in text
    assert "361123********3016" in text

"""通报: the centre publishes what an inspection (明查暗访) found — criticism of the
windows at fault, or commendation of those that passed every check — on A4."""

from __future__ import annotations

from typing import Final

from clerk_app.printing.layout import LINE_PITCH, format_cn_date, format_cn_datetime
from clerk_app.printing.pdf import NoticeSheet
from clerk_app.printing.report_docs import BulletinDoc

TITLE: Final = "关于{held_on}{inspection}情况的{kind}"
OPENING_CRITICISM: Final = (
    "{held_on}，{center}对窗口服务情况进行了{inspection}，发现以下问题，现予通报批评。"
    "请相关部门和窗口立即整改，并按时反馈整改情况。"
)
OPENING_COMMENDATION: Final = (
    "{held_on}，{center}对窗口服务情况进行了{inspection}，以下窗口各项检查均符合要求，"
    "现予通报表扬。"
)
HEAD_CRITICISM: Final = ("窗口", "部门", "人员", "检查项目", "发现的问题")
WIDTHS_CRITICISM: Final = (1.4, 3.2, 1.6, 2.0, 7.4)
HEAD_COMMENDATION: Final = ("窗口", "部门", "检查结果")
WIDTHS_COMMENDATION: Final = (2.0, 6.0, 7.6)
NONE_LINE: Final = "无。"
GENERATED: Final = "{center}　{at}"
SIZE: Final = 10.0
PITCH: Final = LINE_PITCH * 0.8


def render_bulletin(doc: BulletinDoc, *, reprint: bool = False) -> bytes:
    held_on = format_cn_date(doc.held_on)
    title = TITLE.format(held_on=held_on, inspection=doc.inspection_label, kind=doc.kind_label)
    sheet = NoticeSheet(title=title, author=doc.center_name, reprint=reprint, pitch=PITCH)
    sheet.title(title)
    criticism = doc.kind_label == "通报批评"
    opening = OPENING_CRITICISM if criticism else OPENING_COMMENDATION
    sheet.paragraph(
        opening.format(held_on=held_on, center=doc.center_name, inspection=doc.inspection_label),
        size=SIZE + 2,
        pitch=(SIZE + 2) * 1.8,
    )
    sheet.space(PITCH * 0.3)
    if not doc.lines:
        sheet.line(NONE_LINE, size=SIZE + 2)
    elif criticism:
        sheet.table(
            [
                HEAD_CRITICISM,
                *((x.window, x.department, x.staff or "—", x.item, x.text) for x in doc.lines),
            ],
            WIDTHS_CRITICISM,
            size=SIZE,
            header=True,
        )
    else:
        sheet.table(
            [HEAD_COMMENDATION, *((x.window, x.department, x.text) for x in doc.lines)],
            WIDTHS_COMMENDATION,
            size=SIZE,
            header=True,
        )
    sheet.space(PITCH)
    sheet.line(
        GENERATED.format(center=doc.center_name, at=format_cn_datetime(doc.generated_at)),
        size=SIZE,
        align="right",
    )
    return sheet.finish()

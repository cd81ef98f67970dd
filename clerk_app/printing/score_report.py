"""绩效考核 scoring report on A4: the ranking with the bottom ranks flagged (末位), then
each department's breakdown by indicator (weight, the input, the points scored)."""

from __future__ import annotations

from typing import Final

from clerk_app.printing.layout import LINE_PITCH, format_cn_date, format_cn_datetime
from clerk_app.printing.pdf import NoticeSheet
from clerk_app.printing.report_docs import ScoreReportDoc

TITLE: Final = "{center}绩效考核得分表"
PERIOD: Final = "考核期间：{start}至{end}　{note}"
HEAD: Final = ("名次", "部门", "考核标准", "总分", "末位")
WIDTHS: Final = (1.4, 6.4, 3.8, 2.2, 1.8)
BOTTOM_MARK: Final = "末位"
PART_HEAD: Final = ("考核指标", "权重", "实际情况", "得分")
PART_WIDTHS: Final = (6.0, 2.4, 4.4, 2.8)
DETAIL: Final = "{rank}. {name}（{standard}）　总分 {total:.2f}"
NONE_LINE: Final = "本期间没有参加考核的部门。"
GENERATED: Final = "{center}　{at}"
SIZE: Final = 10.0
PITCH: Final = LINE_PITCH * 0.8


def render_score_report(doc: ScoreReportDoc, *, reprint: bool = False) -> bytes:
    title = TITLE.format(center=doc.center_name)
    sheet = NoticeSheet(title=title, author=doc.center_name, reprint=reprint, pitch=PITCH)
    sheet.title(title)
    period = PERIOD.format(
        start=format_cn_date(doc.start), end=format_cn_date(doc.end), note=doc.frozen_note
    )
    sheet.line(period.rstrip(), size=SIZE + 1)
    sheet.space(PITCH * 0.3)
    if not doc.lines:
        sheet.line(NONE_LINE, size=SIZE + 1)
    else:
        sheet.table(
            [
                HEAD,
                *(
                    (
                        str(x.rank),
                        x.name,
                        x.standard,
                        f"{x.total:.2f}",
                        BOTTOM_MARK if x.bottom else "",
                    )
                    for x in doc.lines
                ),
            ],
            WIDTHS,
            size=SIZE,
            header=True,
        )
    for x in doc.lines:
        sheet.space(PITCH * 0.5)
        sheet.line(
            DETAIL.format(rank=x.rank, name=x.name, standard=x.standard, total=x.total),
            size=SIZE + 1,
        )
        sheet.table(
            [
                PART_HEAD,
                *((p.indicator, f"{p.weight:g}", p.value, f"{p.score:.2f}") for p in x.parts),
            ],
            PART_WIDTHS,
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

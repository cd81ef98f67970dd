"""The supervisor's performance report (日报 / 月报) on A4, with the notice layout helpers.

Title, center and period, the table by department with the three rates (a rate below its
target says so in words, not by colour), the totals, the open overdue cases, the
accountability records opened in the period, and when and by whom it was generated.
"""

from __future__ import annotations

from typing import Final

from clerk_app.domain.metrics import (
    ON_SITE_TARGET,
    ON_TIME_TARGET,
    SATISFACTION_TARGET,
    Counts,
    format_rate,
)
from clerk_app.printing import templates as t
from clerk_app.printing.layout import LINE_PITCH, format_cn_date, format_cn_datetime
from clerk_app.printing.pdf import NoticeSheet
from clerk_app.printing.report_docs import AccountabilityLine, PerformanceReportDoc

PERIOD_LINE: Final = "{center}　统计期间：{period}"
SECTION_TABLE: Final = "一、各部门办件情况"
SECTION_OVERDUE: Final = "二、超期未办结办件（{n} 件）"
SECTION_ACCOUNTABILITY: Final = "三、本期新增责任追究记录（{n} 条）"
NONE_LINE: Final = "无。"
TARGET_NOTE: Final = (
    "说明：现场办结率 = 现场办结件数 ÷ 受理件数，目标 ≥ {on_site}（现场办结指在中心窗口"
    "作出决定的办件：即办件，以及由窗口首席代表当场决定、无需回部门审批的承诺件；上报件不计）；"
    "按时办结率 = 按期办结件数 ÷（办结件数 + 超期未办结件数），目标 ≥ {on_time}，"
    "按统计期末计算，期间经监督员结账后数据冻结、不再变动；"
    "满意率 = （非常满意 + 满意 + 基本满意）÷ 评价数，目标 ≥ {satisfaction}。"
    "未达目标的比率标注“未达标”。“—”表示本期没有可计算的件数。"
)
LOW_SATISFACTION: Final = "满意率未达标、拟通报：{names}。"
GENERATED: Final = "生成时间：{at}　生成人：{by}"
TOTAL: Final = "合计"
BELOW_TARGET: Final = "未达标"
TABLE_HEAD: Final = (
    "部门",
    "受理",
    "现场办结",
    "办结",
    "按期办结",
    "超期未办",
    "评价",
    "现场办结率",
    "按时办结率",
    "满意率",
)
TABLE_WIDTHS: Final = (3.6, 1.1, 1.3, 1.1, 1.3, 1.3, 1.1, 1.6, 1.6, 1.5)
OVERDUE_HEAD: Final = ("办件编号", "事项", "部门", "承办人", "办结期限", "状态")
OVERDUE_WIDTHS: Final = (3.2, 3.6, 2.6, 1.4, 1.9, 1.5)
ACCOUNTABILITY_HEAD: Final = ("日期", "原因", "办件编号", "部门", "责任人", "状态")
ACCOUNTABILITY_WIDTHS: Final = (1.9, 1.8, 3.0, 2.4, 3.6, 1.3)
TABLE_SIZE: Final = 9.0
TEXT_SIZE: Final = 12.0
PITCH: Final = LINE_PITCH * 0.75


def staff_names(line: AccountabilityLine) -> str:
    """Everyone named, with their part: 分管负责人：孙监督；直接责任人：李窗口."""
    names = (line.main_staff, line.supervising_staff, line.direct_staff)
    return t.STAFF_SEPARATOR.join(
        t.STAFF_PART.format(part=part, name=name)
        for part, name in zip(t.STAFF_PARTS, names, strict=True)
        if name
    )


def rate_cell(value: float | None, target: float | None) -> str:
    """ "85.0%" with "未达标" under it when a target is missed; "—" with nothing to count."""
    text = format_rate(value)
    if target is not None and value is not None and value < target:
        return f"{text}\n{BELOW_TARGET}"
    return text


def count_cells(name: str, c: Counts) -> tuple[str, ...]:
    return (
        name,
        str(c.accepted),
        str(c.on_site),
        str(c.completed),
        str(c.on_time),
        str(c.open_overdue),
        str(c.reviews),
        rate_cell(c.on_site_rate, ON_SITE_TARGET),
        rate_cell(c.on_time_rate, ON_TIME_TARGET),
        rate_cell(c.satisfaction_rate, SATISFACTION_TARGET),
    )


def period_text(doc: PerformanceReportDoc) -> str:
    if doc.start == doc.end:
        return format_cn_date(doc.start)
    return f"{format_cn_date(doc.start)}至{format_cn_date(doc.end)}"


def render_performance_report(doc: PerformanceReportDoc, *, reprint: bool = False) -> bytes:
    title = doc.kind.heading
    sheet = NoticeSheet(
        title=f"{title} {period_text(doc)}",
        author=doc.center_name,
        reprint=reprint,
        pitch=PITCH,
    )
    sheet.title(title)
    sheet.line(
        PERIOD_LINE.format(center=doc.center_name, period=period_text(doc)),
        size=TEXT_SIZE,
        align="center",
    )
    sheet.space(PITCH * 0.3)

    sheet.line(SECTION_TABLE, size=TEXT_SIZE + 1, bold=True)
    rows = [TABLE_HEAD, *(count_cells(r.name, r.counts) for r in doc.rows)]
    rows.append(count_cells(TOTAL, doc.total))
    sheet.table(
        rows,
        TABLE_WIDTHS,
        size=TABLE_SIZE,
        header=True,
        align=("left", *("right",) * 6, "center", "center", "center"),
    )
    sheet.space(PITCH * 0.2)
    flagged = [r.name for r in doc.rows if r.counts.low_satisfaction]
    if flagged:
        sheet.paragraph(LOW_SATISFACTION.format(names="、".join(flagged)), size=TABLE_SIZE)
    sheet.paragraph(
        TARGET_NOTE.format(
            on_site=format_rate(ON_SITE_TARGET).replace(".0", ""),
            on_time=format_rate(ON_TIME_TARGET).replace(".0", ""),
            satisfaction=format_rate(SATISFACTION_TARGET).replace(".0", ""),
        ),
        size=TABLE_SIZE,
        pitch=TABLE_SIZE * 1.5,
    )
    sheet.space(PITCH * 0.4)

    sheet.line(SECTION_OVERDUE.format(n=len(doc.overdue)), size=TEXT_SIZE + 1, bold=True)
    if doc.overdue:
        sheet.table(
            [
                OVERDUE_HEAD,
                *(
                    (
                        o.case_number,
                        o.item_name,
                        o.department_name,
                        o.clerk_name,
                        format_cn_date(o.due_date) if o.due_date else "—",
                        t.CASE_STATE_NAMES.get(o.state, o.state),
                    )
                    for o in doc.overdue
                ),
            ],
            OVERDUE_WIDTHS,
            size=TABLE_SIZE,
            header=True,
        )
    else:
        sheet.line(NONE_LINE, size=TEXT_SIZE)
    sheet.space(PITCH * 0.4)

    sheet.line(
        SECTION_ACCOUNTABILITY.format(n=len(doc.accountability)), size=TEXT_SIZE + 1, bold=True
    )
    if doc.accountability:
        sheet.table(
            [
                ACCOUNTABILITY_HEAD,
                *(
                    (
                        format_cn_date(a.opened_on),
                        t.ACCOUNTABILITY_CAUSES.get(a.cause, a.cause),
                        a.case_number or "—",
                        a.department_name or "—",
                        staff_names(a) or "—",
                        t.RECORD_STATUSES.get(a.status, a.status),
                    )
                    for a in doc.accountability
                ),
            ],
            ACCOUNTABILITY_WIDTHS,
            size=TABLE_SIZE,
            header=True,
        )
    else:
        sheet.line(NONE_LINE, size=TEXT_SIZE)
    sheet.space(PITCH * 0.6)
    sheet.line(
        GENERATED.format(at=format_cn_datetime(doc.generated_at), by=doc.generated_by or "—"),
        size=TEXT_SIZE - 2,
        align="right",
    )
    return sheet.finish()

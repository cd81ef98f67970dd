"""The statistics tables as an Excel workbook (openpyxl): one sheet per grouping, the
counts and the rates (as numbers formatted as percentages, so they can be summed and
charted), each rate with its target and whether it is met, next to the PDFs."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_app.domain.metrics import (
    AUTHORISATION_TARGET,
    ON_SITE_TARGET,
    ON_TIME_TARGET,
    SATISFACTION_TARGET,
    Counts,
)

if TYPE_CHECKING:
    from clerk_app.printing.report_docs import PerformanceReportDoc

HEAD = (
    "名称",
    "受理",
    "现场办结",
    "当场办结",
    "办结",
    "按期办结",
    "超期未办",
    "评价数",
    "满意",
    "事项数",
    "全授权事项",
    "现场办结率",
    "当场办结率",
    "按时办结率",
    "满意率",
    "授权到位率",
    "未达标",
)
TARGETS = (
    ("现场办结率", ON_SITE_TARGET),
    ("按时办结率", ON_TIME_TARGET),
    ("满意率", SATISFACTION_TARGET),
    ("授权到位率", AUTHORISATION_TARGET),
)


def _blank_book() -> Any:
    """A workbook without openpyxl's default sheet (each sheet is added by name)."""
    from openpyxl import Workbook

    book = Workbook()
    for blank in list(book.worksheets):
        book.remove(blank)
    return book


def _saved(book: Any) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _missed(c: Counts) -> str:
    rates = (c.on_site_rate, c.on_time_rate, c.satisfaction_rate, c.authorisation_rate)
    return "、".join(
        name
        for (name, target), value in zip(TARGETS, rates, strict=True)
        if value is not None and value < target
    )


def performance_workbook(
    center_name: str,
    start: date,
    end: date,
    sheets: Mapping[str, Sequence[tuple[str, Counts]]],
    *,
    frozen_note: str = "",
) -> bytes:
    """``sheets``: sheet title → rows (name, counts). Returns the .xlsx bytes."""

    book = _blank_book()
    for title, rows in sheets.items():
        _counts_sheet(
            book, f"{center_name} 绩效统计（{title}）", title, start, end, rows, frozen_note
        )
    return _saved(book)


def _counts_sheet(
    book: Any,
    heading: str,
    title: str,
    start: date,
    end: date,
    rows: Sequence[tuple[str, Counts]],
    frozen_note: str,
) -> None:
    from openpyxl.styles import Font

    sheet = book.create_sheet(title[:31])
    sheet.append([heading])
    sheet.append([f"统计期间：{start.isoformat()} 至 {end.isoformat()}　{frozen_note}".rstrip()])
    sheet.append(["目标："] + [f"{name} ≥ {target:.0%}" for name, target in TARGETS])
    sheet.append(list(HEAD))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for name, c in rows:
        sheet.append(
            [
                name,
                c.accepted,
                c.on_site,
                c.on_spot,
                c.completed,
                c.on_time,
                c.open_overdue,
                c.reviews,
                c.satisfied,
                c.items,
                c.authorised,
                c.on_site_rate,
                c.same_visit_rate,
                c.on_time_rate,
                c.satisfaction_rate,
                c.authorisation_rate,
                _missed(c),
            ]
        )
        for cell in sheet[sheet.max_row][11:16]:
            cell.number_format = "0.0%"
    sheet.column_dimensions["A"].width = 28
    sheet.freeze_panes = "B5"


def report_workbook(doc: PerformanceReportDoc) -> bytes:
    """The tables of a 日报 / 月报 as .xlsx, to sit next to its PDF: the rates by
    department with the total, the overdue cases and the accountability records."""
    from openpyxl.styles import Font

    from clerk_app.printing import templates as t

    book = _blank_book()
    heading = f"{doc.center_name} {doc.kind.heading}"
    rows = [(r.name, r.counts) for r in doc.rows] + [("合计", doc.total)]
    _counts_sheet(book, heading, "按部门", doc.start, doc.end, rows, "")
    tables: tuple[tuple[str, tuple[str, ...], list[tuple[object, ...]]], ...] = (
        (
            "超期未办件",
            ("办件编号", "事项", "部门", "承办人", "办结期限", "状态"),
            [
                (
                    o.case_number,
                    o.item_name,
                    o.department_name,
                    o.clerk_name,
                    o.due_date,
                    t.CASE_STATE_NAMES.get(o.state, o.state),
                )
                for o in doc.overdue
            ],
        ),
        (
            "责任追究",
            (
                "立案日期",
                "原因",
                "办件编号",
                "部门",
                "主要负责人",
                "分管负责人",
                "直接责任人",
                "状态",
            ),
            [
                (
                    a.opened_on,
                    t.ACCOUNTABILITY_CAUSES.get(a.cause, a.cause),
                    a.case_number,
                    a.department_name,
                    a.main_staff,
                    a.supervising_staff,
                    a.direct_staff,
                    t.RECORD_STATUSES.get(a.status, a.status),
                )
                for a in doc.accountability
            ],
        ),
    )
    for title, head, lines in tables:
        sheet = book.create_sheet(title)
        sheet.append([f"{heading}（{title}）"])
        sheet.append([f"统计期间：{doc.start.isoformat()} 至 {doc.end.isoformat()}"])
        sheet.append(list(head))
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for line in lines:
            sheet.append(list(line))
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
        for column in "ABCD":
            sheet.column_dimensions[column].width = 22
        sheet.freeze_panes = "A4"
    return _saved(book)


def score_workbook(
    center_name: str,
    start: date,
    end: date,
    rows: Sequence[tuple[int, str, str, float, bool, Sequence[tuple[str, float, str, float]]]],
    indicators: Sequence[str],
    *,
    frozen_note: str = "",
) -> bytes:
    """绩效考核 as .xlsx: a ranking sheet (one column of points per indicator) and a
    breakdown sheet (one row per department and indicator). ``rows``: (rank, name,
    standard, total, bottom, [(indicator, weight, value, score)])."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ranking = book.active
    assert ranking is not None
    ranking.title = "得分排名"
    ranking.append([f"{center_name} 绩效考核得分"])
    ranking.append([f"考核期间：{start.isoformat()} 至 {end.isoformat()}　{frozen_note}".rstrip()])
    ranking.append(["名次", "部门", "考核标准", "总分", "末位", *indicators])
    for cell in ranking[3]:
        cell.font = Font(bold=True)
    for rank, name, standard, total, bottom, parts in rows:
        got = {p[0]: p[3] for p in parts}
        ranking.append(
            [
                rank,
                name,
                standard,
                total,
                "末位" if bottom else "",
                *(got.get(i) for i in indicators),
            ]
        )
    ranking.column_dimensions["B"].width = 28
    ranking.freeze_panes = "C4"
    detail = book.create_sheet("得分明细")
    detail.append(["部门", "考核标准", "考核指标", "权重", "实际情况", "得分"])
    for cell in detail[1]:
        cell.font = Font(bold=True)
    for _rank, name, standard, _total, _bottom, parts in rows:
        for indicator, weight, value, score in parts:
            detail.append([name, standard, indicator, weight, value, score])
    detail.column_dimensions["A"].width = 28
    detail.freeze_panes = "A2"
    return _saved(book)

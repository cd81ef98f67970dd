"""The statistics tables as an Excel workbook (openpyxl): one sheet per grouping, the
counts and the rates (as numbers formatted as percentages, so they can be summed and
charted), each rate with its target and whether it is met, next to the PDFs."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date

from clerk_app.domain.metrics import (
    AUTHORISATION_TARGET,
    ON_SITE_TARGET,
    ON_TIME_TARGET,
    SATISFACTION_TARGET,
    Counts,
)

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
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    for blank in list(book.worksheets):
        book.remove(blank)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title[:31])
        sheet.append([f"{center_name} 绩效统计（{title}）"])
        sheet.append(
            [f"统计期间：{start.isoformat()} 至 {end.isoformat()}　{frozen_note}".rstrip()]
        )
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
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


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
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

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

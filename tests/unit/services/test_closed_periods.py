"""Rates that hold: a generated month with known answers, computed as of its end, frozen
when a supervisor closes it; a correction is a new, attributed revision with a reason."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.domain.cases import Decision
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.metrics import ON_TIME_TARGET, format_rate
from clerk_app.services import casework, closed_periods
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.statistics import Grouping, performance
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter
from tests.helpers.month import generate_month


def _rates(ctx, month, center) -> tuple[str, str, bool]:  # type: ignore[no-untyped-def]
    [whole] = performance(ctx, center.supervisor.actor(), start=month.start, end=month.end)
    c = whole.counts
    assert c.on_time_rate is not None
    return format_rate(c.on_site_rate), format_rate(c.on_time_rate), c.on_time_rate < ON_TIME_TARGET


def test_a_generated_month_has_its_known_rates_and_keeps_them_once_closed(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    month = generate_month(ctx, center)
    clock.set_day(date(2026, 12, 1))
    # 90 of 100 decided at the window (the 上报件 are not on-site); 98 of 100 on time: red
    assert _rates(ctx, month, center) == ("90.0%", "98.0%", True)
    [whole] = performance(ctx, center.supervisor.actor(), start=month.start, end=month.end)
    assert (whole.counts.accepted, whole.counts.on_site, whole.counts.open_overdue) == (100, 90, 2)
    assert whole.counts.same_visit_rate == 0.0

    closed = closed_periods.close_period(
        ctx, center.supervisor.actor(), start=month.start, end=month.end
    )
    assert (closed.revision, closed.closed_by) == (1, "孙监督")

    # December: the two overdue cases are closed late
    clock.set_day(date(2026, 12, 3))
    for case_id in month.late_case_ids:
        casework.complete(ctx, center.clerk.actor(), case_id, decision=Decision.APPROVED)
    assert _rates(ctx, month, center) == ("90.0%", "98.0%", True)  # the closed month never changes
    by_dept = performance(
        ctx, center.supervisor.actor(), start=month.start, end=month.end, group=Grouping.DEPARTMENT
    )
    assert [r.counts.open_overdue for r in by_dept] == [2]


def test_an_open_month_is_computed_as_of_its_end(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    month = generate_month(ctx, center)
    clock.set_day(date(2026, 12, 3))
    for case_id in month.late_case_ids:
        casework.complete(ctx, center.clerk.actor(), case_id, decision=Decision.APPROVED)
    # closed late in December: still overdue at the end of November
    assert _rates(ctx, month, center) == ("90.0%", "98.0%", True)


def test_a_correction_is_an_attributed_revision_with_a_reason(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    month = generate_month(ctx, center)
    sup = center.supervisor.actor()
    clock.set_day(date(2026, 11, 30))
    with pytest.raises(InvalidInput):  # the month has not ended
        closed_periods.close_period(ctx, sup, start=month.start, end=month.end)
    clock.set_day(date(2026, 12, 1))
    with pytest.raises(PermissionDenied):
        closed_periods.close_period(ctx, center.clerk.actor(), start=month.start, end=month.end)
    closed_periods.close_period(ctx, sup, start=month.start, end=month.end)
    with pytest.raises(InvalidInput):  # a revision needs its reason
        closed_periods.close_period(ctx, sup, start=month.start, end=month.end)
    second = closed_periods.close_period(
        ctx, sup, start=month.start, end=month.end, reason="日历更正（县政办〔2026〕12号）"
    )
    assert (second.revision, second.reason) == (2, "日历更正（县政办〔2026〕12号）")
    assert [r.revision for r in closed_periods.revisions(ctx, month.start, month.end)] == [1, 2]


def test_the_statistics_tables_export_to_excel_with_the_frozen_figures(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    import io

    from openpyxl import load_workbook

    from clerk_app.services.statistics import performance_excel

    month = generate_month(ctx, center)
    clock.set_day(date(2026, 12, 1))
    closed_periods.close_period(ctx, center.supervisor.actor(), start=month.start, end=month.end)
    book = load_workbook(
        io.BytesIO(
            performance_excel(ctx, center.supervisor.actor(), start=month.start, end=month.end)
        )
    )
    assert book.sheetnames == ["全中心", "按部门", "按窗口", "按工作人员"]
    sheet = book["全中心"]
    assert "已结账（第 1 版）" in str(sheet["A2"].value)
    head = [c.value for c in sheet[4]]
    row = dict(zip(head, [c.value for c in sheet[5]], strict=True))
    assert (row["受理"], row["现场办结"], row["超期未办"]) == (100, 90, 2)
    assert (row["现场办结率"], row["按时办结率"]) == (0.9, 0.98)
    assert sheet["N5"].number_format == "0.0%"
    assert "按时办结率" in row["未达标"]

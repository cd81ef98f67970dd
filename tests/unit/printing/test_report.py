"""The performance report (日报 / 月报): A4, the rates in words, every overdue case listed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from clerk_app import printing
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.metrics import Counts
from clerk_app.printing.report import rate_cell
from clerk_app.printing.report_docs import (
    AccountabilityLine,
    OverdueLine,
    PerformanceReportDoc,
    ReportKind,
    ReportRow,
)
from tests.unit.printing._pdf import page_sizes_mm, pdf_text

MARKET = Counts(
    accepted=20, on_spot=19, on_site=19, completed=10, on_time=10, reviews=8, satisfied=8
)
TAX = Counts(accepted=10, on_spot=5, on_site=5, completed=4, on_time=3, open_overdue=1)


def _doc(overdue: int = 1, kind: ReportKind = ReportKind.DAILY) -> PerformanceReportDoc:
    return PerformanceReportDoc(
        center_name="测试县政务服务中心",
        kind=kind,
        start=date(2026, 11, 2),
        end=date(2026, 11, 2) if kind is ReportKind.DAILY else date(2026, 11, 30),
        rows=(
            ReportRow(name="测试县市场监督管理局", counts=MARKET),
            ReportRow(name="国家税务总局测试县税务局", counts=TAX),
        ),
        total=MARKET + TAX,
        overdue=tuple(
            OverdueLine(
                case_number=f"SW20261102{i:04d}",
                item_name="增值税发票领用",
                department_name="国家税务总局测试县税务局",
                clerk_name="钱税务",
                due_date=date(2026, 10, 30),
                state="suspended",
            )
            for i in range(overdue)
        ),
        accountability=(
            AccountabilityLine(
                opened_on=date(2026, 11, 2),
                cause="overdue",
                case_number="SW202611020000",
                department_name="国家税务总局测试县税务局",
                supervising_staff="孙监督",
                direct_staff="钱税务",
                status="open",
            ),
        ),
        generated_at=datetime(2026, 11, 2, 17, 30, tzinfo=SHANGHAI),
        generated_by="孙监督",
    )


def test_rates_below_target_say_so_in_words() -> None:
    assert rate_cell(0.95, 0.90) == "95.0%"
    assert rate_cell(0.75, 0.99) == "75.0%\n未达标"
    assert rate_cell(None, 0.99) == "—"  # nothing to count is not a miss
    assert rate_cell(0.5, None) == "50.0%"


def test_daily_report_on_a4_with_table_totals_overdue_and_accountability() -> None:
    pdf = printing.render(_doc())
    assert page_sizes_mm(pdf) == [(210.0, 297.0)]
    text = pdf_text(pdf)
    for phrase in (
        "政务服务效能日报",
        "测试县政务服务中心",
        "2026年11月2日",
        "测试县市场监督管理局",
        "95.0%",  # market on-site rate, on target
        "50.0%",  # tax on-site rate, below 90 %
        "未达标",
        "合计",
        "SW202611020000",
        "分管负责人：孙监督；直接责任人：钱税务",
        "特别程序中",  # the state of an overdue case, named from its code
        "待处理",
        "生成时间：2026年11月2日17:30",
        "孙监督",
    ):
        assert phrase in text, phrase
    assert "拟通报" not in text  # every review satisfied


def test_low_satisfaction_is_below_target_and_flagged_for_notice() -> None:
    unhappy = Counts(accepted=5, completed=5, on_time=5, reviews=10, satisfied=8)
    doc = replace(_doc(), rows=(ReportRow(name="测试县市场监督管理局", counts=unhappy),))
    text = pdf_text(printing.render(doc)).replace("\n", "")
    assert "80.0%" in text and "满意率未达标、拟通报：测试县市场监督管理局" in text
    assert "上报件不计" in text and "结账后数据冻结" in text  # the rates' definitions


def test_monthly_report_lists_every_overdue_case_over_pages_and_reprint_is_marked() -> None:
    doc = _doc(overdue=60, kind=ReportKind.MONTHLY)
    pdf = printing.render(doc)
    text = pdf_text(pdf)
    assert "政务服务效能月报" in text and "2026年11月2日至2026年11月30日" in text
    assert len(page_sizes_mm(pdf)) > 1
    assert all(f"SW20261102{i:04d}" in text for i in range(60))
    assert "超期未办结办件（60件）" in text
    assert "补打" in pdf_text(printing.render(doc, reprint=True))
    assert "补打" not in text


def test_an_empty_period_prints_dashes_not_zero_percent() -> None:
    empty = PerformanceReportDoc(
        center_name="测试县政务服务中心",
        kind=ReportKind.DAILY,
        start=date(2026, 10, 1),
        end=date(2026, 10, 1),
        rows=(),
        total=Counts(),
        overdue=(),
        accountability=(),
        generated_at=datetime(2026, 10, 1, 9, 0, tzinfo=SHANGHAI),
    )
    text = pdf_text(printing.render(empty))
    assert "0.0%" not in text and "—" in text and "无。" in text


def test_tables_say_dates_in_chinese_and_repeat_wrapped_header_cells_on_every_page() -> None:
    from ._pdf import text_lines

    pdf = printing.render(_doc(overdue=60, kind=ReportKind.MONTHLY))
    text = pdf_text(pdf)
    assert "2026年10月30日" in text and "2026-10-30" not in text
    lines = text_lines(pdf)
    pages = {page for page, *_ in lines}
    assert len(pages) > 1
    heads = [(page, x) for page, x, _y, t in lines if t == "办件编号"]
    # the header row on each page of the overdue table, its cells where the first page has them
    first_x = round(heads[0][1])  # the overdue table's first column
    assert {page for page, x in heads if round(x) == first_x} == pages

"""绩效统计, 日报/月报 and the calendar dialog of the supervision tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.domain.cases import Decision
from clerk_app.domain.periods import Period
from clerk_app.services import casework, catalogue, intake
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.ui.common.theme import LIGHT_GREEN, LIGHT_RED
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.oversight_model import PerformanceModel
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, valid_id_card
from tests.ui.conftest import FakePrinter, pdf_text
from tests.ui.test_my_cases import accepted_case


def _month_of_work(ui_ctx: ServiceContext, small: SmallCenter, clock: FakeClock) -> str:
    """Nov 2026: one on-site completion, one case done on time, one overdue (tax)."""
    clock.set_day(date(2026, 11, 2))
    item = catalogue.get_item(ui_ctx, small.instant_item)
    received = intake.receive(
        ui_ctx,
        small.clerk.actor(),
        item_id=small.instant_item,
        applicant=Applicant("person", "张三", valid_id_card()),
        materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
    )
    intake.complete_on_spot(ui_ctx, small.clerk.actor(), received.id)
    done = accepted_case(ui_ctx, small)
    casework.complete(ui_ctx, small.clerk.actor(), done.id, decision=Decision.APPROVED)
    late = accepted_case(ui_ctx, small, small.tax_item)
    clock.set_day(date(2026, 11, 12))
    return late.case_no


def test_statistics_by_department_with_targets_in_words_and_a_chart(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    _month_of_work(ui_ctx, small, clock)
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    stats = tab.statistics
    stats.period_combo.setCurrentIndex(stats.period_combo.findData(Period.MONTH.value))
    assert stats.bounds() == (date(2026, 11, 1), date(2026, 11, 12))
    assert not stats.start_edit.isEnabled()
    stats.refresh()
    model = stats.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = {model.row_at(i).name: i for i in range(model.rowCount())}
    market, tax = rows["测试县市场监督管理局"], rows["国家税务总局测试县税务局"]

    def text(row: int, col: int) -> str:
        return str(model.index(row, col).data())

    def colour(row: int, col: int) -> str:
        return model.index(row, col).data(9).color().name()  # Qt.ForegroundRole

    # market: 2 accepted, 1 in the visit and 1 decided at the window → 100 % on-site,
    # 50 % in the same visit
    assert text(market, PerformanceModel.COL_ON_SITE_RATE) == "100.0%（达标）"
    assert colour(market, PerformanceModel.COL_ON_SITE_RATE) == LIGHT_GREEN
    assert text(market, PerformanceModel.COL_SAME_VISIT_RATE) == "50.0%"
    # tax: its one case still open → 0 % on-site, below 90 %
    assert text(tax, PerformanceModel.COL_ON_SITE_RATE) == "0.0%（未达标）"
    assert colour(tax, PerformanceModel.COL_ON_SITE_RATE) == LIGHT_RED
    assert text(market, PerformanceModel.COL_AUTHORISATION_RATE) == "100.0%（达标）"
    # market: both decided by their due dates → 100 % on time
    assert text(market, PerformanceModel.COL_ON_TIME_RATE) == "100.0%（达标）"
    assert colour(market, PerformanceModel.COL_ON_TIME_RATE) == LIGHT_GREEN
    # tax: one open overdue case, nothing completed → 0 % on time
    assert text(tax, PerformanceModel.COL_ON_TIME_RATE) == "0.0%（未达标）"
    assert text(market, PerformanceModel.COL_SATISFACTION_RATE) == "—"  # no reviews
    assert stats.chart.values == [100.0, 0.0] or stats.chart.values == [0.0, 100.0]
    assert "超期未办 1 件" in stats.title.text()

    stats.group_combo.setCurrentIndex(0)  # the whole center
    assert model.rowCount() == 1 and model.row_at(0).name == "测试县政务服务中心"
    assert len(stats.chart.values) == 2  # the chart stays by department

    stats.period_combo.setCurrentIndex(stats.period_combo.findData(Period.CUSTOM.value))
    assert stats.start_edit.isEnabled()
    stats.start_edit.setDate(date(2026, 10, 1))
    stats.end_edit.setDate(date(2026, 10, 31))
    stats.refresh()
    assert model.rowCount() == 0 and "没有可统计" in stats.title.text()


def test_daily_and_monthly_reports_are_previewed_and_archived(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    printer: FakePrinter,
    archive_dir: Path,
) -> None:
    late = _month_of_work(ui_ctx, small, clock)
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    messages: list[str] = []
    tab.status.connect(messages.append)
    stats = tab.statistics
    stats.monthly_button.click()
    stats.daily_button.click()
    monthly, daily = printer.printouts
    assert (monthly.kind, daily.kind) == ("report_monthly", "report_daily")
    month_text = pdf_text(monthly.pdf)
    assert "政务服务效能月报" in month_text and "2026年11月1日至2026年11月12日" in month_text
    assert late in month_text and "孙监督" in month_text
    assert "政务服务效能日报" in pdf_text(daily.pdf)
    assert monthly.path is not None and monthly.path.parent == archive_dir / "reports" / "2026"
    assert monthly.path.read_bytes() == monthly.pdf
    assert str(daily.path) in messages[-1]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: open dialog
def test_calendar_entry_lists_the_due_dates_it_moved(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    errors: list[str],
) -> None:
    clock.set_day(date(2026, 11, 2))
    case = accepted_case(ui_ctx, small)  # due 16 Nov
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    dialog = tab.open_calendar()
    dialog.apply()  # no document number
    assert "文号" in dialog.doc_error.text() and dialog.model.rowCount() == 0
    dialog.date_edit.setDate(date(2026, 11, 5))
    dialog.holiday_radio.setChecked(True)
    dialog.doc_edit.setText("测试县政府办〔2026〕12号")
    dialog.note_edit.setText("全县停电检修")
    dialog.confirm_apply = lambda changes: True  # type: ignore[method-assign]
    dialog.preview_button.click()
    with qtbot.waitSignal(dialog.applied):
        dialog.apply_button.click()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 1
    row = [str(dialog.model.index(0, c).data()) for c in range(4)]
    assert row == [case.case_no, "2026-11-16", "2026-11-17", "推迟 1 天"]
    assert "1 件" in dialog.result_label.text()
    assert casework.get(ui_ctx, case.id).due_date == date(2026, 11, 17)
    assert errors == []
    dialog.close()


def test_closing_the_month_freezes_it_and_a_revision_needs_a_reason(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    from clerk_app.ui.supervision.dialogs import NoteDialog
    from tests.helpers.month import generate_month

    month = generate_month(ui_ctx, small)
    clock.set_day(date(2026, 12, 1))
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    stats = tab.statistics
    stats.period_combo.setCurrentIndex(stats.period_combo.findData(Period.CUSTOM.value))
    stats.start_edit.setDate(month.start)
    stats.end_edit.setDate(month.end)
    stats.refresh()
    model = stats.model
    assert str(model.index(0, PerformanceModel.COL_ON_SITE_RATE).data()) == "90.0%（达标）"
    assert str(model.index(0, PerformanceModel.COL_ON_TIME_RATE).data()) == "98.0%（未达标）"
    assert stats.close_button.isEnabled() and stats.close_button.text() == "结账…"

    dialog = stats.close_period()
    assert isinstance(dialog, NoteDialog)
    dialog.ok_button().click()  # no reason needed the first time
    assert not dialog.isVisible()
    assert "已结账（第 1 版，孙监督" in stats.title.text()
    assert stats.close_button.text() == "修订结账…"

    again = stats.close_period()
    again.ok_button().click()  # a revision without its reason: refused, still open
    assert again.isVisible() and again.hint.text()
    again.note_edit.setPlainText("更正一件办件的受理日期")
    again.ok_button().click()
    assert not again.isVisible()
    assert "第 2 版" in stats.title.text()


def test_the_statistics_export_to_excel(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    tmp_path: object,
) -> None:
    from pathlib import Path

    from openpyxl import load_workbook

    _month_of_work(ui_ctx, small, clock)
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    stats = tab.statistics
    target = Path(str(tmp_path)) / "stats.xlsx"
    stats.ask_path = lambda _suggested: target  # type: ignore[method-assign]
    stats.excel_button.click()
    book = load_workbook(target)
    departments = book["按部门"]
    names = [departments.cell(row=r, column=1).value for r in range(5, departments.max_row + 1)]
    assert sorted(names) == ["国家税务总局测试县税务局", "测试县市场监督管理局"]

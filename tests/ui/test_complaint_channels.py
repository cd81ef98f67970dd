"""Complaints from every desk: filed at the front desk and at the counter (channel, work
order), a hotline export imported on the supervision tab with its duplicates skipped,
followed up, and the handling deadline and reply shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from clerk_app.domain.complaints import Channel
from clerk_app.services import complaints
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


def test_complaints_filed_at_the_front_desk_and_the_counter(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    desk = FrontDeskTab(sign_on(small.guide))
    qtbot.addWidget(desk)
    desk.complaint_button.click()
    form = desk.complaint_filing.dialog
    assert form is not None and form.isVisible()
    assert form.channel_combo.currentData() == Channel.ONSITE.value
    form.complainant_edit.setText("王先生")
    form.content_edit.setPlainText("取号机前无人引导")
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("hotline_12345"))
    form.ok_button().click()  # a hotline complaint without its work order: refused
    assert form.isVisible()
    form.work_order_edit.setText("12345-0001")
    form.ok_button().click()
    assert not form.isVisible()

    counter = CounterTab(sign_on(small.clerk))
    qtbot.addWidget(counter)
    counter.complaint_button.click()
    form = counter.complaint_filing.dialog
    assert form is not None
    form.complainant_edit.setText("匿名")
    form.content_edit.setPlainText("隔壁窗口长时间无人")
    form.department_combo.setCurrentIndex(form.department_combo.findData(small.tax_dept))
    form.ok_button().click()
    assert not form.isVisible()
    filed = {c.content: c for c in complaints.open_complaints(ui_ctx)}
    assert filed["取号机前无人引导"].work_order_no == "12345-0001"
    assert filed["隔壁窗口长时间无人"].channel == Channel.ONSITE
    assert filed["隔壁窗口长时间无人"].department_id == small.tax_dept


def test_a_hotline_export_imported_and_followed_up(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    clock.set_day(date(2026, 11, 4))
    export = tmp_path / "工单.csv"
    export.write_text(
        "工单编号,来电时间,诉求内容,承办部门\n"
        "WO-7,2026-11-02 09:30,材料反复退回,市场监管\n"
        "WO-7,2026-11-02 09:30,材料反复退回,市场监管\n",
        encoding="utf-8",
    )
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    panel = tab.complaints
    panel.ask_import_path = lambda: export  # type: ignore[method-assign]
    messages: list[str] = []
    panel.status.connect(messages.append)
    panel.import_button.click()
    assert messages[-1] == "已导入 1 件热线工单，跳过重复工单 1 件"
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 1
    texts = [panel.model.index(0, c).data() for c in range(6, 10)]
    assert texts == ["12345/县长热线", "WO-7", "2026-11-09", "未答复"]
    panel.table.selectRow(0)
    panel.follow_button.click()
    dialog = panel.form_dialog
    assert dialog is not None
    dialog.note_edit.setPlainText("已转市场监管局核查")  # type: ignore[attr-defined]
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [row] = panel.model.rows()
    assert complaints.follow_ups(ui_ctx, row.view.id)[0][2] == "已转市场监管局核查"

"""A complaint past its handling deadline on screen: counted on the board's red escalation
line, red in the complaints list (in words too), and a late reply marked late once the
complaint is handled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.complaints import Channel
from clerk_app.domain.reviews import ComplaintOutcome
from clerk_app.services import complaints, orders
from clerk_app.services.auth import Badge
from clerk_app.services.complaints import Reply
from clerk_app.services.context import ServiceContext
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter

Q = Qt.ItemDataRole
DUE, REPLY, STATE = 8, 9, 10  # columns of the complaints list


def cell(model: object, row: int, col: int, role: int = Q.DisplayRole) -> object:
    return model.data(model.index(row, col), role)  # type: ignore[attr-defined]


def test_an_overdue_complaint_is_red_on_the_board_and_in_the_list(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    clock.set_day(date(2026, 11, 2))  # due 11-09
    complaint_id = complaints.file_complaint(
        ui_ctx,
        small.guide.actor(),
        complainant="刘女士",
        content="营业执照变更跑了三趟",
        department_id=small.market_dept,
        channel=Channel.MAYOR_HOTLINE,
        work_order_no="12345-0001",
    )
    clock.set_day(date(2026, 11, 10))
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.board.refresh()
    line = tab.board.escalation_label
    assert not line.isHidden() and "超过办理时限未办结的投诉 1 件" in line.text()
    assert line.objectName() == "errorLabel"  # the red line
    panel = tab.complaints
    assert "其中超过办理时限 1 件" in panel.title.text()
    assert cell(panel.model, 0, DUE) == "2026-11-09（已逾期）"
    assert cell(panel.model, 0, DUE, Q.ForegroundRole).color().name() == LIGHT_RED  # type: ignore[attr-defined]
    panel.table.selectRow(0)
    panel.order_button.click()  # 督办 the department: the order form, filled in
    form = tab.orders.form_dialog
    assert form is not None and form.isVisible()
    assert form.department_combo.currentData() == small.market_dept
    form.content_edit.setPlainText("请于两个工作日内答复投诉人并反馈")
    form.ok_button().click()
    [order] = orders.orders(ui_ctx)
    assert (order.source_kind, order.source_id) == ("complaint", complaint_id)

    complaints.reply_to_complainant(
        ui_ctx, small.supervisor.actor(), complaint_id, Reply("phone", True, "电话说明进度")
    )
    complaints.resolve_complaint(
        ui_ctx,
        small.supervisor.actor(),
        complaint_id,
        outcome=ComplaintOutcome.EXPLAINED,
        substantiated=False,
        note="已说明变更所需材料",
    )
    tab.board.refresh()
    assert line.isHidden()
    panel.refresh()
    assert panel.model.rowCount() == 0
    panel.closed_check.setChecked(True)  # the handled ones, the late reply in red
    assert panel.model.rowCount() == 1
    assert cell(panel.model, 0, REPLY) == "已答复（满意），逾期答复"
    assert cell(panel.model, 0, REPLY, Q.ForegroundRole).color().name() == LIGHT_RED  # type: ignore[attr-defined]
    assert cell(panel.model, 0, STATE) == "不属实"
    panel.table.selectRow(0)
    assert not panel.resolve_button.isEnabled() and not panel.follow_button.isEnabled()


def test_a_late_task_is_counted_on_the_board(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    from clerk_app.services import tasks

    clock.set_day(date(2026, 11, 2))
    tasks.create_task(
        ui_ctx,
        small.supervisor.actor(),
        title="减证便民清理",
        department_id=small.market_dept,
        method="逐项核对",
        workdays=1,
    )
    clock.set_day(date(2026, 11, 5))
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    tab.board.refresh()
    line = tab.board.escalation_label
    assert not line.isHidden() and "逾期未落实的督查任务 1 件" in line.text()

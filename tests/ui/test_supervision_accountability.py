"""责任追究 and 督办 on screen: the four points closed one by one, the record closing with
the fourth; an order issued from the board reaching the clerk's 督办事项, answered there,
and an unanswered one red and escalated on the board."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.accountability import Outcome, Point
from clerk_app.services import orders, oversight
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.cases.my_cases import MyCasesTab
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.accountability import PointDialog
from clerk_app.ui.supervision.board_model import AccountabilityModel
from clerk_app.ui.supervision.orders import IssueOrderDialog
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_department_leaders
from tests.ui.test_my_cases import accepted_case

Q = Qt.ItemDataRole


def cell(model: object, row: int, col: int, role: int = Q.DisplayRole) -> object:
    return model.data(model.index(row, col), role)  # type: ignore[attr-defined]


def _tab(qtbot: QtBot, session: SignedOn) -> SupervisionTab:
    tab = SupervisionTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def _close(panel: object, point: Point, note: str, outcome: str = "") -> PointDialog:
    panel.table.selectRow(0)  # type: ignore[attr-defined]
    panel.point_button.click()  # type: ignore[attr-defined]
    dialog = panel.form_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PointDialog) and dialog.isVisible()
    dialog.point_combo.setCurrentIndex(dialog.point_combo.findData(point.value))
    if outcome:
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData(outcome))
    dialog.note_edit.setPlainText(note)
    dialog.ok_button().click()
    return dialog


def test_four_points_close_the_record_on_screen(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    add_department_leaders(ui_ctx, small.market_dept)
    clock.set_day(date(2026, 11, 2))
    accepted_case(ui_ctx, small)  # due 16 Nov
    clock.set_day(date(2026, 11, 17))
    oversight.sweep(ui_ctx, small.supervisor.actor())
    tab = _tab(qtbot, sign_on(small.supervisor))
    panel = tab.accountability
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert cell(panel.model, 0, 4) == "主要负责人：吴局长；分管负责人：郑副局长；直接责任人：李窗口"
    assert cell(panel.model, 0, AccountabilityModel.COL_POINTS) == "已办结 0/4"
    assert not panel.point_button.isEnabled()

    # the responsibility point without an outcome: refused, the form stays open as typed
    refused = _close(panel, Point.RESPONSIBILITY, "窗口人员负直接责任")
    assert refused.isVisible() and "处理结果" in refused.hint.text()
    assert refused.note_edit.toPlainText() == "窗口人员负直接责任"
    refused.reject()

    _close(panel, Point.FACTS, "审查环节拖延一天")
    assert cell(panel.model, 0, AccountabilityModel.COL_POINTS) == "已办结 1/4"
    done = _close(panel, Point.RESPONSIBILITY, "窗口人员负直接责任", Outcome.NOTICE.value)
    assert not done.isVisible()
    _close(panel, Point.RECTIFICATION, "已建立超期预警台账")
    assert cell(panel.model, 0, 5) == "待处理"
    _close(panel, Point.EDUCATION, "科室集中学习")
    assert cell(panel.model, 0, 5) == "已处理"
    assert cell(panel.model, 0, AccountabilityModel.COL_POINTS) == "已办结 4/4"
    panel.table.selectRow(0)
    assert not panel.point_button.isEnabled()  # a closed record takes no more points


def test_an_order_from_the_board_reaches_the_clerk_who_answers_it(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    clock.set_day(date(2026, 11, 2))
    case = accepted_case(ui_ctx, small)  # due 16 Nov
    clock.set_day(date(2026, 11, 17))
    tab = _tab(qtbot, sign_on(small.supervisor))
    board = tab.board
    board.cases_table.selectRow(0)
    assert board.order_button.isEnabled()
    board.order_button.click()
    dialog = tab.orders.form_dialog
    assert isinstance(dialog, IssueOrderDialog) and dialog.isVisible()
    assert dialog.department_combo.currentData() == small.market_dept  # from the case
    assert case.case_no in dialog.form.itemAt(0, dialog.form.ItemRole.FieldRole).widget().text()
    dialog.ok_button().click()  # nothing to do written yet: refused, still open
    assert dialog.isVisible() and dialog.hint.text()
    dialog.window_combo.setCurrentIndex(dialog.window_combo.findData(small.window_a))
    dialog.content_edit.setPlainText("请说明超期原因，今日内办结")
    dialog.workdays_spin.setValue(1)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    qtmodeltester.check(tab.orders.model)  # type: ignore[attr-defined]
    assert tab.orders.model.rowCount() == 1
    assert cell(tab.orders.model, 0, 2) == case.case_no

    clerk = MyCasesTab(sign_on(small.clerk))
    qtbot.addWidget(clerk)
    clerk.refresh()
    inbox = clerk.orders
    assert inbox.model.rowCount() == 1 and "待反馈 1 件" in inbox.title.text()
    inbox.table.selectRow(0)
    inbox.answer_button.click()
    answer = inbox.form_dialog
    assert answer is not None
    answer.answer_edit.setPlainText("已于当日办结并告知申请人")
    answer.ok_button().click()
    assert not answer.isVisible()
    assert inbox.model.rowCount() == 0
    tab.orders.refresh()
    assert cell(tab.orders.model, 0, 4) == "已反馈"


def test_an_unanswered_order_is_red_and_escalates_on_the_board(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    clock.set_day(date(2026, 11, 2))
    orders.issue_order(
        ui_ctx,
        small.supervisor.actor(),
        content="补齐公示材料",
        workdays=1,
        department_id=small.tax_dept,
    )
    clock.set_day(date(2026, 11, 4))
    oversight.sweep(ui_ctx, small.supervisor.actor())
    tab = _tab(qtbot, sign_on(small.supervisor))
    assert cell(tab.orders.model, 0, 4) == "逾期未反馈（已升级问责）"
    assert cell(tab.orders.model, 0, 4, Q.ForegroundRole).color().name() == LIGHT_RED  # type: ignore[attr-defined]
    assert "逾期未反馈的督办 1 件" in tab.board.escalation_label.text()
    records = tab.accountability.model
    assert cell(records, 0, 1) == "督办逾期未反馈"
    clerk = MyCasesTab(sign_on(small.tax_clerk))
    qtbot.addWidget(clerk)
    clerk.refresh()
    assert "逾期 1 件" in clerk.orders.title.text()

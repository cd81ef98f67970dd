"""效能监督: the live board, approvals, follow-ups, complaints and accountability."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.reviews import ComplaintOutcome, ContestStatus
from clerk_app.services import casework, counter_calls, follow_ups, reviews, tickets
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.common.theme import LIGHT_RED, LIGHT_YELLOW
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.board import REFRESH_MS
from clerk_app.ui.supervision.board_model import LightCaseModel, WindowBoardModel
from clerk_app.ui.supervision.dialogs import ResolveComplaintDialog
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_leaders
from tests.ui.test_my_cases import accepted_case

Q = Qt.ItemDataRole


def supervision(qtbot: QtBot, session: SignedOn) -> SupervisionTab:
    tab = SupervisionTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def cell(model: object, row: int, col: int, role: int = Q.DisplayRole) -> object:
    return model.data(model.index(row, col), role)  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown tab
def test_board_shows_windows_and_lights_in_colour_and_words(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    clock.set_day(date(2026, 11, 2))
    near = accepted_case(ui_ctx, small)  # due 16 Nov
    late = accepted_case(ui_ctx, small, small.tax_item)  # due 9 Nov
    clock.set_day(date(2026, 11, 12))
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    called = tickets.call_next(ui_ctx, small.clerk.actor(), window_id=small.window_a)
    assert called is not None
    counter_calls.pause_window(ui_ctx, small.clerk_b.actor(), small.window_b, "午间休息")
    clock.advance(minutes=45)

    tab = supervision(qtbot, sign_on(small.supervisor))
    board = tab.board
    for model in (board.windows_model, board.lights_model, board.cases_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    w = board.windows_model
    assert w.rowCount() == 3
    assert cell(w, 0, WindowBoardModel.COL_CLERK) == "李窗口"
    assert cell(w, 0, WindowBoardModel.COL_NUMBER) == called.number
    assert cell(w, 0, WindowBoardModel.COL_WAITING) == "1"
    assert cell(w, 0, WindowBoardModel.COL_WAIT) == "45 分钟"
    assert cell(w, 0, WindowBoardModel.COL_WAIT, Q.ForegroundRole).color().name() == LIGHT_RED
    assert cell(w, 1, WindowBoardModel.COL_STATE) == "暂停：午间休息"

    cases = board.cases_model
    assert [cases.row_at(i).case_no for i in range(2)] == [late.case_no, near.case_no]
    red = cell(cases, 0, LightCaseModel.COL_LIGHT)
    assert isinstance(red, str) and "红灯" in red and "超期" in red  # words, not colour alone
    assert cell(cases, 0, 0, Q.ForegroundRole).color().name() == LIGHT_RED
    assert "黄灯" in str(cell(cases, 1, 0))
    assert cell(cases, 1, 0, Q.ForegroundRole).color().name() == LIGHT_YELLOW
    assert "剩 2 个工作日" in str(cell(cases, 1, 5))
    assert "红灯 1" in board.lights_title.text() and "黄灯 1" in board.lights_title.text()
    lights = {board.lights_model.row_at(i).department_name: i for i in range(2)}
    tax_row = lights["国家税务总局测试县税务局"]
    assert cell(board.lights_model, tax_row, 3) == "1"

    # the 15 s refresh runs only while the board is on screen
    assert board.timer.interval() == REFRESH_MS and board.timer.isActive()
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    board.tick()
    assert cell(w, 0, WindowBoardModel.COL_WAITING) == "1"  # hidden: not reloaded
    tab.show()
    qtbot.waitExposed(tab)
    board.tick()
    assert cell(w, 0, WindowBoardModel.COL_WAITING) == "2"


def _bad_review(ui_ctx: ServiceContext, small: SmallCenter) -> str:
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    called = tickets.call_next(ui_ctx, small.clerk.actor(), window_id=small.window_a)
    assert called is not None
    tickets.start_serving(ui_ctx, small.clerk.actor(), called.id)
    review = reviews.submit_review(
        ui_ctx, small.clerk.actor(), ticket_id=called.id, level=1, comment="等太久"
    )
    return review.id


def test_contested_review_upheld_closes_its_follow_ups(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
) -> None:
    review_id = _bad_review(ui_ctx, small)
    reviews.contest_review(
        ui_ctx, small.clerk.actor(), review_id, reason="误评", detail="申请人误点"
    )
    messages: list[str] = []
    tab = supervision(qtbot, sign_on(small.supervisor))
    tab.status.connect(messages.append)
    contests = tab.contests
    qtmodeltester.check(contests.model)  # type: ignore[attr-defined]
    assert contests.model.rowCount() == 1 and not contests.uphold_button.isEnabled()
    assert "非常不满意" in str(cell(contests.model, 0, 4))
    assert tab.follow_ups.model.rowCount() == 2  # a call-back and a rectification
    contests.table.selectRow(0)
    contests.ask_note = lambda upheld, review: "录像显示为误点"  # type: ignore[method-assign]
    contests.uphold_button.click()
    assert contests.model.rowCount() == 0
    assert reviews.get_review(ui_ctx, review_id).contest_status is ContestStatus.UPHELD
    assert "申诉成立" in messages[-1]
    tab.follow_ups.refresh()
    assert tab.follow_ups.model.rowCount() == 0  # closed as 误评


def test_follow_up_closed_with_an_outcome_category(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
) -> None:
    _bad_review(ui_ctx, small)
    tab = supervision(qtbot, sign_on(small.supervisor))
    panel = tab.follow_ups
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    kinds = [str(cell(panel.model, i, 0)) for i in range(2)]
    assert kinds == ["回访", "整改"]
    assert cell(panel.model, 0, 2) == "李窗口（C001）"
    panel.table.selectRow(0)
    panel.close_button.click()
    form = panel.form_dialog
    assert form is not None
    form.outcome_combo.setCurrentIndex(form.outcome_combo.findData("resolved"))
    form.note_edit.setPlainText("已电话回访，申请人表示理解")
    form.ok_button().click()
    assert not form.isVisible()
    assert panel.model.rowCount() == 1
    (closed,) = [f for f in follow_ups.list_follow_ups(ui_ctx) if f.status == "closed"]
    assert closed.outcome_category is not None and closed.outcome_category.value == "resolved"


def test_complaint_filed_and_found_substantiated_opens_an_accountability_record(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
) -> None:
    case = accepted_case(ui_ctx, small)
    tab = supervision(qtbot, sign_on(small.supervisor))
    panel = tab.complaints
    assert not panel.resolve_button.isEnabled() and panel.file_button.isEnabled()
    panel.file_button.click()
    form = panel.form_dialog
    assert form is not None and form.isVisible()
    form.complainant_edit.setText("王先生")
    form.phone_edit.setText("13800138000")
    form.content_edit.setPlainText("窗口人员玩手机")
    form.staff_combo.setCurrentIndex(form.staff_combo.findData(small.clerk.staff_id))
    form.case_edit.setText(case.case_no)
    form.ok_button().click()
    assert not form.isVisible()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 1
    assert cell(panel.model, 0, 3) == "李窗口（C001）"
    assert cell(panel.model, 0, 4) == "测试县市场监督管理局"
    panel.table.selectRow(0)
    panel.resolve_button.click()
    resolution = panel.form_dialog
    assert isinstance(resolution, ResolveComplaintDialog)
    outcomes = resolution.outcome_combo
    outcomes.setCurrentIndex(outcomes.findData(ComplaintOutcome.CRITICISED.value))
    resolution.substantiated_check.setChecked(True)
    resolution.note_edit.setPlainText("调阅录像属实")
    resolution.ok_button().click()  # no reply to the complainant yet: refused, still open
    assert resolution.isVisible()
    resolution.satisfied_combo.setCurrentIndex(1)
    resolution.reply_edit.setPlainText("已电话告知王先生处理结果")
    resolution.ok_button().click()
    assert not resolution.isVisible()
    assert panel.model.rowCount() == 0
    records = tab.accountability.model
    qtmodeltester.check(records)  # type: ignore[attr-defined]
    assert records.rowCount() == 1
    assert cell(records, 0, 1) == "效能投诉属实"
    assert cell(records, 0, 2) == case.case_no
    assert cell(records, 0, 4) == "直接责任人：李窗口"  # the department has no leaders set


def test_an_extension_is_denied_from_the_approvals_page(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
) -> None:
    case = accepted_case(ui_ctx, small)
    casework.request_extension(ui_ctx, small.clerk.actor(), case.id, workdays=3, reason="现场核查")
    panel = supervision(qtbot, sign_on(add_leaders(ui_ctx, small).market)).extensions
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    panel.deny_button.click()
    form = panel.form_dialog
    assert form is not None and form.isVisible()
    form.reject()  # cancelled: nothing happens
    assert panel.model.rowCount() == 1
    panel.deny_button.click()
    form = panel.form_dialog
    assert form is not None
    form.note_edit.setPlainText("不符合延期条件")
    form.ok_button().click()
    assert not form.isVisible()
    assert panel.model.rowCount() == 0
    assert casework.get(ui_ctx, case.id).due_date == case.due_date  # not extended

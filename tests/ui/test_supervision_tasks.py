"""督查 on screen: a task given to a department, a progress report, the acceptance with
its effect; the list says who, how, by when and how it turned out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.tab import SupervisionTab
from clerk_app.ui.supervision.tasks import CompleteTaskDialog, NewTaskDialog, TaskModel
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


def test_a_task_given_reported_on_and_accepted(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    clock.set_day(date(2026, 11, 2))
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    tab.refresh()
    panel = tab.tasks
    new = panel.new_task()
    assert isinstance(new, NewTaskDialog)
    new.title_edit.setText("窗口材料清单公示")
    new.ok_button().click()  # no department, no method: refused, still open
    assert new.isVisible() and new.hint.text()
    new.department_combo.setCurrentIndex(new.department_combo.findData(small.market_dept))
    new.owner_combo.setCurrentIndex(new.owner_combo.findData(small.clerk.staff_id))
    new.method_edit.setPlainText("对照事项目录逐项核对并张贴")
    new.workdays_spin.setValue(5)
    new.ok_button().click()
    assert not new.isVisible()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    model = panel.model
    assert model.index(0, 1).data() == "测试县市场监督管理局 李窗口"
    assert model.index(0, 3).data() == "2026-11-09"

    panel.table.selectRow(0)
    panel.report_button.click()
    report = panel.form_dialog
    assert report is not None
    report.note_edit.setPlainText("已核对 12 项")  # type: ignore[attr-defined]
    report.ok_button().click()
    assert model.index(0, 5).data() == "已核对 12 项"

    panel.table.selectRow(0)
    panel.complete_button.click()
    accept = panel.form_dialog
    assert isinstance(accept, CompleteTaskDialog)
    accept.result_edit.setPlainText("已全部公示")
    accept.effect_combo.setCurrentIndex(accept.effect_combo.findData("good"))
    accept.ok_button().click()
    assert not accept.isVisible()
    assert model.index(0, TaskModel.COL_STATUS).data() == "已落实（成效：好）"

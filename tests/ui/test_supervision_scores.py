"""绩效考核 page of the supervision tab: scores and ranks per department, a rating entered
through the form, the bottom rank in red, the breakdown, the report as PDF and Excel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clerk_app.domain.scores import Indicator, Source, Standard, System
from clerk_app.services import scores
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.store.models import Event
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.score_system import ScoreSystemDialog
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter
from tests.ui.conftest import FakePrinter, pdf_text


def test_scores_with_an_entered_rating_and_the_bottom_flagged(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    printer: FakePrinter,
    tmp_path: Path,
) -> None:
    clock.set_day(date(2026, 11, 12))
    scores.set_system(
        ui_ctx,
        small.supervisor.actor(),
        System(
            (
                Standard(
                    "通用标准",
                    (Indicator(Source.PUBLIC_RATING, 50), Indicator(Source.EXPERT_RATING, 50)),
                ),
            )
        ),
    )
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    panel = tab.scores
    assert panel.bounds() == (date(2026, 11, 1), date(2026, 11, 12))
    panel.refresh()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert [r.total for r in panel.model.rows()] == [100.0, 100.0]
    assert not any(r.bottom for r in panel.model.rows())  # equal: nobody is last

    dialog = panel.enter_rating()
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData(small.tax_dept))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("expert_rating"))
    dialog.score_spin.setValue(60)
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.model.rows()[1].total == 80.0)
    market, tax = panel.model.rows()
    assert (market.department_id, market.rank, tax.rank) == (small.market_dept, 1, 2)
    assert tax.bottom and panel.model.index(1, 4).data() == "末位"
    assert panel.model.index(1, 4).data(9).color().name() == LIGHT_RED  # Qt.ForegroundRole
    assert "末位：国家税务总局测试县税务局" in panel.title.text()
    panel.table.selectRow(1)
    assert [(p.source, p.value) for p in panel.breakdown.rows()] == [
        (Source.PUBLIC_RATING, "未录入"),
        (Source.EXPERT_RATING, "60 分"),
    ]

    panel.print_report()
    [printout] = printer.printouts
    assert "绩效考核得分表" in pdf_text(printout.pdf) and "80.00" in pdf_text(printout.pdf)
    target = tmp_path / "scores.xlsx"
    panel.ask_path = lambda _suggested: target  # type: ignore[method-assign]
    panel.export_excel()
    assert target.stat().st_size > 0

    panel.scope_combo.setCurrentIndex(1)  # by post: no post standard configured, nobody
    assert panel.model.rowCount() == 0 and "0 名工作人员参加考核" in panel.title.text()


def test_the_indicator_system_is_configured_in_a_form(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    panel = tab.scores
    panel.configure()
    dialog = panel.system_dialog
    assert dialog is not None and dialog.isVisible()
    use, weight, target = dialog.rows[Source.ON_TIME_RATE]  # type: ignore[attr-defined]
    assert use.isChecked() and weight.value() == 15 and target.value() == 99
    weight.setValue(25)  # 110 points in all: refused next to the indicators, form open
    assert "110 分（须为 100 分）" in dialog.total_label.text()  # type: ignore[attr-defined]
    dialog.ok_button().click()
    assert dialog.isVisible() and "110" in dialog.field_errors["score_system"].text()
    dialog.rows[Source.EXPERT_RATING][0].setChecked(False)  # type: ignore[attr-defined]
    dialog.rows[Source.PUBLIC_RATING][0].setChecked(False)  # type: ignore[attr-defined]
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [standard] = scores.system(ui_ctx).standards
    weights = {i.source: i.weight for i in standard.indicators}
    assert weights[Source.ON_TIME_RATE] == 25 and Source.EXPERT_RATING not in weights


def _events(ctx: ServiceContext, kind: str) -> list[Event]:
    with ctx.db.sessions() as s:
        return list(s.scalars(select(Event).where(Event.type == kind)))


def _check_scope(dialog: ScoreSystemDialog, key: str) -> None:
    for i in range(dialog.scope_list.count()):
        item = dialog.scope_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(key)


def test_a_department_type_and_a_post_standard_are_edited_and_change_the_scores(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    clock.set_day(date(2026, 11, 12))
    supervisor = small.supervisor.actor()
    scores.enter_rating(
        ui_ctx,
        supervisor,
        start=date(2026, 11, 1),
        end=date(2026, 11, 12),
        department_id=small.market_dept,
        kind=Source.EXPERT_RATING,
        score=60,
    )
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    panel = tab.scores
    panel.refresh()
    market = {r.department_id: r for r in panel.model.rows()}[small.market_dept]
    assert (market.standard, market.total) == ("通用标准", 98.0)  # 5 × 60 %

    panel.configure()
    dialog = panel.system_dialog
    assert isinstance(dialog, ScoreSystemDialog) and dialog.isVisible()
    assert dialog.standard_combo.count() == 1 and not dialog.remove_button.isEnabled()
    dialog.add_departments_button.click()
    assert dialog.standard_combo.count() == 2 and dialog.remove_button.isEnabled()
    dialog.name_edit.setText("窗口单位")
    dialog.ok_button().click()  # no department ticked: refused next to the list
    assert dialog.isVisible()
    assert dialog.field_errors["score_scope"].text() == "请勾选该标准适用的部门"
    _check_scope(dialog, small.market_dept)
    for source, (use, weight, _extra) in dialog.rows.items():
        use.setChecked(source in (Source.PUBLIC_RATING, Source.EXPERT_RATING))
        weight.setValue(50 if source is Source.EXPERT_RATING else 40)
    assert "90 分（须为 100 分）" in dialog.total_label.text()
    weight = dialog.rows[Source.PUBLIC_RATING][1]
    weight.setFocus()
    qtbot.keyClick(weight, Qt.Key.Key_Return)  # Enter: moves on, sends nothing
    assert dialog.isVisible() and _events(ui_ctx, "score.system_set") == []
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert dialog.field_errors["score_system"].text() == "“窗口单位”的权重合计为 90 分，须为 100 分"
    assert dialog.name_edit.text() == "窗口单位" and weight.value() == 40  # nothing lost
    dialog.standard_combo.setCurrentIndex(0)  # the default keeps its own indicators
    assert dialog.rows[Source.ON_TIME_RATE][0].isChecked()
    dialog.standard_combo.setCurrentIndex(1)
    assert dialog.name_edit.text() == "窗口单位"
    dialog.rows[Source.PUBLIC_RATING][1].setValue(50)
    dialog.add_post_button.click()
    _check_scope(dialog, "clerk")
    assert "窗口首席代表" in dialog.standard_combo.currentText()
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [event] = _events(ui_ctx, "score.system_set")  # the whole system, one event
    assert event.actor_id == small.supervisor.staff_id
    saved = scores.system(ui_ctx)
    assert [(s.name, s.department_ids, s.posts) for s in saved.standards] == [
        ("通用标准", (), ()),
        ("窗口单位", (small.market_dept,), ()),
        ("岗位标准", (), ("clerk",)),
    ]
    qtbot.waitUntil(
        lambda: any(r.standard == "窗口单位" for r in panel.model.rows())
    )  # the page recomputes
    market = {r.department_id: r for r in panel.model.rows()}[small.market_dept]
    assert (market.standard, market.total) == ("窗口单位", 80.0)  # 50 + 50 × 60 %
    panel.scope_combo.setCurrentIndex(1)  # by post: the clerks now take part
    assert panel.model.rowCount() > 0 and all(r.standard == "岗位标准" for r in panel.model.rows())


def test_one_department_cannot_be_in_two_standards(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    tab.scores.configure()
    dialog = tab.scores.system_dialog
    assert isinstance(dialog, ScoreSystemDialog)
    for _twice in range(2):
        dialog.add_departments_button.click()
        _check_scope(dialog, small.tax_dept)
    dialog.ok_button().click()
    assert dialog.isVisible() and "已适用考核标准“部门类型标准”" in (
        dialog.field_errors["score_scope"].text()
    )
    dialog.remove_button.click()  # the second one goes
    assert dialog.standard_combo.count() == 2
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [s.department_ids for s in scores.system(ui_ctx).standards] == [(), (small.tax_dept,)]


def test_only_a_supervisor_may_set_the_system_or_enter_ratings(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    from clerk_app.services import auth
    from clerk_app.services.context import Actor, Role
    from tests.helpers.factories import PASSWORD

    auth.add_staff(
        ui_ctx, Actor.system(), staff_no="A901", name="管理员", role=Role.ADMIN, password=PASSWORD
    )
    admin = auth.log_in(ui_ctx, "A901", PASSWORD)
    tab = SupervisionTab(sign_on(admin))
    qtbot.addWidget(tab)
    panel = tab.scores
    assert not panel.system_button.isEnabled() and not panel.rating_button.isEnabled()
    panel.refresh()  # reading the scores stays open to the administrator
    assert panel.model.rowCount() == 2

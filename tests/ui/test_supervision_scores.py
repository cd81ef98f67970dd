"""绩效考核 page of the supervision tab: scores and ranks per department, a rating entered
through the form, the bottom rank in red, the breakdown, the report as PDF and Excel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from clerk_app.domain.scores import Indicator, Source, Standard, System
from clerk_app.services import scores
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.session import SignedOn
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
    weight.setValue(25)  # 110 points in all: refused, the form stays open
    dialog.ok_button().click()
    assert dialog.isVisible() and "110" in dialog.hint.text()
    dialog.rows[Source.EXPERT_RATING][0].setChecked(False)  # type: ignore[attr-defined]
    dialog.rows[Source.PUBLIC_RATING][0].setChecked(False)  # type: ignore[attr-defined]
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [standard] = scores.system(ui_ctx).standards
    weights = {i.source: i.weight for i in standard.indicators}
    assert weights[Source.ON_TIME_RATE] == 25 and Source.EXPERT_RATING not in weights

"""明查暗访 on screen: an unannounced inspection finds a window unstaffed, the finding opens
an accountability record naming the three responsible persons, the four points close it;
the 通报批评 is previewed as a PDF naming the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.accountability import Outcome, Point
from clerk_app.domain.inspections import FindingAction
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision.inspections import FindingDialog, InspectionDialog
from clerk_app.ui.supervision.tab import SupervisionTab
from tests.helpers.factories import SmallCenter, add_department_leaders
from tests.ui.conftest import FakePrinter, pdf_text
from tests.ui.test_supervision_accountability import _close

Q = Qt.ItemDataRole


def cell(model: object, row: int, col: int) -> object:
    return model.data(model.index(row, col), Q.DisplayRole)  # type: ignore[attr-defined]


def test_unannounced_inspection_to_a_closed_accountability_record(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    add_department_leaders(ui_ctx, small.market_dept)
    tab = SupervisionTab(sign_on(small.supervisor))
    qtbot.addWidget(tab)
    tab.refresh()
    panel = tab.inspections
    dialog = panel.record()
    assert isinstance(dialog, InspectionDialog)
    dialog.ok_button().click()  # nothing chosen: refused, the form stays open
    assert dialog.isVisible() and dialog.hint.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("unannounced"))
    dialog.inspectors_edit.setText("孙监督、陈科长")
    dialog.window_checks[small.window_a].setChecked(True)
    dialog.window_checks[small.window_b].setChecked(True)
    dialog.item_checks["在岗在位"].setChecked(False)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 1
    assert cell(panel.model, 0, 1) == "暗访" and cell(panel.model, 0, 4) == "在岗在位"

    panel.table.selectRow(0)
    panel.finding_button.click()
    finding = panel.form_dialog
    assert isinstance(finding, FindingDialog)
    assert finding.check_combo.currentData() == "在岗在位"  # the failed items first
    finding.window_combo.setCurrentIndex(finding.window_combo.findData(small.window_a))
    finding.note_edit.setPlainText("10:05 至 10:25 窗口无人值守")
    finding.evidence_edit.setPlainText("IMG_0931.jpg")
    finding.action_combo.setCurrentIndex(finding.action_combo.findData(FindingAction.RECORD.value))
    finding.ok_button().click()
    assert not finding.isVisible()
    qtmodeltester.check(panel.findings_model)  # type: ignore[attr-defined]
    assert cell(panel.findings_model, 0, 6) == "已立案追究"

    records = tab.accountability
    assert records.model.rowCount() == 1
    assert cell(records.model, 0, 1) == "明查暗访发现问题"
    assert cell(records.model, 0, 4) == (
        "主要负责人：吴局长；分管负责人：郑副局长；直接责任人：李窗口"
    )
    _close(records, Point.FACTS, "监控核实无人值守 20 分钟")
    _close(records, Point.RESPONSIBILITY, "擅自离岗", Outcome.NOTICE.value)
    _close(records, Point.RECTIFICATION, "建立离岗登记制度")
    _close(records, Point.EDUCATION, "全体窗口人员学习考勤纪律")
    assert cell(records.model, 0, 5) == "已处理"

    panel.table.selectRow(0)
    panel.criticism_button.click()
    [bulletin] = printer.printouts
    text = pdf_text(bulletin.pdf)
    assert "通报批评" in text and "A01" in text and "窗口无人值守" in text

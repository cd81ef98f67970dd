"""系统管理 → 导入导出 and 公示公告: a workbook with errors shows every row's error and
imports nothing; a good one is applied whole and shows the new accounts' passwords once;
export and the template are saved where the administrator chose; the 事项公示表 and the
调整/取消事项公告 come out of the document printer with the catalogue in them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from clerk_app.services import item_admin, workbook
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.services.setup_records import organisation
from clerk_app.store.models import Event
from clerk_app.ui.administration.tab import SECTION_PUBLISHING, AdministrationTab
from clerk_app.ui.administration.workbook_page import ImportPreviewDialog
from clerk_app.ui.session import SignedOn
from tests.helpers.factories import SmallCenter
from tests.ui.conftest import FakePrinter, pdf_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def admin_tab(qtbot: QtBot, session: SignedOn) -> AdministrationTab:
    tab = AdministrationTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def events(ctx: ServiceContext) -> int:
    with ctx.db.read_sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Event)) or 0)


def import_file(tab: AdministrationTab, path: Path) -> ImportPreviewDialog:
    tab.workbook.ask_open_path = lambda: path  # type: ignore[method-assign]
    tab.workbook.import_button.click()
    dialog = tab.workbook.dialog
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible()
    return dialog


def table_rows(dialog: ImportPreviewDialog) -> list[tuple[str, ...]]:
    t = dialog.errors
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def test_a_workbook_with_errors_lists_every_one_and_imports_nothing(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    tmp_path: Path,
) -> None:
    rows = workbook.rows_of(organisation(ui_ctx))
    rows["事项"][1][7] = 30  # promised above the statutory 20
    rows["窗口"][0][5] = "Q-NONE"  # an unknown queue
    rows["部门"].append(["MZ", "测试县民政局", "民政", "", "", "", "", "", "也许"])
    rows["工作人员"].append(["QX9001", "新同事", "", "NONE", "", "", "是"])
    path = tmp_path / "bad.xlsx"
    workbook.write_workbook(rows, path)
    before = events(ui_ctx)
    tab = admin_tab(qtbot, sign_on(small.admin))

    dialog = import_file(tab, path)
    shown = table_rows(dialog)
    expected = workbook.import_workbook(ui_ctx, small.admin.actor(), path, apply=False).errors
    assert len(shown) == len(expected) >= 4
    where = {(sheet, row, column) for sheet, row, column, _what in shown}
    assert ("事项", "3", "承诺时限") in where
    assert ("窗口", "2", "队列编码") in where
    assert ("部门", "4", "在用") in where
    assert ("工作人员", str(len(rows["工作人员"]) + 1), "部门编码") in where
    assert all(what for *_where, what in shown)  # every row says what is wrong
    assert "不能导入" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    dialog.apply()  # even forced: nothing happens
    assert events(ui_ctx) == before
    assert all(p.staff_no != "QX9001" for p in organisation(ui_ctx).staff)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_good_workbook_is_applied_whole_and_shows_the_passwords_once(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    tmp_path: Path,
) -> None:
    rows = workbook.rows_of(organisation(ui_ctx))
    rows["事项"].append(["NEW-1", "新事项", "SCJG", "Q-SCJG", "承诺件", "行政许可", 20, 5])
    rows["材料"].append(["NEW-1", "申请表", 1, 0, "是", "", ""])
    rows["工作人员"].append(["QX9001", "新同事", "", "SCJG", "A01", "科员", "是"])
    rows["部门"][1][5] = "国家税务总局测试市税务局"
    path = tmp_path / "good.xlsx"
    workbook.write_workbook(rows, path)
    tab = admin_tab(qtbot, sign_on(small.admin))
    items_before = tab.items.table.model().rowCount()

    dialog = import_file(tab, path)
    assert dialog.errors.rowCount() == 0 and not dialog.errors.isVisible()
    assert "全部导入将写入" in dialog.summary.text() and "事项 5 行" in dialog.summary.text()
    assert all(i.code != "NEW-1" for i in organisation(ui_ctx).items)  # a preview only
    assert dialog.apply_button.isEnabled()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter never imports what was not chosen
    assert all(i.code != "NEW-1" for i in organisation(ui_ctx).items)
    dialog = import_file(tab, path)
    dialog.apply_button.click()

    assert "已导入" in dialog.summary.text()
    assert dialog.passwords.isVisible() and "QX9001" in dialog.passwords.toPlainText()
    org = organisation(ui_ctx)
    assert [m.name for i in org.items if i.code == "NEW-1" for m in i.materials] == ["申请表"]
    assert any(p.staff_no == "QX9001" for p in org.staff)
    tax = next(d for d in org.departments if d.code == "SW")
    assert tax.reconsideration_body == "国家税务总局测试市税务局"
    assert tab.items.table.model().rowCount() == items_before + 1  # the tab reloaded
    assert "工作簿已导入" in tab.workbook.notice.text()
    dialog.close_button.click()
    assert dialog.passwords.toPlainText() == ""  # shown once


def test_an_unreadable_file_is_refused_on_the_page(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, tmp_path: Path
) -> None:
    path = tmp_path / "not-a-workbook.xlsx"
    path.write_text("hello")
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.workbook.ask_open_path = lambda: path  # type: ignore[method-assign]
    tab.workbook.import_button.click()
    assert tab.workbook.dialog is None
    assert "无法读取工作簿" in tab.workbook.notice.text()


def test_export_and_template_are_saved_where_chosen(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    tmp_path: Path,
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    out, template = tmp_path / "out.xlsx", tmp_path / "template.xlsx"
    tab.workbook.ask_save_path = lambda _t, _s: out  # type: ignore[method-assign]
    tab.workbook.export_button.click()
    tab.workbook.ask_save_path = lambda _t, _s: template  # type: ignore[method-assign]
    tab.workbook.template_button.click()
    assert "模板已保存" in tab.workbook.notice.text()
    book = load_workbook(out, read_only=True)
    try:
        assert book.sheetnames == list(workbook.SHEETS)
        codes = [r[0] for r in book["事项"].iter_rows(min_row=2, values_only=True)]
        assert sorted(codes) == sorted(i.code for i in organisation(ui_ctx).items)
    finally:
        book.close()
    book = load_workbook(template, read_only=True)
    try:
        assert book.sheetnames == list(workbook.SHEETS)
    finally:
        book.close()


def test_the_catalogue_table_and_the_adjustment_notice_are_printed(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    printer: FakePrinter,
) -> None:
    today = ui_ctx.today()
    tax_item = next(i for i in organisation(ui_ctx).items if i.name == "增值税发票领用")
    item_admin.save_item(
        ui_ctx,
        small.admin.actor(),
        replace(tax_item, status="cancelled", status_from=today, status_note="并入电子税务局办理"),
    )
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.sections.setCurrentIndex(SECTION_PUBLISHING)
    page = tab.publishing

    page.catalogue_button.click()
    table = printer.printouts[-1]
    assert table.kind == "catalogue_table"
    text = pdf_text(table.pdf)
    assert "事项公示表" in text and "测试县市场监督管理局" in text and "营业执照遗失补领" in text
    assert "增值税发票领用" not in text  # cancelled: no longer taken in

    page.start_edit.setDate(QDate(today.year, today.month, 1))
    page.end_edit.setDate(QDate(today.year, today.month, today.day))
    page.notice_button.click()
    notice = printer.printouts[-1]
    assert notice.kind == "adjustment_notice"
    text = pdf_text(notice.pdf)
    assert "增值税发票领用" in text and "并入电子税务局办理" in text and "取消" in text

    later = today + timedelta(days=40)
    page.start_edit.setDate(QDate(later.year, later.month, later.day))
    page.notice_button.click()  # the end before the start: refused on the page
    assert "结束日期不能早于开始日期" in page.notice.text()
    assert len(printer.printouts) == 2


def test_a_file_changed_after_the_preview_is_refused_whole(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    tmp_path: Path,
) -> None:
    rows = workbook.rows_of(organisation(ui_ctx))
    rows["事项"].append(["NEW-1", "新事项", "SCJG", "Q-SCJG", "承诺件", "行政许可", 20, 5])
    path = tmp_path / "setup.xlsx"
    workbook.write_workbook(rows, path)
    tab = admin_tab(qtbot, sign_on(small.admin))
    dialog = import_file(tab, path)
    assert dialog.apply_button.isEnabled()
    rows["事项"][-1][7] = 30  # someone saves a promised limit above the statutory one
    workbook.write_workbook(rows, path)
    before = events(ui_ctx)
    dialog.apply_button.click()
    assert dialog.isVisible() and not dialog.apply_button.isEnabled()
    assert ("事项", str(len(rows["事项"]) + 1), "承诺时限") in {r[:3] for r in table_rows(dialog)}
    assert events(ui_ctx) == before
    assert all(i.code != "NEW-1" for i in organisation(ui_ctx).items)

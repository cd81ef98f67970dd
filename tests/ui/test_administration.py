"""系统管理: each editor creates and edits, a refused limit keeps the dialog open with the
reason next to the field, an item is cancelled while a case of it is open, the first-run
checklist follows what is set up, and everything fits 1366×768."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.cases import CaseState, Decision
from clerk_app.services import auth, casework, catalogue, intake, staff_admin
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.services.setup_records import StepRecord, organisation
from clerk_app.ui.administration.editors import (
    CenterDialog,
    DepartmentDialog,
    StaffDialog,
    WindowDialog,
)
from clerk_app.ui.administration.item_editor import MAT_NAME, ItemDialog
from clerk_app.ui.administration.tab import AdministrationTab, Section
from clerk_app.ui.common.table_model import ROW_ROLE
from clerk_app.ui.ports import CenterInfo
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.shell.login import LoginDialog
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, valid_id_card

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def admin_tab(qtbot: QtBot, session: SignedOn) -> AdministrationTab:
    tab = AdministrationTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def select(section: Section, text: str) -> None:
    section.search_edit.setText(text)
    assert section.table.model().rowCount() >= 1
    section.table.selectRow(0)


def test_the_tab_lists_everything_and_searches(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    assert tab.items.table.model().rowCount() == 4
    tab.items.search_edit.setText("SW-")
    assert tab.items.table.model().rowCount() == 1
    assert tab.staff.table.model().rowCount() == 6
    assert "测试县人民路1号" in tab.center_label.text()
    assert "窗口已可使用" in tab.checklist.text()


def test_centre_editor_saves(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.center_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, CenterDialog)
    dialog.hours_edit.setText("工作日 9:00-17:00")
    dialog.url_edit.setText("ftp://wrong")
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.field_errors["center_query_url"].isVisible()
    assert dialog.hours_edit.text() == "工作日 9:00-17:00"  # what was typed stays
    dialog.url_edit.setText("https://zwfw.example.gov.cn/q")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    center = organisation(ui_ctx).center
    assert center is not None and center.opening_hours == "工作日 9:00-17:00"


def test_department_editor_creates_and_edits(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.departments.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, DepartmentDialog)
    dialog.code_edit.setText("MZ")
    dialog.name_edit.setText("测试县民政局")
    dialog.body_edit.setText("测试县人民政府")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert tab.departments.table.model().rowCount() == 3
    select(tab.departments, "SW")
    tab.departments.edit_button.click()
    edit = tab.dialog
    assert isinstance(edit, DepartmentDialog) and edit.code_edit.text() == "SW"
    edit.body_edit.setText("国家税务总局测试市税务局")
    edit.code_edit.setText("MZ")  # taken: refused next to the field
    edit.ok_button().click()
    assert edit.isVisible() and "已被其他部门使用" in edit.field_errors["department_code"].text()
    edit.code_edit.setText("SW")
    edit.ok_button().click()
    assert not edit.isVisible()
    tax = next(d for d in organisation(ui_ctx).departments if d.code == "SW")
    assert tax.reconsideration_body == "国家税务总局测试市税务局"


def test_window_editor_creates_a_green_window(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.windows.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, WindowDialog)
    dialog.code_edit.setText("G01")
    dialog.name_edit.setText("重点项目绿色通道")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("green"))
    dialog.ok_button().click()  # no queue ticked
    assert dialog.isVisible() and dialog.field_errors["window_queues"].isVisible()
    dialog.queue_list.set_checked(small.market_queue)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [green] = [w for w in catalogue.list_windows(ui_ctx) if w.code == "G01"]
    assert green.is_green_channel and green.queue_ids == (small.market_queue,)


def test_staff_editor_creates_with_a_temporary_password_and_resets(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.staff.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, StaffDialog)
    dialog.no_edit.setText("C009")
    dialog.name_edit.setText("新窗口")
    dialog.dept_combo.setCurrentIndex(dialog.dept_combo.findData(small.market_dept))
    dialog.window_list.set_checked(small.window_a)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert "临时密码" in tab.staff.notice.text()
    select(tab.staff, "ADM1")
    tab.staff.edit_button.click()
    me = tab.dialog
    assert isinstance(me, StaffDialog)
    me.active_box.setChecked(False)
    me.ok_button().click()  # the last administrator
    assert me.isVisible() and "唯一在用的系统管理员" in me.field_errors["staff_role"].text()
    me.reject()
    select(tab.staff, "C001")
    tab.reset_button.click()
    assert "李窗口的临时密码" in tab.staff.notice.text()


def _item_dialog(tab: AdministrationTab, code: str) -> ItemDialog:
    select(tab.items, code)
    tab.items.edit_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ItemDialog)
    return dialog


def test_item_editor_creates_with_materials_and_refusal_reasons(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.items.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ItemDialog)
    dialog.code_edit.setText("SCJG-010")
    dialog.name_edit.setText("药品零售许可")
    dialog.statutory_spin.setValue(20)
    dialog.promised_spin.setValue(8)
    dialog.materials.add_button.click()
    dialog.materials.table.item(0, MAT_NAME).setText("药品经营许可证申请表")
    dialog.reasons_edit.setPlainText("不属于本部门职权范围\n申请人不具备主体资格")
    dialog.result_edit.setText("药品经营许可证")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [item] = [i for i in organisation(ui_ctx).items if i.code == "SCJG-010"]
    assert [m.name for m in item.materials] == ["药品经营许可证申请表"]
    assert item.refusal_reasons == ("不属于本部门职权范围", "申请人不具备主体资格")
    assert item.result_document == "药品经营许可证"


def test_item_editor_refuses_a_promised_limit_above_the_statutory_one(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    dialog = _item_dialog(tab, "SCJG-002")
    dialog.promised_spin.setValue(30)
    dialog.fees_edit.setText("工本费 10 元")
    dialog.ok_button().click()
    error = dialog.field_errors["promised_limit"]
    assert dialog.isVisible() and error.isVisible() and "不得超过法定时限" in error.text()
    assert dialog.fees_edit.text() == "工本费 10 元" and dialog.promised_spin.value() == 30
    dialog.promised_spin.setValue(12)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [item] = [i for i in organisation(ui_ctx).items if i.code == "SCJG-002"]
    assert item.promised_limit == 12 and item.fees == "工本费 10 元"


def test_cancel_an_item_while_a_case_is_open(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    view = catalogue.get_item(ui_ctx, small.promised_item)
    person = Applicant("person", "张三", valid_id_card(), "13812345678")
    checks = [MaterialCheck(m, "received", originals=1) for m in view.material_ids]
    case = intake.receive(
        ui_ctx, small.clerk.actor(), item_id=view.id, applicant=person, materials=checks
    )
    accepted = intake.accept(ui_ctx, small.clerk.actor(), case.id)
    tab = admin_tab(qtbot, sign_on(small.admin))
    dialog = _item_dialog(tab, "SCJG-002")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("cancelled"))
    assert dialog.status_date.isEnabled()
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert "已取消" in tab.items.model.data(tab.items.model.index(0, 7))
    with pytest.raises(Exception, match="已取消"):
        intake.receive(
            ui_ctx, small.clerk.actor(), item_id=view.id, applicant=person, materials=checks
        )
    done = casework.complete(ui_ctx, small.clerk.actor(), accepted.id, decision=Decision.APPROVED)
    assert done.state is CaseState.COMPLETED and done.due_date == accepted.due_date


def test_every_editor_fits_a_small_screen(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.resize(1366, 700)
    opened: list[QWidget] = []
    for open_editor in (
        tab.edit_center,
        lambda: tab.edit_department(None),
        lambda: tab.edit_window(None),
        lambda: tab.edit_queue(None),
        lambda: tab.edit_staff(None),
        lambda: tab.edit_item(None),
    ):
        open_editor()
        assert tab.dialog is not None
        opened.append(tab.dialog)
        hint = tab.dialog.sizeHint()
        size = tab.dialog.size()
        assert min(hint.height(), size.height()) <= 768 and size.width() <= 1366, tab.dialog
        tab.dialog.close()
    assert len(opened) == 6
    assert not any(isinstance(w, QCheckBox) and w.isVisible() for w in opened)


def test_the_row_role_gives_the_record(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    model = tab.departments.table.model()
    assert model.data(model.index(0, 0), ROW_ROLE).code in ("SCJG", "SW")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) in ("SCJG", "SW")


def test_the_tables_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    for section in (tab.departments, tab.windows, tab.queues, tab.staff, tab.items):
        qtmodeltester.check(section.model)  # type: ignore[attr-defined]


def test_a_temporary_password_is_replaced_at_sign_on(
    qtbot: QtBot,
    app_services: AppServices,
    center_info: CenterInfo,
    small: SmallCenter,
    ui_ctx: ServiceContext,
) -> None:
    temporary = staff_admin.reset_password(ui_ctx, small.admin.actor(), small.clerk.staff_id)
    dialog = LoginDialog(app_services, center_info)
    qtbot.addWidget(dialog)
    dialog.staff_edit.setText("C001")
    dialog.password_edit.setText(temporary)
    dialog.window_combo.setCurrentIndex(dialog.window_combo.findData(small.window_a))
    dialog.log_in()
    assert dialog.badge is None and dialog.new_password_edit.isVisibleTo(dialog)
    assert "临时密码" in dialog.error.text()
    dialog.new_password_edit.setText("mine-123")
    dialog.repeat_password_edit.setText("mine-124")
    dialog.log_in()
    assert dialog.badge is None and "不一致" in dialog.error.text()
    dialog.repeat_password_edit.setText("mine-123")
    with qtbot.waitSignal(dialog.signedOn):
        dialog.log_in()
    assert dialog.badge is not None and not dialog.badge.must_change_password
    assert auth.log_in(ui_ctx, "C001", "mine-123").staff_no == "C001"


def test_a_new_centre_opens_where_the_set_up_goes_on(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))  # the centre lacks no step but its address
    assert tab.sections.currentIndex() == 0
    assert "✔" in tab.checklist.text() and "窗口已可使用" in tab.checklist.text()
    tab.checklist.linkActivated.emit("items")
    assert tab.sections.currentWidget() is tab.items


def test_a_joint_item_gets_its_departments_steps_within_the_whole_limit(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tab = admin_tab(qtbot, sign_on(small.admin))
    tab.items.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ItemDialog)
    dialog.code_edit.setText("LB-001")
    dialog.name_edit.setText("开办餐饮店一件事")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("joint"))
    dialog.statutory_spin.setValue(20)
    dialog.promised_spin.setValue(10)
    dialog.steps.add(StepRecord(small.market_dept, 8))
    dialog.steps.add(StepRecord(small.tax_dept, 12))  # beyond the whole case's 10 days
    dialog.ok_button().click()
    assert dialog.isVisible() and "不超过整件的承诺时限" in dialog.field_errors["item_steps"].text()
    spin = dialog.steps.table.cellWidget(1, 1)
    assert isinstance(spin, QSpinBox)
    spin.setValue(5)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [item] = [i for i in organisation(ui_ctx).items if i.code == "LB-001"]
    assert [(s.department_id, s.step_limit) for s in item.steps] == [
        (small.market_dept, 8),
        (small.tax_dept, 5),
    ]

"""A real centre's first day, through the real main window built as app.py builds it.

From an empty data directory: 新建服务中心 creates the administrator, who sets up the
centre, two departments (each with its reconsideration agency), two queues and two
windows, three members of staff and three items on the administration tab. A clerk then
signs on at one of the windows with the temporary password (and is made to change it),
issues a ticket, calls it, takes the application in and accepts it; the receipt names the
department's reconsideration agency, not the centre's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.app import compose
from clerk_app.domain.cases import CaseState
from clerk_app.domain.tickets import TicketKind
from clerk_app.services.audit import verify
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import open_database
from clerk_app.store.migrate import upgrade
from clerk_app.ui.adapters import ServiceSetup
from clerk_app.ui.administration.editors import (
    CenterDialog,
    DepartmentDialog,
    QueueDialog,
    StaffDialog,
    WindowDialog,
)
from clerk_app.ui.administration.item_editor import MAT_NAME, ItemDialog
from clerk_app.ui.administration.tab import AdministrationTab
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.shell.first_run import FirstRunDialog
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.shell.roles import Tab
from clerk_app.ui.shell.shell import Shell
from clerk_app.ui.tasks import SyncExecutor, Tasks
from tests.e2e.test_counter_day import intake, serve_next, sign_out
from tests.helpers.clock import FakeClock
from tests.ui.conftest import FakePrinter, pdf_text

ADMIN_PASSWORD = "admin-secret-1"
TAX_AGENCY = "国家税务总局清河市税务局"
CITY = "清河市人民政府"


@pytest.fixture
def world(
    qapp: object, clock: FakeClock, tmp_path: Path
) -> Iterator[tuple[Shell, ServiceContext, FakePrinter, list[str]]]:
    data_dir = tmp_path / "data"  # empty: the program makes its database there
    data_dir.mkdir()
    url = f"sqlite:///{data_dir / 'clerk.sqlite3'}"
    upgrade(url)
    db = open_database(url)
    ctx = ServiceContext(
        db=db, workstation="WS-NEW", clock=clock, password_cost=2**4, archive_dir=data_dir / "pdf"
    )
    errors: list[str] = []
    tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=errors.append)
    printer = FakePrinter()
    shell = compose(ctx, idle_lock_minutes=0, tasks=tasks, printer=printer)
    yield shell, ctx, printer, errors
    if shell.window is not None:
        shell.window.close()
    tasks.shutdown()
    db.dispose()


def _fill_first_run() -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
    dialog.name_edit.setText("清河县政务服务中心")
    dialog.code_edit.setText("QH-ZWFW")
    dialog.admin_no_edit.setText("ADMIN")
    dialog.admin_name_edit.setText("许管理")
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.create_button.click()


def _log_in(
    qtbot: QtBot, shell: Shell, staff_no: str, password: str, window_code: str | None = None
) -> MainWindow:
    login = shell.login
    assert login is not None and login.isVisible()
    login.staff_edit.setText(staff_no)
    login.password_edit.setText(password)
    if window_code is not None:
        combo = login.window_combo
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if combo.itemText(i).startswith(window_code))
        )
    with qtbot.waitSignal(shell.mainWindowShown) as shown:
        login.login_button.click()
        if login.changing is not None:  # a temporary password: set one's own
            login.new_password_edit.setText("my-own-pass")
            login.repeat_password_edit.setText("my-own-pass")
            login.login_button.click()
    window: MainWindow = shown.args[0]
    return window


def _department(tab: AdministrationTab, code: str, name: str, agency: str, court: str) -> None:
    tab.departments.new_button.click()
    d = tab.dialog
    assert isinstance(d, DepartmentDialog)
    d.code_edit.setText(code)
    d.name_edit.setText(name)
    d.body_edit.setText(agency)
    d.court_edit.setText(court)
    d.ok_button().click()
    assert not d.isVisible(), d.hint.text()


def _queue(tab: AdministrationTab, code: str, name: str, prefix: str, dept_code: str) -> None:
    tab.queues.new_button.click()
    q = tab.dialog
    assert isinstance(q, QueueDialog)
    q.code_edit.setText(code)
    q.name_edit.setText(name)
    q.prefix_edit.setText(prefix)
    q.dept_combo.setCurrentIndex(q.dept_combo.findText(dept_code, _starts()))
    q.ok_button().click()
    assert not q.isVisible(), q.hint.text()


def _starts() -> object:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def _window(tab: AdministrationTab, code: str, name: str, dept_code: str, queue: str) -> None:
    tab.windows.new_button.click()
    w = tab.dialog
    assert isinstance(w, WindowDialog)
    w.code_edit.setText(code)
    w.name_edit.setText(name)
    w.dept_combo.setCurrentIndex(w.dept_combo.findText(dept_code, _starts()))  # type: ignore[arg-type]
    assert tab.org is not None
    w.queue_list.set_checked(next(q.id for q in tab.org.queues if q.code == queue))
    w.zone_edit.setText("一楼")
    w.ok_button().click()
    assert not w.isVisible(), w.hint.text()


def _staff(tab: AdministrationTab, no: str, name: str, role: str, dept_code: str) -> str:
    tab.staff.new_button.click()
    p = tab.dialog
    assert isinstance(p, StaffDialog)
    p.no_edit.setText(no)
    p.name_edit.setText(name)
    p.role_combo.setCurrentIndex(p.role_combo.findData(role))
    p.dept_combo.setCurrentIndex(p.dept_combo.findText(dept_code, _starts()))  # type: ignore[arg-type]
    p.ok_button().click()
    assert not p.isVisible(), p.hint.text()
    found = re.search(r"临时密码：(\w+)", tab.staff.notice.text())
    assert found is not None
    return found.group(1)


def _item(
    tab: AdministrationTab, code: str, name: str, dept_code: str, limits: tuple[int, int]
) -> None:
    tab.items.new_button.click()
    i = tab.dialog
    assert isinstance(i, ItemDialog)
    i.code_edit.setText(code)
    i.name_edit.setText(name)
    i.dept_combo.setCurrentIndex(i.dept_combo.findText(dept_code, _starts()))  # type: ignore[arg-type]
    prefix = "B " if dept_code == "SW" else "A "
    i.queue_combo.setCurrentIndex(i.queue_combo.findText(prefix, _starts()))  # type: ignore[arg-type]
    i.statutory_spin.setValue(limits[0])
    i.promised_spin.setValue(limits[1])
    i.materials.add_button.click()
    i.materials.table.item(0, MAT_NAME).setText("申请表")
    i.ok_button().click()
    assert not i.isVisible(), i.hint.text()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_first_day(
    qtbot: QtBot, world: tuple[Shell, ServiceContext, FakePrinter, list[str]]
) -> None:
    shell, ctx, printer, errors = world
    QTimer.singleShot(0, _fill_first_run)
    shell.start()  # no centre: the first-run dialog, filled in by the timer

    admin = _log_in(qtbot, shell, "ADMIN", ADMIN_PASSWORD)
    tab = admin.tab(Tab.ADMINISTRATION)
    assert isinstance(tab, AdministrationTab)
    assert admin.tabs.currentWidget() is tab
    assert "✘" in tab.checklist.text() and "窗口已可使用" not in tab.checklist.text()

    tab.center_button.click()
    c = tab.dialog
    assert isinstance(c, CenterDialog)
    c.address_edit.setText("清河县人民路1号")
    c.query_edit.setText("0571-66660000")
    c.complaint_edit.setText("12345")
    c.body_edit.setText("清河县人民政府")
    c.court_edit.setText("清河县人民法院")
    c.ok_button().click()
    assert not c.isVisible(), c.hint.text()

    _department(tab, "SW", "国家税务总局清河县税务局", TAX_AGENCY, "清河市中级人民法院")
    _department(tab, "ZJ", "清河县住房和城乡建设局", CITY, "清河县人民法院")
    _queue(tab, "Q-ZJ", "住建", "A", "ZJ")
    _queue(tab, "Q-SW", "税务", "B", "SW")
    _window(tab, "B01", "税务1号窗口", "SW", "Q-SW")
    _window(tab, "A01", "住建1号窗口", "ZJ", "Q-ZJ")
    clerk_password = _staff(tab, "C001", "钱税务", "clerk", "SW")
    _staff(tab, "C002", "孙住建", "clerk", "ZJ")
    _staff(tab, "L001", "赵局长", "leader", "SW")
    _item(tab, "SW-001", "增值税发票领用", "SW", (20, 5))
    _item(tab, "SW-002", "税务登记信息变更", "SW", (15, 3))
    _item(tab, "ZJ-001", "建筑工程施工许可", "ZJ", (15, 7))
    assert "窗口已可使用" in tab.checklist.text()
    assert tab.items.table.model().rowCount() == 3
    sign_out(qtbot, shell, admin)

    # --- a clerk at the tax window: a new password, a ticket, a case ------------------------
    clerk = _log_in(qtbot, shell, "C001", clerk_password, "B01")
    desk = clerk.tab(Tab.FRONT_DESK)
    assert isinstance(desk, FrontDeskTab)
    desk.search_edit.setText("SW-001")
    desk.search()
    desk.kind_combo.setCurrentIndex(desk.kind_combo.findData(TicketKind.NORMAL.value))
    with qtbot.waitSignal(desk.ticketIssued):
        desk.issue_button.click()
    counter = clerk.tab(Tab.COUNTER)
    assert isinstance(counter, CounterTab)
    assert serve_next(counter).startswith("B")
    dialog = intake(counter)
    dialog.materials.mark_all_received()
    dialog.confirm_accept = lambda d, due, p: True  # type: ignore[method-assign]
    with qtbot.waitSignal(counter.caseDecided) as decided:
        dialog.accept_button.click()
    assert decided.args[0].case.state is CaseState.ACCEPTED
    receipt = printer.printouts[-1]
    assert receipt.kind == "receipt"
    text = pdf_text(receipt.pdf)
    assert f"向{TAX_AGENCY}申请行政复议" in text and "清河县人民政府" not in text
    assert errors == []
    assert verify(ctx.db).ok  # every set-up step is in the journal, attributed


def test_first_run_demo_button_loads_the_demo_centre_without_a_workstation_key(
    world: tuple[Shell, ServiceContext, FakePrinter, list[str]], qtbot: QtBot
) -> None:
    """载入演示数据 on the first-run dialog fills the empty database with the demo centre,
    sealed with the demo's own key when the workstation has none, and opens the sign-on."""
    from clerk_app.demo.demo_key import demo_key_path
    from clerk_app.services.catalogue import get_center
    from clerk_app.store.sealed import current_ring, install_key

    shell, ctx, _printer, errors = world
    install_key(None)
    assert isinstance(shell.setup, ServiceSetup)
    shell.setup.demo_days = 1

    def choose_demo() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
        assert dialog.demo_button.isEnabled()
        dialog.demo_button.click()

    QTimer.singleShot(0, choose_demo)
    shell.start()
    qtbot.waitUntil(lambda: shell.login is not None and shell.login.isVisible(), timeout=60_000)
    assert errors == []
    centre = get_center(ctx)
    assert centre is not None and centre.name == "清溪县政务服务中心"
    assert ctx.archive_dir is not None
    assert demo_key_path(ctx.archive_dir.parent).exists()
    assert current_ring() is not None
    assert verify(ctx.db).ok

"""A day at the counter, through the real main window built as app.py builds it.

Front desk: three tickets (one green channel). Counter: the green channel is called first,
taken in and accepted (receipt archived as PDF), a one-time notice, a referral to the tax
office, an on-site completion. The tax clerk closes the referral; the first responder sees
it done. Fresh SQLite database, synchronous tasks, a print sink that keeps the printouts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.app import compose
from clerk_app.domain.cases import CaseState
from clerk_app.domain.tickets import TicketKind
from clerk_app.printing.layout import format_cn_date
from clerk_app.services import casework, first_contact
from clerk_app.services.archive import archived_documents
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database
from clerk_app.ui.cases.intake import IntakeDialog
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.front_desk.referrals import ReferralsTab
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.shell.roles import Tab
from clerk_app.ui.shell.shell import Shell
from clerk_app.ui.tasks import SyncExecutor, Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import PASSWORD, SmallCenter, build_small_center, valid_id_card
from tests.ui.conftest import FakePrinter, pdf_text
from tests.ui.test_intake import refer


@pytest.fixture
def world(
    qapp: object, sqlite_db: Database, clock: FakeClock, tmp_path: Path
) -> Iterator[tuple[Shell, ServiceContext, SmallCenter, FakePrinter, list[str]]]:
    ctx = ServiceContext(
        db=sqlite_db,
        workstation="WS-E2E",
        clock=clock,
        password_cost=2**4,
        archive_dir=tmp_path / "archive",
    )
    small = build_small_center(ctx)
    errors: list[str] = []
    tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=errors.append)
    printer = FakePrinter()
    shell = compose(ctx, idle_lock_minutes=0, tasks=tasks, printer=printer)
    yield shell, ctx, small, printer, errors
    if shell.window is not None:
        shell.window.close()
    tasks.shutdown()


def log_in(qtbot: QtBot, shell: Shell, staff_no: str, window_code: str | None) -> MainWindow:
    login = shell.login
    assert login is not None and login.isVisible()
    login.staff_edit.setText(staff_no)
    login.password_edit.setText(PASSWORD)
    if window_code is not None:
        combo = login.window_combo
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if combo.itemText(i).startswith(window_code))
        )
    with qtbot.waitSignal(shell.mainWindowShown) as shown:
        login.login_button.click()
    window: MainWindow = shown.args[0]
    return window


def sign_out(qtbot: QtBot, shell: Shell, window: MainWindow) -> None:
    with qtbot.waitSignal(shell.loginShown):
        window.sign_out_button.click()


def issue(qtbot: QtBot, desk: FrontDeskTab, code: str, kind: TicketKind, reason: str = "") -> str:
    desk.search_edit.setText(code)
    desk.search()
    desk.kind_combo.setCurrentIndex(desk.kind_combo.findData(kind.value))
    desk.reason_edit.setText(reason)
    with qtbot.waitSignal(desk.ticketIssued) as issued:
        desk.issue_button.click()
    number: str = issued.args[0].number
    return number


def serve_next(counter: CounterTab) -> str:
    counter.call_button.click()
    counter.serve_button.click()
    assert counter.panel.ticket is not None
    return counter.panel.ticket.number


def intake(counter: CounterTab) -> IntakeDialog:
    counter.intake_button.click()
    dialog = counter.intake_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.applicant.edits["name"].setText("张三")
    dialog.applicant.edits["id_no"].setText(valid_id_card())
    dialog.applicant.edits["phone"].setText("13800138000")
    return dialog


# The offscreen platform cannot resize a shown window to its layout's minimum and says so;
# a real display (xcb, Windows) does not.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_counter_day(
    qtbot: QtBot, world: tuple[Shell, ServiceContext, SmallCenter, FakePrinter, list[str]]
) -> None:
    shell, ctx, small, printer, errors = world
    shell.start()

    # --- the front desk -------------------------------------------------------------------
    guide = log_in(qtbot, shell, "G001", None)
    desk = guide.tab(Tab.FRONT_DESK)
    assert isinstance(desk, FrontDeskTab)
    first = issue(qtbot, desk, "SCJG-002", TicketKind.NORMAL)
    green = issue(qtbot, desk, "SCJG-002", TicketKind.GREEN_CHANNEL, "县重点项目：新能源产业园")
    instant = issue(qtbot, desk, "SCJG-001", TicketKind.NORMAL)
    assert printer.kinds() == ["ticket"] * 3
    sign_out(qtbot, shell, guide)

    # --- the counter: green channel first, accepted ----------------------------------------
    clerk = log_in(qtbot, shell, "C001", "A01")
    counter = clerk.tab(Tab.COUNTER)
    assert isinstance(counter, CounterTab)
    assert serve_next(counter) == green
    dialog = intake(counter)
    dialog.materials.mark_all_received()
    shown: list[str] = []
    dialog.confirm_accept = lambda d, due, p: shown.append(dialog.due_text(d, due, p)) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(counter.caseDecided) as decided:
        dialog.accept_button.click()
    accepted = decided.args[0].case
    assert accepted.state is CaseState.ACCEPTED and accepted.due_date is not None
    assert accepted.due_date.isoformat() in shown[0]
    receipt = printer.printouts[-1]
    assert receipt.kind == "receipt" and receipt.path is not None
    assert receipt.path.is_file() and receipt.path.is_relative_to(ctx.archive_dir)
    text = pdf_text(receipt.path.read_bytes())
    assert accepted.case_no in text and format_cn_date(accepted.due_date) in text
    counter.finish_button.click()

    # --- the next visitor: a one-time notice, and a referral to the tax office -------------
    assert serve_next(counter) == first
    dialog = intake(counter)
    dialog.materials.mark_all_received()
    dialog.materials.set_status(2, "missing")
    dialog.supplement_button.click()
    assert printer.kinds()[-1] == "supplement_notice"
    assert "食品安全管理制度" in pdf_text(printer.printouts[-1].pdf)
    dialog = intake(counter)
    dialog.search_edit.setText("SW-001")
    dialog.search()
    refer(dialog, small.tax_dept, small.window_tax, "增值税发票领用")
    assert printer.kinds()[-1] == "referral_slip"
    referred = printer.printouts[-1]
    assert referred.path is not None and referred.path.is_file()
    counter.finish_button.click()

    # --- an instant item: completed on the spot --------------------------------------------
    assert serve_next(counter) == instant
    dialog = intake(counter)
    dialog.materials.mark_all_received()
    with qtbot.waitSignal(counter.caseDecided) as decided:
        dialog.on_spot_button.click()
    assert decided.args[0].case.state is CaseState.COMPLETED_ON_SPOT
    counter.finish_button.click()
    sign_out(qtbot, shell, clerk)

    # --- the tax office closes the referral -------------------------------------------------
    tax = log_in(qtbot, shell, "C101", "B01")
    referrals = tax.tab(Tab.REFERRALS)
    assert isinstance(referrals, ReferralsTab)
    assert referrals.incoming_model.rowCount() == 1
    (incoming,) = referrals.incoming_model.rows()
    assert referrals.select_incoming(incoming.id)
    referrals.take_button.click()
    referrals.close_button.click()
    form = referrals.form_dialog
    assert form is not None
    form.outcome_edit.setPlainText("已为申请人办理发票领用")
    form.ok_button().click()
    sign_out(qtbot, shell, tax)

    # --- the first responder sees it done -----------------------------------------------------
    clerk = log_in(qtbot, shell, "C001", "A01")
    mine = clerk.tab(Tab.REFERRALS)
    assert isinstance(mine, ReferralsTab)
    (followed,) = mine.model.rows()
    assert followed.status == "done" and followed.outcome == "已为申请人办理发票领用"
    assert "已办结" in mine.model.index(0, 5).data()

    # --- the database -------------------------------------------------------------------------
    still_open = {c.case_no: c.state for c in casework.my_cases(ctx, small.clerk.staff_id)}
    assert still_open[accepted.case_no] is CaseState.ACCEPTED
    assert sorted(still_open.values()) == sorted([CaseState.ACCEPTED, CaseState.SUPPLEMENT_NOTICE])
    states = {
        casework.find_by_number(ctx, p.title.split(" ", 1)[1]).state
        for p in printer.printouts
        if p.kind in ("receipt", "supplement_notice", "referral_slip")
    }
    assert states == {CaseState.ACCEPTED, CaseState.SUPPLEMENT_NOTICE, CaseState.REFERRED}
    assert first_contact.get_referral(ctx, followed.id).status == "done"
    assert [d.kind for d in archived_documents(ctx, accepted.id)] == ["receipt"]
    archived = sorted(p.name for p in ctx.archive_dir.rglob("*.pdf"))  # type: ignore[union-attr]
    assert len(archived) == 6  # three tickets, receipt, notice, guide slip
    assert errors == []

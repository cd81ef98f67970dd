"""显示完整证件号: masked by default; a reason is required; each reveal is an event."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clerk_app.services import casework
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.store.models import Event
from clerk_app.ui.cases.case_details import CaseDetailsDialog
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.session import SignedOn
from tests.helpers.factories import SmallCenter, valid_id_card
from tests.ui.test_my_cases import accepted_case


def _reveals(ctx: ServiceContext) -> list[Event]:
    with ctx.db.read_sessions() as s:
        return list(s.scalars(select(Event).where(Event.type == "personal_data.revealed")))


def test_the_full_id_number_is_shown_only_with_a_reason_and_the_reveal_is_recorded(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
) -> None:
    case = accepted_case(ui_ctx, small)
    session = sign_on(small.clerk)
    printer = DocumentPrinter(session.ctx, session.actor, session.tasks, session.app.printer)
    details = CaseDetailsDialog(session, printer, casework.get(ui_ctx, case.id))
    qtbot.addWidget(details)
    assert valid_id_card() not in details.summary.toPlainText()
    assert details.reveal_button.isVisibleTo(details)
    details.reveal_id()
    dialog = details.reveal_dialog
    assert dialog is not None
    assert dialog.number.text() == case.applicant_id_masked

    dialog.show_button.click()  # no reason: refused, the dialog stays with the message
    assert dialog.isVisible() and "原因" in dialog.error.text()
    assert dialog.number.text() == case.applicant_id_masked and _reveals(ui_ctx) == []

    dialog.reason_edit.setText("申请人要求核对证件号码")
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.number.text() == valid_id_card())
    [event] = _reveals(ui_ctx)
    assert event.actor_id == small.clerk.staff_id and case.id in event.payload
    assert valid_id_card() not in event.payload


def test_an_administrator_has_no_reveal_button(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
) -> None:
    case = accepted_case(ui_ctx, small)
    session = sign_on(small.admin)
    printer = DocumentPrinter(session.ctx, session.actor, session.tasks, session.app.printer)
    details = CaseDetailsDialog(session, printer, casework.get(ui_ctx, case.id))
    qtbot.addWidget(details)
    assert not details.reveal_button.isVisibleTo(details)

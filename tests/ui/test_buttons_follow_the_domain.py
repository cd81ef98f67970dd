"""The buttons the UI enables are what the domain allows, state by state (no copies)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from clerk_app.domain.cases import CaseAction, CaseState, Decision, allowed_actions
from clerk_app.domain.tickets import TicketAction, TicketState, WindowState, counter_actions
from clerk_app.services import casework, tickets
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.session import SignedOn
from tests.helpers.factories import SmallCenter
from tests.ui.test_intake import fill_person, open_intake
from tests.ui.test_my_cases import accepted_case, my_tab


def _enabled_ticket_actions(tab: CounterTab) -> frozenset[TicketAction]:
    return frozenset(a for b, a in tab.action_buttons().items() if b.isEnabled())


def test_the_counter_enables_what_the_domain_allows(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    tab = CounterTab(sign_on(small.clerk))
    qtbot.addWidget(tab)
    tab.refresh()
    seen: list[TicketState | None] = []
    for step in (None, tab.call_next, tab.start_serving):
        if step is not None:
            step()
        ticket = tab.panel.ticket
        state = ticket.state if ticket else None
        seen.append(state)
        assert _enabled_ticket_actions(tab) == counter_actions(state)
        assert tab.intake_button.isEnabled() == (state is TicketState.SERVING)
    assert seen == [None, TicketState.CALLED, TicketState.SERVING]

    tab.ask_pause_reason = lambda: "会议"  # type: ignore[method-assign]
    tab.toggle_pause()  # paused while serving: the domain still lets the clerk finish
    assert _enabled_ticket_actions(tab) == counter_actions(
        TicketState.SERVING, window=WindowState.PAUSED
    )
    tab.finish()
    assert tab.panel.ticket is None
    assert _enabled_ticket_actions(tab) == counter_actions(None, window=WindowState.PAUSED)
    assert not tab.call_button.isEnabled() and tab.pause_button.isEnabled()


def test_my_cases_enables_what_the_domain_allows(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    case = accepted_case(ui_ctx, small)
    tab = my_tab(qtbot, sign_on(small.clerk))
    buttons = {
        CaseAction.SUSPEND: tab.suspend_button,
        CaseAction.RESUME: tab.resume_button,
        CaseAction.COMPLETE: tab.complete_button,
    }

    def enabled() -> frozenset[CaseAction]:
        return frozenset(a for a, b in buttons.items() if b.isEnabled())

    assert tab.select(case.id)
    assert (
        enabled()
        == {CaseAction.SUSPEND, CaseAction.COMPLETE}
        == (allowed_actions(CaseState.ACCEPTED) & buttons.keys())
    )
    assert tab.extend_button.isEnabled()  # before the due date, nothing pending
    casework.suspend(
        ui_ctx, small.clerk.actor(), case.id, reason="检测", detail="送检", expected_workdays=3
    )
    tab.refresh()
    assert tab.select(case.id)
    assert enabled() == {CaseAction.RESUME} == allowed_actions(CaseState.SUSPENDED) & buttons.keys()
    assert not tab.extend_button.isEnabled() and not tab.continue_button.isEnabled()
    casework.resume(ui_ctx, small.clerk.actor(), case.id)
    casework.complete(ui_ctx, small.clerk.actor(), case.id, decision=Decision.APPROVED)
    tab.refresh()
    assert not tab.select(case.id)  # completed: off the list, nothing to enable
    assert enabled() == frozenset()


def test_the_intake_decisions_are_what_the_domain_allows(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _tab, dialog = open_intake(qtbot, sign_on(small.clerk), ui_ctx, small, small.promised_item)

    def enabled() -> frozenset[CaseAction]:
        return frozenset(a for b, a in dialog.decision_actions().items() if b.isEnabled())

    assert enabled() == frozenset()  # no applicant yet: nothing to decide
    fill_person(dialog)
    assert enabled() == dialog.allowed()
    assert CaseAction.ISSUE_SUPPLEMENT_NOTICE in enabled()  # nothing ticked yet: all missing
    assert CaseAction.ACCEPT not in enabled()
    dialog.materials.mark_all_received()
    assert (
        enabled()
        == dialog.allowed()
        == {
            CaseAction.ACCEPT,
            CaseAction.REFUSE,
            CaseAction.REFER,
        }
    )

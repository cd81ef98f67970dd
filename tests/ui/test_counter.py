"""窗口: call next by priority, recall, no-show, transfer, pause with a reason, resume."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from clerk_app.config import Settings
from clerk_app.domain.tickets import TicketKind, TicketState
from clerk_app.services import tickets
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.counter.transfer import TransferTarget
from clerk_app.ui.session import SignedOn
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


def _tab(qtbot: QtBot, session: SignedOn) -> CounterTab:
    tab = CounterTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def _issue(
    ctx: ServiceContext, small: SmallCenter, kind: TicketKind = TicketKind.NORMAL, reason: str = ""
) -> str:
    return tickets.issue_ticket(
        ctx, small.guide.actor(), queue_id=small.market_queue, kind=kind, reason=reason
    ).number


def test_every_queue_action_has_its_key_on_the_button(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = _tab(qtbot, sign_on(small.clerk))
    for button, key in [
        (tab.call_button, "F1"),
        (tab.recall_button, "F2"),
        (tab.no_show_button, "F3"),
        (tab.transfer_button, "F4"),
        (tab.pause_button, "F5"),
    ]:
        assert button.shortcut().toString() == key
        assert button.text().startswith(key)


def test_priority_is_called_before_an_earlier_normal_ticket(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
) -> None:
    _issue(ui_ctx, small)
    clock.advance(minutes=12)
    priority = _issue(ui_ctx, small, TicketKind.PRIORITY)
    tab = _tab(qtbot, sign_on(small.clerk))
    assert tab.queue_model.total_waiting() == 2
    assert "12 分钟" in tab.summary.text()
    tab.call_button.click()
    assert tab.panel.number.text() == priority
    assert tab.queue_model.total_waiting() == 1
    assert not tab.call_button.isEnabled()  # finish or no-show first


def test_recall_then_no_show_frees_the_window(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    number = _issue(ui_ctx, small)
    tab = _tab(qtbot, sign_on(small.clerk))
    tab.call_button.click()
    assert tab.panel.number.text() == number
    tab.recall_button.click()
    assert tab.panel.ticket is not None and tab.panel.ticket.recalls == 1
    tab.no_show_button.click()
    assert tab.panel.ticket is None
    assert tab.call_button.isEnabled()


def test_the_recall_limit_is_shown_as_an_error(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    errors: list[str],
) -> None:
    _issue(ui_ctx, small)
    tab = _tab(qtbot, sign_on(small.clerk))
    tab.call_next()
    for _ in range(4):
        tab.recall()
    assert len(errors) == 1 and "重呼" in errors[0]


def test_serve_then_finish(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _issue(ui_ctx, small)
    tab = _tab(qtbot, sign_on(small.clerk))
    tab.call_next()
    tab.serve_button.click()
    assert tab.panel.ticket is not None and tab.panel.ticket.state is TicketState.SERVING
    assert tab.finish_button.isEnabled()
    tab.finish_button.click()
    assert tab.panel.ticket is None


def test_transfer_to_another_window(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    number = _issue(ui_ctx, small)
    tab = _tab(qtbot, sign_on(small.clerk))
    tab.call_next()
    tab.ask_transfer_target = lambda: TransferTarget(small.tax_queue, small.window_tax)
    tab.transfer_button.click()
    assert tab.panel.ticket is None
    other = _tab(qtbot, sign_on(small.tax_clerk))
    other.call_next()
    assert other.panel.number.text() == number


def test_pause_needs_a_reason_and_stops_calling(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    _issue(ui_ctx, small)
    tab = _tab(qtbot, sign_on(small.clerk))
    tab.ask_pause_reason = lambda: None  # the clerk cancelled the dialog
    tab.pause_button.click()
    assert tab.paused_reason is None
    tab.ask_pause_reason = lambda: "午间休息"
    tab.pause_button.click()
    assert tab.paused_reason == "午间休息"
    assert "午间休息" in tab.pause_banner.text()
    assert not tab.call_button.isEnabled()
    assert "恢复" in tab.pause_button.text()
    tab.pause_button.click()
    assert tab.paused_reason is None
    assert tab.call_button.isEnabled()


def test_a_window_less_session_cannot_call(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    tab = _tab(qtbot, sign_on(small.supervisor))
    assert not tab.call_button.isEnabled()
    assert "未选择窗口" in tab.panel.state.text()


def test_pause_dialog_refuses_an_empty_reason(qtbot: QtBot) -> None:
    from clerk_app.ui.counter.pause import PauseDialog

    dialog = PauseDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.hint.text()
    dialog.combo.setCurrentText("系统故障")
    dialog.accept()
    assert dialog.result() == 1 and dialog.reason() == "系统故障"


def test_after_finishing_the_counter_prompts_for_the_review_pad_only_where_one_serves(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    tmp_path: Path,
) -> None:
    session = sign_on(small.clerk)
    code = session.badge.window_code
    assert code
    for pad_window, prompted in (("", False), (code, True)):
        session.app.config = Settings(data_dir=tmp_path, hall={"pad_window": pad_window})
        _issue(ui_ctx, small)
        tab = _tab(qtbot, session)
        said: list[str] = []
        tab.status.connect(said.append)
        tab.call_next()
        tab.serve_button.click()
        tab.finish_button.click()
        assert tab.pad_prompt.isVisibleTo(tab) is prompted
        assert any("请申请人在评价器上评价" in s for s in said) is prompted
        assert tab.panel.ticket is None  # nothing waits on the prompt: it is no dialog
        if prompted:
            _issue(ui_ctx, small)
            tab.call_next()  # the next visitor: the prompt goes
            assert not tab.pad_prompt.isVisibleTo(tab)

"""Queue tickets and windows: transitions, recall limit, transfer, call order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.domain.tickets import (
    DEFAULT_MAX_RECALLS,
    TERMINAL_TICKET_STATES,
    TICKET_TRANSITIONS,
    TicketAction,
    TicketKind,
    TicketSnapshot,
    TicketState,
    WindowSnapshot,
    WindowState,
    allowed_ticket_actions,
    call,
    call_order_key,
    counter_actions,
    finish,
    no_show,
    pause_window,
    pick_next,
    recall,
    resume_window,
    start_serving,
    takes_application,
    transfer,
)

T0 = datetime(2026, 3, 2, 9, 0)
WINDOW = WindowSnapshot("03")


def ticket(
    number: str = "A001",
    kind: TicketKind = TicketKind.NORMAL,
    minutes: int = 0,
    queue: str = "A",
) -> TicketSnapshot:
    return TicketSnapshot(number, queue, T0 + timedelta(minutes=minutes), kind)


def test_happy_path_records_window_and_times() -> None:
    t = call(ticket(), WINDOW, at=T0 + timedelta(minutes=5))
    assert (t.state, t.window, t.called_at) == (TicketState.CALLED, "03", T0 + timedelta(minutes=5))
    t = start_serving(t, at=T0 + timedelta(minutes=6))
    assert t.state is TicketState.SERVING and t.started_at == T0 + timedelta(minutes=6)
    t = finish(t, at=T0 + timedelta(minutes=20))
    assert t.state is TicketState.DONE and t.ended_at == T0 + timedelta(minutes=20)
    assert t.state in TERMINAL_TICKET_STATES


def test_recall_counts_up_to_the_limit_then_no_show() -> None:
    t = call(ticket(), WINDOW, at=T0)
    for n in range(1, DEFAULT_MAX_RECALLS + 1):
        t = recall(t, WINDOW, at=T0 + timedelta(minutes=n))
        assert (t.state, t.recalls) == (TicketState.CALLED, n)
    with pytest.raises(RuleViolation, match="达到上限"):
        recall(t, WINDOW, at=T0)
    t = no_show(t, at=T0 + timedelta(minutes=9))
    assert t.state is TicketState.NO_SHOW
    with pytest.raises(IllegalTransition) as info:
        call(t, WINDOW, at=T0)
    assert str(info.value) == "A001号已过号，不能再叫号"
    assert (info.value.state, info.value.action) == ("no_show", "call")


def test_custom_recall_limit() -> None:
    t = call(ticket(), WINDOW, at=T0)
    with pytest.raises(RuleViolation):
        recall(t, WINDOW, at=T0, max_recalls=0)


@pytest.mark.parametrize(
    ("state", "action", "message"),
    [
        (TicketState.WAITING, finish, "A001号等候中，不能办结"),
        (TicketState.WAITING, no_show, "A001号等候中，不能过号"),
        (TicketState.WAITING, start_serving, "A001号等候中，不能开始办理"),
        (TicketState.SERVING, no_show, "A001号办理中，不能过号"),
        (TicketState.CALLED, finish, "A001号已叫号，不能办结"),
        (TicketState.DONE, finish, "A001号已办结，不能再办结"),
        (TicketState.NO_SHOW, start_serving, "A001号已过号，不能再开始办理"),
    ],
)
def test_illegal_transitions(
    state: TicketState, action: Callable[..., TicketSnapshot], message: str
) -> None:
    with pytest.raises(IllegalTransition) as info:
        action(replace(ticket(), state=state), at=T0)
    assert str(info.value) == message
    assert info.value.state == state.value


def test_done_ticket_cannot_be_called_again() -> None:
    with pytest.raises(IllegalTransition, match="已办结，不能再叫号"):
        call(replace(ticket(), state=TicketState.DONE), WINDOW, at=T0)


def test_paused_window_cannot_call_or_recall_but_may_finish() -> None:
    paused = pause_window(WINDOW, " 部门会议 ", at=T0)
    assert (paused.state, paused.pause_reason, paused.paused_at) == (
        WindowState.PAUSED,
        "部门会议",
        T0,
    )
    with pytest.raises(RuleViolation, match="已暂停（部门会议）"):
        call(ticket(), paused, at=T0)
    called = call(ticket(), WINDOW, at=T0)
    with pytest.raises(RuleViolation):
        recall(called, paused, at=T0)
    assert finish(start_serving(called, at=T0), at=T0).state is TicketState.DONE
    reopened = resume_window(paused)
    assert reopened == WINDOW
    assert call(ticket(), reopened, at=T0).state is TicketState.CALLED


def test_pause_needs_a_reason_and_cannot_repeat() -> None:
    with pytest.raises(RuleViolation, match="原因"):
        pause_window(WINDOW, "  ", at=T0)
    paused = pause_window(WINDOW, "午休", at=T0)
    with pytest.raises(IllegalTransition):
        pause_window(paused, "午休", at=T0)
    with pytest.raises(IllegalTransition):
        resume_window(WINDOW)


@pytest.mark.parametrize("state", [TicketState.WAITING, TicketState.CALLED, TicketState.SERVING])
def test_transfer_keeps_issue_time_and_waits_again(state: TicketState) -> None:
    t = replace(ticket(minutes=3), state=state, recalls=2, window="03", called_at=T0)
    moved = transfer(t, " B ")
    assert moved.state is TicketState.WAITING
    assert (moved.queue, moved.issued_at, moved.number) == ("B", t.issued_at, "A001")
    assert (moved.recalls, moved.transfers, moved.window, moved.called_at) == (0, 1, None, None)


def test_transfer_rules() -> None:
    with pytest.raises(InvalidInput):
        transfer(ticket(), "  ")
    with pytest.raises(RuleViolation, match="无需转移"):
        transfer(ticket(), "A")
    with pytest.raises(IllegalTransition):
        transfer(replace(ticket(), state=TicketState.NO_SHOW), "B")


def test_allowed_actions_follow_the_table() -> None:
    assert allowed_ticket_actions(TicketState.WAITING) == {TicketAction.CALL, TicketAction.TRANSFER}
    assert allowed_ticket_actions(TicketState.CALLED) == {
        TicketAction.RECALL,
        TicketAction.START_SERVING,
        TicketAction.NO_SHOW,
        TicketAction.TRANSFER,
    }
    for state in TERMINAL_TICKET_STATES:
        assert allowed_ticket_actions(state) == frozenset()


def test_call_order_example() -> None:
    queue = [
        ticket("A001", minutes=0),
        ticket("Y001", TicketKind.APPOINTMENT, minutes=1),
        ticket("P001", TicketKind.PRIORITY, minutes=2),
        ticket("G001", TicketKind.GREEN_CHANNEL, minutes=3),
        ticket("A002", minutes=0),
        ticket("A010", minutes=4),
        ticket("A009", minutes=4),
    ]
    ordered = [t.number for t in sorted(queue, key=call_order_key)]
    assert ordered == ["G001", "P001", "Y001", "A001", "A002", "A009", "A010"]
    assert pick_next(queue) == queue[3]


def test_pick_next_skips_tickets_that_do_not_wait() -> None:
    green_called = replace(ticket("G001", TicketKind.GREEN_CHANNEL), state=TicketState.CALLED)
    normal = ticket("A005", minutes=30)
    assert pick_next([green_called, normal]) == normal
    assert pick_next([green_called]) is None
    assert pick_next([]) is None


# --- properties --------------------------------------------------------------------------

tickets = st.builds(
    TicketSnapshot,
    number=st.from_regex(r"[A-Z][0-9]{3}", fullmatch=True),
    queue=st.sampled_from("ABC"),
    issued_at=st.datetimes(min_value=T0, max_value=T0 + timedelta(hours=8)),
    kind=st.sampled_from(TicketKind),
)


@given(st.lists(tickets, min_size=1, max_size=30))
def test_pick_next_prefers_green_channel_then_the_earliest(waiting: list[TicketSnapshot]) -> None:
    chosen = pick_next(waiting)
    assert chosen is not None
    if any(t.kind is TicketKind.GREEN_CHANNEL for t in waiting):
        assert chosen.kind is TicketKind.GREEN_CHANNEL
    same_kind = [t for t in waiting if t.kind is chosen.kind]
    assert chosen.issued_at == min(t.issued_at for t in same_kind)
    assert all(call_order_key(chosen) <= call_order_key(t) for t in waiting)


ACTIONS = {
    TicketAction.CALL: lambda t, w: call(t, w, at=T0),
    TicketAction.RECALL: lambda t, w: recall(t, w, at=T0),
    TicketAction.START_SERVING: lambda t, w: start_serving(t, at=T0),
    TicketAction.FINISH: lambda t, w: finish(t, at=T0),
    TicketAction.NO_SHOW: lambda t, w: no_show(t, at=T0),
    TicketAction.TRANSFER: lambda t, w: transfer(t, "B" if t.queue == "A" else "A"),
}
TARGETS = {
    TicketAction.CALL: TicketState.CALLED,
    TicketAction.RECALL: TicketState.CALLED,
    TicketAction.START_SERVING: TicketState.SERVING,
    TicketAction.FINISH: TicketState.DONE,
    TicketAction.NO_SHOW: TicketState.NO_SHOW,
    TicketAction.TRANSFER: TicketState.WAITING,
}


@given(st.lists(st.tuples(st.sampled_from(TicketAction), st.booleans()), max_size=40))
def test_random_action_sequences_follow_the_table(steps: list[tuple[TicketAction, bool]]) -> None:
    t = ticket()
    for action, window_paused in steps:
        window = pause_window(WINDOW, "会议", at=T0) if window_paused else WINDOW
        before = t
        try:
            t = ACTIONS[action](t, window)
        except IllegalTransition:
            assert before.state not in TICKET_TRANSITIONS[action]
            continue
        except RuleViolation:
            assert before.state in TICKET_TRANSITIONS[action]
            assert window_paused or before.recalls >= DEFAULT_MAX_RECALLS
            continue
        assert before.state not in TERMINAL_TICKET_STATES
        assert before.state in TICKET_TRANSITIONS[action]
        assert t.state is TARGETS[action]
        assert t.issued_at == before.issued_at and t.number == before.number
        assert t.recalls <= DEFAULT_MAX_RECALLS


def test_a_paused_window_neither_calls_nor_recalls() -> None:
    paused = WindowState.PAUSED
    assert allowed_ticket_actions(TicketState.WAITING, window=paused) == {TicketAction.TRANSFER}
    assert allowed_ticket_actions(TicketState.CALLED, window=paused) == {
        TicketAction.START_SERVING,
        TicketAction.NO_SHOW,
        TicketAction.TRANSFER,
    }


def test_the_counter_calls_the_next_one_only_with_nobody_in_hand() -> None:
    assert counter_actions(None) == {TicketAction.CALL}
    assert counter_actions(None, window=WindowState.PAUSED) == frozenset()
    assert counter_actions(TicketState.CALLED) == allowed_ticket_actions(TicketState.CALLED)
    assert counter_actions(TicketState.SERVING) == {TicketAction.FINISH, TicketAction.TRANSFER}
    assert counter_actions(TicketState.SERVING, window=WindowState.PAUSED) == {
        TicketAction.FINISH,
        TicketAction.TRANSFER,
    }
    assert [s for s in TicketState if takes_application(s)] == [TicketState.SERVING]
    assert not takes_application(None)


@given(st.sampled_from(TicketState), st.booleans())
def test_what_the_counter_allows_succeeds(state: TicketState, paused: bool) -> None:
    window = pause_window(WINDOW, "会议", at=T0) if paused else WINDOW
    t = replace(ticket(), state=state, queue="A")
    for action in counter_actions(state, window=window.state):
        ACTIONS[action](t, window)  # raises nothing

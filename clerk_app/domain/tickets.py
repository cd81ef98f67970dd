"""Queue tickets (取号/叫号) and counter windows: a pure state machine.

A ticket is a frozen :class:`TicketSnapshot`; every action is a function that takes a
snapshot and returns the next one, or raises :class:`IllegalTransition` (the state does
not allow the action) or :class:`RuleViolation` (a rule forbids it: paused window,
recall limit…). Nothing here touches the database or the clock: times are passed in.

Transitions::

    WAITING ──call──► CALLED ──start_serving──► SERVING ──finish──► DONE
                      │  ▲ recall (≤ max_recalls)
                      └──┴──no_show──► NO_SHOW
    WAITING | CALLED | SERVING ──transfer──► WAITING (in the target queue, same issued_at)

A transfer is not a state of its own: the ticket goes back to WAITING in the target
queue, keeps its original issue time (so the applicant does not lose their place) and
counts the transfer. ``DONE`` and ``NO_SHOW`` are terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation

DEFAULT_MAX_RECALLS = 3


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


class TicketKind(StrEnum):
    """Why a ticket is called before others; the order is :data:`CALL_PRIORITY`."""

    NORMAL = "normal"
    PRIORITY = "priority"  # elderly, disabled, pregnant… (老弱病残孕优先)
    APPOINTMENT = "appointment"
    GREEN_CHANNEL = "green_channel"  # key projects (重点项目绿色通道)


class TicketAction(StrEnum):
    CALL = "call"
    RECALL = "recall"
    START_SERVING = "start_serving"
    FINISH = "finish"
    NO_SHOW = "no_show"
    TRANSFER = "transfer"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


class WindowState(StrEnum):
    OPEN = "open"
    PAUSED = "paused"


_STATE_LABELS = {
    TicketState.WAITING: "等候中",
    TicketState.CALLED: "已叫号",
    TicketState.SERVING: "办理中",
    TicketState.DONE: "已办结",
    TicketState.NO_SHOW: "已过号",
}
_ACTION_LABELS = {
    TicketAction.CALL: "叫号",
    TicketAction.RECALL: "重呼",
    TicketAction.START_SERVING: "开始办理",
    TicketAction.FINISH: "办结",
    TicketAction.NO_SHOW: "过号",
    TicketAction.TRANSFER: "转移",
}

TERMINAL_TICKET_STATES = frozenset({TicketState.DONE, TicketState.NO_SHOW})

#: For each action, the states it may start from.
TICKET_TRANSITIONS: dict[TicketAction, frozenset[TicketState]] = {
    TicketAction.CALL: frozenset({TicketState.WAITING}),
    TicketAction.RECALL: frozenset({TicketState.CALLED}),
    TicketAction.START_SERVING: frozenset({TicketState.CALLED}),
    TicketAction.FINISH: frozenset({TicketState.SERVING}),
    TicketAction.NO_SHOW: frozenset({TicketState.CALLED}),
    TicketAction.TRANSFER: frozenset(
        {TicketState.WAITING, TicketState.CALLED, TicketState.SERVING}
    ),
}

#: Lower is called first.
CALL_PRIORITY = {
    TicketKind.GREEN_CHANNEL: 0,
    TicketKind.PRIORITY: 1,
    TicketKind.APPOINTMENT: 2,
    TicketKind.NORMAL: 3,
}


@dataclass(frozen=True, slots=True)
class TicketSnapshot:
    number: str  # printed number, e.g. "A012"
    queue: str  # queue code the ticket waits in
    issued_at: datetime
    kind: TicketKind = TicketKind.NORMAL
    state: TicketState = TicketState.WAITING
    recalls: int = 0
    transfers: int = 0
    window: str | None = None  # window that called / serves it
    called_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class WindowSnapshot:
    window: str
    state: WindowState = WindowState.OPEN
    pause_reason: str = ""
    paused_at: datetime | None = None


#: What a paused window may not do (:func:`call` and :func:`recall` need an open window).
NEEDS_OPEN_WINDOW = frozenset({TicketAction.CALL, TicketAction.RECALL})


def allowed_ticket_actions(
    state: TicketState, *, window: WindowState = WindowState.OPEN
) -> frozenset[TicketAction]:
    """Actions the state allows at a window in ``window`` state (the UI enables these)."""
    actions = frozenset(a for a, sources in TICKET_TRANSITIONS.items() if state in sources)
    return actions - NEEDS_OPEN_WINDOW if window is WindowState.PAUSED else actions


def counter_actions(
    current: TicketState | None, *, window: WindowState = WindowState.OPEN
) -> frozenset[TicketAction]:
    """What a window can do with the ticket at its counter (``None``: nobody there).

    With nobody at the counter the window calls the next ticket (a WAITING one, see
    :func:`pick_next`) if it is open; with a ticket in hand it does what that ticket's state
    allows, and calls nobody else until that one is finished, missed or transferred.
    """
    if current is None:
        return allowed_ticket_actions(TicketState.WAITING, window=window) & {TicketAction.CALL}
    return allowed_ticket_actions(current, window=window) - {TicketAction.CALL}


def takes_application(current: TicketState | None) -> bool:
    """收件 is for the visitor being served (after 开始办理, before 结束服务)."""
    return current is TicketState.SERVING


def _require(ticket: TicketSnapshot, action: TicketAction) -> None:
    if ticket.state in TICKET_TRANSITIONS[action]:
        return
    if ticket.state is TicketState.NO_SHOW:
        message = f"{ticket.number}号已过号，不能再{action.label}"
    elif ticket.state is TicketState.DONE:
        message = f"{ticket.number}号已办结，不能再{action.label}"
    else:
        message = f"{ticket.number}号{ticket.state.label}，不能{action.label}"
    raise IllegalTransition(message, state=ticket.state.value, action=action.value)


def _require_open(window: WindowSnapshot) -> None:
    if window.state is WindowState.PAUSED:
        raise RuleViolation(f"窗口{window.window}已暂停（{window.pause_reason}），恢复后才能叫号")


def call(ticket: TicketSnapshot, window: WindowSnapshot, *, at: datetime) -> TicketSnapshot:
    """WAITING → CALLED at an open window."""
    _require(ticket, TicketAction.CALL)
    _require_open(window)
    return replace(ticket, state=TicketState.CALLED, window=window.window, called_at=at)


def recall(
    ticket: TicketSnapshot,
    window: WindowSnapshot,
    *,
    at: datetime,
    max_recalls: int = DEFAULT_MAX_RECALLS,
) -> TicketSnapshot:
    """CALLED → CALLED, counting recalls; past ``max_recalls`` mark the ticket no-show."""
    _require(ticket, TicketAction.RECALL)
    _require_open(window)
    if ticket.recalls >= max_recalls:
        raise RuleViolation(f"{ticket.number}号已重呼{ticket.recalls}次，达到上限，请按过号处理")
    return replace(ticket, recalls=ticket.recalls + 1, window=window.window, called_at=at)


def start_serving(ticket: TicketSnapshot, *, at: datetime) -> TicketSnapshot:
    """CALLED → SERVING: the applicant has come to the counter."""
    _require(ticket, TicketAction.START_SERVING)
    return replace(ticket, state=TicketState.SERVING, started_at=at)


def finish(ticket: TicketSnapshot, *, at: datetime) -> TicketSnapshot:
    """SERVING → DONE."""
    _require(ticket, TicketAction.FINISH)
    return replace(ticket, state=TicketState.DONE, ended_at=at)


def no_show(ticket: TicketSnapshot, *, at: datetime) -> TicketSnapshot:
    """CALLED → NO_SHOW (过号)."""
    _require(ticket, TicketAction.NO_SHOW)
    return replace(ticket, state=TicketState.NO_SHOW, ended_at=at)


def transfer(ticket: TicketSnapshot, target_queue: str) -> TicketSnapshot:
    """WAITING | CALLED | SERVING → WAITING in ``target_queue``, keeping ``issued_at``."""
    _require(ticket, TicketAction.TRANSFER)
    target = target_queue.strip()
    if not target:
        raise InvalidInput("请选择要转入的队列")
    if target == ticket.queue and ticket.state is TicketState.WAITING:
        raise RuleViolation(f"{ticket.number}号已在该队列中等候，无需转移")
    return replace(
        ticket,
        queue=target,
        state=TicketState.WAITING,
        recalls=0,
        transfers=ticket.transfers + 1,
        window=None,
        called_at=None,
        started_at=None,
    )


def pause_window(window: WindowSnapshot, reason: str, *, at: datetime) -> WindowSnapshot:
    """OPEN → PAUSED; a reason (会议、外出办事…) is required."""
    if window.state is WindowState.PAUSED:
        raise IllegalTransition(
            f"窗口{window.window}已经暂停", state=window.state.value, action="pause"
        )
    if not reason.strip():
        raise RuleViolation("暂停窗口必须填写原因")
    return replace(window, state=WindowState.PAUSED, pause_reason=reason.strip(), paused_at=at)


def resume_window(window: WindowSnapshot) -> WindowSnapshot:
    """PAUSED → OPEN."""
    if window.state is WindowState.OPEN:
        raise IllegalTransition(
            f"窗口{window.window}没有暂停，无需恢复", state=window.state.value, action="resume"
        )
    return replace(window, state=WindowState.OPEN, pause_reason="", paused_at=None)


def _natural(number: str) -> tuple[tuple[int, int | str], ...]:
    """``"A9" < "A10"``: digit runs compare as numbers."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", number) if p)


def call_order_key(
    ticket: TicketSnapshot,
) -> tuple[int, datetime, tuple[tuple[int, int | str], ...]]:
    """Sort key: green channel, then priority, then appointment, then issue time, number."""
    return (CALL_PRIORITY[ticket.kind], ticket.issued_at, _natural(ticket.number))


def pick_next(waiting: Sequence[TicketSnapshot]) -> TicketSnapshot | None:
    """The ticket to call next among those still WAITING, or ``None`` when nobody waits."""
    candidates = [t for t in waiting if t.state is TicketState.WAITING]
    return min(candidates, key=call_order_key, default=None)


def numbers_before(number: str, others: Iterable[str]) -> int:
    """Among tickets of one rank issued at the same moment, how many are called before
    ``number``: the number decides, digit runs as numbers (``"A9"`` before ``"A10"``)."""
    key = _natural(number)
    return sum(1 for other in others if other != number and _natural(other) < key)


def people_ahead(ticket: TicketSnapshot, waiting: Sequence[TicketSnapshot]) -> int:
    """How many of those WAITING will be called before ``ticket`` (the call order, not the
    issue order: a priority ticket issued last is called before the ordinary ones)."""
    key = call_order_key(ticket)
    return sum(
        1
        for t in waiting
        if t.state is TicketState.WAITING and t.number != ticket.number and call_order_key(t) < key
    )

"""Who may emit what: the one table the central database and every replica consult.

Each event type names the roles whose staff may emit it (``Role.SYSTEM``: an event
without an author, such as a sign-on or the nightly sweep) and, where the type acts on a
window, the payload key that names the window (or the ticket whose window it is).
``bootstrap`` types (the centre, its catalogue, its staff) may come from the system only
on the workstation that created the centre: a counter can never invent an administrator
by leaving out the author.

:func:`refusal` says why an event may not be applied to a replica's state, or None. The
central applier runs it with the windows each workstation was given
(``central add-workstation --window``); a workstation runs it again on every pulled
event, against its own replicated state.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.services.context import ROLE_NAMES, Role
from clerk_app.services.events import EventData
from clerk_app.store.models import Event, Staff, Ticket, Window

G, C, S, A, SYS = Role.GUIDE, Role.CLERK, Role.SUPERVISOR, Role.ADMIN, Role.SYSTEM
L = Role.LEADER


@dataclass(frozen=True)
class EmitRule:
    roles: frozenset[Role]
    window_key: str | None = None  # payload key of the window acted on
    ticket_key: str | None = None  # payload key of a ticket held by the acting window
    bootstrap: bool = False  # the system may emit it only where the centre was created


def _r(
    *roles: Role,
    window_key: str | None = None,
    ticket_key: str | None = None,
    bootstrap: bool = False,
) -> EmitRule:
    return EmitRule(frozenset(roles), window_key, ticket_key, bootstrap)


COUNTER = (C, S)
STAFF = (G, C, S)

RULES: Mapping[str, EmitRule] = {
    "accountability.closed": _r(S, L),  # with the fourth point, by whoever closed it
    "accountability.opened": _r(S, SYS),  # SYS: the sweep (late steps, orders…)
    "accountability.point_closed": _r(S, L),  # L: its own department's (the applier checks)
    "calendar.entry_set": _r(S, A),
    "case.accepted": _r(*COUNTER, SYS),  # SYS: deemed acceptance by the sweep
    "case.completed": _r(*COUNTER),
    "case.completed_on_spot": _r(*COUNTER),
    "case.deemed_approved": _r(S, SYS),
    "case.due_changed": _r(S, A),
    "case.overdue": _r(S, SYS),
    "case.received": _r(*COUNTER),
    "case.referred": _r(*COUNTER),
    "case.refused": _r(*COUNTER),
    "case.resumed": _r(*COUNTER),
    "case.supplement_notice": _r(*COUNTER),
    "case.supplement_received": _r(*COUNTER),
    "case.suspended": _r(*COUNTER),
    "case.told_on_spot": _r(*COUNTER),
    "case.withdrawn": _r(S, SYS),
    "case_step.completed": _r(C, S),
    "center.created": _r(A, SYS, bootstrap=True),
    "center.updated": _r(A, SYS, bootstrap=True),
    "complaint.filed": _r(*STAFF),
    "complaint.followed_up": _r(C, L, S),  # the complained-about department's, supervisors
    "complaint.limit_set": _r(S, A),
    "complaint.replied": _r(L, S),
    "complaint.resolved": _r(S),
    "conflict.resolved": _r(S),
    "department.created": _r(A, SYS, bootstrap=True),
    "department.leaders_set": _r(A, SYS, bootstrap=True),  # legacy: old journals only
    "department.updated": _r(A, SYS, bootstrap=True),
    "document.archived": _r(*STAFF, L),  # L: the extension notice a leader approved
    "extension.decided": _r(L),  # the head or deputy of the case's department (Art. 42)
    "extension.requested": _r(*COUNTER),
    "first_contact.recorded": _r(*STAFF),
    "follow_up.closed": _r(C, S),
    "follow_up.opened": _r(*STAFF, SYS),  # opened by a bad review or complaint
    "inspection.checklist_set": _r(S, A),
    "inspection.finding_added": _r(S),
    "inspection.recorded": _r(S),
    "item.created": _r(A, SYS, bootstrap=True),
    "item.updated": _r(A, SYS, bootstrap=True),
    "order.answered": _r(C, L),  # the ordered department's (the applier checks)
    "order.issued": _r(S),
    "period.closed": _r(S),
    "score.rating_entered": _r(S),
    "score.system_set": _r(S),
    "notice.delivered": _r(*COUNTER),
    "queue.created": _r(A, SYS, bootstrap=True),
    "queue.updated": _r(A, SYS, bootstrap=True),
    "referral.closed": _r(C, S),
    "referral.created": _r(*STAFF),
    "referral.taken": _r(C, S),
    "review.contest_decided": _r(S),
    "review.contested": _r(C),
    "review.follow_up_limits_set": _r(S, A),
    "review.submitted": _r(*STAFF, SYS),
    "staff.created": _r(A, SYS, bootstrap=True),
    "staff.login_failed": _r(SYS),
    "staff.password_changed": _r(G, C, S, L, A),  # by the person themselves
    "staff.password_reset": _r(A, SYS, bootstrap=True),
    "personal_data.revealed": _r(G, C, S, Role.LEADER),
    "staff.signed_on": _r(SYS),
    "staff.signed_off": _r(G, C, S, L, A),
    "staff.unlocked": _r(A),
    "staff.updated": _r(A, SYS, bootstrap=True),
    "task.completed": _r(S),
    "task.created": _r(S),
    "task.progress_reported": _r(C, S, L),  # C, L: the task's department (applier checks)
    "ticket.called": _r(*COUNTER, window_key="window_id"),
    "ticket.finished": _r(*COUNTER, ticket_key="ticket_id"),
    "ticket.issued": _r(G, C, S, A, SYS),  # SYS: the ticket kiosk, normal tickets only
    "ticket.no_show": _r(*COUNTER, ticket_key="ticket_id"),
    "ticket.recalled": _r(*COUNTER, ticket_key="ticket_id"),
    "ticket.serving": _r(*COUNTER, ticket_key="ticket_id"),
    "ticket.transferred": _r(*COUNTER, ticket_key="ticket_id"),
    "window.created": _r(A, SYS, bootstrap=True),
    "window.updated": _r(A, SYS, bootstrap=True),
    "window.paused": _r(*COUNTER, window_key="window_id"),
    "window.resumed": _r(*COUNTER, window_key="window_id"),
}

_ROLES = {r.value: r for r in Role}

#: The windows a workstation may act on (ids), or None when it is not restricted.
WindowsOf = Callable[[str], frozenset[str] | None]


def refusal(
    session: Session, event: EventData, *, windows_of: WindowsOf | None = None
) -> str | None:
    """Why ``event`` may not change this replica's state (in Chinese), or None."""
    rule = RULES.get(event.type)
    if rule is None:
        return f"未知的事件类型“{event.type[:64]}”，已拒收"
    why = _author_refusal(session, event, rule)
    if why is not None:
        return why
    if (
        event.type == "ticket.issued"
        and event.actor_id is None
        and (not isinstance(event.payload, Mapping) or event.payload.get("kind") != "normal")
    ):
        return "自助取号机只能发普通号，优先号和绿色通道号须由导服人员发放"
    return _window_refusal(session, event, rule, windows_of)


_KEPT = "clerk_rules_kept"
_T = TypeVar("_T", Staff, Window)


def _kept(session: Session, row: _T | None) -> _T | None:
    """``row``, held for as long as the session lives. The identity map holds its objects
    weakly: without this, checking a batch of events by one author reloads the author
    (one round trip) for every event. Changes by appliers go through the same objects,
    and a rolled-back savepoint expires them, so what is checked stays current."""
    if row is not None:
        session.info.setdefault(_KEPT, {})[(type(row), row.id)] = row
    return row


def _held(session: Session, model: type[_T], key: str) -> _T | None:
    """The row by that key: the one :func:`_kept` holds while it is still in the session
    (no identity-map lookup per event), else read and kept."""
    kept = session.info.get(_KEPT)
    row = kept.get((model, key)) if kept else None
    if row is not None and row in session:
        return row  # type: ignore[no-any-return]
    return _kept(session, session.get(model, key))


def _author_refusal(session: Session, event: EventData, rule: EmitRule) -> str | None:
    if event.actor_id is None:
        if Role.SYSTEM not in rule.roles:
            return f"“{event.type}”必须由具名工作人员操作，不能以系统名义提交"
        if rule.bootstrap:
            founder = session.scalar(
                select(Event.workstation).where(Event.type == "center.created").limit(1)
            )
            if founder is not None and founder != event.workstation:
                return (
                    f"只有建立服务中心的工作站{founder}可以以系统名义“{event.type}”，"
                    f"工作站{event.workstation}不能"
                )
        return None
    staff = _held(session, Staff, event.actor_id)
    if staff is None:
        return "操作人不是本中心登记的工作人员"
    if not staff.active:
        return f"操作人{staff.name}（{staff.staff_no}）已停用"
    if staff.role not in {r.value for r in rule.roles}:
        role = _ROLES.get(staff.role)
        label = ROLE_NAMES[role] if role is not None else staff.role
        allowed = "、".join(ROLE_NAMES[r] for r in sorted(rule.roles) if r is not Role.SYSTEM)
        return f"{label}{staff.name}（{staff.staff_no}）无权提交“{event.type}”（需要：{allowed}）"
    return None


def _window_refusal(
    session: Session, event: EventData, rule: EmitRule, windows_of: WindowsOf | None
) -> str | None:
    named: list[str] = []
    if rule.window_key is not None:
        target = event.payload.get(rule.window_key)
        if not isinstance(target, str) or _held(session, Window, target) is None:
            return "事件所指的窗口在本中心不存在"
        named.append(target)
    if rule.ticket_key is not None:
        ticket_ref = event.payload.get(rule.ticket_key)
        ticket = session.get(Ticket, ticket_ref) if isinstance(ticket_ref, str) else None
        if ticket is None:
            return "事件所指的号票在本中心不存在"
        if ticket.window_id is not None:
            named.append(ticket.window_id)
    if event.window_id is not None:
        named.append(event.window_id)
    if not named:  # nothing window-bound: no need to look up the author's windows
        return None
    allowed = windows_of(event.workstation) if windows_of is not None else None
    if allowed is None:
        return None
    for window_id in named:
        if window_id not in allowed:
            window = session.get(Window, window_id)
            code = window.code if window is not None else "（未知）"
            return f"窗口{code}不属于工作站{event.workstation}，不能由该工作站操作"
    return None

"""电子监察: the deadline sweep, deemed approval and acceptance, and the center calendar.

The sweep is run by the system (at start, then periodically) or by a supervisor. It is
idempotent: a case already flagged is not flagged again. Late referrals, late joint steps,
late call-backs, unanswered 督办, late 督查 tasks and complaints open past their handling
deadline each open one accountability record, like an overdue case (the record id follows
from the cause and the source, so two sweeps make one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain import cases as rules
from clerk_app.domain.accountability import Cause
from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.cases import CaseState
from clerk_app.domain.deadlines import deemed_acceptance_date, due_date
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.reviews import FollowUpKind
from clerk_app.domain.text_limits import check_text
from clerk_app.services.accountability import add_record, source_record_id
from clerk_app.services.case_views import (
    RUNNING_STATES,
    get_case,
    get_item,
    recompute_due,
    snapshot,
    store_snapshot,
)
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.deliveries import add_delivery
from clerk_app.services.events import EventData, applier
from clerk_app.services.follow_ups import subject_of
from clerk_app.services.joint import steps_payload
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import (
    AccountabilityRecord,
    CalendarEntry,
    Case,
    CaseStep,
    Complaint,
    DueDateChange,
    FollowUp,
    Referral,
    SupervisionOrder,
    SupervisionTask,
)

SWEEPERS = (Role.SYSTEM, Role.SUPERVISOR)


@dataclass(frozen=True)
class SweepResult:
    overdue: tuple[str, ...]
    deemed_approved: tuple[str, ...]
    deemed_accepted: tuple[str, ...]
    escalated: tuple[str, ...] = ()  # accountability records opened for late steps, orders…
    withdrawn: tuple[str, ...] = ()  # the supplement deadline passed


def sweep(ctx: ServiceContext, actor: Actor) -> SweepResult:
    """Flag overdue cases, deem approvals and acceptances due today, close as withdrawn
    the applications whose supplement deadline passed; one transaction."""
    require_role(actor, *SWEEPERS, action="执行时限监察")
    overdue: list[str] = []
    approved: list[str] = []
    accepted: list[str] = []
    withdrawn: list[str] = []
    with ctx.unit_of_work(actor) as uow:
        s, today, cal = uow.session, uow.today, uow.calendar
        for case in s.scalars(
            select(Case).where(
                Case.state == CaseState.SUPPLEMENT_NOTICE.value,
                Case.supplement_due.is_not(None),
                Case.supplement_due < today,
            )
        ):
            assert case.supplement_due is not None
            uow.emit(
                "case.withdrawn",
                dict(case_id=case.id, deadline=case.supplement_due, on=today, at=uow.now),
            )
            withdrawn.append(case.case_no)
        for case in s.scalars(select(Case).where(Case.state == CaseState.RECEIVED.value)):
            if deemed_acceptance_date(cal, case.received_on, today) is None:
                continue
            item = get_item(s, case.item_id)
            due = due_date(cal, case.received_on, item.promised_limit)
            uow.emit(
                "case.accepted",
                dict(
                    case_id=case.id,
                    accepted_on=case.received_on,
                    limit_workdays=item.promised_limit,
                    due_date=due,
                    provisional=cal.any_provisional(case.received_on, due),
                    deemed=True,
                    steps=steps_payload(s, cal, item, case.received_on),
                ),
            )
            accepted.append(case.case_no)
        for case in s.scalars(
            select(Case).where(Case.state.in_(RUNNING_STATES), Case.overdue.is_(False))
        ):
            snap = snapshot(s, case)
            if not rules.is_overdue(snap, today=today):
                continue
            item = get_item(s, case.item_id)
            if item.deemed_approval and case.state == CaseState.ACCEPTED.value:
                uow.emit("case.deemed_approved", dict(case_id=case.id, on=today, at=uow.now))
                approved.append(case.case_no)
            else:
                uow.emit("case.overdue", dict(case_id=case.id, on=today))
                overdue.append(case.case_no)
        escalated = _escalate(uow)
    return SweepResult(
        tuple(overdue),
        tuple(approved),
        tuple(accepted),
        escalated=tuple(escalated),
        withdrawn=tuple(withdrawn),
    )


@dataclass(frozen=True)
class _Late:
    cause: Cause
    source_id: str
    department_id: str | None
    direct_staff_id: str | None
    case_id: str | None
    note: str


def _late_things(s: Session, today: date) -> list[_Late]:
    """Late referrals, joint steps, call-backs, unanswered 督办, late 督查 tasks and
    complaints past their handling deadline, as of ``today``."""
    found: list[_Late] = []
    for ref in s.scalars(
        select(Referral).where(Referral.status != "done", Referral.step_due < today)
    ):
        found.append(
            _Late(
                Cause.LATE_REFERRAL,
                ref.id,
                ref.to_department_id,
                ref.taken_by,
                ref.case_id,
                f"转办事项超过环节时限（{ref.step_due}）未办结：{ref.matter[:60]}",
            )
        )
    for step, case_no in s.execute(
        select(CaseStep, Case.case_no)
        .join(Case, Case.id == CaseStep.case_id)
        .where(
            CaseStep.done_on.is_(None),
            CaseStep.due_date < today,
            Case.state.in_(RUNNING_STATES),
        )
    ):
        found.append(
            _Late(
                Cause.LATE_STEP,
                step.id,
                step.department_id,
                None,
                step.case_id,
                f"联办件 {case_no} 的本部门环节超过时限（{step.due_date}）未办结",
            )
        )
    for task in s.scalars(
        select(FollowUp).where(
            FollowUp.kind == FollowUpKind.CALLBACK.value,
            FollowUp.status == "open",
            FollowUp.due_date < today,
        )
    ):
        staff_id, department_id = subject_of(s, task)
        found.append(
            _Late(
                Cause.LATE_CALLBACK,
                task.id,
                department_id,
                staff_id,
                None,
                f"差评回访超过期限（{task.due_date}）未完成",
            )
        )
    for order in s.scalars(
        select(SupervisionOrder).where(
            SupervisionOrder.status == "open", SupervisionOrder.due_date < today
        )
    ):
        found.append(
            _Late(
                Cause.LATE_ORDER,
                order.id,
                order.department_id,
                None,
                order.case_id,
                f"督办事项超过期限（{order.due_date}）未反馈：{order.content[:60]}",
            )
        )
    for job in s.scalars(
        select(SupervisionTask).where(
            SupervisionTask.status == "open", SupervisionTask.due_date < today
        )
    ):
        found.append(
            _Late(
                Cause.LATE_TASK,
                job.id,
                job.department_id,
                job.owner_staff_id,
                None,
                f"督查任务超过期限（{job.due_date}）未落实：{job.title}",
            )
        )
    for complaint in s.scalars(
        select(Complaint).where(Complaint.status == "open", Complaint.due_date < today)
    ):
        found.append(
            _Late(
                Cause.LATE_COMPLAINT,
                complaint.id,
                complaint.department_id,
                None,
                complaint.case_id,
                f"效能投诉超过办理时限（{complaint.due_date}）未办结：{complaint.content[:60]}",
            )
        )
    return found


def _escalate(uow: UnitOfWork) -> list[str]:
    """Open one accountability record per late thing that has none yet."""
    s, opened = uow.session, []
    for late in _late_things(s, uow.today):
        record_id = source_record_id(late.cause, late.source_id)
        if s.get(AccountabilityRecord, record_id) is not None:
            continue
        uow.emit(
            "accountability.opened",
            dict(
                id=record_id,
                cause=late.cause,
                case_id=late.case_id,
                department_id=late.department_id,
                direct_staff_id=late.direct_staff_id,
                source_id=late.source_id,
                note=late.note,
                at=uow.now,
            ),
        )
        opened.append(record_id)
    return opened


def _open_accountability(s: Session, e: EventData, case: Case, cause: str, note: str) -> None:
    add_record(
        s,
        record_id=e.derived_id("accountability"),
        cause=cause,
        case_id=case.id,
        department_id=case.department_id,
        direct_staff_id=case.clerk_id,
        opened_at=e.occurred_at,
        note=note,
    )


@applier("case.overdue")
def _overdue(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    if case.overdue:
        return
    case.overdue = True
    _open_accountability(s, e, case, "overdue", f"办件超过办结期限（{case.due_date}）未办结")


@applier("case.deemed_approved")
def _deemed(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    if case.state == CaseState.DEEMED_APPROVED.value:
        return  # another workstation's sweep got there first: the same fact, once
    store_snapshot(case, rules.deem_approved(snapshot(s, case), today=e.day("on")))
    case.overdue = True
    case.closed_at = e.moment("at")
    _open_accountability(
        s,
        e,
        case,
        "deemed_approval",
        f"办件超过办结期限（{case.due_date}）未作决定，按超时默认处理",
    )
    s.add(
        FollowUp(
            id=e.derived_id("result"),
            kind=FollowUpKind.ISSUE_RESULT.value,
            due_date=e.day("on"),
            status="open",
            outcome_note=f"超时默认：请为办件 {case.case_no} 出具办理结果",
        )
    )
    add_delivery(s, e, case, "deemed_approval_notice")


@applier("case.withdrawn")
def _withdrawn(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    if case.state == CaseState.WITHDRAWN.value:
        return  # another workstation's sweep got there first
    snap = rules.withdraw(snapshot(s, case), deadline=e.day("deadline"), today=e.day("on"))
    store_snapshot(case, snap)
    case.closed_at = e.moment("at")
    add_delivery(s, e, case, "withdrawal_notice")


@dataclass(frozen=True)
class DueChange:
    """A running case whose due date moves (or moved) with a calendar entry."""

    case_no: str
    old_due: date
    new_due: date

    @property
    def shift_days(self) -> int:
        """Calendar days the due date moves: positive later, negative earlier."""
        return (self.new_due - self.old_due).days


@dataclass(frozen=True)
class CalendarDay:
    """One day of a month as the centre's calendar has it."""

    day: date
    is_workday: bool
    local: bool  # a local entry decides it (it wins over the official arrangement)
    provisional: bool  # the year's official arrangement is not published yet
    doc_no: str = ""
    note: str = ""


def calendar_month(ctx: ServiceContext, year: int, month: int) -> list[CalendarDay]:
    """Every day of the month: working or not, and the local entry that decides it."""
    first = date(year, month, 1)
    after = date(year + month // 12, month % 12 + 1, 1)
    with ctx.db.read_sessions() as s:
        cal = ctx.calendar_from(s)
        entries = {
            e.day: e
            for e in s.scalars(
                select(CalendarEntry).where(CalendarEntry.day >= first, CalendarEntry.day < after)
            )
        }
    out = []
    for n in range((after - first).days):
        day = first + timedelta(days=n)
        entry = entries.get(day)
        out.append(
            CalendarDay(
                day=day,
                is_workday=cal.is_workday(day),
                local=entry is not None,
                provisional=cal.is_provisional(day),
                doc_no=entry.doc_no if entry else "",
                note=entry.note if entry else "",
            )
        )
    return out


def _due_moves(s: Session, cal: WorkCalendar) -> list[tuple[Case, date]]:
    """The running cases whose due date differs on ``cal``, with the new due date."""
    out = []
    query = select(Case).where(Case.state.in_(RUNNING_STATES)).order_by(Case.due_date, Case.case_no)
    for case in s.scalars(query):
        if case.due_date is None or case.accepted_on is None:
            continue
        new_due = recompute_due(s, cal, case)
        if new_due != case.due_date:
            out.append((case, new_due))
    return out


def preview_calendar_entry(ctx: ServiceContext, *, day: date, is_workday: bool) -> list[DueChange]:
    """What :func:`set_calendar_entry` would move, written nowhere: each running case whose
    due date would change, old → new."""
    with ctx.db.read_sessions() as s:
        cal = ctx.calendar_from(s).with_overrides({day: is_workday})
        return [
            DueChange(c.case_no, c.due_date, new) for c, new in _due_moves(s, cal) if c.due_date
        ]


def set_calendar_entry(
    ctx: ServiceContext, actor: Actor, *, day: date, is_workday: bool, doc_no: str, note: str = ""
) -> list[DueChange]:
    """A local calendar entry (it wins over the official one); open cases are recomputed.

    Returns each case whose due date moved (what :func:`preview_calendar_entry` showed).
    """
    require_role(actor, Role.SUPERVISOR, Role.ADMIN, action="维护工作日历")
    doc_no = check_text("calendar_doc_no", doc_no)
    note = check_text("calendar_note", note)
    if not doc_no:
        raise InvalidInput("请填写依据文件的文号", field="calendar_doc_no")
    changes: list[DueChange] = []
    with ctx.unit_of_work(actor) as uow:
        uow.emit(
            "calendar.entry_set",
            dict(day=day, is_workday=is_workday, doc_no=doc_no, note=note, at=uow.now),
        )
        new_cal = ctx.calendar_from(uow.session)
        for case, new_due in _due_moves(uow.session, new_cal):
            assert case.due_date is not None and case.accepted_on is not None
            provisional = new_cal.any_provisional(case.accepted_on, new_due)
            changes.append(DueChange(case.case_no, case.due_date, new_due))
            uow.emit(
                "case.due_changed",
                dict(
                    case_id=case.id,
                    old_due=case.due_date,
                    new_due=new_due,
                    provisional=provisional,
                    cause=f"工作日历调整（{doc_no.strip()}）",
                    at=uow.now,
                ),
            )
    return changes


@applier("calendar.entry_set")
def _calendar_entry(s: Session, e: EventData) -> None:
    day = e.day("day")
    row = s.get(CalendarEntry, day)
    if row is None:
        row = CalendarEntry(day=day)
        s.add(row)
    row.is_workday = e.flag("is_workday")
    row.doc_no = e.text("doc_no")
    row.note = e.text("note")
    row.staff_id = e.actor_id
    row.entered_at = e.moment("at")


@applier("case.due_changed")
def _due_changed(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    s.add(
        DueDateChange(
            id=e.derived_id("due"),
            case_id=case.id,
            old_due=case.due_date,
            new_due=e.day("new_due"),
            cause=e.text("cause"),
            changed_at=e.moment("at"),
        )
    )
    case.due_date = e.day("new_due")
    case.provisional_due = e.flag("provisional")

"""电子监察: the deadline sweep, deemed approval and acceptance, and the center calendar.

The sweep is run by the system (at start, then periodically) or by a supervisor. It is
idempotent: a case already flagged is not flagged again. Late referrals, late joint steps,
late call-backs, unanswered 督办 and late 督查 tasks each open one accountability record,
like an overdue case (the record id follows from the cause and the source, so two sweeps
make one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain import cases as rules
from clerk_app.domain.accountability import Cause
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
from clerk_app.services.events import EventData, applier
from clerk_app.services.follow_ups import subject_of
from clerk_app.services.joint import steps_payload
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import (
    AccountabilityRecord,
    CalendarEntry,
    Case,
    CaseStep,
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


def sweep(ctx: ServiceContext, actor: Actor) -> SweepResult:
    """Flag overdue cases, deem approvals and acceptances due today; one transaction."""
    require_role(actor, *SWEEPERS, action="执行时限监察")
    overdue: list[str] = []
    approved: list[str] = []
    accepted: list[str] = []
    with ctx.unit_of_work(actor) as uow:
        s, today, cal = uow.session, uow.today, uow.calendar
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
    return SweepResult(tuple(overdue), tuple(approved), tuple(accepted), tuple(escalated))


@dataclass(frozen=True)
class _Late:
    cause: Cause
    source_id: str
    department_id: str | None
    direct_staff_id: str | None
    case_id: str | None
    note: str


def _late_things(s: Session, today: date) -> list[_Late]:
    """Late referrals, joint steps, call-backs and unanswered 督办, as of ``today``."""
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


@dataclass(frozen=True)
class DueChange:
    """A running case whose due date moved with a calendar entry."""

    case_no: str
    old_due: date
    new_due: date


def set_calendar_entry(
    ctx: ServiceContext, actor: Actor, *, day: date, is_workday: bool, doc_no: str, note: str = ""
) -> list[DueChange]:
    """A local calendar entry (it wins over the official one); open cases are recomputed.

    Returns each case whose due date moved.
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
        for case in uow.session.scalars(select(Case).where(Case.state.in_(RUNNING_STATES))):
            if case.due_date is None:
                continue
            new_due = recompute_due(uow.session, new_cal, case)
            if new_due != case.due_date:
                provisional = case.accepted_on is not None and new_cal.any_provisional(
                    case.accepted_on, new_due
                )
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

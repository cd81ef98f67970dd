"""回访 and 整改: the call-back and the rectification a bad review (or a complaint) opens.

Due dates count working days from the day the task opens; the limits are center settings
(default 1 and 15 working days). A task is closed once, with an outcome category.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_app.domain import reviews as rules
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.reviews import FollowUpKind, FollowUpOutcome, ReviewLevel
from clerk_app.domain.text_limits import check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import Complaint, FollowUp, Review, Setting

CALLBACK_SETTING = "review.callback_workdays"
RECTIFICATION_SETTING = "review.rectification_workdays"
OPEN = "open"
CLOSED = "closed"


@dataclass(frozen=True)
class FollowUpView:
    id: str
    kind: FollowUpKind
    review_id: str | None
    complaint_id: str | None
    staff_id: str | None
    department_id: str | None
    level: ReviewLevel | None
    due_date: date
    overdue: bool
    status: str
    outcome_category: FollowUpOutcome | None
    outcome_note: str
    closed_by: str | None
    closed_at: datetime | None


def open_for_review(uow: UnitOfWork, review_id: str) -> None:
    """Open the call-back and the rectification of a bad review, in the caller's transaction."""
    limits = _limits(uow.session)
    callback_days, rectification_days = limits.callback_workdays, limits.rectification_workdays
    for kind, workdays in (
        (FollowUpKind.CALLBACK, callback_days),
        (FollowUpKind.RECTIFICATION, rectification_days),
    ):
        uow.emit(
            "follow_up.opened",
            dict(
                id=new_id(),
                kind=kind,
                review_id=review_id,
                complaint_id=None,
                due_date=uow.calendar.add_workdays(uow.today, workdays),
            ),
        )


@applier("follow_up.opened")
def _follow_up_opened(s: Session, e: EventData) -> None:
    s.add(
        FollowUp(
            id=e.text("id"),
            kind=FollowUpKind(e.text("kind")).value,
            review_id=e.optional_text("review_id"),
            complaint_id=e.optional_text("complaint_id"),
            due_date=e.day("due_date"),
            status=OPEN,
        )
    )


# --- follow-up limits ----------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpLimits:
    """How many working days a call-back and a rectification may take."""

    callback_workdays: int
    rectification_workdays: int


def follow_up_limits(ctx: ServiceContext) -> FollowUpLimits:
    """The limits in working days, as configured or by default."""
    with ctx.db.read_sessions() as s:
        return _limits(s)


def set_follow_up_limits(
    ctx: ServiceContext, actor: Actor, *, callback_workdays: int, rectification_workdays: int
) -> None:
    """Configure how many working days a call-back and a rectification may take."""
    require_role(actor, Role.SUPERVISOR, Role.ADMIN, action="设置回访和整改时限")
    rules.check_follow_up_workdays(FollowUpKind.CALLBACK, callback_workdays)
    rules.check_follow_up_workdays(FollowUpKind.RECTIFICATION, rectification_workdays)
    with ctx.unit_of_work(actor) as uow:
        uow.emit(
            "review.follow_up_limits_set",
            dict(
                callback_workdays=callback_workdays,
                rectification_workdays=rectification_workdays,
                staff_id=actor.staff_id,
            ),
        )


@applier("review.follow_up_limits_set")
def _limits_set(s: Session, e: EventData) -> None:
    for key, field in (
        (CALLBACK_SETTING, "callback_workdays"),
        (RECTIFICATION_SETTING, "rectification_workdays"),
    ):
        row = s.get(Setting, key)
        if row is None:
            row = Setting(key=key)
            s.add(row)
        row.value, row.staff_id = str(e.integer(field)), e.optional_text("staff_id")


def _limits(s: Session) -> FollowUpLimits:
    def read(key: str, default: int) -> int:
        raw = s.scalar(select(Setting.value).where(Setting.key == key))
        try:
            return int(raw) if raw is not None and int(raw) >= 1 else default
        except ValueError:
            return default

    return FollowUpLimits(
        callback_workdays=read(CALLBACK_SETTING, rules.DEFAULT_CALLBACK_WORKDAYS),
        rectification_workdays=read(RECTIFICATION_SETTING, rules.DEFAULT_RECTIFICATION_WORKDAYS),
    )


# --- closing call-backs and rectifications ----------------------------------------------------


def close_follow_up(
    ctx: ServiceContext,
    actor: Actor,
    follow_up_id: str,
    *,
    category: FollowUpOutcome | str,
    note: str,
) -> None:
    """Record how a call-back or rectification ended, with its outcome category.

    A supervisor closes either; a call-back may also be closed by a clerk of the rated
    department, but not by the rated clerk (who must never reach the applicant).
    """
    require_role(actor, Role.CLERK, Role.SUPERVISOR, action="办结回访或整改")
    outcome = FollowUpOutcome.parse(category, what="处理结果类别")
    note = check_text("follow_up_note", note)
    if not note:
        raise InvalidInput("请填写回访或整改的具体情况", field="follow_up_note")
    with ctx.unit_of_work(actor) as uow:
        task = _follow_up(uow.session, follow_up_id)
        kind = FollowUpKind(task.kind)
        rules.check_follow_up_outcome(kind, outcome)
        if task.status != OPEN:
            raise IllegalTransition(
                f"该{kind.label}任务已经办结", state=task.status, action="close"
            )
        if actor.role is Role.CLERK:
            if kind is FollowUpKind.RECTIFICATION:
                raise PermissionDenied("整改须由效能监督员审核办结")
            staff_id, department_id = subject_of(uow.session, task)
            if actor.staff_id is not None and actor.staff_id == staff_id:
                raise PermissionDenied("被评价人不能自己回访")
            if actor.department_id is None or actor.department_id != department_id:
                raise PermissionDenied("只有被评价部门的工作人员或效能监督员可以办结回访")
        _emit_closed(uow, follow_up_id, outcome, note.strip())


def close_all_as_mistaken(uow: UnitOfWork, review_id: str, note: str) -> None:
    """An upheld contest: the review's open tasks end as 误评, in the caller's transaction."""
    open_ids = uow.session.scalars(
        select(FollowUp.id).where(FollowUp.review_id == review_id, FollowUp.status == OPEN)
    ).all()
    for task_id in open_ids:
        _emit_closed(uow, task_id, FollowUpOutcome.MISTAKEN_REVIEW, note)


def _emit_closed(uow: UnitOfWork, task_id: str, outcome: FollowUpOutcome, note: str) -> None:
    uow.emit(
        "follow_up.closed",
        dict(
            follow_up_id=task_id,
            category=outcome,
            note=note,
            staff_id=uow.actor.staff_id,
            at=uow.now,
        ),
    )


@applier("follow_up.closed")
def _follow_up_closed(s: Session, e: EventData) -> None:
    task = _follow_up(s, e.text("follow_up_id"))
    if task.status != OPEN:
        raise IllegalTransition("该任务已经办结", state=task.status, action="close")
    outcome = FollowUpOutcome(e.text("category"))
    rules.check_follow_up_outcome(FollowUpKind(task.kind), outcome)
    task.status, task.outcome_category, task.outcome_note = CLOSED, outcome.value, e.text("note")
    task.closed_by, task.closed_at = e.optional_text("staff_id"), e.moment("at")


def open_follow_ups(ctx: ServiceContext, *, department_id: str | None = None) -> list[FollowUpView]:
    """Open call-backs and rectifications, the most urgent first."""
    return list_follow_ups(ctx, department_id=department_id, open_only=True)


def list_follow_ups(
    ctx: ServiceContext,
    *,
    review_id: str | None = None,
    complaint_id: str | None = None,
    department_id: str | None = None,
    open_only: bool = False,
) -> list[FollowUpView]:
    """Call-backs and rectifications by due date, with how they ended."""
    today = ctx.today()
    query = (
        select(FollowUp, Review, Complaint)
        .outerjoin(Review, Review.id == FollowUp.review_id)
        .outerjoin(Complaint, Complaint.id == FollowUp.complaint_id)
        .order_by(FollowUp.due_date, FollowUp.kind, FollowUp.id)
    )
    if open_only:
        query = query.where(FollowUp.status == OPEN)
    if review_id is not None:
        query = query.where(FollowUp.review_id == review_id)
    if complaint_id is not None:
        query = query.where(FollowUp.complaint_id == complaint_id)
    if department_id is not None:
        query = query.where(
            func.coalesce(Review.department_id, Complaint.department_id) == department_id
        )
    with ctx.db.read_sessions() as s:
        out = []
        for task, review, complaint in s.execute(query).all():
            subject: Review | Complaint | None = review if review is not None else complaint
            out.append(
                FollowUpView(
                    id=task.id,
                    kind=FollowUpKind(task.kind),
                    review_id=task.review_id,
                    complaint_id=task.complaint_id,
                    staff_id=subject.staff_id if subject is not None else None,
                    department_id=subject.department_id if subject is not None else None,
                    level=ReviewLevel(review.level) if review is not None else None,
                    due_date=task.due_date,
                    overdue=task.status == OPEN and today > task.due_date,
                    status=task.status,
                    outcome_category=FollowUpOutcome(task.outcome_category)
                    if task.outcome_category
                    else None,
                    outcome_note=task.outcome_note,
                    closed_by=task.closed_by,
                    closed_at=task.closed_at,
                )
            )
        return out


def _follow_up(s: Session, follow_up_id: str) -> FollowUp:
    task = s.get(FollowUp, follow_up_id)
    if task is None:
        raise NotFound("找不到该回访或整改任务")
    return task


def subject_of(s: Session, task: FollowUp) -> tuple[str | None, str | None]:
    """(staff, department) a follow-up is about: the rated or the complained-about."""
    subject: Review | Complaint | None = None
    if task.review_id is not None:
        subject = s.get(Review, task.review_id)
    elif task.complaint_id is not None:
        subject = s.get(Complaint, task.complaint_id)
    return (None, None) if subject is None else (subject.staff_id, subject.department_id)

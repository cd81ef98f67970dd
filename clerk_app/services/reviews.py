"""好差评: one review per service occasion; a bad review opens a call-back and a rectification.

(The call-back and rectification themselves live in :mod:`clerk_app.services.follow_ups`.)

The rated clerk sees the review without the applicant's identity, may contest a bad one as
mistaken or malicious, and a supervisor decides; an upheld contest takes the review out of
the satisfaction rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clerk_app.domain import reviews as rules
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.domain.reviews import ContestReason, ContestStatus, ReviewLevel
from clerk_app.domain.text_limits import check_text
from clerk_app.domain.tickets import TicketState
from clerk_app.services import follow_ups
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import DuplicateRequest, NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import Case, Department, Review, Staff, Ticket, Window

RATERS = (Role.CLERK, Role.GUIDE, Role.SUPERVISOR, Role.SYSTEM)
_DUPLICATE = "本次服务已经评价过，每次服务只能评价一次"


@dataclass(frozen=True)
class ReviewView:
    """A review as the rated clerk and the supervisor see it: never who gave it."""

    id: str
    ticket_id: str | None
    ticket_number: str
    case_id: str | None
    case_no: str
    staff_id: str
    staff_name: str
    window_id: str | None
    window_code: str
    department_id: str | None
    department_name: str
    level: ReviewLevel
    comment: str
    created_at: datetime
    contest_status: ContestStatus
    contest_reason: str

    @property
    def level_label(self) -> str:
        return self.level.label

    @property
    def is_bad(self) -> bool:
        return self.level.is_bad


# --- reviews -----------------------------------------------------------------------------


def submit_review(
    ctx: ServiceContext,
    actor: Actor,
    *,
    level: int | None,
    ticket_id: str | None = None,
    case_id: str | None = None,
    comment: str = "",
    request_id: str | None = None,
) -> ReviewView:
    """好差评: the applicant's own choice of level, once per visit (ticket) or case.

    ``level`` has no default: the screen never pre-selects one, and None (nothing
    chosen) is refused. A bad review opens its call-back and rectification here too.
    """
    require_role(actor, *RATERS, action="提交服务评价")
    chosen = ReviewLevel.parse(level)
    comment = check_text("review_comment", comment)
    if ticket_id is None and case_id is None:
        raise InvalidInput("请指明评价的是哪一次服务（号票或办件）")
    try:
        with ctx.unit_of_work(actor, request_id=request_id) as uow:
            rated = _rated_service(uow.session, ticket_id, case_id)
            if (
                actor.role is Role.CLERK
                and actor.window_id
                and rated["window_id"]
                and rated["window_id"] != actor.window_id
            ):
                raise RuleViolation("只能在办理该业务的窗口评价屏上评价")
            if (
                uow.session.scalar(select(Review.id).where(Review.occasion == rated["occasion"]))
                is not None
            ):
                raise DuplicateRequest(_DUPLICATE)
            review_id = new_id()
            uow.emit(
                "review.submitted",
                dict(rated, id=review_id, level=int(chosen), comment=comment, created_at=uow.now),
            )
            if chosen.is_bad:
                follow_ups.open_for_review(uow, review_id)
            return _review_views(uow.session, Review.id == review_id)[0]
    except IntegrityError as exc:  # the same occasion rated at the same moment elsewhere
        raise DuplicateRequest(_DUPLICATE) from exc


def _rated_service(s: Session, ticket_id: str | None, case_id: str | None) -> dict[str, Any]:
    """Occasion key and who is rated: the case's clerk and department, else the ticket's."""
    case = s.get(Case, case_id) if case_id is not None else None
    if case_id is not None and case is None:
        raise NotFound("找不到该办件")
    if case is not None and ticket_id is not None and case.ticket_id not in (None, ticket_id):
        raise InvalidInput("号票与办件不是同一次服务")
    ticket_id = ticket_id or (case.ticket_id if case is not None else None)
    ticket = s.get(Ticket, ticket_id) if ticket_id is not None else None
    if ticket_id is not None and ticket is None:
        raise NotFound("找不到该号票")
    dept_id: str | None
    if case is not None:
        staff_id, window_id, dept_id = case.clerk_id, case.window_id, case.department_id
    else:
        assert ticket is not None
        if ticket.staff_id is None or ticket.state not in (
            TicketState.SERVING.value,
            TicketState.DONE.value,
        ):
            raise RuleViolation(f"{ticket.number}号尚未在窗口办理，不能评价")
        window = s.get(Window, ticket.window_id) if ticket.window_id else None
        staff_id, window_id = ticket.staff_id, ticket.window_id
        dept_id = window.department_id if window is not None else None
    occasion = f"ticket:{ticket_id}" if ticket_id is not None else f"case:{case_id}"
    return dict(
        occasion=occasion,
        ticket_id=ticket_id,
        case_id=case_id,
        staff_id=staff_id,
        window_id=window_id,
        department_id=dept_id,
    )


@applier("review.submitted")
def _submitted(s: Session, e: EventData) -> None:
    if s.scalar(select(Review.id).where(Review.occasion == e.text("occasion"))) is not None:
        raise DuplicateRequest(_DUPLICATE)
    s.add(
        Review(
            id=e.text("id"),
            occasion=e.text("occasion"),
            ticket_id=e.optional_text("ticket_id"),
            case_id=e.optional_text("case_id"),
            staff_id=e.text("staff_id"),
            window_id=e.optional_text("window_id"),
            department_id=e.optional_text("department_id"),
            level=int(ReviewLevel.parse(e.integer("level"))),
            comment=e.text("comment"),
            created_at=e.moment("created_at"),
            contest_status=ContestStatus.NONE.value,
            contest_reason="",
        )
    )


# --- contests ----------------------------------------------------------------------------


def contest_review(
    ctx: ServiceContext, actor: Actor, review_id: str, *, reason: ContestReason | str, detail: str
) -> ReviewView:
    """The rated clerk claims a bad review was mistaken or malicious; a supervisor decides."""
    require_role(actor, Role.CLERK, action="申诉差评")
    claim = ContestReason.parse(reason, what="申诉理由")
    detail = check_text("contest_detail", detail)
    if not detail:
        raise InvalidInput("请写明申诉的事实和理由", field="contest_detail")
    with ctx.unit_of_work(actor) as uow:
        review = _review(uow.session, review_id)
        if review.staff_id != actor.staff_id:
            raise PermissionDenied("只有被评价人本人可以申诉该评价")
        _check_contestable(review)
        uow.emit(
            "review.contested",
            dict(review_id=review_id, reason=claim, detail=detail, at=uow.now),
        )
        return _review_views(uow.session, Review.id == review_id)[0]


def _check_contestable(review: Review) -> None:
    if not ReviewLevel(review.level).is_bad:
        raise RuleViolation("只有差评（不满意、非常不满意）可以申诉")
    if review.contest_status != ContestStatus.NONE.value:
        raise IllegalTransition("该评价已经申诉过", state=review.contest_status, action="contest")


@applier("review.contested")
def _contested(s: Session, e: EventData) -> None:
    review = _review(s, e.text("review_id"))
    _check_contestable(review)
    review.contest_status = ContestStatus.PENDING.value
    review.contest_reason = f"{ContestReason(e.text('reason')).label}：{e.text('detail')}"


def decide_contest(
    ctx: ServiceContext, actor: Actor, review_id: str, *, upheld: bool, note: str
) -> ReviewView:
    """A supervisor approves (the review no longer counts) or rejects a contest."""
    require_role(actor, Role.SUPERVISOR, action="审核差评申诉")
    note = check_text("contest_note", note)
    if not note:
        raise InvalidInput("请填写审核意见", field="contest_note")
    with ctx.unit_of_work(actor) as uow:
        review = _review(uow.session, review_id)
        if review.staff_id == actor.staff_id:
            raise PermissionDenied("不能审核针对本人的评价申诉")
        if review.contest_status != ContestStatus.PENDING.value:
            raise IllegalTransition(
                "该评价没有待审核的申诉", state=review.contest_status, action="decide"
            )
        uow.emit(
            "review.contest_decided",
            dict(
                review_id=review_id,
                upheld=upheld,
                note=note,
                staff_id=actor.staff_id,
                at=uow.now,
            ),
        )
        if upheld:
            follow_ups.close_all_as_mistaken(uow, review_id, f"差评申诉成立：{note}")
        return _review_views(uow.session, Review.id == review_id)[0]


@applier("review.contest_decided")
def _contest_decided(s: Session, e: EventData) -> None:
    review = _review(s, e.text("review_id"))
    if review.contest_status != ContestStatus.PENDING.value:
        raise IllegalTransition(
            "该评价没有待审核的申诉", state=review.contest_status, action="decide"
        )
    upheld = e.flag("upheld")
    review.contest_status = (ContestStatus.UPHELD if upheld else ContestStatus.REJECTED).value


# --- reads -------------------------------------------------------------------------------


def get_review(ctx: ServiceContext, review_id: str) -> ReviewView:
    with ctx.db.read_sessions() as s:
        found = _review_views(s, Review.id == review_id)
        if not found:
            raise NotFound("找不到该评价")
        return found[0]


def reviews_for_staff(ctx: ServiceContext, staff_id: str) -> list[ReviewView]:
    """What the clerk may see of their reviews, newest first; never who gave them."""
    with ctx.db.read_sessions() as s:
        return _review_views(s, Review.staff_id == staff_id)


def pending_contests(ctx: ServiceContext) -> list[ReviewView]:
    with ctx.db.read_sessions() as s:
        return _review_views(s, Review.contest_status == ContestStatus.PENDING.value)


def satisfaction_rate(
    ctx: ServiceContext,
    *,
    start: date,
    end: date,
    staff_id: str | None = None,
    window_id: str | None = None,
    department_id: str | None = None,
) -> tuple[int, int]:
    """(非常满意 + 满意 + 基本满意, reviews) given on days start..end; upheld contests out."""
    if end < start:
        raise InvalidInput("统计结束日期不能早于开始日期")
    lower = datetime.combine(start, time(0), tzinfo=SHANGHAI)
    upper = datetime.combine(end + timedelta(days=1), time(0), tzinfo=SHANGHAI)
    query = (
        select(Review.level, func.count())
        .where(
            Review.created_at >= lower,
            Review.created_at < upper,
            Review.contest_status != ContestStatus.UPHELD.value,
        )
        .group_by(Review.level)
    )
    for column, value in (
        (Review.staff_id, staff_id),
        (Review.window_id, window_id),
        (Review.department_id, department_id),
    ):
        if value is not None:
            query = query.where(column == value)
    with ctx.db.read_sessions() as s:
        counts = {ReviewLevel(level): int(n) for level, n in s.execute(query).all()}
    return rules.satisfied_and_total(counts)


# --- helpers -----------------------------------------------------------------------------


def _review(s: Session, review_id: str) -> Review:
    review = s.get(Review, review_id)
    if review is None:
        raise NotFound("找不到该评价")
    return review


def _review_views(s: Session, where: ColumnElement[bool]) -> list[ReviewView]:
    rows = s.execute(
        select(Review, Staff.name, Window.code, Department.name, Ticket.number, Case.case_no)
        .join(Staff, Staff.id == Review.staff_id)
        .outerjoin(Window, Window.id == Review.window_id)
        .outerjoin(Department, Department.id == Review.department_id)
        .outerjoin(Ticket, Ticket.id == Review.ticket_id)
        .outerjoin(Case, Case.id == Review.case_id)
        .where(where)
        .order_by(Review.created_at.desc(), Review.id)
    ).all()
    return [
        ReviewView(
            id=r.id,
            ticket_id=r.ticket_id,
            ticket_number=ticket_no or "",
            case_id=r.case_id,
            case_no=case_no or "",
            staff_id=r.staff_id,
            staff_name=staff_name,
            window_id=r.window_id,
            window_code=window_code or "",
            department_id=r.department_id,
            department_name=dept_name or "",
            level=ReviewLevel(r.level),
            comment=r.comment,
            created_at=r.created_at,
            contest_status=ContestStatus(r.contest_status),
            contest_reason=r.contest_reason,
        )
        for r, staff_name, window_code, dept_name, ticket_no, case_no in rows
    ]

"""好差评: one review per visit, bad reviews open a call-back and a rectification, contests
need an approver, and the satisfaction rate leaves upheld contests out."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.domain.reviews import (
    ContestReason,
    ContestStatus,
    FollowUpKind,
    FollowUpOutcome,
    ReviewLevel,
    satisfaction_rate,
)
from clerk_app.services import audit, complaints, follow_ups, reviews, tickets
from clerk_app.services.complaints import Reply
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import DuplicateRequest, PermissionDenied
from clerk_app.store.models import Case, Event, FollowUp, Review
from tests.helpers.clock import FakeClock
from tests.helpers.databases import fresh_sqlite
from tests.helpers.factories import SmallCenter, valid_id_card

# Until reviews and follow_ups are listed in events.load_appliers(), importing them here
# registers their appliers.


def _served_ticket(
    ctx: ServiceContext,
    center: SmallCenter,
    clerk: Actor | None = None,
    window_id: str | None = None,
) -> str:
    clerk = clerk or center.clerk.actor()
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    called = tickets.call_next(ctx, clerk, window_id=window_id or center.window_a)
    assert called is not None
    tickets.start_serving(ctx, clerk, called.id)
    tickets.finish(ctx, clerk, called.id)
    return called.id


def _counts(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.db.sessions() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
            for t in (Review, FollowUp, Event)
        )


def _bad_review(ctx: ServiceContext, center: SmallCenter) -> reviews.ReviewView:
    ticket_id = _served_ticket(ctx, center)
    return reviews.submit_review(
        ctx,
        center.clerk.actor(),
        ticket_id=ticket_id,
        level=ReviewLevel.DISSATISFIED,
        comment="等了很久",
    )


# --- pure rules ------------------------------------------------------------------------


def test_the_two_lowest_levels_are_bad_and_carry_chinese_labels() -> None:
    assert [(lv.value, lv.label, lv.is_bad) for lv in ReviewLevel] == [
        (5, "非常满意", False),
        (4, "满意", False),
        (3, "基本满意", False),
        (2, "不满意", True),
        (1, "非常不满意", True),
    ]


def test_rate_formula_counts_basically_satisfied_as_satisfied() -> None:
    counts = {
        ReviewLevel.VERY_SATISFIED: 5,
        ReviewLevel.BASICALLY_SATISFIED: 3,
        ReviewLevel.VERY_DISSATISFIED: 2,
    }
    assert satisfaction_rate(counts) == pytest.approx(0.8)
    assert satisfaction_rate({}) is None


# --- submitting ------------------------------------------------------------------------


def test_bad_review_opens_call_back_and_rectification_in_working_days(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 9, 30))  # the day before 国庆 (10-01..10-07 off)
    view = _bad_review(ctx, center)
    assert view.is_bad and view.level_label == "不满意"
    assert (view.staff_id, view.window_id, view.department_id) == (
        center.clerk.staff_id,
        center.window_a,
        center.market_dept,
    )
    due = {f.kind: f.due_date for f in follow_ups.list_follow_ups(ctx, review_id=view.id)}
    # 2026 arrangement: 10-08 is the first working day after the holiday.
    assert due == {
        FollowUpKind.CALLBACK: date(2026, 10, 8),
        FollowUpKind.RECTIFICATION: date(2026, 10, 27),
    }


def test_good_reviews_open_no_follow_up(ctx: ServiceContext, center: SmallCenter) -> None:
    for level in (
        ReviewLevel.VERY_SATISFIED,
        ReviewLevel.SATISFIED,
        ReviewLevel.BASICALLY_SATISFIED,
    ):
        ticket_id = _served_ticket(ctx, center)
        reviews.submit_review(ctx, center.clerk.actor(), ticket_id=ticket_id, level=level)
    assert follow_ups.open_follow_ups(ctx) == []
    assert _counts(ctx)[:2] == (3, 0)


def test_configured_limits_apply_to_new_bad_reviews(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    with pytest.raises(PermissionDenied):
        follow_ups.set_follow_up_limits(
            ctx, center.clerk.actor(), callback_workdays=2, rectification_workdays=10
        )
    with pytest.raises(InvalidInput):
        follow_ups.set_follow_up_limits(
            ctx, center.supervisor.actor(), callback_workdays=0, rectification_workdays=10
        )
    follow_ups.set_follow_up_limits(
        ctx, center.supervisor.actor(), callback_workdays=2, rectification_workdays=10
    )
    assert follow_ups.follow_up_limits(ctx) == follow_ups.FollowUpLimits(2, 10)
    clock.set_day(date(2026, 9, 30))
    view = _bad_review(ctx, center)
    due = {f.kind: f.due_date for f in follow_ups.list_follow_ups(ctx, review_id=view.id)}
    assert due == {
        FollowUpKind.CALLBACK: date(2026, 10, 9),
        FollowUpKind.RECTIFICATION: date(2026, 10, 20),
    }  # Sat 10-10 is 调休 work


def test_second_review_of_the_same_visit_is_refused_and_writes_nothing(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    ticket_id = _served_ticket(ctx, center)
    reviews.submit_review(
        ctx, center.clerk.actor(), ticket_id=ticket_id, level=ReviewLevel.SATISFIED
    )
    before = _counts(ctx)
    with pytest.raises(DuplicateRequest):
        reviews.submit_review(
            ctx, center.clerk.actor(), ticket_id=ticket_id, level=ReviewLevel.VERY_DISSATISFIED
        )
    assert _counts(ctx) == before


def test_no_level_is_ever_pre_selected(ctx: ServiceContext, center: SmallCenter) -> None:
    ticket_id = _served_ticket(ctx, center)
    before = _counts(ctx)
    with pytest.raises(TypeError):
        reviews.submit_review(ctx, center.clerk.actor(), ticket_id=ticket_id)  # type: ignore[call-arg]
    for nothing_chosen in (None, 0, 6, "5", True):
        with pytest.raises(InvalidInput):
            reviews.submit_review(
                ctx, center.clerk.actor(), ticket_id=ticket_id, level=nothing_chosen
            )  # type: ignore[arg-type]
    assert _counts(ctx) == before


def test_only_a_served_visit_can_be_rated(ctx: ServiceContext, center: SmallCenter) -> None:
    waiting = tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    with pytest.raises(RuleViolation):
        reviews.submit_review(
            ctx, center.guide.actor(), ticket_id=waiting.id, level=ReviewLevel.SATISFIED
        )
    with pytest.raises(InvalidInput):
        reviews.submit_review(ctx, center.guide.actor(), level=ReviewLevel.SATISFIED)


def test_rating_screen_roles(ctx: ServiceContext, center: SmallCenter) -> None:
    ticket_id = _served_ticket(ctx, center)
    with pytest.raises(PermissionDenied):
        reviews.submit_review(
            ctx, center.admin.actor(), ticket_id=ticket_id, level=ReviewLevel.SATISFIED
        )
    with pytest.raises(RuleViolation):  # another window's screen
        reviews.submit_review(
            ctx, center.clerk_b.actor(), ticket_id=ticket_id, level=ReviewLevel.SATISFIED
        )
    assert _counts(ctx)[0] == 0
    reviews.submit_review(ctx, Actor.system(), ticket_id=ticket_id, level=ReviewLevel.SATISFIED)


def test_case_review_rates_its_clerk_and_never_shows_the_applicant(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    ticket_id = _served_ticket(ctx, center)
    with ctx.db.sessions() as s, s.begin():
        s.add(
            Case(
                id="case-1",
                case_no="SCJG-20260928-0001",
                item_id=center.promised_item,
                department_id=center.market_dept,
                window_id=center.window_a,
                clerk_id=center.clerk.staff_id,
                ticket_id=ticket_id,
                applicant_kind="person",
                applicant_name="张三丰",
                applicant_id_no=valid_id_card(),
                applicant_phone="13800138000",
                state="accepted",
                received_at=clock.now,
                received_on=clock.now.date(),
            )
        )
    view = reviews.submit_review(
        ctx, center.clerk.actor(), case_id="case-1", level=ReviewLevel.VERY_DISSATISFIED
    )
    assert (view.case_no, view.ticket_id, view.staff_id) == (
        "SCJG-20260928-0001",
        ticket_id,
        center.clerk.staff_id,
    )
    with pytest.raises(DuplicateRequest):  # the same visit, through its ticket
        reviews.submit_review(
            ctx, center.clerk.actor(), ticket_id=ticket_id, level=ReviewLevel.SATISFIED
        )
    [seen] = reviews.reviews_for_staff(ctx, center.clerk.staff_id)
    names = {f.name for f in dataclasses.fields(seen)}
    assert not any("applicant" in n or "phone" in n or "id_no" in n for n in names)
    shown = " ".join(str(getattr(seen, n)) for n in names)
    assert "张三丰" not in shown and "13800138000" not in shown


# --- follow-ups ------------------------------------------------------------------------


def test_call_back_by_a_colleague_rectification_by_a_supervisor(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    view = _bad_review(ctx, center)
    tasks = {f.kind: f for f in follow_ups.open_follow_ups(ctx, department_id=center.market_dept)}
    call_back, rectification = tasks[FollowUpKind.CALLBACK], tasks[FollowUpKind.RECTIFICATION]
    assert follow_ups.open_follow_ups(ctx, department_id=center.tax_dept) == []
    before = _counts(ctx)
    for who in (center.clerk, center.tax_clerk):  # the rated clerk; another department
        with pytest.raises(PermissionDenied):
            follow_ups.close_follow_up(
                ctx,
                who.actor(),
                call_back.id,
                category=FollowUpOutcome.EXPLAINED,
                note="已电话说明",
            )
    with pytest.raises(PermissionDenied):
        follow_ups.close_follow_up(
            ctx,
            center.clerk_b.actor(),
            rectification.id,
            category=FollowUpOutcome.RECTIFIED,
            note="已整改",
        )
    with pytest.raises(InvalidInput):  # a category is required, from the list
        follow_ups.close_follow_up(
            ctx, center.clerk_b.actor(), call_back.id, category="", note="已电话说明"
        )
    with pytest.raises(InvalidInput):  # not a call-back outcome
        follow_ups.close_follow_up(
            ctx,
            center.clerk_b.actor(),
            call_back.id,
            category=FollowUpOutcome.RECTIFIED,
            note="已电话说明",
        )
    assert _counts(ctx) == before
    follow_ups.close_follow_up(
        ctx,
        center.clerk_b.actor(),
        call_back.id,
        category="解释说明",
        note="已电话说明高峰期等候原因，申请人表示理解",
    )
    follow_ups.close_follow_up(
        ctx,
        center.supervisor.actor(),
        rectification.id,
        category=FollowUpOutcome.RECTIFIED,
        note="增开午间窗口",
    )
    with pytest.raises(IllegalTransition):
        follow_ups.close_follow_up(
            ctx,
            center.supervisor.actor(),
            call_back.id,
            category=FollowUpOutcome.RESOLVED,
            note="再次回访",
        )
    closed = {f.kind: f for f in follow_ups.list_follow_ups(ctx, review_id=view.id)}
    assert closed[FollowUpKind.CALLBACK].outcome_category is FollowUpOutcome.EXPLAINED
    assert closed[FollowUpKind.CALLBACK].closed_by == center.clerk_b.staff_id
    assert follow_ups.open_follow_ups(ctx) == []


def test_open_follow_up_past_its_due_date_is_overdue(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    _bad_review(ctx, center)  # Monday 2026-09-28: call-back due 09-29
    clock.set_day(date(2026, 9, 30))
    overdue = {f.kind: f.overdue for f in follow_ups.open_follow_ups(ctx)}
    assert overdue == {FollowUpKind.CALLBACK: True, FollowUpKind.RECTIFICATION: False}


# --- contests --------------------------------------------------------------------------


def test_contest_needs_the_rated_clerk_and_a_supervisor(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    view = _bad_review(ctx, center)
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        reviews.contest_review(
            ctx,
            center.clerk_b.actor(),
            view.id,
            reason=ContestReason.MALICIOUS,
            detail="不是本人办理",
        )
    with pytest.raises(PermissionDenied):
        reviews.contest_review(
            ctx,
            center.guide.actor(),
            view.id,
            reason=ContestReason.MALICIOUS,
            detail="不是本人办理",
        )
    with pytest.raises(InvalidInput):
        reviews.contest_review(ctx, center.clerk.actor(), view.id, reason="没理由", detail="x")
    with pytest.raises(IllegalTransition):  # nothing to decide yet
        reviews.decide_contest(ctx, center.supervisor.actor(), view.id, upheld=True, note="同意")
    assert _counts(ctx) == before

    pending = reviews.contest_review(
        ctx,
        center.clerk.actor(),
        view.id,
        reason=ContestReason.MISTAKEN,
        detail="申请人误触评价屏，当场表示满意",
    )
    assert pending.contest_status is ContestStatus.PENDING
    assert pending.contest_reason.startswith("误评：")
    assert [r.id for r in reviews.pending_contests(ctx)] == [view.id]
    with pytest.raises(IllegalTransition):
        reviews.contest_review(
            ctx, center.clerk.actor(), view.id, reason=ContestReason.MISTAKEN, detail="再次申诉"
        )
    with pytest.raises(PermissionDenied):
        reviews.decide_contest(ctx, center.clerk_b.actor(), view.id, upheld=True, note="同意")

    decided = reviews.decide_contest(
        ctx, center.supervisor.actor(), view.id, upheld=True, note="调取录像核实为误触"
    )
    assert decided.contest_status is ContestStatus.UPHELD
    assert reviews.pending_contests(ctx) == []
    tasks = follow_ups.list_follow_ups(ctx, review_id=view.id)
    assert {(t.status, t.outcome_category) for t in tasks} == {
        ("closed", FollowUpOutcome.MISTAKEN_REVIEW)
    }
    with pytest.raises(IllegalTransition):
        reviews.decide_contest(ctx, center.supervisor.actor(), view.id, upheld=False, note="改判")


def test_good_review_cannot_be_contested(ctx: ServiceContext, center: SmallCenter) -> None:
    ticket_id = _served_ticket(ctx, center)
    view = reviews.submit_review(
        ctx, center.clerk.actor(), ticket_id=ticket_id, level=ReviewLevel.BASICALLY_SATISFIED
    )
    with pytest.raises(RuleViolation):
        reviews.contest_review(
            ctx, center.clerk.actor(), view.id, reason=ContestReason.MALICIOUS, detail="评价偏低"
        )


# --- rates -----------------------------------------------------------------------------


def test_satisfaction_rate_leaves_upheld_contests_out(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clerk, clerk_b = center.clerk.actor(), center.clerk_b.actor()
    levels = [
        ReviewLevel.VERY_SATISFIED,
        ReviewLevel.BASICALLY_SATISFIED,
        ReviewLevel.DISSATISFIED,
        ReviewLevel.VERY_DISSATISFIED,
    ]
    made = [
        reviews.submit_review(ctx, clerk, ticket_id=_served_ticket(ctx, center), level=lv)
        for lv in levels
    ]
    reviews.submit_review(
        ctx,
        clerk_b,
        level=ReviewLevel.SATISFIED,
        ticket_id=_served_ticket(ctx, center, clerk_b, center.window_b),
    )
    upheld, rejected = made[2], made[3]
    for review, upheld_flag in ((upheld, True), (rejected, False)):
        reviews.contest_review(
            ctx,
            clerk,
            review.id,
            reason=ContestReason.MALICIOUS,
            detail="申请人因不符合条件不予受理而泄愤",
        )
        reviews.decide_contest(
            ctx, center.supervisor.actor(), review.id, upheld=upheld_flag, note="已核实"
        )
    clock.advance(days=1)
    reviews.submit_review(
        ctx, clerk, ticket_id=_served_ticket(ctx, center), level=ReviewLevel.DISSATISFIED
    )

    day = date(2026, 9, 28)
    assert reviews.satisfaction_rate(ctx, start=day, end=day) == (3, 4)
    assert reviews.satisfaction_rate(ctx, start=day, end=day, staff_id=center.clerk.staff_id) == (
        2,
        3,
    )
    assert reviews.satisfaction_rate(ctx, start=day, end=day, window_id=center.window_b) == (1, 1)
    assert reviews.satisfaction_rate(ctx, start=day, end=day, department_id=center.tax_dept) == (
        0,
        0,
    )
    assert reviews.satisfaction_rate(
        ctx, start=day, end=date(2026, 9, 29), department_id=center.market_dept
    ) == (3, 5)
    with pytest.raises(InvalidInput):
        reviews.satisfaction_rate(ctx, start=date(2026, 9, 29), end=day)


# --- journal -------------------------------------------------------------------------------


def test_replaying_the_journal_rebuilds_reviews_tasks_and_records(
    ctx: ServiceContext, center: SmallCenter, sqlite_template: Path, tmp_path: Path
) -> None:
    follow_ups.set_follow_up_limits(
        ctx, center.supervisor.actor(), callback_workdays=2, rectification_workdays=10
    )
    contested = _bad_review(ctx, center)
    reviews.contest_review(
        ctx, center.clerk.actor(), contested.id, reason="恶意差评", detail="与办理无关的泄愤"
    )
    reviews.decide_contest(ctx, center.supervisor.actor(), contested.id, upheld=True, note="属实")
    kept = _bad_review(ctx, center)
    [call_back] = [t for t in follow_ups.open_follow_ups(ctx) if t.kind is FollowUpKind.CALLBACK]
    assert call_back.review_id == kept.id
    follow_ups.close_follow_up(
        ctx, center.supervisor.actor(), call_back.id, category="已解决", note="已补办"
    )
    complaint_id = complaints.file_complaint(
        ctx,
        center.guide.actor(),
        complainant="刘女士",
        content="态度生硬",
        staff_id=center.clerk.staff_id,
    )
    complaints.resolve_complaint(
        ctx,
        center.supervisor.actor(),
        complaint_id,
        outcome="责令整改",
        substantiated=True,
        note="属实",
        reply=Reply("phone", True, "已电话告知投诉人处理结果"),
    )
    (tmp_path / "replay").mkdir()
    target = fresh_sqlite(sqlite_template, tmp_path / "replay")
    try:
        audit.replay(ctx.db, target)
        assert audit.state_dump(target) == audit.state_dump(ctx.db)
    finally:
        target.dispose()

"""The payloads of the oversight events: reviews, follow-ups, complaints, reveals of
personal data, and the supervision that closes the loop: accountability points, 督办
orders, closed statistics periods, inspections and 督查 tasks (part of
:data:`clerk_app.services.event_schemas.EVENT_PAYLOADS`)."""

# No ``from __future__ import annotations`` here: on Python 3.11 a TypedDict with postponed
# annotations cannot tell NotRequired fields from required ones.

from typing import Annotated, NotRequired, TypedDict

from clerk_app.services.payload_check import Day, Id, MaxLength, Moment


class AccountabilityOpened(TypedDict):
    id: Id
    cause: str
    case_id: Id | None
    department_id: Id | None
    direct_staff_id: Id | None
    source_id: Id | None
    note: str
    at: Moment


class AccountabilityPointClosed(TypedDict):
    record_id: Id
    point: str
    outcome: str
    note: str
    attachment: str
    staff_id: Id | None
    at: Moment


class AccountabilityClosed(TypedDict):
    record_id: Id
    at: Moment


class OrderIssued(TypedDict):
    id: Id
    source_kind: str
    source_id: Id | None
    case_id: Id | None
    department_id: Id | None
    window_id: Id | None
    content: str
    due_date: Day
    at: Moment


class OrderAnswered(TypedDict):
    order_id: Id
    answer: str
    staff_id: Id | None
    at: Moment


class PeriodClosed(TypedDict):
    id: Id
    start: Day
    end: Day
    revision: int
    reason: str
    figures: str  # canonical JSON: {grouping: [{key, name, counts}]}
    at: Moment


class InspectionCheck(TypedDict):
    item: str
    passed: bool


class InspectionRecorded(TypedDict):
    id: Id
    held_on: Day
    kind: str
    inspectors: str
    window_ids: list[Id]
    checks: list[InspectionCheck]
    at: Moment


class InspectionFindingAdded(TypedDict):
    id: Id
    inspection_id: Id
    window_id: Id | None
    department_id: Id | None
    staff_id: Id | None
    check_item: str
    note: str
    evidence: str
    action: str
    record_id: Id | None
    order_id: Id | None
    order_due: Day | None
    at: Moment


class InspectionChecklistSet(TypedDict):
    items: list[str]


class TaskCreated(TypedDict):
    id: Id
    title: str
    department_id: Id
    owner_staff_id: Id | None
    method: str
    due_date: Day
    at: Moment


class TaskProgressReported(TypedDict):
    id: Id
    task_id: Id
    note: str
    at: Moment


class TaskCompleted(TypedDict):
    task_id: Id
    result: str
    effect: str
    at: Moment


# --- oversight ----------------------------------------------------------------------------


class ReviewSubmitted(TypedDict):
    id: Id
    level: int
    comment: str
    occasion: str
    staff_id: Id
    window_id: Id | None
    department_id: Id | None
    ticket_id: Id | None
    case_id: Id | None
    created_at: Moment


class ReviewContested(TypedDict):
    review_id: Id
    reason: str
    detail: str
    at: Moment


class ReviewContestDecided(TypedDict):
    review_id: Id
    upheld: bool
    note: str
    staff_id: Id | None
    at: Moment


class FollowUpLimitsSet(TypedDict):
    callback_workdays: int
    rectification_workdays: int
    staff_id: Id | None


class FollowUpOpened(TypedDict):
    id: Id
    kind: str
    review_id: Id | None
    complaint_id: Id | None
    due_date: Day


class FollowUpClosed(TypedDict):
    follow_up_id: Id
    category: str
    note: str
    staff_id: Id | None
    at: Moment


class PersonalDataRevealed(TypedDict):
    case_id: Id
    field: Annotated[str, MaxLength(40)]
    reason: Annotated[str, MaxLength(200)]


class ComplaintFiled(TypedDict):
    id: Id
    complainant: str
    phone: str
    content: str
    case_id: Id | None
    staff_id: Id | None
    department_id: Id | None
    received_at: Moment
    channel: NotRequired[str]  # domain.complaints.Channel; older journals: 现场
    work_order_no: NotRequired[str]
    due_date: NotRequired[Day | None]


class ComplaintReplied(TypedDict):
    complaint_id: Id
    method: str  # domain.complaints.ReplyMethod
    satisfied: bool
    note: str
    at: Moment


class ComplaintFollowedUp(TypedDict):
    id: Id
    complaint_id: Id
    note: str
    at: Moment


class ComplaintLimitSet(TypedDict):
    workdays: int


class ComplaintResolved(TypedDict):
    complaint_id: Id
    substantiated: bool
    outcome: str
    note: str
    staff_id: Id | None
    accountability_id: Id | None
    at: Moment


class ScoreSystemSet(TypedDict):
    system: str  # canonical JSON of the indicator system (domain.scores.System.to_json)


class ScoreRatingEntered(TypedDict):
    start: Day
    end: Day
    department_id: Id
    kind: str  # public_rating / expert_rating
    tenths: int  # the score × 10 (0–1000: 85.5 → 855)
    note: str
    at: Moment

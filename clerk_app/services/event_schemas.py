"""The payload of every event type, declared once and checked in one place.

Each event type has a :class:`~typing.TypedDict` naming its fields and their JSON types;
:data:`EVENT_PAYLOADS` maps the type to it. :func:`validate_payload` checks a decoded
payload (field names, types, required fields, the length of ids, the form of dates and
moments) and raises :class:`InvalidPayload`; :func:`clerk_app.services.events.apply_event`
calls it before any applier runs, so a use case, a replay and an event arriving by sync
are held to the same schema.

Payloads are what :func:`~clerk_app.services.events.encode_payload` makes of a use case's
values: dates and moments are ISO strings, enums their codes. ``X | None`` is a field that
may be null; :class:`~typing.NotRequired` one that older journals may not carry.
"""

# No ``from __future__ import annotations`` here: on Python 3.11 a TypedDict with postponed
# annotations cannot tell NotRequired fields from required ones.

from collections.abc import Mapping
from typing import Annotated, Any, NotRequired, TypedDict

from clerk_app.services.errors import InvalidPayload
from clerk_app.services.event_schemas_supervision import (
    AccountabilityClosed,
    AccountabilityOpened,
    AccountabilityPointClosed,
    ComplaintFiled,
    ComplaintFollowedUp,
    ComplaintLimitSet,
    ComplaintReplied,
    ComplaintResolved,
    FollowUpClosed,
    FollowUpLimitsSet,
    FollowUpOpened,
    InspectionChecklistSet,
    InspectionFindingAdded,
    InspectionRecorded,
    OrderAnswered,
    OrderIssued,
    PeriodClosed,
    PersonalDataRevealed,
    ReviewContestDecided,
    ReviewContested,
    ReviewSubmitted,
    ScoreRatingEntered,
    ScoreSystemSet,
    TaskCompleted,
    TaskCreated,
    TaskProgressReported,
)
from clerk_app.services.payload_check import Day, Id, MaxLength, Moment, check_record
from clerk_app.services.setup_schemas import (
    CenterUpdated,
    DepartmentUpdated,
    ItemUpdated,
    QueueUpdated,
    StaffPassword,
    StaffUnlocked,
    StaffUpdated,
    WindowUpdated,
)

__all__ = ["EVENT_PAYLOADS", "InvalidPayload", "validate_payload"]


# --- catalogue, staff, calendar ------------------------------------------------------------


class CenterCreated(TypedDict):
    id: Id
    code: str
    name: str
    address: str
    query_phone: str
    complaint_phone: str
    reconsideration_body: str
    litigation_court: str


class DepartmentCreated(TypedDict):
    id: Id
    center_id: Id
    code: str
    name: str
    short_name: str


class DepartmentLeadersSet(TypedDict):
    """Legacy (see :data:`LEGACY_EVENT_TYPES`)."""

    id: Id
    head_staff_id: Id | None
    deputy_staff_id: Id | None


class QueueCreated(TypedDict):
    id: Id
    code: str
    name: str
    prefix: str
    department_id: Id | None
    minutes_per_visitor: int


class WindowCreated(TypedDict):
    id: Id
    code: str
    name: str
    department_id: Id | None
    is_green_channel: bool
    queue_ids: list[Id]


class ItemMaterialPayload(TypedDict):
    id: Id
    name: str
    note: str
    originals: int
    copies: int
    required: bool


class ItemStepPayload(TypedDict):
    id: Id
    department_id: Id
    step_limit: int


class ItemCreated(TypedDict):
    id: Id
    code: str
    name: str
    pinyin_initials: str
    department_id: Id
    queue_id: Id | None
    kind: str
    statutory_limit: int
    promised_limit: int
    max_extension: int
    deemed_approval: bool
    needs_licence: bool
    conditions: str
    fees: str
    legal_basis: str
    materials: list[ItemMaterialPayload]
    steps: list[ItemStepPayload]


class StaffCreated(TypedDict):
    id: Id
    staff_no: str
    name: str
    title: str
    role: str
    department_id: Id | None
    password_hash: str


class StaffSignedOn(TypedDict):
    staff_id: Id
    window_id: Id | None


class StaffSignedOff(TypedDict):
    staff_id: Id
    window_id: Id | None


class StaffLoginFailed(TypedDict):
    staff_id: Id
    failures: int
    locked_until: Moment | None


class CalendarEntrySet(TypedDict):
    day: Day
    is_workday: bool
    note: str
    doc_no: str
    at: Moment


# --- queue and windows --------------------------------------------------------------------


class TicketIssued(TypedDict):
    id: Id
    queue_id: Id
    item_id: Id | None
    number: str
    seq: int
    kind: str
    kind_reason: str
    service_day: Day
    issued_at: Moment
    fallback_of: str | None
    mobile: NotRequired[str]  # left at the kiosk (journals before 0010 have none)


class TicketCalled(TypedDict):
    ticket_id: Id
    window_id: Id
    staff_id: Id | None
    at: Moment


class TicketMoved(TypedDict):
    """ticket.recalled, ticket.serving, ticket.finished, ticket.no_show."""

    ticket_id: Id
    at: Moment


class TicketTransferred(TypedDict):
    ticket_id: Id
    queue_id: Id
    window_id: Id | None
    at: Moment


class WindowPaused(TypedDict):
    window_id: Id
    reason: str
    at: Moment


class WindowResumed(TypedDict):
    window_id: Id


# --- front desk ---------------------------------------------------------------------------


class FirstContactRecorded(TypedDict):
    id: Id
    staff_id: Id
    window_id: Id | None
    visitor_name: str
    visitor_phone: str
    question: str
    answer: str
    item_id: Id | None
    created_at: Moment


class ReferralCreated(TypedDict):
    id: Id
    first_contact_id: Id | None
    case_id: Id | None
    from_staff_id: Id
    from_window_id: Id | None
    to_department_id: Id
    to_window_id: Id | None
    item_id: Id | None
    matter: str
    visitor_name: str
    visitor_phone: str
    step_limit: int
    step_due: Day
    created_at: Moment


class ReferralSettled(TypedDict):
    """referral.taken and referral.closed."""

    referral_id: Id
    staff_id: Id | None
    outcome: str
    at: Moment


# --- cases --------------------------------------------------------------------------------


class CaseMaterialPayload(TypedDict):
    id: Id
    material_id: Id | None
    name: str
    position: int
    status: str
    originals: int
    copies: int
    note: str


class CaseReceived(TypedDict):
    id: Id
    case_no: str
    seq: int
    item_id: Id
    department_id: Id
    clerk_id: Id
    window_id: Id | None
    ticket_id: Id | None
    applicant_kind: str
    applicant_name: str
    applicant_id_no: str
    applicant_phone: str
    agent_name: str
    agent_id_no: str
    #: blind index of applicant_id_no (``clerk_app.store.sealed``); older journals lack it
    applicant_id_index: NotRequired[Annotated[str, MaxLength(40)]]
    received_at: Moment
    received_on: Day
    materials: list[CaseMaterialPayload]


class CaseStepPayload(TypedDict):
    id: Id
    department_id: Id
    is_lead: bool
    step_limit: int
    due_date: Day


class CaseAccepted(TypedDict):
    case_id: Id
    accepted_on: Day
    limit_workdays: int
    due_date: Day
    provisional: bool
    deemed: bool
    steps: NotRequired[list[CaseStepPayload]]


class NoticeMaterial(TypedDict):
    name: str
    status: str
    note: str


class CaseSupplementNotice(TypedDict):
    case_id: Id
    materials: list[NoticeMaterial]
    by_supervisor: bool
    accountability_id: Id
    deadline: NotRequired[Day | None]  # the date to supply the materials by


class CaseWithdrawn(TypedDict):
    """case.withdrawn: the supplement deadline passed without the materials."""

    case_id: Id
    deadline: Day
    on: Day
    at: Moment


class NoticeDelivered(TypedDict):
    """notice.delivered: a notice on the 待送达 list reached the applicant."""

    delivery_id: Id
    method: str  # in_person / post / sms
    note: Annotated[str, MaxLength(300)]
    on: Day


class CaseSupplementReceived(TypedDict):
    case_id: Id
    received_on: Day
    materials: list[CaseMaterialPayload]


class CaseRefused(TypedDict):
    case_id: Id
    ground: str
    reason: str
    other_agency: str
    on: Day
    at: Moment


class CaseReferred(TypedDict):
    case_id: Id
    to_department_id: Id
    on: Day
    at: Moment


class CaseClosedOnSpot(TypedDict):
    """case.completed_on_spot and case.deemed_approved."""

    case_id: Id
    on: Day
    at: Moment


class CaseToldOnSpot(TypedDict):
    case_id: Id
    note: str
    on: Day
    at: Moment


class CaseCompleted(TypedDict):
    case_id: Id
    decision: str
    note: str
    on: Day
    at: Moment


class CaseOverdue(TypedDict):
    case_id: Id
    on: Day


class CaseDueChanged(TypedDict):
    case_id: Id
    cause: str
    old_due: Day
    new_due: Day
    provisional: bool
    at: Moment


class CaseSuspended(TypedDict):
    case_id: Id
    suspension_id: Id
    reason: str
    detail: str
    expected_workdays: int
    on: Day


class CaseResumed(TypedDict):
    case_id: Id
    suspension_id: Id
    on: Day
    last_suspended: Day
    suspended_workdays: int
    new_due: Day
    at: Moment


class CaseStepCompleted(TypedDict):
    step_id: Id
    outcome: str
    on: Day


class ExtensionRequested(TypedDict):
    id: Id
    case_id: Id
    workdays: int
    reason: str
    old_due: Day
    at: Moment


class ExtensionDecided(TypedDict):
    request_id: Id
    approve: bool
    note: str
    on: Day
    at: Moment
    new_due: NotRequired[Day]  # only when approved
    # a joint case: the county government leader's approval and its document number
    county_approver: NotRequired[str]
    county_document: NotRequired[str]


class DocumentArchived(TypedDict):
    id: Id
    kind: str
    case_id: Id | None
    ticket_id: Id | None
    referral_id: Id | None
    file_name: str
    sha256: Annotated[str, MaxLength(64)]
    reprint: bool
    printed_at: Moment


class ConflictResolved(TypedDict):
    conflict_id: Id
    note: str
    at: Moment


EVENT_PAYLOADS: Mapping[str, type] = {
    "accountability.closed": AccountabilityClosed,
    "accountability.opened": AccountabilityOpened,
    "accountability.point_closed": AccountabilityPointClosed,
    "calendar.entry_set": CalendarEntrySet,
    "case.accepted": CaseAccepted,
    "case.completed": CaseCompleted,
    "case.completed_on_spot": CaseClosedOnSpot,
    "case.deemed_approved": CaseClosedOnSpot,
    "case.due_changed": CaseDueChanged,
    "case.overdue": CaseOverdue,
    "case.received": CaseReceived,
    "case.referred": CaseReferred,
    "case.refused": CaseRefused,
    "case.resumed": CaseResumed,
    "case.supplement_notice": CaseSupplementNotice,
    "case.supplement_received": CaseSupplementReceived,
    "case.suspended": CaseSuspended,
    "case.told_on_spot": CaseToldOnSpot,
    "case.withdrawn": CaseWithdrawn,
    "case_step.completed": CaseStepCompleted,
    "center.created": CenterCreated,
    "center.updated": CenterUpdated,
    "complaint.filed": ComplaintFiled,
    "complaint.followed_up": ComplaintFollowedUp,
    "complaint.limit_set": ComplaintLimitSet,
    "complaint.replied": ComplaintReplied,
    "complaint.resolved": ComplaintResolved,
    "conflict.resolved": ConflictResolved,
    "department.created": DepartmentCreated,
    "department.updated": DepartmentUpdated,
    "department.leaders_set": DepartmentLeadersSet,
    "document.archived": DocumentArchived,
    "extension.decided": ExtensionDecided,
    "extension.requested": ExtensionRequested,
    "first_contact.recorded": FirstContactRecorded,
    "follow_up.closed": FollowUpClosed,
    "follow_up.opened": FollowUpOpened,
    "inspection.checklist_set": InspectionChecklistSet,
    "inspection.finding_added": InspectionFindingAdded,
    "inspection.recorded": InspectionRecorded,
    "item.created": ItemCreated,
    "item.updated": ItemUpdated,
    "order.answered": OrderAnswered,
    "order.issued": OrderIssued,
    "period.closed": PeriodClosed,
    "score.rating_entered": ScoreRatingEntered,
    "score.system_set": ScoreSystemSet,
    "notice.delivered": NoticeDelivered,
    "personal_data.revealed": PersonalDataRevealed,
    "queue.created": QueueCreated,
    "queue.updated": QueueUpdated,
    "referral.closed": ReferralSettled,
    "referral.created": ReferralCreated,
    "referral.taken": ReferralSettled,
    "review.contest_decided": ReviewContestDecided,
    "review.contested": ReviewContested,
    "review.follow_up_limits_set": FollowUpLimitsSet,
    "review.submitted": ReviewSubmitted,
    "staff.created": StaffCreated,
    "staff.password_changed": StaffPassword,
    "staff.password_reset": StaffPassword,
    "staff.login_failed": StaffLoginFailed,
    "staff.signed_on": StaffSignedOn,
    "staff.signed_off": StaffSignedOff,
    "staff.unlocked": StaffUnlocked,
    "staff.updated": StaffUpdated,
    "task.completed": TaskCompleted,
    "task.created": TaskCreated,
    "task.progress_reported": TaskProgressReported,
    "ticket.called": TicketCalled,
    "ticket.finished": TicketMoved,
    "ticket.issued": TicketIssued,
    "ticket.no_show": TicketMoved,
    "ticket.recalled": TicketMoved,
    "ticket.serving": TicketMoved,
    "ticket.transferred": TicketTransferred,
    "window.created": WindowCreated,
    "window.updated": WindowUpdated,
    "window.paused": WindowPaused,
    "window.resumed": WindowResumed,
}

#: Types that older journals carry and that still apply when pulled or replayed, but that
#: no use case emits any more (:meth:`UnitOfWork.emit` refuses them).
LEGACY_EVENT_TYPES: frozenset[str] = frozenset(
    {"department.leaders_set"}  # now part of department.updated (organisation.save_department)
)


# --- checking -----------------------------------------------------------------------------


def validate_payload(event_type: str, payload: Mapping[str, Any]) -> None:
    """Refuse a payload that does not match its event type's schema (or an unknown type)."""
    schema = EVENT_PAYLOADS.get(event_type)
    if schema is None:
        raise InvalidPayload(f"未知的事件类型“{event_type}”", event_type=event_type)
    check_record(event_type, schema, payload, "")

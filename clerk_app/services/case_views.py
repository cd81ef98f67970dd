"""Shared reads and mappings for cases: rows → domain snapshots → plain views for the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain import cases as rules
from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.cases import CaseSnapshot, CaseState, Decision, ItemKind
from clerk_app.domain.deadlines import (
    KIND_JOINT,
    KIND_LICENCE,
    Light,
    WarningPolicy,
    due_date,
    max_extension_workdays,
    warning_level,
    workdays_left,
)
from clerk_app.domain.validation import mask_id_card, mask_uscc
from clerk_app.services.errors import NotFound
from clerk_app.store.models import (
    Case,
    CaseMaterial,
    Department,
    ExtensionRequest,
    ServiceItem,
    Staff,
    Suspension,
    Window,
)
from clerk_app.store.sealed import is_sealed

OPEN_STATES = (
    CaseState.RECEIVED.value,
    CaseState.ACCEPTED.value,
    CaseState.SUSPENDED.value,
    CaseState.SUPPLEMENT_NOTICE.value,
)
RUNNING_STATES = (CaseState.ACCEPTED.value, CaseState.SUSPENDED.value)


@dataclass(frozen=True)
class MaterialLine:
    material_id: str | None
    name: str
    status: str  # received | missing | deficient
    originals: int
    copies: int
    note: str


@dataclass(frozen=True)
class CaseView:
    id: str
    case_no: str
    item_id: str
    item_code: str
    item_name: str
    item_kind: ItemKind
    department_id: str
    department_name: str
    window_id: str | None
    window_code: str
    clerk_id: str
    clerk_name: str
    applicant_kind: str
    applicant_name: str
    applicant_id_masked: str
    applicant_phone: str
    agent_name: str
    state: CaseState
    received_on: date
    accepted_on: date | None
    limit_workdays: int
    due_date: date | None
    provisional_due: bool
    workdays_left: int | None
    light: Light | None
    overdue: bool
    decision: str
    supplement_count: int
    refusal_reason: str
    refusal_agency: str
    materials: tuple[MaterialLine, ...]
    pending_extension: bool
    #: Working days an extension may still add (the statutory extension less those approved).
    extension_left: int = 0


def allowed_on(view: CaseView, *, today: date, by_supervisor: bool) -> frozenset[rules.CaseAction]:
    """What the domain allows on the case shown by ``view`` (the UI enables these).

    Extension is asked with ``by_supervisor`` of whoever decides it: a clerk's request
    needs a case a supervisor could still extend (before its due date).
    """
    case = CaseSnapshot(
        received_on=view.received_on,
        item_kind=view.item_kind,
        state=view.state,
        accepted_on=view.accepted_on,
        due_on=view.due_date,
        supplement_notices=view.supplement_count,
    )
    complete = all(m.status == "received" for m in view.materials)
    actions = rules.allowed_actions(
        case, today=today, by_supervisor=by_supervisor, materials_complete=complete
    )
    if view.extension_left <= 0:  # the statutory extension is used up, or the item has none
        actions -= {rules.CaseAction.EXTEND}
    return actions


def get_case(s: Session, case_id: str) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound("找不到该办件")
    return case


def get_item(s: Session, item_id: str) -> ServiceItem:
    item = s.get(ServiceItem, item_id)
    if item is None:
        raise NotFound("找不到该事项")
    return item


def suspension_ranges(
    s: Session, case_id: str, *, today: date | None = None
) -> list[tuple[date, date]]:
    """Inclusive ranges the clock stood still; an open one runs to ``today``."""
    out = []
    for sus in s.scalars(select(Suspension).where(Suspension.case_id == case_id)):
        last = sus.end_on if sus.end_on is not None else today
        if last is not None and last >= sus.start_on:
            out.append((sus.start_on, last))
    return out


def recompute_due(
    s: Session,
    cal: WorkCalendar,
    case: Case,
    *,
    extra_extension: int = 0,
    closing: tuple[date, date] | None = None,
) -> date:
    """The due date from the acceptance day, the suspensions and the extensions.

    ``closing`` ends the open suspension at that (inclusive) range; ``extra_extension``
    adds working days about to be approved.
    """
    assert case.accepted_on is not None
    ranges = suspension_ranges(s, case.id)
    if closing is not None and closing[1] >= closing[0]:
        ranges.append(closing)
    return due_date(
        cal,
        case.accepted_on,
        case.limit_workdays,
        suspensions=ranges,
        extension_workdays=case.extension_workdays + extra_extension,
    )


def extension_kind(item: ServiceItem) -> str:
    return KIND_JOINT if item.kind == ItemKind.JOINT.value else KIND_LICENCE


def snapshot(s: Session, case: Case) -> CaseSnapshot:
    item = get_item(s, case.item_id)
    sus = s.scalar(
        select(Suspension).where(Suspension.case_id == case.id, Suspension.end_on.is_(None))
    )
    return CaseSnapshot(
        received_on=case.received_on,
        item_kind=ItemKind(item.kind),
        deemed_approval_item=item.deemed_approval,
        state=CaseState(case.state),
        accepted_on=case.accepted_on,
        due_on=case.due_date,
        supplement_notices=case.supplement_count,
        suspension_reason=sus.reason if sus else "",
        suspended_on=sus.start_on if sus else None,
        decision=Decision(case.decision) if case.decision else None,
        refusal_reason=case.refusal_reason,
        other_agency=case.refusal_agency,
        closed_on=case.closed_on,
    )


def store_snapshot(case: Case, snap: CaseSnapshot) -> None:
    case.state = snap.state.value
    case.accepted_on = snap.accepted_on
    case.due_date = snap.due_on
    case.supplement_count = snap.supplement_notices
    case.decision = snap.decision.value if snap.decision else ""
    case.refusal_reason = snap.refusal_reason
    case.closed_on = snap.closed_on


#: What shows in place of a number sealed with a key this workstation does not hold.
UNAVAILABLE = "（不可用：本机没有数据密钥）"


def readable(value: str) -> str:
    """``value`` as the services read it, or :data:`UNAVAILABLE` when it stayed sealed
    (no data key here, or not the key that sealed it): never the ciphertext, never a crash."""
    return UNAVAILABLE if is_sealed(value) else value


def mask_applicant(kind: str, id_no: str) -> str:
    if is_sealed(id_no):
        return UNAVAILABLE
    return mask_uscc(id_no) if kind == "enterprise" else mask_id_card(id_no)


def case_view(
    s: Session, case: Case, cal: WorkCalendar, today: date, policy: WarningPolicy | None = None
) -> CaseView:
    item = get_item(s, case.item_id)
    dept = s.get(Department, case.department_id)
    window = s.get(Window, case.window_id) if case.window_id else None
    clerk = s.get(Staff, case.clerk_id)
    mats = s.scalars(
        select(CaseMaterial).where(CaseMaterial.case_id == case.id).order_by(CaseMaterial.position)
    ).all()
    pending = s.scalar(
        select(ExtensionRequest.id)
        .where(ExtensionRequest.case_id == case.id, ExtensionRequest.status == "pending")
        .limit(1)
    )
    running = case.state in RUNNING_STATES and case.due_date is not None
    light = left = None
    if running:
        assert case.due_date is not None and case.accepted_on is not None
        left = workdays_left(cal, today, case.due_date)
        light = warning_level(
            cal, today, case.accepted_on, case.due_date, policy or WarningPolicy()
        )
        if case.state == CaseState.SUSPENDED.value and not rules.is_overdue(
            snapshot(s, case), today=today
        ):
            light = Light.GREEN if light is Light.RED else light
    return CaseView(
        id=case.id,
        case_no=case.case_no,
        item_id=item.id,
        item_code=item.code,
        item_name=item.name,
        item_kind=ItemKind(item.kind),
        department_id=case.department_id,
        department_name=dept.name if dept else "",
        window_id=case.window_id,
        window_code=window.code if window else "",
        clerk_id=case.clerk_id,
        clerk_name=clerk.name if clerk else "",
        applicant_kind=case.applicant_kind,
        applicant_name=case.applicant_name,
        applicant_id_masked=mask_applicant(case.applicant_kind, case.applicant_id_no),
        applicant_phone=readable(case.applicant_phone),
        agent_name=case.agent_name,
        state=CaseState(case.state),
        received_on=case.received_on,
        accepted_on=case.accepted_on,
        limit_workdays=case.limit_workdays,
        due_date=case.due_date,
        provisional_due=case.provisional_due,
        workdays_left=left,
        light=light,
        overdue=case.overdue,
        decision=case.decision,
        supplement_count=case.supplement_count,
        refusal_reason=case.refusal_reason,
        refusal_agency=case.refusal_agency,
        materials=tuple(
            MaterialLine(m.material_id, m.name, m.status, m.originals, m.copies, m.note)
            for m in mats
        ),
        pending_extension=pending is not None,
        extension_left=extension_left(item, case),
    )


def extension_left(item: ServiceItem, case: Case) -> int:
    """Working days an extension may still add to ``case`` (0: nothing can be extended)."""
    allowed = max_extension_workdays(item.statutory_limit, extension_kind(item), item.max_extension)
    return max(0, allowed - case.extension_workdays)

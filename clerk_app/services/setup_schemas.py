"""The payloads of the administrator's events (the organisation and the catalogue, whole
records); :mod:`clerk_app.services.event_schemas` lists them with the others."""

# No ``from __future__ import annotations``: see event_schemas.

from typing import Annotated, TypedDict

from clerk_app.services.payload_check import Day, Id, MaxLength


class ItemStepRecord(TypedDict):
    id: Id
    department_id: Id
    step_limit: int


class CenterUpdated(TypedDict):
    id: Id
    name: str
    address: str
    query_phone: str
    complaint_phone: str
    supervision_phone: str
    opening_hours: str
    progress_query_url: str
    seal_text: str
    hall_notice: str
    reconsideration_body: str
    litigation_court: str


class DepartmentUpdated(TypedDict):
    id: Id
    code: str
    name: str
    short_name: str
    head_staff_id: Id | None
    deputy_staff_id: Id | None
    reconsideration_body: str
    litigation_court: str
    phone: str
    active: bool


class QueueUpdated(TypedDict):
    id: Id
    code: str
    name: str
    prefix: str
    department_id: Id | None
    minutes_per_visitor: int
    active: bool


class WindowUpdated(TypedDict):
    id: Id
    code: str
    name: str
    department_id: Id | None
    extra_department_ids: list[Id]
    queue_ids: list[Id]
    kind: str
    zone: str
    active: bool


class StaffUpdated(TypedDict):
    id: Id
    staff_no: str
    name: str
    title: str
    role: str
    department_id: Id | None
    window_ids: list[Id]
    active: bool


class StaffPassword(TypedDict):
    staff_id: Id
    password_hash: Annotated[str, MaxLength(400)]  # sealed with the centre's data key


class StaffUnlocked(TypedDict):
    staff_id: Id


class ItemMaterialRecord(TypedDict):
    id: Id
    name: str
    note: str
    originals: int
    copies: int
    required: bool
    sample: str


class ItemUpdated(TypedDict):
    id: Id
    code: str
    name: str
    pinyin_initials: str
    department_id: Id
    queue_id: Id | None
    kind: str
    category: str
    statutory_limit: int
    promised_limit: int
    max_extension: int
    deemed_approval: bool
    deemed_approval_basis: str
    needs_licence: bool
    on_site: bool
    conditions: str
    fees: str
    fee_basis: str
    legal_basis: str
    result_document: str
    authorisation: str
    supplement_days: int
    status: str
    status_from: Day | None
    status_note: str
    materials: list[ItemMaterialRecord]
    refusal_reasons: list[str]
    steps: list[ItemStepRecord]

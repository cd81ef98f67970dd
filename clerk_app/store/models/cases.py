"""Cases (办件) and everything that hangs on one: materials, steps, suspensions, extensions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime
from clerk_app.store.sealed import Sealed


class Case(Base):
    __tablename__ = "case_file"
    __table_args__ = (
        Index("ix_case_open", "state", "due_date"),
        Index("ix_case_closed_on", "closed_on"),  # a period's closed cases (statistics)
        # The statistics read these two instead of the wide rows (0017): accepted in a
        # period; decided in a period or still open / closed after it.
        Index(
            "ix_case_accepted",
            "accepted_on",
            "item_id",
            "on_spot",
            "state",
            "closed_on",
            "department_id",
            "window_id",
            "clerk_id",
        ),
        Index(
            "ix_case_state_closed",
            "state",
            "closed_on",
            "due_date",
            "accepted_on",
            "overdue",
            "department_id",
            "window_id",
            "clerk_id",
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_no: Mapped[str] = mapped_column(String(40), unique=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("service_item.id"))
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"))
    window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    clerk_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("ticket.id"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    applicant_kind: Mapped[str] = mapped_column(String(16))
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_id_no: Mapped[str] = mapped_column(Sealed(120))
    applicant_id_index: Mapped[str] = mapped_column(
        String(40), default="", server_default="", index=True
    )
    applicant_phone: Mapped[str] = mapped_column(Sealed(160), default="")
    agent_name: Mapped[str] = mapped_column(String(50), default="")
    agent_id_no: Mapped[str] = mapped_column(Sealed(120), default="")
    state: Mapped[str] = mapped_column(String(24))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    received_on: Mapped[date] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    limit_workdays: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[date | None] = mapped_column(Date)
    provisional_due: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_workdays: Mapped[int] = mapped_column(Integer, default=0)
    supplement_count: Mapped[int] = mapped_column(Integer, default=0)
    #: The date by which the materials of the one-time notice must be supplied; past it
    #: the application is closed as withdrawn (None: no deadline was given).
    supplement_due: Mapped[date | None] = mapped_column(Date, default=None)
    decision: Mapped[str] = mapped_column(String(16), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    refusal_agency: Mapped[str] = mapped_column(String(100), default="")
    on_spot: Mapped[bool] = mapped_column(Boolean, default=False)
    deemed_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    overdue: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_on: Mapped[date | None] = mapped_column(Date)


class CaseMaterial(Base):
    __tablename__ = "case_material"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    material_id: Mapped[str | None] = mapped_column(ForeignKey("item_material.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    originals: Mapped[int] = mapped_column(Integer, default=0)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(300), default="")


class CaseStep(Base):
    """An internal step with its own limit: a department's part of a joint case."""

    __tablename__ = "case_step"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"))
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    step_limit: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")


class Suspension(Base):
    __tablename__ = "suspension"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    expected_workdays: Mapped[int] = mapped_column(Integer, default=0)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class ExtensionRequest(Base):
    __tablename__ = "extension_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    workdays: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    decision_note: Mapped[str] = mapped_column(Text, default="")
    old_due: Mapped[date] = mapped_column(Date)
    new_due: Mapped[date | None] = mapped_column(Date)
    #: A joint case's extension: the county government leader who approved it and the
    #: document number of that approval.
    county_approver: Mapped[str] = mapped_column(String(100), default="")
    county_document: Mapped[str] = mapped_column(String(100), default="")


class DueDateChange(Base):
    """Every change of a case's due date with its cause (calendar change, suspension…)."""

    __tablename__ = "due_date_change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    old_due: Mapped[date | None] = mapped_column(Date)
    new_due: Mapped[date] = mapped_column(Date)
    cause: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ArchivedDocument(Base):
    """A printed document kept as PDF with its case; reprints are counted."""

    __tablename__ = "archived_document"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("ticket.id"))
    referral_id: Mapped[str | None] = mapped_column(ForeignKey("referral.id"))
    kind: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    printed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)


class NoticeDelivery(Base):
    """A notice the sweep decided (视为受理, 超时默认, 视为撤回) waiting to reach the
    applicant: on the 待送达 list of its department until its delivery is recorded."""

    __tablename__ = "notice_delivery"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"), index=True)
    #: the archive's document kind: deemed_acceptance_notice / deemed_approval_notice /
    #: withdrawal_notice
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    #: in_person / post / sms ("" while not delivered)
    method: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    delivered_on: Mapped[date | None] = mapped_column(Date, default=None)
    delivered_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)

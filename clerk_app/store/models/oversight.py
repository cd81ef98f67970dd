"""Supervision: reviews, call-backs, rectifications, complaints, accountability, calendar."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime
from clerk_app.store.sealed import Sealed


class Review(Base):
    """好差评: one per service occasion (a ticket, or a case when there is no ticket)."""

    __tablename__ = "review"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    occasion: Mapped[str] = mapped_column(String(80), unique=True)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("ticket.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    level: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    contest_status: Mapped[str] = mapped_column(String(16), default="")
    contest_reason: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    """A call-back or a rectification opened by a bad review or a complaint."""

    __tablename__ = "follow_up"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    review_id: Mapped[str | None] = mapped_column(ForeignKey("review.id"), index=True)
    complaint_id: Mapped[str | None] = mapped_column(ForeignKey("complaint.id"))
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    outcome_category: Mapped[str] = mapped_column(String(32), default="")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Complaint(Base):
    """效能投诉 against a clerk, a window or a department."""

    __tablename__ = "complaint"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    complainant: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(Sealed(160), default="")
    content: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16), default="open")
    outcome: Mapped[str] = mapped_column(Text, default="")


class AccountabilityRecord(Base):
    """责任追究: opened by an overdue case, a deemed approval, a second notice, a complaint."""

    __tablename__ = "accountability_record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    cause: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    complaint_id: Mapped[str | None] = mapped_column(ForeignKey("complaint.id"))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    main_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    supervising_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    direct_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16), default="open")
    note: Mapped[str] = mapped_column(Text, default="")


class CalendarEntry(Base):
    """A local calendar entry, with its source document; it wins over the official one."""

    __tablename__ = "calendar_entry"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    doc_no: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime())

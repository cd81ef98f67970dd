"""Supervision: reviews, call-backs, rectifications, complaints, accountability, 督办,
closed statistics periods, calendar."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime
from clerk_app.store.sealed import Sealed


class Review(Base):
    """好差评: one per service occasion (a ticket, or a case when there is no ticket)."""

    __tablename__ = "review"
    # the statistics count a period's reviews from this index alone (0017)
    __table_args__ = (
        Index(
            "ix_review_created",
            "created_at",
            "contest_status",
            "level",
            "department_id",
            "window_id",
            "staff_id",
        ),
    )

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
    #: 现场 / 12345·县长热线 / 部门热线 / 网上 / 信件 (``domain.reviews.Channel``)
    channel: Mapped[str] = mapped_column(String(16), default="onsite", server_default="onsite")
    work_order_no: Mapped[str | None] = mapped_column(String(40), unique=True, index=True)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    reply_method: Mapped[str] = mapped_column(String(16), default="", server_default="")
    replied_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    reply_satisfied: Mapped[bool | None] = mapped_column(Boolean, default=None)
    reply_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class ComplaintFollowUp(Base):
    """跟进: what was done on a complaint while it is handled."""

    __tablename__ = "complaint_follow_up"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaint.id"), index=True)
    note: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime())


class AccountabilityRecord(Base):
    """责任追究: opened by an overdue case, a deemed approval, a second notice, a complaint."""

    __tablename__ = "accountability_record"
    # the board's escalations: open records by the day they opened (0017)
    __table_args__ = (Index("ix_accountability_open", "status", "opened_at"),)

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
    #: What opened it besides a case or complaint (a referral, a step, a follow-up, an
    #: order): one record per source and cause.
    source_id: Mapped[str | None] = mapped_column(String(36), index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    #: The outcome fixed on the responsibility point (``domain.accountability.Outcome``).
    outcome: Mapped[str] = mapped_column(String(16), default="")


class CalendarEntry(Base):
    """A local calendar entry, with its source document; it wins over the official one."""

    __tablename__ = "calendar_entry"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    doc_no: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AccountabilityPoint(Base):
    """One of the four points (四不放过) of an accountability record, once closed."""

    __tablename__ = "accountability_point"

    record_id: Mapped[str] = mapped_column(ForeignKey("accountability_record.id"), primary_key=True)
    point: Mapped[str] = mapped_column(String(16), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text)
    attachment: Mapped[str] = mapped_column(String(300), default="")
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SupervisionOrder(Base):
    """督办: a supervisor orders a department or a window to act by a date; it answers."""

    __tablename__ = "supervision_order"
    __table_args__ = (Index("ix_supervision_order_open", "status", "due_date"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source_kind: Mapped[str] = mapped_column(String(16))  # board / case / complaint / finding
    source_id: Mapped[str | None] = mapped_column(String(36))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"), index=True)
    window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    content: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16), default="open")  # open / answered
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ClosedPeriod(Base):
    """A statistics period closed by a supervisor: its figures frozen, revision by revision."""

    __tablename__ = "closed_period"
    __table_args__ = (UniqueConstraint("start_on", "end_on", "revision"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    revision: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    #: The rows of every grouping as of the close, canonical JSON.
    figures: Mapped[str] = mapped_column(Text)


class Inspection(Base):
    """明查暗访: an inspection of the hall on a day, by named inspectors."""

    __tablename__ = "inspection"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # open / unannounced
    inspectors: Mapped[str] = mapped_column(String(200))
    #: The windows visited and the checklist results, canonical JSON.
    windows: Mapped[str] = mapped_column(Text)
    checks: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class InspectionFinding(Base):
    """A problem found at a window, with its evidence and what it opened."""

    __tablename__ = "inspection_finding"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), index=True)
    window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    check_item: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(16))  # record / order / none
    record_id: Mapped[str | None] = mapped_column(String(36))
    order_id: Mapped[str | None] = mapped_column(String(36))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SupervisionTask(Base):
    """督查: 谁去落实 (owner), 怎么落实 (method), 何时落实 (deadline), 落实成效 (result, effect)."""

    __tablename__ = "supervision_task"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"), index=True)
    owner_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    method: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open / done
    result: Mapped[str] = mapped_column(Text, default="")
    effect: Mapped[str] = mapped_column(String(16), default="")  # good / fair / poor
    created_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SupervisionTaskReport(Base):
    """A progress report on a 督查 task."""

    __tablename__ = "supervision_task_report"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("supervision_task.id"), index=True)
    note: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime())

"""The front of the counter: queue tickets, first contacts and referrals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime
from clerk_app.store.sealed import Sealed


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("queue_id", "service_day", "number"),
        Index("ix_ticket_waiting", "queue_id", "service_day", "state"),
        # the board: today's waiting tickets per queue, the tickets called or served (0017)
        Index("ix_ticket_state_day", "state", "service_day", "queue_id", "issued_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    queue_id: Mapped[str] = mapped_column(ForeignKey("queue.id"))
    service_day: Mapped[date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), default="normal")
    kind_reason: Mapped[str] = mapped_column(String(200), default="")
    item_id: Mapped[str | None] = mapped_column(ForeignKey("service_item.id"))
    # left at the kiosk, optional (personal data: never printed or logged)
    mobile: Mapped[str] = mapped_column(Sealed(160), default="", server_default="")
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    recalls: Mapped[int] = mapped_column(Integer, default=0)
    transfers: Mapped[int] = mapped_column(Integer, default=0)
    transferred_from: Mapped[str | None] = mapped_column(ForeignKey("queue.id"))
    target_window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    # Set to the workstation code for a ticket numbered locally while the central queue was
    # unreachable: only that workstation's windows call it until it reaches the central.
    fallback_of: Mapped[str | None] = mapped_column(String(32))


class FirstContact(Base):
    """首问登记: who asked what at which desk, and what they were told or where sent."""

    __tablename__ = "first_contact"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    visitor_name: Mapped[str] = mapped_column(String(50))
    visitor_phone: Mapped[str] = mapped_column(Sealed(160), default="")
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    item_id: Mapped[str | None] = mapped_column(ForeignKey("service_item.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Referral(Base):
    """转办: a matter sent to the competent department, followed by its first responder."""

    __tablename__ = "referral"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    first_contact_id: Mapped[str | None] = mapped_column(ForeignKey("first_contact.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    from_staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    from_window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    to_department_id: Mapped[str] = mapped_column(ForeignKey("department.id"))
    to_window_id: Mapped[str | None] = mapped_column(ForeignKey("service_window.id"))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("service_item.id"))
    matter: Mapped[str] = mapped_column(Text)
    visitor_name: Mapped[str] = mapped_column(String(50), default="")
    visitor_phone: Mapped[str] = mapped_column(Sealed(160), default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    step_limit: Mapped[int] = mapped_column(Integer, default=1)
    step_due: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    taken_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    outcome: Mapped[str] = mapped_column(Text, default="")

"""Replication bookkeeping: the pull cursor, conflicts, and the central queue's claims.

The same tables exist in every database (one schema everywhere); ``ticket_claim``,
``queue_number`` and ``central_workstation`` are only written in the central database.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime


class SyncState(Base):
    """Small key/value facts of the sync worker (``pulled_through``, ``last_sync_at``…)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """An event journaled but NOT applied where it was detected, because its precondition
    failed there. Both sides are kept: the event itself and the events that got there first.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("event_id", "detected_by"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    event_type: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(32))
    detected_by: Mapped[str] = mapped_column(String(32))  # "central" or a workstation code
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime())
    reason: Mapped[str] = mapped_column(Text)
    their_side: Mapped[str] = mapped_column(Text)  # the refused event, JSON
    our_side: Mapped[str] = mapped_column(Text)  # earlier events on the same records, JSON
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolution: Mapped[str] = mapped_column(Text, default="")


class TicketClaim(Base):
    """Central only: which window took which ticket. The primary key makes a claim unique."""

    __tablename__ = "ticket_claim"
    __table_args__ = (Index("ix_ticket_claim_window", "window_id", "service_day"),)

    ticket_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    window_id: Mapped[str] = mapped_column(String(36))
    service_day: Mapped[date] = mapped_column(Date)
    claimed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class QueueNumber(Base):
    """Central only: the last ticket number issued per queue and service day."""

    __tablename__ = "queue_number"

    queue_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class CentralWorkstation(Base):
    """Central only: the database login of each workstation; events may only be written by
    the login registered for their ``workstation`` (row-level security)."""

    __tablename__ = "central_workstation"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class WorkstationWindow(Base):
    """Central only: the windows a workstation serves (``central add-workstation --window``);
    a workstation acts only on its own windows (calls, claims, pauses)."""

    __tablename__ = "workstation_window"

    workstation: Mapped[str] = mapped_column(String(32), primary_key=True)
    window_code: Mapped[str] = mapped_column(String(16), primary_key=True)


class CentralCursor(Base):
    """Central only: how far each workstation has pulled, as it last told the central."""

    __tablename__ = "central_cursor"

    workstation: Mapped[str] = mapped_column(String(32), primary_key=True)
    pulled_through: Mapped[int] = mapped_column(BigInteger)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())

"""The event journal: every change, attributed, time-stamped and hash-chained per workstation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (UniqueConstraint("workstation", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, unique=True)
    workstation: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(64), index=True)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    window_id: Mapped[str | None] = mapped_column(String(36))
    occurred_at: Mapped[str] = mapped_column(String(40))
    request_id: Mapped[str | None] = mapped_column(String(64), index=True)
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
    central_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)


class ChainHead(Base):
    """The last event of each workstation's chain, so a removed tail is detected too."""

    __tablename__ = "chain_head"

    workstation: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class Counter(Base):
    """Local number series: case numbers per day, tickets per queue and day."""

    __tablename__ = "counter"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class Setting(Base):
    """Center-wide settings that travel with the data (warning shares, follow-up limits…)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))

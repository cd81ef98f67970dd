"""The center and its organisation: departments, windows, staff, queues, service items."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime


class Center(Base):
    __tablename__ = "center"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    query_phone: Mapped[str] = mapped_column(String(40), default="")
    complaint_phone: Mapped[str] = mapped_column(String(40), default="")
    reconsideration_body: Mapped[str] = mapped_column(String(100), default="")
    litigation_court: Mapped[str] = mapped_column(String(100), default="")


class Department(Base):
    __tablename__ = "department"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("center.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(40), default="")


class Queue(Base):
    """A line of visitors: tickets are numbered per queue and per service day."""

    __tablename__ = "queue"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(4))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    minutes_per_visitor: Mapped[int] = mapped_column(Integer, default=8)


class Window(Base):
    __tablename__ = "service_window"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    is_green_channel: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), default="open")
    pause_reason: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class WindowQueue(Base):
    """Which queues a window calls from, in order of preference."""

    __tablename__ = "window_queue"

    window_id: Mapped[str] = mapped_column(ForeignKey("service_window.id"), primary_key=True)
    queue_id: Mapped[str] = mapped_column(ForeignKey("queue.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(16))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    title: Mapped[str] = mapped_column(String(50), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServiceItem(Base):
    __tablename__ = "service_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    pinyin_initials: Mapped[str] = mapped_column(String(100), index=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"))
    queue_id: Mapped[str | None] = mapped_column(ForeignKey("queue.id"))
    kind: Mapped[str] = mapped_column(String(16))
    statutory_limit: Mapped[int] = mapped_column(Integer)
    promised_limit: Mapped[int] = mapped_column(Integer)
    max_extension: Mapped[int] = mapped_column(Integer, default=0)
    deemed_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_licence: Mapped[bool] = mapped_column(Boolean, default=True)
    conditions: Mapped[str] = mapped_column(Text, default="")
    fees: Mapped[str] = mapped_column(String(200), default="不收费")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ItemMaterial(Base):
    """One entry of an item's materials catalogue."""

    __tablename__ = "item_material"
    __table_args__ = (UniqueConstraint("item_id", "position"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("service_item.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    originals: Mapped[int] = mapped_column(Integer, default=1)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(300), default="")


class ItemStep(Base):
    """并联审批: a department's part of a joint item, with its own limit in working days."""

    __tablename__ = "item_step"
    __table_args__ = (UniqueConstraint("item_id", "department_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("service_item.id"), index=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"))
    position: Mapped[int] = mapped_column(Integer)
    step_limit: Mapped[int] = mapped_column(Integer)

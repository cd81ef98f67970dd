"""The center and its organisation: departments, windows, staff, queues, service items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clerk_app.store.models.base import Base, UtcDateTime
from clerk_app.store.sealed import Sealed


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
    supervision_phone: Mapped[str] = mapped_column(String(40), default="")
    #: The hall's opening hours as posted, e.g. "工作日 9:00-12:00, 13:30-17:00".
    opening_hours: Mapped[str] = mapped_column(String(200), default="")
    #: Where a receipt's QR code leads (a progress-query page); empty: the bare case number.
    progress_query_url: Mapped[str] = mapped_column(String(300), default="")
    seal_text: Mapped[str] = mapped_column(String(100), default="")
    #: The administrator's announcement for the hall (call display's scrolling line).
    hall_notice: Mapped[str] = mapped_column(Text, default="")


class Department(Base):
    __tablename__ = "department"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_id: Mapped[str] = mapped_column(ForeignKey("center.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    #: 主要负责人 and 分管负责人: staff ids (role ``leader``), no foreign key because staff
    #: rows point at their department; the services check that they exist.
    head_staff_id: Mapped[str | None] = mapped_column(String(36), default=None)
    deputy_staff_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: The agency hearing an administrative reconsideration of its decisions and the
    #: competent court; empty: the centre's.
    reconsideration_body: Mapped[str] = mapped_column(String(100), default="")
    litigation_court: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Queue(Base):
    """A line of visitors: tickets are numbered per queue and per service day."""

    __tablename__ = "queue"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(4))
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    minutes_per_visitor: Mapped[int] = mapped_column(Integer, default=8)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
    #: ordinary / comprehensive (综合窗口) / green (重点项目绿色通道) / joint (并联审批).
    kind: Mapped[str] = mapped_column(String(16), default="ordinary")
    #: Where its visitors wait (zone, floor), printed on the ticket.
    zone: Mapped[str] = mapped_column(String(100), default="")
    #: Closed by the administrator (not a pause): no calls, not on the board.
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WindowDepartment(Base):
    """The further departments a comprehensive window serves (its own is ``department_id``)."""

    __tablename__ = "window_department"

    window_id: Mapped[str] = mapped_column(ForeignKey("service_window.id"), primary_key=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"), primary_key=True)


class StaffWindow(Base):
    """The windows a member of staff may sit at; none listed: any of their department's."""

    __tablename__ = "staff_window"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    window_id: Mapped[str] = mapped_column(ForeignKey("service_window.id"), primary_key=True)


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
    password_hash: Mapped[str] = mapped_column(Sealed(400))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: A temporary password set by an administrator: it must be changed at sign-on.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


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
    #: licence (行政许可) / confirmation (行政确认、登记) / filing (备案) / benefit (行政给付)
    #: / public_service (公共服务) / other: the wording of results and notices.
    category: Mapped[str] = mapped_column(String(16), default="licence")
    #: active / adjusted (from ``status_from``, with a note) / cancelled (from
    #: ``status_from``: no new intake, open cases continue).
    status: Mapped[str] = mapped_column(String(16), default="active")
    status_from: Mapped[date | None] = mapped_column(Date, default=None)
    status_note: Mapped[str] = mapped_column(Text, default="")
    #: The local document that puts this item under 超时默认, with its number.
    deemed_approval_basis: Mapped[str] = mapped_column(Text, default="")
    #: The window's chief representative decides it at the centre (现场办结 eligible).
    on_site: Mapped[bool] = mapped_column(Boolean, default=True)
    fee_basis: Mapped[str] = mapped_column(Text, default="")
    #: The result document, e.g. 营业执照, 不动产权证书.
    result_document: Mapped[str] = mapped_column(String(100), default="")
    #: Authorisation to the window (授权到位): full / partial / none.
    authorisation: Mapped[str] = mapped_column(String(16), default="full")
    #: Working days the applicant has to supply what a one-time notice lists.
    supplement_days: Mapped[int] = mapped_column(Integer, default=20)


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
    #: A filled-in sample (示范文本) the applicant can be shown, by its file name or note.
    sample: Mapped[str] = mapped_column(String(300), default="")
    #: Removed from the item's list by an administrator; kept for the cases that cite it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class ItemRefusalReason(Base):
    """A standard reason offered at the counter when refusing this item."""

    __tablename__ = "item_refusal_reason"
    __table_args__ = (UniqueConstraint("item_id", "position"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("service_item.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))


class ItemStep(Base):
    """并联审批: a department's part of a joint item, with its own limit in working days."""

    __tablename__ = "item_step"
    __table_args__ = (UniqueConstraint("item_id", "department_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("service_item.id"), index=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"))
    position: Mapped[int] = mapped_column(Integer)
    step_limit: Mapped[int] = mapped_column(Integer)

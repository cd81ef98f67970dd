"""Staff accounts kept by the administrator: details, role, windows, leaving; a temporary
password to be changed at the next sign-on; unlocking after too many wrong passwords.

Nobody may deactivate or demote the last active administrator. Events: ``staff.updated``
(the whole record), ``staff.password_reset``, ``staff.unlocked``, and
``staff.password_changed`` (by the member of staff themselves).
"""

from __future__ import annotations

import secrets
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.organisation import check_keeps_an_admin, check_no_duplicates
from clerk_app.domain.passwords import MIN_LENGTH, hash_password, verify_password
from clerk_app.domain.text_limits import check_text
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.organisation import require_admin
from clerk_app.services.rows import new_id
from clerk_app.services.setup_records import StaffRecord
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import Department, Staff, StaffWindow, Window

#: Letters and digits a person can read aloud without confusion (no 0/O, 1/l/I).
_READABLE = "abcdefghjkmnpqrstuvwxyz23456789"
PERSON_ROLES = tuple(r for r in Role if r is not Role.SYSTEM)


def _role(value: str) -> Role:
    try:
        role = Role(value)
    except ValueError:
        role = Role.SYSTEM
    if role is Role.SYSTEM:
        raise InvalidInput(f"角色“{value[:20]}”无效", field="staff_role")
    return role


def _active_admins(s: Session) -> list[str]:
    return list(s.scalars(select(Staff.id).where(Staff.role == Role.ADMIN, Staff.active.is_(True))))


def checked_staff(s: Session, r: StaffRecord) -> dict[str, object]:
    staff_no = check_text("staff_no", r.staff_no)
    name = check_text("staff_name", r.name)
    if not staff_no:
        raise InvalidInput("请填写工号", field="staff_no")
    if not name:
        raise InvalidInput("请填写姓名", field="staff_name")
    role = _role(r.role)
    title = check_text("staff_title", r.title)
    clash = s.scalar(select(Staff.id).where(Staff.staff_no == staff_no, Staff.id != r.id))
    if clash is not None:
        raise InvalidInput(f"工号 {staff_no} 已存在", field="staff_no")
    if r.department_id is not None and s.get(Department, r.department_id) is None:
        raise InvalidInput("所选部门在本中心不存在", field="staff_department")
    if role is Role.LEADER and r.department_id is None:
        raise InvalidInput("部门负责人须属于一个部门", field="staff_department")
    check_no_duplicates(r.window_ids, label="窗口", field="staff_windows")
    for window_id in r.window_ids:
        if s.get(Window, window_id) is None:
            raise InvalidInput("所选窗口在本中心不存在", field="staff_windows")
    if r.id:
        check_keeps_an_admin(_active_admins(s), r.id, role=role.value, active=r.active)
    return dict(
        id=r.id,
        staff_no=staff_no,
        name=name,
        title=title,
        role=role.value,
        department_id=r.department_id,
        window_ids=sorted(r.window_ids),
        active=bool(r.active),
    )


def temporary_password() -> str:
    """Eight readable characters, to be changed at the first sign-on."""
    return "".join(secrets.choice(_READABLE) for _ in range(8))


def save_staff(ctx: ServiceContext, actor: Actor, record: StaffRecord) -> tuple[str, str | None]:
    """Create or change an account: its id, and for a new one its temporary password."""
    require_admin(actor, "设置工作人员")
    with ctx.unit_of_work(actor) as uow:
        return save_staff_in(uow, record)


def save_staff_in(uow: UnitOfWork, record: StaffRecord) -> tuple[str, str | None]:
    s = uow.session
    password: str | None = None
    staff_id = record.id or new_id()
    if record.id and s.get(Staff, record.id) is None:
        raise NotFound("找不到该工作人员")
    payload = checked_staff(s, replace(record, id=staff_id))
    if not record.id:
        password = temporary_password()
        uow.emit(
            "staff.created",
            dict(
                id=staff_id,
                staff_no=payload["staff_no"],
                name=payload["name"],
                role=payload["role"],
                department_id=payload["department_id"],
                title=payload["title"],
                password_hash=hash_password(password, cost=uow.ctx.password_cost),
            ),
        )
        uow.emit("staff.password_reset", dict(staff_id=staff_id, password_hash=""))
    uow.emit("staff.updated", payload)
    return staff_id, password


@applier("staff.updated")
def _staff_updated(s: Session, e: EventData) -> None:
    record = StaffRecord(
        **{k: v for k, v in e.payload.items() if k != "window_ids"},
        window_ids=tuple(e.payload["window_ids"]),
    )
    payload = checked_staff(s, record)
    staff = s.get(Staff, record.id)
    if staff is None:
        raise NotFound("找不到该工作人员")
    for key in ("staff_no", "name", "title", "role", "department_id", "active"):
        setattr(staff, key, payload[key])
    for seat in s.scalars(select(StaffWindow).where(StaffWindow.staff_id == record.id)):
        s.delete(seat)
    s.flush()
    for window_id in record.window_ids:
        s.add(StaffWindow(staff_id=record.id, window_id=window_id))


def reset_password(ctx: ServiceContext, actor: Actor, staff_id: str) -> str:
    """A new temporary password (returned once, to be handed over); it must be changed at
    the next sign-on. The account is unlocked as well."""
    require_admin(actor, "重置密码")
    password = temporary_password()
    pw_hash = hash_password(password, cost=ctx.password_cost)
    with ctx.unit_of_work(actor) as uow:
        if uow.session.get(Staff, staff_id) is None:
            raise NotFound("找不到该工作人员")
        uow.emit("staff.password_reset", dict(staff_id=staff_id, password_hash=pw_hash))
    return password


@applier("staff.password_reset")
def _password_reset(s: Session, e: EventData) -> None:
    staff = s.get(Staff, e.text("staff_id"))
    if staff is None:
        raise NotFound("找不到该工作人员")
    new_hash = e.text("password_hash")
    if new_hash:  # empty: a new account's first password, set by ``staff.created``
        staff.password_hash = new_hash
    staff.must_change_password = True
    staff.failed_logins = 0
    staff.locked_until = None


def unlock(ctx: ServiceContext, actor: Actor, staff_id: str) -> None:
    require_admin(actor, "解除账号锁定")
    with ctx.unit_of_work(actor) as uow:
        if uow.session.get(Staff, staff_id) is None:
            raise NotFound("找不到该工作人员")
        uow.emit("staff.unlocked", dict(staff_id=staff_id))


@applier("staff.unlocked")
def _unlocked(s: Session, e: EventData) -> None:
    staff = s.get(Staff, e.text("staff_id"))
    if staff is None:
        raise NotFound("找不到该工作人员")
    staff.failed_logins = 0
    staff.locked_until = None


def check_new_password(new: str, old: str = "") -> str:
    if len(new) < MIN_LENGTH:
        raise InvalidInput(f"新密码至少 {MIN_LENGTH} 位", field="new_password")
    if new == old:
        raise InvalidInput("新密码不能与临时密码相同", field="new_password")
    return new


def change_own_password(ctx: ServiceContext, actor: Actor, old: str, new: str) -> None:
    """The member of staff signed on sets their own password (after a reset: required)."""
    if actor.staff_id is None:
        raise PermissionDenied("只有工作人员本人可以修改密码")
    check_new_password(new, old)
    pw_hash = hash_password(new, cost=ctx.password_cost)
    with ctx.unit_of_work(actor) as uow:
        staff = uow.session.get(Staff, actor.staff_id)
        if staff is None:
            raise NotFound("找不到该工作人员")
        if not verify_password(old, staff.password_hash):
            raise InvalidInput("原密码不正确", field="old_password")
        uow.emit("staff.password_changed", dict(staff_id=actor.staff_id, password_hash=pw_hash))


@applier("staff.password_changed")
def _password_changed(s: Session, e: EventData) -> None:
    staff_id = e.text("staff_id")
    if e.actor_id != staff_id:
        raise PermissionDenied("只有工作人员本人可以修改自己的密码")
    staff = s.get(Staff, staff_id)
    if staff is None:
        raise NotFound("找不到该工作人员")
    staff.password_hash = e.text("password_hash")
    staff.must_change_password = False

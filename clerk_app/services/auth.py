"""Staff accounts and logging in: salted slow hashes, locked after 5 failures for 15 minutes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.passwords import MIN_LENGTH, hash_password, verify_password
from clerk_app.domain.text_limits import check_text
from clerk_app.services.context import Actor, Role, ServiceContext, _mint_actor, require_role
from clerk_app.services.errors import AccountLocked, LoginFailed, NotFound
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import Department, Staff, StaffWindow, Window
from clerk_app.store.sealed import is_sealed

MAX_FAILURES = 5
LOCK_MINUTES = 15


@dataclass(frozen=True)
class Badge:
    """挂牌上岗: what stays visible while a clerk is signed on."""

    staff_id: str
    staff_no: str
    name: str
    role: Role
    title: str
    department_id: str | None
    department_name: str
    window_id: str | None
    window_code: str
    window_name: str
    #: Signed on with a temporary password: a new one must be set before anything else.
    must_change_password: bool = False

    def actor(self) -> Actor:
        return _mint_actor(
            staff_id=self.staff_id,
            role=self.role,
            name=self.name,
            department_id=self.department_id,
            window_id=self.window_id,
        )


def add_staff(
    ctx: ServiceContext,
    actor: Actor,
    *,
    staff_no: str,
    name: str,
    role: Role,
    password: str,
    department_id: str | None = None,
    title: str = "",
) -> str:
    require_role(actor, Role.ADMIN, Role.SYSTEM, action="添加工作人员")
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"密码至少 {MIN_LENGTH} 位")
    staff_no = check_text("staff_no", staff_no)
    name = check_text("staff_name", name)
    title = check_text("staff_title", title)
    if not staff_no or not name:
        raise InvalidInput("工号和姓名不能为空", field="staff_name" if staff_no else "staff_no")
    pw_hash = hash_password(password, cost=ctx.password_cost)
    with ctx.unit_of_work(actor) as uow:
        if uow.session.scalar(select(Staff.id).where(Staff.staff_no == staff_no)) is not None:
            raise InvalidInput(f"工号 {staff_no} 已存在")
        staff_id = new_id()
        uow.emit(
            "staff.created",
            dict(
                id=staff_id,
                staff_no=staff_no,
                name=name,
                role=role.value,
                department_id=department_id,
                title=title,
                password_hash=pw_hash,
            ),
        )
    return staff_id


@applier("staff.created")
def _staff_created(s: Session, e: EventData) -> None:
    s.add(Staff(**dict(e.payload)))


def log_in(
    ctx: ServiceContext, staff_no: str, password: str, window_id: str | None = None
) -> Badge:
    """Check the password; five wrong ones in a row lock the account for 15 minutes."""
    failure: str | None = None
    with ctx.unit_of_work(Actor.system()) as uow:
        staff = uow.session.scalar(select(Staff).where(Staff.staff_no == staff_no.strip()))
        if staff is None or not staff.active:
            raise LoginFailed("工号或密码错误")
        if staff.locked_until is not None and staff.locked_until > uow.now:
            raise AccountLocked(_locked_message(staff.locked_until, uow.now))
        if is_sealed(staff.password_hash):  # no data key here (or not the one that sealed it)
            raise LoginFailed(
                "本机没有数据密钥（或密钥不符），无法核对密码，请管理员设置数据密钥"
                "（sudo clerk-app data-key set --machine）"
            )  # not a wrong password: nothing counted, no account locked
        if not verify_password(password, staff.password_hash):
            failures = staff.failed_logins + 1
            locked_until = (
                uow.now + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
            )
            uow.emit(
                "staff.login_failed",
                dict(staff_id=staff.id, failures=failures, locked_until=locked_until),
            )
            failure = (
                _locked_message(locked_until, uow.now)
                if locked_until
                else f"工号或密码错误（还可尝试 {MAX_FAILURES - failures} 次）"
            )
        else:
            window = None
            if window_id is not None:
                window = uow.session.get(Window, window_id)
                if window is None:
                    raise NotFound("找不到该窗口")
                seats = set(
                    uow.session.scalars(
                        select(StaffWindow.window_id).where(StaffWindow.staff_id == staff.id)
                    )
                )
                if seats and window_id not in seats:
                    raise LoginFailed(f"{staff.name}未被安排在{window.name}，请选择本人的窗口")
                if not window.active:
                    raise LoginFailed(f"{window.name}已关闭，请选择其他窗口")
            uow.emit("staff.signed_on", dict(staff_id=staff.id, window_id=window_id))
            dept = uow.session.get(Department, staff.department_id) if staff.department_id else None
            return Badge(
                staff_id=staff.id,
                staff_no=staff.staff_no,
                name=staff.name,
                role=Role(staff.role),
                title=staff.title,
                department_id=staff.department_id,
                department_name=dept.name if dept else "",
                window_id=window_id,
                window_code=window.code if window else "",
                window_name=window.name if window else "",
                must_change_password=staff.must_change_password,
            )
    assert failure is not None
    if "锁定" in failure:
        raise AccountLocked(failure)
    raise LoginFailed(failure)


def actor_of_staff(ctx: ServiceContext, staff_id: str, *, window_id: str | None = None) -> Actor:
    """The actor of an active staff member as the database records them (role and
    department from the record, never from the caller), at ``window_id``. For tools that
    act as a known person without a sign-on: the demo generator. The window must exist."""
    with ctx.db.read_sessions() as s:
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise NotFound("找不到该工作人员或账号已停用")
        if window_id is not None and s.get(Window, window_id) is None:
            raise NotFound("找不到该窗口")
        return _mint_actor(
            staff_id=staff.id,
            role=Role(staff.role),
            name=staff.name,
            department_id=staff.department_id,
            window_id=window_id,
        )


def sign_off(ctx: ServiceContext, actor: Actor) -> None:
    """The clerk leaves the counter (退出登录, or signed off when idle): the window they
    signed on at is free again on the board."""
    if actor.staff_id is None:
        return
    with ctx.unit_of_work(actor) as uow:
        uow.emit("staff.signed_off", dict(staff_id=actor.staff_id, window_id=actor.window_id))


def _locked_message(until: datetime, now: datetime) -> str:
    minutes = max(1, int((until - now).total_seconds() // 60) + 1)
    return f"密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试"


@applier("staff.login_failed")
def _login_failed(s: Session, e: EventData) -> None:
    staff = s.get(Staff, e.text("staff_id"))
    assert staff is not None
    staff.failed_logins = e.integer("failures")
    locked = e.optional_text("locked_until")
    staff.locked_until = None if locked is None else datetime.fromisoformat(locked)


@applier("staff.signed_on")
def _signed_on(s: Session, e: EventData) -> None:
    staff = s.get(Staff, e.text("staff_id"))
    assert staff is not None
    staff.failed_logins = 0
    staff.locked_until = None
    window_id = e.optional_text("window_id")
    if window_id is not None:
        window = s.get(Window, window_id)
        assert window is not None
        window.staff_id = staff.id


@applier("staff.signed_off")
def _signed_off(s: Session, e: EventData) -> None:
    window_id = e.optional_text("window_id")
    window = None if window_id is None else s.get(Window, window_id)
    if window is not None and window.staff_id == e.text("staff_id"):  # not someone since
        window.staff_id = None

"""The shell's background work, one function each (Anki's ``aqt.operations``): the first
run, the sign-on and the lock screen, the case look-up of the main window, the central
connection settings, and the duties of a running workstation (the deadline sweep, the
printing warm-up, the window remembered, stale central claims given back).

Each returns an operation; the widget adds what it shows on success and, where the
default message box is not wanted (the login says it in its own line; nobody asked for a
sweep), what on failure. The login dialog imports this module only once the services are
there (it shows before the database layer is imported).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from clerk_app import config
from clerk_app.services import (
    auth,
    casework,
    deliveries,
    first_contact,
    oversight,
    reviews,
    staff_admin,
    tickets,
)
from clerk_app.services.auth import Badge
from clerk_app.services.case_views import CaseView
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.oversight import SweepResult
from clerk_app.ui.ports import CenterInfo, Setup, WindowChoice
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.tasks import QueryOp, Tasks, WriteOp

if TYPE_CHECKING:  # the keyring loads with the settings dialog, not with the main window
    from clerk_app.sync.settings import CentralSettings, ConnectionCheck
    from clerk_app.ui.shell.first_run import NewCenter

# --- the first run and the sign-on --------------------------------------------------------


def load_center(app: AppServices) -> QueryOp[CenterInfo | None]:
    """The center this workstation serves; None: not set up yet (the first run)."""
    return QueryOp(app.tasks, app.directory.center)


def create_center(app: AppServices, setup: Setup, choice: NewCenter) -> WriteOp[None]:
    """An empty center with its administrator."""
    return WriteOp(
        app.tasks,
        lambda: setup.create_center(
            code=choice.code,
            name=choice.name,
            admin_no=choice.admin_no,
            admin_name=choice.admin_name,
            admin_password=choice.admin_password,
        ),
    )


def load_demo(app: AppServices, setup: Setup) -> WriteOp[None]:
    return WriteOp(app.tasks, setup.load_demo)


def list_windows(app: AppServices) -> QueryOp[list[WindowChoice]]:
    """The windows a clerk can sign on at (the login's choice)."""
    return QueryOp(app.tasks, app.directory.windows)


def log_in(app: AppServices, staff_no: str, password: str, window_id: str | None) -> WriteOp[Badge]:
    """挂牌上岗: the password checked and the sign-on journaled."""
    ctx = app.ctx
    return WriteOp(app.tasks, lambda: auth.log_in(ctx, staff_no, password, window_id=window_id))


def change_password(app: AppServices, badge: Badge, old: str, new: str) -> WriteOp[None]:
    """Replace a temporary password at sign-on."""
    ctx = app.ctx
    return WriteOp(app.tasks, lambda: staff_admin.change_own_password(ctx, badge.actor(), old, new))


def unlock(session: SignedOn, password: str) -> WriteOp[Badge]:
    """The locked screen: the signed-on clerk's password again, at the same window."""
    ctx, badge = session.ctx, session.badge
    return WriteOp(
        session.tasks,
        lambda: auth.log_in(ctx, badge.staff_no, password, window_id=badge.window_id),
    )


def sign_off(session: SignedOn) -> WriteOp[None]:
    """退出登录: journaled, and the window is free again on the board."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: auth.sign_off(ctx, actor))


def remember_window(app: AppServices, settings: config.Settings) -> QueryOp[None]:
    """The settings file with the window signed on at (a file, on the I/O pool)."""
    return QueryOp(app.tasks, lambda: config.save(settings))


def release_stale_claims(app: AppServices, window_id: str) -> QueryOp[int]:
    """Visitors the central holds for this window but it never called, given back (a
    central call, no local write: the I/O pool)."""
    ctx = app.ctx
    return QueryOp(app.tasks, lambda: tickets.release_stale_claims(ctx, window_id))


def prepare_printing(app: AppServices) -> QueryOp[None]:
    """reportlab, the templates and the fonts loaded ahead of the first printout."""

    def load() -> None:
        from clerk_app import printing  # reportlab: after sign-on, not at start

        printing.prepare()

    return QueryOp(app.tasks, load)


# --- running ------------------------------------------------------------------------------


def system_sweep(ctx: ServiceContext, tasks: Tasks) -> WriteOp[SweepResult]:
    """The deadline sweep (电子监察) the workstation runs by itself, as the system."""
    return WriteOp(tasks, lambda: oversight.sweep(ctx, Actor.system()))


def find_case(session: SignedOn, number: str) -> QueryOp[CaseView]:
    """The case of a number typed or scanned into the main window's look-up."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: casework.find_by_number(ctx, number))


# --- the central connection settings --------------------------------------------------------


def check_connection(
    tasks: Tasks, central: CentralSettings, password: str | None
) -> QueryOp[ConnectionCheck]:
    """测试连接 (a network call): what the central answers, in words."""

    def check() -> ConnectionCheck:
        from clerk_app.sync.settings import check_connection

        return check_connection(central, password)

    return QueryOp(tasks, check)


def save_central(
    tasks: Tasks, settings: config.Settings, central: CentralSettings | None, password: str
) -> QueryOp[config.Settings]:
    """保存: the password to the keyring, the rest to the settings file (files, no
    database: the I/O pool)."""
    return QueryOp(tasks, lambda: save_central_settings(settings, central, password))


def save_central_settings(
    settings: config.Settings, central: CentralSettings | None, password: str
) -> config.Settings:
    """Store the password (if one was typed) in the keyring, then the rest in the settings
    file. Raises ``CredentialsUnavailable`` before anything is written. Any thread."""
    from clerk_app.sync.settings import store_password

    if central is not None and password:
        store_password(central, password)
    fields = (
        {}
        if central is None
        else {
            "host": central.host,
            "port": central.port,
            "database": central.database,
            "user": central.user,
        }
    )
    workstation = central.workstation if central is not None else settings.workstation
    updated = replace(settings, workstation=workstation or settings.workstation, central=fields)
    config.save(updated)
    return updated


def tab_badges(session: SignedOn) -> QueryOp[dict[str, int]]:
    """What waits on each tab (its badge): referrals to this department not yet done
    (转办), notices waiting to be delivered (待送达, on 我的办件), extensions and contested
    reviews to decide (效能监督, supervisors)."""
    ctx, badge = session.ctx, session.badge

    def count() -> dict[str, int]:
        out: dict[str, int] = {}
        if badge.department_id:
            incoming = first_contact.incoming_referrals(ctx, badge.department_id)
            out["referrals"] = sum(1 for r in incoming if r.status != "done")
        if badge.role.value in ("clerk", "supervisor"):
            out["my_cases"] = len(deliveries.to_deliver(ctx, badge.actor()))
        if badge.role.value == "supervisor":
            out["supervision"] = len(casework.pending_extensions(ctx)) + len(
                reviews.pending_contests(ctx)
            )
        return out

    return QueryOp(session.tasks, count)

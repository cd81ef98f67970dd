"""Composition root: display check → logging → database → services → QApplication → shell.

The command line (``clerk_app/cli.py``) parses the arguments and calls :func:`run_gui`.
This module may import the store (the UI may not): the look-ups the services do not offer
yet (windows, departments, the center) are answered here, behind ``clerk_app.ui.ports``.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys
from pathlib import Path

from sqlalchemy import select

from clerk_app import config
from clerk_app import log as clerk_log
from clerk_app.services import auth, catalogue
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Center, Department, Window, WindowQueue
from clerk_app.ui.ports import CenterInfo, DepartmentChoice, OutboxPrinter, WindowChoice

log = logging.getLogger("clerk.app")

DEMO_MODULE = "clerk_app.services.demo"  # DEMO HOOK: expected to offer load_demo(ctx)

NO_DISPLAY = {
    "zh_CN": "clerk-app：没有可用的图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY）。"
    "请在桌面会话中运行，或用 `xvfb-run -a clerk-app`，"
    "或设置 QT_QPA_PLATFORM=offscreen 在无界面模式下运行。",
    "en": "clerk-app: no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
    "Run it in a desktop session, or with `xvfb-run -a clerk-app`, "
    "or set QT_QPA_PLATFORM=offscreen to run without a screen.",
}


def no_display_reason(
    lang: str = "zh_CN", env: dict[str, str] | None = None, platform: str | None = None
) -> str | None:
    """The one line to print when Qt would abort for want of a display, else None."""
    env = dict(os.environ) if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"):
        return None
    return NO_DISPLAY.get(lang, NO_DISPLAY["zh_CN"])


class StoreDirectory:
    """Read-only organisation look-ups (``clerk_app.ui.ports.Directory``), from any thread."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def center(self) -> CenterInfo | None:
        with self.db.sessions() as s:
            c = s.scalar(select(Center).limit(1))
            if c is None:
                return None
            return CenterInfo(
                id=c.id,
                code=c.code,
                name=c.name,
                address=c.address,
                query_phone=c.query_phone,
                complaint_phone=c.complaint_phone,
            )

    def windows(self) -> list[WindowChoice]:
        with self.db.sessions() as s:
            depts = {d.id: d.name for d in s.scalars(select(Department))}
            links: dict[str, list[str]] = {}
            for link in s.scalars(select(WindowQueue).order_by(WindowQueue.position)):
                links.setdefault(link.window_id, []).append(link.queue_id)
            return [
                WindowChoice(
                    id=w.id,
                    code=w.code,
                    name=w.name,
                    department_id=w.department_id,
                    department_name=depts.get(w.department_id or "", ""),
                    is_green_channel=w.is_green_channel,
                    queue_ids=tuple(links.get(w.id, ())),
                )
                for w in s.scalars(select(Window).order_by(Window.code))
            ]

    def departments(self) -> list[DepartmentChoice]:
        with self.db.sessions() as s:
            return [
                DepartmentChoice(id=d.id, code=d.code, name=d.name, short_name=d.short_name)
                for d in s.scalars(select(Department).order_by(Department.code))
            ]

    def window_pause(self, window_id: str) -> str | None:
        with self.db.sessions() as s:
            w = s.get(Window, window_id)
            if w is None or w.state != "paused":
                return None
            return w.pause_reason


class StoreSetup:
    """First run (``clerk_app.ui.ports.Setup``): an empty center and its administrator."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create_center(
        self, *, code: str, name: str, admin_no: str, admin_name: str, admin_password: str
    ) -> None:
        system = Actor.system()
        catalogue.create_center(self.ctx, system, code=code, name=name)
        auth.add_staff(
            self.ctx,
            system,
            staff_no=admin_no,
            name=admin_name,
            role=Role.ADMIN,
            password=admin_password,
        )

    def demo_available(self) -> bool:
        return importlib.util.find_spec(DEMO_MODULE) is not None

    def load_demo(self) -> None:
        importlib.import_module(DEMO_MODULE).load_demo(self.ctx)


def run_gui(
    data_dir: Path,
    db_url: str,
    lang: str = "zh_CN",
    workstation: str = config.default_workstation(),
    *,
    idle_lock_minutes: int | None = None,
) -> int:
    """Open the desktop application; returns the process exit code.

    2: no display (one line on stderr); 1: the database could not be opened or upgraded.
    """
    reason = no_display_reason(lang)
    if reason is not None:
        print(reason, file=sys.stderr)
        return 2
    if not logging.getLogger("clerk").handlers:
        clerk_log.setup(data_dir / "logs")
    if idle_lock_minutes is None:
        idle_lock_minutes = config.load(data_dir).idle_lock_minutes
    try:
        upgrade(db_url)  # before any window shows; Alembic is the only schema maker
        db = open_database(db_url)
    except Exception as exc:
        log.exception("cannot open the database %s", db_url)
        print(f"clerk-app: 无法打开或升级数据库：{exc}", file=sys.stderr)
        return 1
    ctx = ServiceContext(db=db, workstation=workstation)
    try:
        return _run_qt(ctx, data_dir, lang, idle_lock_minutes)
    finally:
        db.dispose()


def _run_qt(ctx: ServiceContext, data_dir: Path, lang: str, idle_lock_minutes: int) -> int:
    from PySide6.QtWidgets import QApplication

    from clerk_app.ui.i18n import install_translators
    from clerk_app.ui.session import AppServices, UiSettings
    from clerk_app.ui.shell import Shell
    from clerk_app.ui.tasks import Tasks
    from clerk_app.ui.theme import apply_theme

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("clerk-desk")
    qapp.setApplicationDisplayName("窗口办件台" if lang == "zh_CN" else "Clerk Desk")
    translators = install_translators(qapp, lang)
    apply_theme(qapp)
    tasks = Tasks()
    services = AppServices(
        ctx=ctx,
        tasks=tasks,
        directory=StoreDirectory(ctx.db),
        printer=OutboxPrinter(data_dir / "printouts"),
        settings=UiSettings(idle_lock_minutes=idle_lock_minutes, lang=lang),
    )
    shell = Shell(services, StoreSetup(ctx))
    shell.start()
    try:
        return qapp.exec()
    finally:
        tasks.shutdown(wait=True)
        del shell, translators

"""Composition root: display check → logging → database → services → QApplication → shell.

The command line (``clerk_app/cli.py``) parses the arguments and calls :func:`run_gui`.
Nothing here reads or writes state: the UI talks to the services, through the adapters of
``clerk_app.ui.adapters`` where it needs a port.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_app import config
from clerk_app import log as clerk_log
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import open_database
from clerk_app.store.migrate import upgrade

if TYPE_CHECKING:
    from clerk_app.ui.ports import PrintSink
    from clerk_app.ui.shell import Shell
    from clerk_app.ui.tasks import Tasks

log = logging.getLogger("clerk.app")

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
    ctx = ServiceContext(db=db, workstation=workstation, archive_dir=data_dir / "archive")
    try:
        return _run_qt(ctx, lang, idle_lock_minutes)
    finally:
        db.dispose()


def compose(
    ctx: ServiceContext,
    *,
    lang: str = "zh_CN",
    idle_lock_minutes: int = 10,
    tasks: Tasks | None = None,
    printer: PrintSink | None = None,
) -> Shell:
    """The shell with every service wired in (tests pass synchronous tasks, a fake printer)."""
    from clerk_app.ui.adapters import ServiceDirectory, ServiceSetup
    from clerk_app.ui.printing import PreviewPrintSink
    from clerk_app.ui.session import AppServices, UiSettings
    from clerk_app.ui.shell import Shell
    from clerk_app.ui.tasks import Tasks

    tasks = tasks or Tasks()
    services = AppServices(
        ctx=ctx,
        tasks=tasks,
        directory=ServiceDirectory(ctx),
        printer=printer or PreviewPrintSink(tasks),
        settings=UiSettings(idle_lock_minutes=idle_lock_minutes, lang=lang),
    )
    return Shell(services, ServiceSetup(ctx))


def _run_qt(ctx: ServiceContext, lang: str, idle_lock_minutes: int) -> int:
    from PySide6.QtWidgets import QApplication

    from clerk_app.ui.i18n import install_translators
    from clerk_app.ui.theme import apply_theme

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("clerk-desk")
    qapp.setApplicationDisplayName("窗口办件台" if lang == "zh_CN" else "Clerk Desk")
    translators = install_translators(qapp, lang)
    apply_theme(qapp)
    shell = compose(ctx, lang=lang, idle_lock_minutes=idle_lock_minutes)
    shell.start()
    try:
        return qapp.exec()
    finally:
        shell.app.tasks.shutdown(wait=True)
        del shell, translators

"""Composition root: display check → QApplication → login → (in a thread: log file →
database → services) → shell.

The command line (``clerk_app/cli.py``) parses the arguments and calls :func:`run_gui`.
Nothing here reads or writes state: the UI talks to the services, through the adapters of
``clerk_app.ui.adapters`` where it needs a port.

Start-up stays cheap: the schema version is one query, and Alembic is imported only when
the database is behind (``clerk_app.store.migrate.ensure_schema``). When ``settings.json``
names a central database, the start-up thread makes its :class:`CentralLink` and gives the
service context the link's shared queue for good; :func:`start_central` then reads the
password from the keyring and starts the sync thread in the background. The status
indicator says how it went, and the workstation works offline meanwhile (and for good, if
the keyring has no password).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from clerk_app import config

if TYPE_CHECKING:
    from concurrent.futures import Future

    from clerk_app.services.context import ServiceContext
    from clerk_app.sync.link import CentralLink
    from clerk_app.ui.ports import PrintSink
    from clerk_app.ui.shell.login import LoginDialog
    from clerk_app.ui.shell.shell import Shell
    from clerk_app.ui.sync_status import SyncStatusSource
    from clerk_app.ui.tasks import Tasks

log = logging.getLogger("clerk.app")

FIRST_SWEEP_MS = 3_000  # the first deadline sweep, soon after start but not before the login

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
    workstation: str | None = None,
    *,
    idle_lock_minutes: int | None = None,
    observe: Callable[[str, object], None] | None = None,
    log_console: bool = False,
    log_json: bool = False,
    quit_when_ready: bool = False,
) -> int:
    """Open the desktop application; returns the process exit code.

    2: no display (one line on stderr), a broken settings file or a database that cannot be
    opened (corrupt, newer schema, no server): one line on stderr and in a dialog.
    The login shows at once, before the database layer is even imported; that layer is
    imported and opened in a thread while the clerk types (it is most of the start-up
    time), then the shell takes the login over. ``observe`` hears ("login", dialog) and
    ("shell", shell) as they appear (benchmarks, smoke tests).

    ``log_json``: JSON log lines on stderr from the very start (the log is otherwise
    opened behind the login); ``quit_when_ready``: a test hook that quits as soon as the
    login is ready for a clerk, through the normal shutdown.
    """
    reason = no_display_reason(lang)
    if reason is not None:
        print(reason, file=sys.stderr)
        return 2
    try:
        settings = config.load(data_dir)
    except config.SettingsError as exc:
        return show_problem(exc.message, lang, observe=observe)
    if idle_lock_minutes is None:
        idle_lock_minutes = settings.idle_lock_minutes
    station = workstation or config.default_workstation()
    if log_json:
        from clerk_app import log as clerk_log

        clerk_log.setup(data_dir / "logs", console=log_console, json_lines=True)
    return _run_qt(
        lambda: _boot(db_url, station, data_dir, settings, log_console=log_console),
        lang,
        idle_lock_minutes,
        settings,
        observe or (lambda _what, _obj: None),
        quit_when_ready=quit_when_ready,
    )


def show_problem(
    line: str, lang: str = "zh_CN", *, observe: Callable[[str, object], None] | None = None
) -> int:
    """What stops the application before any window, in a dialog (and on stderr); exit
    code 2. ``observe`` hears ("problem", box) before it is shown."""
    print(f"clerk-app：{line}", file=sys.stderr)
    if no_display_reason(lang) is not None:
        return 2
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    box = _problem_box(line, lang)
    (observe or (lambda _what, _obj: None))("problem", box)
    box.exec()
    return 2


def _problem_box(line: str, lang: str) -> Any:
    from PySide6.QtWidgets import QMessageBox

    title = "窗口办件台" if lang == "zh_CN" else "Clerk Desk"
    box = QMessageBox(QMessageBox.Icon.Critical, title, line, QMessageBox.StandardButton.Ok)
    box.setInformativeText(
        "程序无法启动，详情见数据目录下 logs/clerk.log。"
        if lang == "zh_CN"
        else "The application cannot start; the details are in logs/clerk.log of the data dir."
    )
    return box


def install_exception_hooks(notify: Callable[[], None] | None = None) -> Callable[[], None]:
    """Log every exception nobody caught, in any thread (a Qt slot's too: PySide hands
    those to ``sys.excepthook``), to logger ``clerk.app``, then call ``notify`` (the GUI's
    generic message). Returns what puts the previous hooks back."""
    import threading

    previous = sys.excepthook, threading.excepthook

    def on_main(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous[0](kind, exc, tb)
            return
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        if notify is not None:
            notify()

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        info = (args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
        log.error("uncaught exception in thread %s", name, exc_info=info)
        if notify is not None:
            notify()

    sys.excepthook, threading.excepthook = on_main, on_thread

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous

    return restore


@dataclass(frozen=True)
class Opened:
    """What the start-up thread hands to the GUI thread."""

    ctx: ServiceContext
    link: CentralLink | None


def _boot(
    db_url: str,
    workstation: str,
    data_dir: Path,
    settings: config.Settings,
    *,
    log_console: bool = False,
) -> Opened:
    """The start-up thread's work while the clerk types: the services, then the modules of
    the main window (classes only: no widget is made off the GUI thread). The log file
    is opened here too: its handlers are not worth delaying the first window for."""
    if not logging.getLogger("clerk").handlers:
        from clerk_app import log as clerk_log

        clerk_log.setup(data_dir / "logs", console=log_console)
    link = central_link(settings)
    ctx = open_store(db_url, workstation, data_dir, link=link)
    import clerk_app.ui.shell.main_window  # noqa: F401

    _warm(ctx)
    return Opened(ctx, link)


def central_link(settings: config.Settings) -> CentralLink | None:
    """The link to the central database ``settings`` names (None: standalone). Nothing is
    connected yet; any thread (it imports the sync layer and the keyring)."""
    if not settings.central.get("host"):
        return None
    from clerk_app.sync.link import CentralLink
    from clerk_app.sync.settings import CentralSettings

    central = CentralSettings.from_dict(
        dict(settings.central) | {"workstation": settings.workstation}
    )
    return CentralLink(central)


def _warm(ctx: ServiceContext) -> None:
    """Read once what the login and the counter tab read first (reads only, results
    dropped), so that their statements are compiled before the clerk presses Enter."""
    from clerk_app.services import catalogue, counter_calls, tickets

    try:
        if catalogue.get_center(ctx) is None:
            return
        windows = catalogue.list_windows(ctx)
        if windows:
            tickets.window_queues(ctx, windows[0].id)
            tickets.current_ticket(ctx, windows[0].id)
            counter_calls.window_pause(ctx, windows[0].id)
    except Exception:  # a warm-up only: the real reads report their own errors
        log.warning("start-up warm-up failed", exc_info=True)


def open_store(
    db_url: str, workstation: str, data_dir: Path, *, link: CentralLink | None = None
) -> ServiceContext:
    """The services over the local database, upgraded if it is behind (any thread; slow:
    imports SQLAlchemy and the models, which is why it runs while the clerk types). With
    a central link, the services get its shared queue and immediate pull, once."""
    from clerk_app.services.context import ServiceContext
    from clerk_app.store.db import open_database, shown_url
    from clerk_app.store.migrate import ensure_schema

    db = open_database(db_url)
    try:
        if ensure_schema(db_url, db.engine):  # Alembic only when behind: the only schema maker
            log.info("database upgraded: %s", shown_url(db_url))
    except BaseException:
        db.dispose()
        raise
    log.info("database opened: %s", shown_url(db_url))
    from clerk_app.demo.demo_key import demo_ring_for
    from clerk_app.sync.datakey import start_with_data_key

    # The machine store, the keyring, or for the demo's data only its own key: off the
    # GUI thread.
    start_with_data_key(db, standalone=link is None, fallback=lambda: demo_ring_for(data_dir, db))
    # Import what the first screens use here, not on the GUI thread; and the appliers, so
    # that the first event (the sign-on) does not wait for them.
    from clerk_app.services import auth, casework, catalogue, oversight, tickets  # noqa: F401
    from clerk_app.services.events import load_appliers
    from clerk_app.sync import central_queue, engine, worker  # noqa: F401

    load_appliers()
    return ServiceContext(
        db=db,
        workstation=workstation,
        archive_dir=data_dir / "archive",
        shared_queue=None if link is None else link.queue,
        fetch_missing=None if link is None else link.fetch_missing,
    )


def compose(
    ctx: ServiceContext,
    *,
    lang: str = "zh_CN",
    idle_lock_minutes: int = 10,
    tasks: Tasks | None = None,
    printer: PrintSink | None = None,
    sync_status: SyncStatusSource | None = None,
    settings: config.Settings | None = None,
    sweep_minutes: int | None = None,
    first_sweep_ms: int = 0,
) -> Shell:
    """The shell with every service wired in (tests pass synchronous tasks, a fake printer)."""
    from clerk_app.devices.id_card import find_reader
    from clerk_app.ui.adapters import ServiceDirectory, ServiceSetup
    from clerk_app.ui.common.printing import PreviewPrintSink
    from clerk_app.ui.session import AppServices, UiSettings
    from clerk_app.ui.shell.shell import Shell
    from clerk_app.ui.shell.sweeper import SWEEP_MINUTES
    from clerk_app.ui.sync_status import SyncStatusSource
    from clerk_app.ui.tasks import Tasks

    tasks = tasks or Tasks()
    services = AppServices(
        ctx=ctx,
        tasks=tasks,
        directory=ServiceDirectory(ctx),
        printer=printer
        or PreviewPrintSink(tasks, ticket_printer=settings.ticket_printer if settings else ""),
        settings=UiSettings(idle_lock_minutes=idle_lock_minutes, lang=lang),
        sync_status=sync_status or SyncStatusSource(),
        config=settings,
        id_reader=find_reader(),
    )
    minutes = SWEEP_MINUTES if sweep_minutes is None else sweep_minutes
    return Shell(services, ServiceSetup(ctx), sweep_minutes=minutes, first_sweep_ms=first_sweep_ms)


def start_central(
    link: CentralLink | None, ctx: ServiceContext, tasks: Tasks, status: SyncStatusSource
) -> None:
    """Connect ``link`` (None: standalone, "单机运行"). The keyring and the connection are
    read in a worker; the sync thread starts when that succeeds, every local write then
    triggers a sync round, and an administrator may ask for one (立即同步)."""
    if link is None:
        return
    from clerk_app.ui.central_link import SyncingTasks
    from clerk_app.ui.sync_status import connecting_view

    status.set_view(connecting_view(link.settings.keyring_user))
    status.allow_sync_now(link.sync_now)
    if isinstance(tasks, SyncingTasks):
        tasks.after_write = link.trigger

    def connected(ok: bool) -> None:
        if ok:
            link.start()

    def failed(exc: BaseException) -> None:
        log.error("central link failed to start", exc_info=exc)
        status.problem(str(exc))

    tasks.io(lambda: link.connect(ctx.db, ctx.workstation, status), connected, failed)


def _run_qt(
    boot: Callable[[], Opened],
    lang: str,
    idle_lock_minutes: int,
    settings: config.Settings,
    observe: Callable[[str, object], None],
    *,
    quit_when_ready: bool = False,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clerk_app.problems import explain
    from clerk_app.ui.common.theme import apply_icon, apply_theme
    from clerk_app.ui.i18n import install_translators
    from clerk_app.ui.shell.boot import Boot, start_boot
    from clerk_app.ui.shell.login import LoginDialog
    from clerk_app.ui.uncaught import UncaughtNotice

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    notice = UncaughtNotice(qapp)
    restore_hooks = install_exception_hooks(notice.notify)
    qapp.setApplicationName("clerk-desk")
    title = "窗口办件台" if lang == "zh_CN" else "Clerk Desk"
    qapp.setApplicationDisplayName(title)
    translators = install_translators(qapp, lang)
    apply_theme(qapp)
    login = LoginDialog(title=title)
    login.show()
    log.info("login window shown")
    observe("login", login)
    running: dict[str, Any] = {}

    def opened(result: Opened | None, exc: BaseException | None) -> None:
        if exc is not None or result is None:
            log.error("cannot open the database", exc_info=exc)
            line = (exc and explain(exc)) or f"无法打开或升级数据库：{exc}"
            print(f"clerk-app：{line}", file=sys.stderr)
            box = _problem_box(line, lang)
            box.finished.connect(lambda _result: qapp.exit(2))
            observe("problem", box)
            box.open()  # before the login closes: the application must not quit under it
            login.close()
            return
        running["ctx"] = result.ctx
        running.update(
            _start_shell(
                result.ctx, result.link, lang, idle_lock_minutes, settings, login, login_ready=ready
            )
        )
        observe("shell", running["shell"])

    def ready() -> None:
        log.info("login ready")
        if quit_when_ready:
            QTimer.singleShot(0, qapp.quit)

    booting: list[Future[Opened]] = []

    def start() -> None:
        # After the login is on screen: the thread and the icon would only delay it.
        booting.append(start_boot(boot))
        apply_icon(qapp)
        watcher = Boot(booting[0], qapp)
        watcher.done.connect(opened)
        watcher.watch()

    QTimer.singleShot(0, start)
    code = 1
    try:
        code = qapp.exec()
        return code
    finally:
        pending = booting[0] if booting else None
        if pending is not None and pending.exception() is None and "ctx" not in running:
            pending.result().ctx.db.dispose()  # opened after the user had already quit
        if "shell" in running:
            running["shell"].stop()
            running["tasks"].shutdown(wait=True)
            if running["link"] is not None:
                running["link"].stop()
        if "ctx" in running:
            running["ctx"].db.dispose()
        running.clear()
        restore_hooks()
        del translators
        log.info("stopped with exit code %d", code)


def _start_shell(
    ctx: ServiceContext,
    link: CentralLink | None,
    lang: str,
    idle_lock_minutes: int,
    settings: config.Settings,
    login: LoginDialog,
    *,
    login_ready: Callable[[], None] = lambda: None,
) -> dict[str, Any]:
    from clerk_app.ui.central_link import SyncingTasks
    from clerk_app.ui.sync_status import SyncStatusSource

    tasks = SyncingTasks()
    status = SyncStatusSource()
    start_central(link, ctx, tasks, status)
    shell = compose(
        ctx,
        lang=lang,
        idle_lock_minutes=idle_lock_minutes,
        tasks=tasks,
        sync_status=status,
        settings=settings,
        first_sweep_ms=FIRST_SWEEP_MS,
    )
    shell.loginShown.connect(lambda _dialog: login_ready())
    shell.mainWindowShown.connect(lambda _window: log.info("main window shown"))
    shell.start(login)
    return {"shell": shell, "tasks": tasks, "link": link}

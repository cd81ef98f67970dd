"""Composition root of the hall modes: call display, review pad, ticket kiosk.

The command line (``clerk-app display | review-pad | kiosk``) calls :func:`run_hall`; it
opens the store and the central link the way the counter application does
(:mod:`clerk_app.app`) and hands them to ``clerk_app.ui.hall.launch``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clerk_app import config
from clerk_app.app import (
    central_link,
    install_exception_hooks,
    no_display_reason,
    open_store,
    show_problem,
    start_central,
)

if TYPE_CHECKING:
    from clerk_app.services.context import ServiceContext
    from clerk_app.sync.link import CentralLink

log = logging.getLogger("clerk.app")

HALL_MODES = ("display", "review-pad", "kiosk")


class CentralHallReader:
    """The call display's source when this PC names a central database: read straight
    from the central (a workstation login may read every table), opened lazily on the I/O
    pool and reopened after a failure, so the display follows every counter at once."""

    def __init__(self, settings: config.Settings, workstation: str) -> None:
        self.settings, self.workstation = settings, workstation
        self._ctx: ServiceContext | None = None

    def __call__(self) -> Any:
        from clerk_app.services import hall

        if self._ctx is None:
            from clerk_app.services.context import ServiceContext
            from clerk_app.sync.central import open_central
            from clerk_app.sync.settings import CentralSettings, central_url

            central = CentralSettings.from_dict(
                dict(self.settings.central) | {"workstation": self.workstation}
            )
            db = open_central(central_url(central), sync=False)
            self._ctx = ServiceContext(db=db, workstation=self.workstation)
        try:
            return hall.display_snapshot(self._ctx)
        except Exception:
            self.close()
            raise

    def close(self) -> None:
        ctx, self._ctx = self._ctx, None
        if ctx is not None:
            ctx.db.dispose()


def run_hall(
    mode: str,
    data_dir: Path,
    db_url: str,
    *,
    lang: str = "zh_CN",
    workstation: str | None = None,
    screen: int | None = None,
    window_code: str | None = None,
    log_console: bool = False,
    log_json: bool = False,
    observe: Callable[[str, object], None] | None = None,
    quit_when_ready: bool = False,
) -> int:
    """Start this PC straight into a hall mode (``HALL_MODES``); returns the exit code.

    The display reads the central database directly when one is set (else the local one);
    the review pad and the kiosk write through the local services and sync like a counter.
    """
    reason = no_display_reason(lang)
    if reason is not None:
        print(reason, file=sys.stderr)
        return 2
    try:
        settings = config.load(data_dir)
        hall_settings = config.hall_settings(settings)
    except config.SettingsError as exc:
        return show_problem(exc.message, lang, observe=observe)
    from clerk_app import log as clerk_log

    if not logging.getLogger("clerk").handlers:
        clerk_log.setup(data_dir / "logs", console=log_console, json_lines=log_json)
    station = workstation or settings.workstation
    link = central_link(settings)
    ctx = open_store(db_url, station, data_dir, link=None if mode == "display" else link)
    window_id = None
    if mode == "review-pad":
        from clerk_app.services import hall
        from clerk_app.services.errors import NotFound

        code = window_code or hall_settings.pad_window
        if not code:
            ctx.db.dispose()
            return show_problem("评价器须指定窗口：clerk-app review-pad --window 窗口编码", lang)
        try:
            window_id = hall.find_window(ctx, code)
        except NotFound as exc:
            ctx.db.dispose()
            return show_problem(str(exc), lang)
    return _run_hall_qt(
        mode,
        ctx,
        link,
        settings,
        hall_settings,
        lang=lang,
        screen=hall_settings.screen if screen is None else screen,
        window_id=window_id,
        observe=observe or (lambda _what, _obj: None),
        quit_when_ready=quit_when_ready,
    )


def _run_hall_qt(
    mode: str,
    ctx: ServiceContext,
    link: CentralLink | None,
    settings: config.Settings,
    hall_settings: config.HallSettings,
    *,
    lang: str,
    screen: int,
    window_id: str | None,
    observe: Callable[[str, object], None],
    quit_when_ready: bool,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clerk_app.ui.central_link import SyncingTasks
    from clerk_app.ui.common.theme import apply_icon, apply_theme
    from clerk_app.ui.hall import launch
    from clerk_app.ui.hall.voice import write_chime
    from clerk_app.ui.i18n import install_translators
    from clerk_app.ui.sync_status import SyncStatusSource

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    restore_hooks = install_exception_hooks()
    qapp.setApplicationName("clerk-desk")
    translators = install_translators(qapp, lang)
    apply_theme(qapp)
    apply_icon(qapp)
    tasks = SyncingTasks()
    reader: CentralHallReader | None = None
    shown: list[Any] = []
    try:
        if mode == "display":
            read: Callable[[], Any]
            if link is not None:
                reader = CentralHallReader(settings, ctx.workstation)
                read, source = reader, "中心数据库"
            else:
                from clerk_app.services import hall

                read, source = (lambda: hall.display_snapshot(ctx)), "本机数据库"
            chime = write_chime(settings.data_dir / "hall" / "chime.wav")
            shown.append(
                launch.start_display(
                    tasks, read, hall_settings, screen=screen, chime_file=chime, source_name=source
                )
            )
        else:
            start_central(link, ctx, tasks, SyncStatusSource())
            if mode == "review-pad":
                assert window_id is not None
                shown.append(
                    launch.start_review_pad(tasks, ctx, window_id, hall_settings, screen=screen)
                )
            else:
                shown.append(
                    launch.start_kiosk(tasks, ctx, hall_settings, screen=screen, on_exit=qapp.quit)
                )
        log.info("hall mode %s shown", mode)
        observe(mode, shown[0])
        if quit_when_ready:  # exit, not quit: the kiosk refuses to close
            QTimer.singleShot(0, lambda: qapp.exit(0))
        code = qapp.exec()
        return code
    finally:
        for widget in shown:
            widget.stop()
        tasks.shutdown(wait=True)
        if link is not None:
            link.stop()
        if reader is not None:
            reader.close()
        ctx.db.dispose()
        restore_hooks()
        del translators

"""Screenshot of the supervision tab (效能监督) over the demo center, for docs/.

    /work/venv/bin/python tools/screenshot_administration.py [--lang en] [--days 15] [--out docs]

Without a display it re-runs itself under ``xvfb-run``. The demo (清溪县) is built in a
temporary database; the clock is then frozen at 10:30 on the demo's last day.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--days", type=int, default=15)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("CLERK_SCREENSHOT_CHILD"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("no display and no xvfb-run (apt-get install xvfb)", file=sys.stderr)
            return 2
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", CLERK_SCREENSHOT_CHILD="1")
        cmd = [xvfb, "-a", "-s", "-screen 0 1440x900x24", sys.executable, *sys.argv]
        return subprocess.call(cmd, env=env)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from PySide6.QtWidgets import QApplication

    from clerk_app.config import sqlite_url
    from clerk_app.demo.catalogue import load_demo_catalogue
    from clerk_app.demo.center import build_demo
    from clerk_app.domain.clock import SHANGHAI
    from clerk_app.services import auth
    from clerk_app.services.context import ServiceContext
    from clerk_app.store.db import open_database
    from clerk_app.store.migrate import upgrade
    from clerk_app.ui.adapters import ServiceDirectory
    from clerk_app.ui.administration.tab import SECTION_ITEMS, AdministrationTab
    from clerk_app.ui.common.theme import apply_theme
    from clerk_app.ui.i18n import install_translators
    from clerk_app.ui.session import AppServices, SignedOn
    from clerk_app.ui.tasks import SyncExecutor, Tasks

    class NoPrinter:
        def show(self, printout: object, parent: object = None) -> None:
            pass

    today = date(2026, 11, 27)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp))
        upgrade(url)
        db = open_database(url)
        build_demo(db, workstation="WS-SHOT", days=args.days, today=today, password_cost=2**4)
        now = datetime.combine(today, time(10, 30), tzinfo=SHANGHAI)
        ctx = ServiceContext(db=db, workstation="WS-SHOT", clock=lambda: now)
        cat = load_demo_catalogue()
        badge = auth.log_in(ctx, "QX0001", cat.password)
        app = QApplication([sys.argv[0]])
        translators = install_translators(app, args.lang)
        apply_theme(app)
        tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=print)
        services = AppServices(
            ctx=ctx, tasks=tasks, directory=ServiceDirectory(ctx), printer=NoPrinter()
        )
        center = services.directory.center()
        assert center is not None
        tab = AdministrationTab(SignedOn(services, badge, center))
        tab.resize(1366, 740)
        tab.refresh()
        tab.sections.setCurrentIndex(SECTION_ITEMS)
        tab.show()
        for _ in range(10):
            app.processEvents()
        suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"
        path = out / f"screenshot-administration{suffix}.png"
        tab.grab().save(str(path))
        print(path)
        tab.items.table.selectRow(4)
        tab.items.edit_button.click()
        dialog = tab.dialog
        assert dialog is not None
        for _ in range(10):
            app.processEvents()
        path = out / f"screenshot-item-editor{suffix}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
        tab.close()
        tasks.shutdown()
        del translators
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

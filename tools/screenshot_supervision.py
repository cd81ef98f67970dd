"""Screenshot of the supervision tab (效能监督) over the demo center, for docs/.

    /work/venv/bin/python tools/screenshot_supervision.py [--lang en] [--days 15] [--out docs]

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
    from clerk_app.services import auth, catalogue, tickets
    from clerk_app.services.context import ServiceContext
    from clerk_app.store.db import open_database
    from clerk_app.store.migrate import upgrade
    from clerk_app.store.models import Staff
    from clerk_app.ui.adapters import ServiceDirectory
    from clerk_app.ui.common.theme import apply_theme
    from clerk_app.ui.i18n import install_translators
    from clerk_app.ui.session import AppServices, SignedOn
    from clerk_app.ui.supervision.tab import SupervisionTab
    from clerk_app.ui.tasks import SyncExecutor, Tasks

    class NoPrinter:
        def show(self, printout: object, parent: object = None) -> None:
            pass

    today = date(2026, 11, 27)  # a Friday
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp))
        upgrade(url)
        db = open_database(url)
        build_demo(db, workstation="WS-SHOT", days=args.days, today=today, password_cost=2**4)
        now = datetime.combine(today, time(10, 30), tzinfo=SHANGHAI)
        ctx = ServiceContext(
            db=db, workstation="WS-SHOT", clock=lambda: now, archive_dir=Path(tmp) / "archive"
        )
        cat = load_demo_catalogue()
        with db.sessions() as s:
            people = list(s.query(Staff).order_by(Staff.staff_no))
            supervisor = next(p.staff_no for p in people if p.role == "supervisor")
            clerks: dict[str, list[str]] = {}
            for p in people:
                if p.role == "clerk" and p.department_id:
                    clerks.setdefault(p.department_id, []).append(p.staff_no)
        badge = auth.log_in(ctx, supervisor, cat.password)
        # a morning at the center: clerks signed on at most windows, some visitors called
        for n, window in enumerate(catalogue.list_windows(ctx)):
            staff = clerks.get(window.department_id or "", [])
            if not staff or n % 5 == 4:
                continue
            clerk = auth.log_in(ctx, staff.pop(0), cat.password, window_id=window.id)
            if n % 3 == 0:
                tickets.call_next(ctx, clerk.actor(), window_id=window.id)
            elif n % 7 == 1:
                tickets.pause_window(ctx, clerk.actor(), window.id, "业务咨询电话")

        app = QApplication([sys.argv[0]])
        translators = install_translators(app, args.lang)
        apply_theme(app)
        tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=print)
        services = AppServices(
            ctx=ctx, tasks=tasks, directory=ServiceDirectory(ctx), printer=NoPrinter()
        )
        center = services.directory.center()
        assert center is not None
        tab = SupervisionTab(SignedOn(services, badge, center))
        tab.resize(1400, 860)
        tab.refresh()
        suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"
        for index, name in ((0, "supervision"), (4, "supervision-statistics")):
            tab.pages.setCurrentIndex(index)
            tab.show()
            for _ in range(10):
                app.processEvents()
            path = out / f"screenshot-{name}{suffix}.png"
            tab.grab().save(str(path))
            print(path)
        tab.close()
        tasks.shutdown()
        del translators
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

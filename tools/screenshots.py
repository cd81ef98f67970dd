"""Screenshots of the login, the front desk, the counter, the intake form and "my cases"
for docs/ (a real X server).

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        /work/venv/bin/python tools/screenshots.py [--lang en] [--out docs]

Without a display it re-runs itself under ``xvfb-run``. The data is the small test center
(tests/helpers/factories.py) in a temporary database, on a fixed clock.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _reexec_under_xvfb() -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("screenshots: no display and no xvfb-run (apt-get install xvfb)", file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", CLERK_SCREENSHOT_CHILD="1")
    cmd = [xvfb, "-a", "-s", "-screen 0 1440x900x24", sys.executable, *sys.argv]
    return subprocess.call(cmd, env=env)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("CLERK_SCREENSHOT_CHILD"):
        return _reexec_under_xvfb()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from PySide6.QtWidgets import QApplication, QWidget

    from clerk_app.config import sqlite_url
    from clerk_app.domain.tickets import TicketKind
    from clerk_app.services import catalogue, intake, tickets
    from clerk_app.services.context import ServiceContext
    from clerk_app.services.intake import Applicant, MaterialCheck
    from clerk_app.store.db import open_database
    from clerk_app.store.migrate import upgrade
    from clerk_app.ui.adapters import ServiceDirectory
    from clerk_app.ui.cases.my_cases import MyCasesTab
    from clerk_app.ui.common.theme import apply_theme
    from clerk_app.ui.counter.panel import CounterTab
    from clerk_app.ui.front_desk.panel import FrontDeskTab
    from clerk_app.ui.i18n import install_translators
    from clerk_app.ui.session import AppServices, SignedOn
    from clerk_app.ui.shell.login import LoginDialog
    from clerk_app.ui.shell.main_window import MainWindow
    from clerk_app.ui.shell.roles import Tab
    from clerk_app.ui.tasks import SyncExecutor, Tasks
    from tests.helpers.clock import FakeClock
    from tests.helpers.factories import build_small_center, valid_id_card

    class NoPrinter:
        def show(self, printout: object, parent: object = None) -> None:
            pass

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp))
        upgrade(url)
        db = open_database(url)
        clock = FakeClock()
        ctx = ServiceContext(
            db=db,
            workstation="WS-SHOT",
            clock=clock,
            password_cost=2**4,
            archive_dir=Path(tmp) / "archive",
        )
        small = build_small_center(ctx)
        clerk = small.clerk.actor()
        clock.set_day(date(2026, 9, 14))
        for day, item_id, name in [
            (date(2026, 9, 14), small.deemed_item, "王五"),  # 3 days: long overdue
            (date(2026, 9, 15), small.promised_item, "赵六"),  # 10 days
            (date(2026, 9, 22), small.promised_item, "测试县某某餐饮有限公司"),
            (date(2026, 9, 28), small.promised_item, "孙七"),
        ]:
            clock.set_day(day)
            item = catalogue.get_item(ctx, item_id)
            received = intake.receive(
                ctx,
                clerk,
                item_id=item_id,
                applicant=Applicant("person", name, valid_id_card()),
                materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
            )
            intake.accept(ctx, clerk, received.id)
        clock.advance(minutes=10)
        guide = small.guide.actor()
        for kind, reason, minutes in [
            (TicketKind.NORMAL, "", 0),
            (TicketKind.NORMAL, "", 4),
            (TicketKind.PRIORITY, "", 6),
            (TicketKind.NORMAL, "", 3),
            (TicketKind.APPOINTMENT, "", 5),
        ]:
            clock.advance(minutes=minutes)
            tickets.issue_ticket(
                ctx,
                guide,
                queue_id=small.market_queue,
                kind=kind,
                reason=reason,
                item_id=small.promised_item,
            )
        clock.advance(minutes=14)

        app = QApplication([sys.argv[0]])
        translators = install_translators(app, args.lang)
        apply_theme(app)
        tasks = Tasks(SyncExecutor(), SyncExecutor(), report_error=print)
        services = AppServices(
            ctx=ctx, tasks=tasks, directory=ServiceDirectory(ctx), printer=NoPrinter()
        )
        center = services.directory.center()
        assert center is not None

        def shot(widget: QWidget, name: str) -> None:
            widget.show()
            for _ in range(5):
                app.processEvents()
            path = out / f"screenshot-{name}.png"
            widget.grab().save(str(path))
            print(path)

        login = LoginDialog(services, center)
        login.staff_edit.setText("C001")
        login.password_edit.setText("demo1234")
        login.window_combo.setCurrentIndex(1)
        shot(login, "login")
        login.close()

        window = MainWindow(SignedOn(services, small.clerk, center))
        window.resize(1366, 800)
        front = window.tab(Tab.FRONT_DESK)
        counter = window.tab(Tab.COUNTER)
        assert isinstance(front, FrontDeskTab) and isinstance(counter, CounterTab)
        window.tabs.setCurrentWidget(front)
        front.search_edit.setText("yyzz")
        front.search()
        front.table.selectRow(0)
        shot(window, "front-desk")

        window.tabs.setCurrentWidget(counter)
        counter.call_next()
        counter.start_serving()
        shot(window, "counter")

        counter.intake()
        dialog = counter.intake_dialog
        assert dialog is not None
        dialog.resize(1000, 860)
        dialog.applicant.edits["name"].setText("张三")
        good = valid_id_card("33010219800101123")
        dialog.applicant.edits["id_no"].setText(good[:17] + ("0" if good[17] != "0" else "1"))
        dialog.applicant.edits["phone"].setText("13800138000")
        dialog.materials.mark_all_received()
        dialog.materials.set_status(1, "missing")
        dialog.materials.set_status(2, "deficient")
        shot(dialog, "intake")
        dialog.reject()

        cases = window.tab(Tab.MY_CASES)
        assert isinstance(cases, MyCasesTab)
        window.tabs.setCurrentWidget(cases)
        cases.refresh()
        shot(window, "my-cases")
        window.close()
        tasks.shutdown()
        del translators
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the hall modes for docs/: the call display at 1920×1080, the review pad
and the ticket kiosk, over the demo centre (offscreen, ``QWidget.grab()``).

    .venv/bin/python tools/screenshot_hall.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from clerk_app.config import Settings
    from clerk_app.demo.center import load_demo
    from clerk_app.services import auth, hall, tickets
    from clerk_app.services.context import ServiceContext
    from clerk_app.store.db import open_database
    from clerk_app.store.models import Center, Staff, Window, WindowQueue
    from clerk_app.ui.common.theme import apply_theme
    from clerk_app.ui.hall.display import CallDisplay
    from clerk_app.ui.hall.kiosk import Kiosk
    from clerk_app.ui.hall.review_pad import ReviewPad
    from clerk_app.ui.tasks import SyncExecutor, Tasks

    class NoPrinter:
        def show(self, printout: object, parent: object = None) -> None:
            pass

    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        load_demo(settings, days=1)
        db = open_database(settings.database_url)
        ctx = ServiceContext(db=db, workstation="WS-HALL")
        with db.sessions() as s, s.begin():
            center = s.scalar(select(Center))
            assert center is not None
            center.hall_notice = "请提前准备好身份证原件；营业执照办理请到二楼 A 区。"
            center.opening_hours = "周一至周五 上午 9:00–12:00，下午 13:30–17:00"
            pairs = s.execute(
                select(Staff.staff_no, Window.id, WindowQueue.queue_id)
                .join(Window, Window.department_id == Staff.department_id)
                .join(WindowQueue, WindowQueue.window_id == Window.id)
                .where(Staff.role == "clerk")
                .order_by(Window.code)
            ).all()
        guide = s_guide = None
        with db.read_sessions() as s:
            s_guide = s.scalar(select(Staff.staff_no).where(Staff.role == "guide"))
        assert s_guide is not None
        guide = auth.log_in(ctx, s_guide, "demo1234").actor()
        used: set[str] = set()
        badges = []
        for staff_no, window_id, queue_id in pairs:
            if window_id in used or staff_no in {b.staff_no for b in badges}:
                continue
            used.add(window_id)
            for _ in range(3):
                tickets.issue_ticket(ctx, guide, queue_id=queue_id)
            badge = auth.log_in(ctx, staff_no, "demo1234", window_id=window_id)
            badges.append(badge)
            if len(badges) == 7:
                break
        tasks = Tasks(SyncExecutor(), SyncExecutor())
        display = CallDisplay(
            tasks,
            lambda: hall.display_snapshot(ctx),
            refresh_ms=3_600_000,
            voice_note="语音：espeak-ng（普通话）　·　本机数据库",
        )
        display.resize(1920, 1080)
        served = None
        for badge in badges:
            if badge is badges[-1]:
                display.refresh()  # the last call is the new one
            called = tickets.call_next(ctx, badge.actor(), window_id=badge.window_id)
            if served is None and called is not None:
                served = (badge, called)
        display.refresh()
        display._blink()  # the newest call lit
        display.marquee._offset = 1500
        display.grab().save(str(args.out / "screenshot-hall-display.png"))

        assert served is not None
        badge, ticket = served
        tickets.start_serving(ctx, badge.actor(), ticket.id)
        pad = ReviewPad(tasks, ctx, badge.window_id or "", refresh_ms=3_600_000)
        pad.resize(1280, 800)
        pad.refresh()
        pad.grab().save(str(args.out / "screenshot-review-pad-badge.png"))
        tickets.finish(ctx, badge.actor(), ticket.id)
        pad.refresh()
        from clerk_app.domain.reviews import ReviewLevel

        pad.level_buttons[ReviewLevel.DISSATISFIED].click()
        pad.reason_checks[1].setChecked(True)
        pad.grab().save(str(args.out / "screenshot-review-pad.png"))

        kiosk = Kiosk(tasks, ctx, NoPrinter())
        kiosk.resize(1920, 1080)
        kiosk.grab().save(str(args.out / "screenshot-kiosk.png"))
        kiosk.choose_department(kiosk.menu[0])
        kiosk.grab().save(str(args.out / "screenshot-kiosk-items.png"))
        kiosk.choose_item(kiosk.menu[0].items[0])
        for key in "1380013":
            kiosk._key(key)
        kiosk.grab().save(str(args.out / "screenshot-kiosk-confirm.png"))
        for w in (display, pad, kiosk):
            w.stop()
        tasks.shutdown()
        db.dispose()
    print("written to", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

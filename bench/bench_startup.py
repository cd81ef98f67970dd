"""Cold start of the real application (``clerk_app.app.run_gui``) against a bare PySide6
QMainWindow.

    python -m bench.bench_startup        (or: python -m bench.run startup)

Each start is a fresh subprocess, offscreen, on a prepared SQLite database of a small
center with open cases and waiting tickets. Three moments of the same start-up are timed,
each at the first event-loop turn after the window is shown (as the baseline is):

* the first window (the splash, shown before the database layer is imported);
* the login window, ready for the staff number (database open, services imported);
* the counter tab of a clerk signed on at window A01 (the login filled in by the script;
  the password hash of the prepared staff is cheap: scrypt's cost is the user's wait, not
  start-up).

The baseline child shows a bare QMainWindow and prints at its first event-loop turn.
Median of 5 each, interleaved.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 5
ROOT = Path(__file__).resolve().parents[1]
Row = tuple[str, float, float, float]

BARE = """
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
def turn():
    print(repr(time.time()), flush=True); app.quit()
QTimer.singleShot(0, turn)
app.exec()
"""

APP = """
import time, sys
from pathlib import Path
data = Path(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from clerk_app.app import run_gui
from clerk_app.config import sqlite_url
stamps = {}

def stamp(name, then=None):
    def turn():
        stamps[name] = time.time()
        if then is not None:
            then()
    QTimer.singleShot(0, turn)

def on_login(dialog):
    stamp("login")
    dialog.staff_edit.setText("C001")
    dialog.password_edit.setText("demo1234")
    combo = dialog.window_combo
    def choose_and_sign_on():
        combo.setCurrentIndex(next(i for i in range(combo.count())
                                   if combo.itemText(i).startswith("A01")))
        dialog.log_in()
    wait_for_windows(combo, choose_and_sign_on)

def wait_for_windows(combo, then):
    if combo.count() > 1:
        then()
    else:
        QTimer.singleShot(1, lambda: wait_for_windows(combo, then))

def on_main(window):
    from clerk_app.ui.roles import Tab
    window.tabs.setCurrentWidget(window.tab(Tab.COUNTER))
    stamp("counter", QApplication.quit)

def observe(what, obj):
    if what == "splash":
        stamp("splash")
    elif what == "shell":
        obj.loginShown.connect(on_login)
        obj.mainWindowShown.connect(on_main)

code = run_gui(data, sqlite_url(data), "zh_CN", "WS-BENCH", observe=observe)
print(repr(stamps["splash"]), repr(stamps["login"]), repr(stamps["counter"]), code, flush=True)
"""


def _prepare(data: Path) -> None:
    """A small center with accepted cases and a waiting queue (built once, not timed)."""
    sys.path.insert(0, str(ROOT))
    from clerk_app.config import sqlite_url
    from clerk_app.services import catalogue, intake, tickets
    from clerk_app.services.context import ServiceContext
    from clerk_app.services.intake import Applicant, MaterialCheck
    from clerk_app.store.db import open_database
    from clerk_app.store.migrate import upgrade
    from tests.helpers.factories import build_small_center, valid_id_card

    url = sqlite_url(data)
    upgrade(url)
    db = open_database(url)
    ctx = ServiceContext(db=db, workstation="WS-BENCH", password_cost=2**4)
    small = build_small_center(ctx)
    clerk = small.clerk.actor()
    item = catalogue.get_item(ctx, small.promised_item)
    for i in range(30):
        case = intake.receive(
            ctx,
            clerk,
            item_id=item.id,
            applicant=Applicant("person", f"申请人{i}", valid_id_card()),
            materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
        )
        intake.accept(ctx, clerk, case.id)
    for _ in range(20):
        tickets.issue_ticket(ctx, small.guide.actor(), queue_id=small.market_queue)
    db.dispose()


def _start(code: str, *args: str) -> list[float]:
    """Milliseconds from spawning the child to each timestamp it prints on its last line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    stamps = out.strip().splitlines()[-1].split()
    return [(float(s) - started) * 1000 for s in stamps if "." in s]


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        _prepare(data)
        _start(BARE)  # warm the OS file cache for both, untimed
        _start(APP, str(data))
        bare_ms: list[float] = []
        app_ms: list[list[float]] = []
        for _ in range(ROUNDS):
            bare_ms.append(_start(BARE)[0])
            app_ms.append(_start(APP, str(data)))
    bare = statistics.median(bare_ms)
    names = (
        "first window (splash), median of 5",
        "login window ready, median of 5",
        "signed on, counter tab shown, median of 5",
    )
    rows: list[Row] = []
    for i, name in enumerate(names):
        value = statistics.median(times[i] for times in app_ms)
        rows.append((name, value, bare, value / bare))
    return rows


if __name__ == "__main__":
    for name, value, base, ratio in run():
        print(f"{name}: {value:.0f} ms vs bare QMainWindow {base:.0f} ms = {ratio:.2f}x")

"""Cold start of the real application (``clerk_app.app.run_gui``) against a bare PySide6
QMainWindow.

    python -m bench.bench_startup        (or: python -m bench.run startup)

Each start is a fresh subprocess, offscreen, on a prepared SQLite database of a small
center with open cases and waiting tickets, through the command line as ``clerk-app``
starts it. The baseline child shows a bare QMainWindow
and prints at its first event-loop turn; the application child is timed the same way at:

* the login, ready for the staff number (the first window of a start);
* Enter pressed → the counter tab of a clerk signed on at window A01, showing its queue
  figures (the moment the clerk can call the next visitor).

A start is driven twice. "A clerk types": Enter comes ``TYPING_MS`` after the login shows
(a staff number, a password and a window, typed by a quick hand); the clerk waits for
the login and for the counter, not while typing, so the clerk's wait is the sum of the
two. "No typing": Enter at once, so the whole start-up is on the path (what a script
that signs on would see). The password hash of the prepared staff is cheap: scrypt's
cost is the same wait whatever the start-up does.

Nine rounds; in each, a bare window starts just before each start of the program. The
ratio is the median of those pairs' ratios (a noisy machine slows neighbours alike); the
times are the medians of their own.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import hold_data_key

#: What the benchmark needs to run (``python -m bench.run --list``).
NEEDS = "PySide6 with the offscreen platform (no display needed)"

ROUNDS = 9
TYPING_MS = 1_500
ROOT = Path(__file__).resolve().parents[1]
NUMERALS = "甲乙丙丁戊己庚辛壬癸"  # applicant names have no digits
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
data, typing_ms = Path(sys.argv[1]), int(sys.argv[2])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import clerk_app.app
stamps = {}

def at_next_turn(name, then=None):
    def turn():
        stamps[name] = time.time()
        if then is not None:
            then()
    QTimer.singleShot(0, turn)

def when(ready, then):
    if ready():
        then()
    else:
        QTimer.singleShot(1, lambda: when(ready, then))

def on_login(dialog):
    at_next_turn("login")
    QTimer.singleShot(typing_ms, lambda: type_in(dialog))

def type_in(dialog):
    dialog.staff_edit.setText("C001")
    dialog.password_edit.setText("demo1234")
    combo = dialog.window_combo
    def choose_and_press_enter():
        combo.setCurrentIndex(next(i for i in range(combo.count())
                                   if combo.itemText(i).startswith("A01")))
        stamps["enter"] = time.time()
        dialog.log_in()
    when(lambda: combo.count() > 1, choose_and_press_enter)

def on_main(window):
    from clerk_app.ui.shell.roles import Tab
    counter = window.tab(Tab.COUNTER)
    window.tabs.setCurrentWidget(counter)
    when(lambda: counter.queue_model.rowCount() > 0,
         lambda: at_next_turn("counter", QApplication.quit))

def observe(what, obj):
    if what == "login":
        on_login(obj)
    elif what == "shell":
        obj.mainWindowShown.connect(on_main)

# The program as ``clerk-app`` starts it (the command line first), with the observer added.
run_gui = clerk_app.app.run_gui
clerk_app.app.run_gui = lambda *args, **kwargs: run_gui(*args, observe=observe, **kwargs)
from clerk_app.cli import main
code = main(["--data-dir", str(data)])
print(*(repr(stamps[k]) for k in ("login", "enter", "counter")), code, flush=True)
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
            applicant=Applicant("person", "申请人" + NUMERALS[i % 10], valid_id_card()),
            materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
        )
        intake.accept(ctx, clerk, case.id)
    for _ in range(20):
        tickets.issue_ticket(ctx, small.guide.actor(), queue_id=small.market_queue)
    db.dispose()


def _start(code: str, *args: str) -> list[float]:
    """Milliseconds from spawning the child to each timestamp it prints on its last line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # Bytecode cached as an installed program has it (pip and the installers compile it):
    # a shell that turns caching off would otherwise time compiling the program's sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    hold_data_key()
    typed, at_once = str(TYPING_MS), "0"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        _prepare(data)
        _start(BARE)  # warm the OS file cache for both and write the bytecode, untimed
        _start(APP, str(data), at_once)
        typing: list[tuple[float, list[float]]] = []  # (bare just before, app)
        scripted: list[tuple[float, list[float]]] = []
        for _ in range(ROUNDS):
            typing.append((_start(BARE)[0], _start(APP, str(data), typed)))
            scripted.append((_start(BARE)[0], _start(APP, str(data), at_once)))
    moments: list[tuple[str, list[tuple[float, list[float]]], Callable[[list[float]], float]]] = [
        ("a clerk types: login ready for typing", typing, lambda t: t[0]),
        ("a clerk types: Enter → counter with queues", typing, lambda t: t[2] - t[1]),
        ("a clerk types: the clerk's wait (sum)", typing, lambda t: t[0] + t[2] - t[1]),
        ("no typing: start → counter with queues", scripted, lambda t: t[2]),
    ]
    rows: list[Row] = []
    for name, pairs, moment in moments:
        value = statistics.median(moment(app) for _bare, app in pairs)
        bare = statistics.median(b for b, _app in pairs)
        ratio = statistics.median(moment(app) / b for b, app in pairs)
        rows.append((name, value, bare, ratio))
    return rows


if __name__ == "__main__":
    for name, value, base, ratio in run():
        print(f"{name}: {value:.0f} ms vs bare QMainWindow {base:.0f} ms = {ratio:.2f}x")

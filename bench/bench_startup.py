"""Cold start to a usable counter tab against a bare PySide6 QMainWindow.

    python -m bench.bench_startup        (or: python -m bench.run startup)

Each start is a fresh subprocess, offscreen. The application child opens (and upgrades)
a prepared SQLite database of a small center with open cases and waiting tickets, signs a
clerk on at a window (cheap password hash: the login's scrypt cost is the user's wait, not
start-up), builds the main window as the app does, shows it on the counter tab, and prints
a wall-clock timestamp at the first event-loop turn. The baseline child shows a bare
QMainWindow and prints at its first event-loop turn. Median of 5 each, interleaved.
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
from clerk_app.config import sqlite_url
from clerk_app.services import auth, catalogue
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import open_database
from clerk_app.store.migrate import upgrade
from clerk_app.ui.adapters import ServiceDirectory
from clerk_app.ui.i18n import install_translators
from clerk_app.ui.printing import PreviewPrintSink
from clerk_app.ui.roles import Tab
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.tasks import Tasks
from clerk_app.ui.theme import apply_theme
from clerk_app.ui.windows.main_window import MainWindow
url = sqlite_url(data)
upgrade(url)
db = open_database(url)
ctx = ServiceContext(db=db, workstation="WS-BENCH", archive_dir=data / "archive",
                     password_cost=2**4)
app = QApplication(sys.argv[:1])
translators = install_translators(app, "zh_CN")
apply_theme(app)
tasks = Tasks()
services = AppServices(ctx=ctx, tasks=tasks, directory=ServiceDirectory(ctx),
                       printer=PreviewPrintSink(tasks))
window_id = next(w.id for w in catalogue.list_windows(ctx) if w.code == "A01")
badge = auth.log_in(ctx, "C001", "demo1234", window_id=window_id)
center = catalogue.get_center(ctx)
window = MainWindow(SignedOn(services, badge, center))
window.tabs.setCurrentWidget(window.tab(Tab.COUNTER))
window.show()
def turn():
    print(repr(time.time()), flush=True); app.quit()
QTimer.singleShot(0, turn)
app.exec()
tasks.shutdown(wait=True)
db.dispose()
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


def _start(code: str, *args: str) -> float:
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
    shown = float(out.strip().splitlines()[-1])
    return (shown - started) * 1000


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        _prepare(data)
        _start(BARE)  # warm the OS file cache for both, untimed
        _start(APP, str(data))
        app_ms, bare_ms = [], []
        for _ in range(ROUNDS):
            bare_ms.append(_start(BARE))
            app_ms.append(_start(APP, str(data)))
    app, bare = statistics.median(app_ms), statistics.median(bare_ms)
    return [("cold start to the counter tab (median of 5)", app, bare, app / bare)]


if __name__ == "__main__":
    for name, value, base, ratio in run():
        print(f"{name}: {value:.0f} ms vs bare QMainWindow {base:.0f} ms = {ratio:.2f}x")

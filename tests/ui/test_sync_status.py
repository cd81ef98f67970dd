"""The sync status on every screen, the central link the composition root starts, the
deadline sweep, and the claims given back at sign-on."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from clerk_app import config
from clerk_app.app import central_link, compose, start_central
from clerk_app.domain.clock import SHANGHAI
from clerk_app.services import catalogue, intake, tickets
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.db import Database
from clerk_app.sync.central_queue import CentralQueue, Claim
from clerk_app.sync.engine import SyncStatus
from clerk_app.sync.link import CentralLink, LinkedQueue
from clerk_app.ui.central_link import SyncingTasks
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell.main_window import MainWindow
from clerk_app.ui.sync_status import LinkState, SyncStatusLabel, SyncStatusSource
from clerk_app.ui.tasks import SyncExecutor, Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.databases import PG_SERVER_URL
from tests.helpers.factories import PASSWORD, SmallCenter, valid_id_card
from tests.helpers.keyring_backend import MemoryKeyring
from tests.sync.stations import migrated_central
from tests.ui.conftest import FakePrinter

# --- the indicator ------------------------------------------------------------------------


def test_a_standalone_workstation_says_so_on_every_tab(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    window = MainWindow(sign_on(small.supervisor))
    qtbot.addWidget(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert window.sync_status.isVisibleTo(window)
        assert window.sync_status.text() == "单机运行"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown dialog
def test_the_login_dialog_shows_the_status_too(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks
) -> None:
    shell = compose(ui_ctx, tasks=tasks, printer=FakePrinter(), sweep_minutes=0)
    shell.start()
    assert shell.login is not None and shell.login_status is not None
    qtbot.addWidget(shell.login)
    assert shell.login_status.isVisibleTo(shell.login)
    assert shell.login_status.text() == "单机运行"


def test_a_status_from_the_sync_thread_reaches_the_label(qtbot: QtBot) -> None:
    source = SyncStatusSource()
    label = SyncStatusLabel(source)
    qtbot.addWidget(label)
    status = SyncStatus(
        online=False,
        offline_since=datetime(2026, 9, 28, 9, 5, tzinfo=SHANGHAI),
        waiting=3,
        last_sync=datetime(2026, 9, 28, 9, 4, tzinfo=SHANGHAI),
        conflicts=1,
        error="无法连接中心数据库，本窗口继续离线办理，恢复后自动同步",
    )
    thread = threading.Thread(target=source.push, args=(status,))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: "离线" in label.text(), timeout=2000)
    text = label.text()
    assert "自09:05起" in text and "待上传 3" in text and "冲突 1" in text
    assert "上次同步 09-28 09:04" in text
    assert "继续离线办理" in label.toolTip()
    assert source.current.state is LinkState.OFFLINE


def test_online_shows_what_waits_and_the_last_sync(qtbot: QtBot) -> None:
    source = SyncStatusSource()
    label = SyncStatusLabel(source)
    qtbot.addWidget(label)
    source.push(SyncStatus(True, None, 0, datetime(2026, 9, 28, 9, 30, tzinfo=SHANGHAI), 0))
    assert label.text() == "在线 · 待上传 0 · 上次同步 09-28 09:30"
    assert source.current.state is LinkState.ONLINE


def test_a_refused_password_is_told_on_the_line(qtbot: QtBot) -> None:
    source = SyncStatusSource()
    label = SyncStatusLabel(source)
    qtbot.addWidget(label)
    source.push(SyncStatus(None, None, 5, None, 0, "中心数据库拒绝登录：用户名或密码不正确"))
    assert source.current.state is LinkState.PROBLEM
    assert "待上传 5" in label.text() and "密码不正确" in label.text()


# --- the central link ---------------------------------------------------------------------


def _central_settings(tmp_path: Path, database: str) -> config.Settings:
    server = sa.engine.make_url(PG_SERVER_URL)
    return config.Settings(
        data_dir=tmp_path,
        workstation="WS-UI",
        central={
            "host": server.host or "127.0.0.1",
            "port": server.port or 5432,
            "database": database,
            "user": server.username or "",
        },
    )


@pytest.fixture
def syncing_tasks(qapp: object, errors: list[str]) -> Iterator[SyncingTasks]:
    runner = SyncingTasks(SyncExecutor(), SyncExecutor(), report_error=errors.append)
    yield runner
    runner.shutdown()


def test_a_locked_keyring_leaves_the_workstation_working_alone(
    ui_ctx: ServiceContext,
    small: SmallCenter,
    syncing_tasks: SyncingTasks,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    memory_keyring.locked = True
    status = SyncStatusSource()
    link = central_link(_central_settings(tmp_path, "x"))
    assert link is not None
    ctx = replace(ui_ctx, shared_queue=link.queue, fetch_missing=link.fetch_missing)
    start_central(link, ctx, syncing_tasks, status)
    assert link.worker is None
    assert status.current.state is LinkState.PROBLEM
    assert "密钥环已锁定" in status.current.text
    assert tickets.queue_offline(ctx)
    ticket = tickets.issue_ticket(ctx, small.guide.actor(), queue_id=small.market_queue)
    assert ticket.number == "A-01"  # numbered offline (a desk without a window: the prefix)


def test_no_central_configured_starts_nothing(
    ui_ctx: ServiceContext, syncing_tasks: SyncingTasks, tmp_path: Path
) -> None:
    status = SyncStatusSource()
    link = central_link(config.Settings(data_dir=tmp_path))
    assert link is None
    start_central(link, ui_ctx, syncing_tasks, status)
    assert status.current.text == "单机运行" and not status.can_sync_now


@pytest.fixture
def central_server(worker_id: str) -> Iterator[tuple[str, Database]]:
    yield from migrated_central(worker_id, "_ui")


@pytest.fixture
def link(
    ui_ctx: ServiceContext,
    small: SmallCenter,
    syncing_tasks: SyncingTasks,
    memory_keyring: MemoryKeyring,
    central_server: tuple[str, Database],
    tmp_path: Path,
) -> Iterator[tuple[CentralLink, SyncStatusSource, Database, ServiceContext]]:
    _url, central = central_server
    settings = _central_settings(tmp_path, central.engine.url.database or "")
    password = sa.engine.make_url(PG_SERVER_URL).password
    if password:
        from clerk_app.sync.settings import CentralSettings, store_password

        store_password(CentralSettings.from_dict(dict(settings.central)), password)
    status = SyncStatusSource()
    started = central_link(settings)
    assert started is not None
    ctx = replace(ui_ctx, shared_queue=started.queue, fetch_missing=started.fetch_missing)
    start_central(started, ctx, syncing_tasks, status)
    yield started, status, central, ctx
    started.stop()


def _central_count(central: Database, event_type: str) -> int:
    with central.engine.connect() as conn:
        return int(
            conn.execute(
                sa.text("SELECT count(*) FROM event WHERE type = :t"), {"t": event_type}
            ).scalar_one()
        )


def test_with_a_central_the_worker_syncs_after_each_write(
    qtbot: QtBot,
    ui_ctx: ServiceContext,
    small: SmallCenter,
    syncing_tasks: SyncingTasks,
    link: tuple[CentralLink, SyncStatusSource, Database, ServiceContext],
) -> None:
    the_link, status, central, ctx = link
    qtbot.waitUntil(lambda: status.current.state is LinkState.ONLINE, timeout=20_000)
    assert isinstance(ctx.shared_queue, LinkedQueue) and ctx.shared_queue.reachable()
    assert isinstance(the_link.central_queue, CentralQueue)
    assert "在线" in status.current.text and "待上传 0" in status.current.text
    assert status.can_sync_now
    before = _central_count(central, "ticket.issued")
    syncing_tasks.write(
        lambda: tickets.issue_ticket(ctx, small.guide.actor(), queue_id=small.market_queue)
    )
    # the write triggered a round at once (the worker's own pause is 5 s)
    qtbot.waitUntil(lambda: _central_count(central, "ticket.issued") == before + 1, timeout=4000)
    the_link.stop()
    assert the_link.worker is None and not ctx.shared_queue.reachable()


# --- the deadline sweep -------------------------------------------------------------------


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown dialog
def test_the_deadline_sweep_runs_at_start_and_every_ten_minutes(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks, clock: FakeClock
) -> None:
    clerk = small.clerk.actor()
    item = catalogue.get_item(ui_ctx, small.promised_item)
    case = intake.receive(
        ui_ctx,
        clerk,
        item_id=item.id,
        applicant=Applicant("person", "王五", valid_id_card()),
        materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
    )
    accepted = intake.accept(ui_ctx, clerk, case.id)
    clock.set_day(date(2026, 12, 1))
    shell = compose(ui_ctx, tasks=tasks, printer=FakePrinter())
    shell.start()
    assert shell.login is not None
    qtbot.addWidget(shell.login)
    sweeper = shell.sweeper
    assert sweeper is not None and sweeper.last is not None
    assert sweeper.last.overdue == (accepted.case_no,)
    assert sweeper.timer.isActive() and sweeper.timer.interval() == 10 * 60_000
    with qtbot.waitSignal(sweeper.swept, timeout=1000) as blocker:
        sweeper.timer.timeout.emit()
    assert blocker.args is not None and blocker.args[0].overdue == ()  # flagged once
    shell.stop()
    assert not sweeper.timer.isActive()


# --- sign-on at a window ------------------------------------------------------------------


@dataclass
class FakeCentralQueue:
    claims: list[Claim]
    released: list[tuple[str, str]] = field(default_factory=list)

    def reachable(self) -> bool:
        return True

    def open_claims(self, window_id: str, day: date) -> list[Claim]:
        return list(self.claims)

    def release(self, ticket_id: str, window_id: str) -> None:
        self.released.append((ticket_id, window_id))


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown dialog
def test_signing_on_at_a_window_gives_back_claims_it_never_called(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks
) -> None:
    called = tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    waiting = tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    tickets.call_next(ui_ctx, small.clerk.actor(), window_id=small.window_a)  # the first one
    fake = FakeCentralQueue(
        [
            Claim(called.id, called.number, small.market_queue),
            Claim(waiting.id, waiting.number, small.market_queue),
        ]
    )
    shell = compose(ui_ctx, tasks=tasks, printer=FakePrinter(), sweep_minutes=0)
    shell.start()
    login = shell.login
    assert login is not None
    qtbot.addWidget(login)
    ui_ctx.shared_queue = fake
    login.staff_edit.setText("C001")
    login.password_edit.setText(PASSWORD)
    index = next(
        i for i in range(login.window_combo.count()) if login.window_combo.itemText(i)[:3] == "A01"
    )
    login.window_combo.setCurrentIndex(index)
    login.log_in()
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    assert fake.released == [(waiting.id, small.window_a)]


def test_the_first_sweep_can_wait_until_the_login_is_up(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks
) -> None:
    from clerk_app.ui.shell.sweeper import DeadlineSweeper

    sweeper = DeadlineSweeper(ui_ctx, tasks)
    sweeper.start(first_after_ms=20)
    assert sweeper.last is None  # not yet: the first sign-on goes first on the writer
    with qtbot.waitSignal(sweeper.swept, timeout=2000):
        pass
    assert sweeper.last is not None
    sweeper.stop()


def test_offline_says_why_on_the_line_cut_to_fit_with_the_whole_text_on_hover(
    qtbot: QtBot,
) -> None:
    source = SyncStatusSource()
    label = SyncStatusLabel(source)
    qtbot.addWidget(label)
    label.show()
    label.resize(160, label.sizeHint().height())
    reason = "中心无响应，本窗口改为离线办理，恢复后自动同步"
    source.push(SyncStatus(False, datetime(2026, 9, 28, 9, 5, tzinfo=SHANGHAI), 7, None, 0, reason))
    assert label.full_text.startswith("离线（自09:05起）：中心无响应 · 待上传 7")
    assert "在线" not in label.full_text
    assert label.text().endswith("…") and len(label.text()) < len(label.full_text)
    assert not label.wordWrap()
    assert label.full_text in label.toolTip() and reason in label.toolTip()
    label.resize(label.MAX_WIDTH, label.height())
    assert label.text() == label.full_text


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: shown window
def test_an_administrator_has_a_sync_now_control(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter
) -> None:
    asked: list[str] = []
    clerk_session = sign_on(small.clerk)
    clerk_session.app.sync_status.allow_sync_now(lambda: asked.append("now"))
    clerk_window = MainWindow(clerk_session)
    qtbot.addWidget(clerk_window)
    assert clerk_window.sync_now is None  # for administrators only
    admin_window = MainWindow(sign_on(small.admin))
    qtbot.addWidget(admin_window)
    assert admin_window.sync_now is not None and admin_window.sync_now.text() == "立即同步"
    admin_window.sync_now.click()
    assert asked == ["now"]

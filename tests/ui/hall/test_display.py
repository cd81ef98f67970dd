"""The call display: it follows the queue written by other connections, flashes and
announces each new call, and keeps the last state, marked, when its source fails."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from clerk_app.services import catalogue, hall, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.ui.hall.display import CallDisplay
from clerk_app.ui.tasks import Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter

REFRESH_MS = 200


@pytest.fixture
def other_ctx(sqlite_db: Database, clock: FakeClock) -> Iterator[ServiceContext]:
    """A counter on its own connection to the same database."""
    db = open_database(sqlite_db.url)
    yield ServiceContext(db=db, workstation="WS-COUNTER", clock=clock, password_cost=2**4)
    db.dispose()


@pytest.fixture
def threaded_tasks() -> Iterator[Tasks]:
    runner = Tasks()
    yield runner
    runner.shutdown(wait=True)


def test_display_shows_a_call_made_on_another_connection_within_its_refresh(
    qtbot: QtBot,
    ui_ctx: ServiceContext,
    other_ctx: ServiceContext,
    small: SmallCenter,
    threaded_tasks: Tasks,
) -> None:
    tickets.issue_ticket(other_ctx, small.guide.actor(), queue_id=small.market_queue)
    tickets.issue_ticket(other_ctx, small.guide.actor(), queue_id=small.market_queue)
    display = CallDisplay(
        threaded_tasks, lambda: hall.display_snapshot(ui_ctx), refresh_ms=REFRESH_MS
    )
    qtbot.addWidget(display)
    try:
        qtbot.waitUntil(lambda: display.snapshot is not None, timeout=REFRESH_MS * 50)
        assert [q.waiting for q in display.snapshot.queues if q.prefix == "A"] == [2]
        assert not display.flashing()

        # within a few refreshes (generous: the machine is shared; a wait, not a benchmark)
        with qtbot.waitSignal(display.called, timeout=REFRESH_MS * 50) as called:
            tickets.call_next(other_ctx, small.clerk.actor(), window_id=small.window_a)

        assert called.args == ["请 A001 号 到 A01 号窗口 办理"]
        assert display.rows[0].number.text() == "A001"
        assert "A01" in display.rows[0].where.text()
        assert display.flashing() == ["A001"]
        assert [q.waiting for q in display.snapshot.queues if q.prefix == "A"] == [1]
    finally:  # no read may still be running when the widget goes
        display.stop()
        qtbot.waitUntil(lambda: not threaded_tasks.busy)


def test_display_keeps_the_last_state_marked_stale_when_the_source_fails(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks, errors: list[str]
) -> None:
    catalogue_center = catalogue.get_center(ui_ctx)
    assert catalogue_center is not None
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.market_queue)
    tickets.call_next(ui_ctx, small.clerk.actor(), window_id=small.window_a)
    link = {"up": True}

    def read() -> hall.HallSnapshot:
        if not link["up"]:
            raise ConnectionError("central unreachable")
        return hall.display_snapshot(ui_ctx)

    display = CallDisplay(tasks, read, refresh_ms=60_000)
    qtbot.addWidget(display)
    display.refresh()
    assert display.rows[0].number.text() == "A001"
    assert display.stale_label.isHidden()

    link["up"] = False
    display.refresh()
    assert display.stale
    assert not display.stale_label.isHidden()
    assert "09:00:00" in display.stale_label.text()
    assert display.rows[0].number.text() == "A001"  # the last state stays on screen
    assert errors == []  # no message box on a hall screen

    link["up"] = True
    display.refresh()
    assert display.stale_label.isHidden()
    display.stop()


def test_display_shows_notice_hours_waiting_counts_and_the_centre_name(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks
) -> None:
    from clerk_app.store.models import Center

    with ui_ctx.db.sessions() as s, s.begin():  # the administrator's screen is another issue
        center = s.get(Center, small.center_id)
        assert center is not None
        center.hall_notice = "本周六正常上班"
        center.opening_hours = "周一至周五 9:00-17:00"
    tickets.issue_ticket(ui_ctx, small.guide.actor(), queue_id=small.tax_queue)
    display = CallDisplay(tasks, lambda: hall.display_snapshot(ui_ctx), refresh_ms=60_000)
    qtbot.addWidget(display)
    display.refresh()
    assert display.center_name.text() == "测试县政务服务中心"
    assert "本周六正常上班" in display.marquee.text()
    assert "办公时间：周一至周五 9:00-17:00" in display.marquee.text()
    waiting = {q.name: q.waiting for q in display.snapshot.queues}
    assert waiting == {"市场监管": 0, "税务": 1}
    display.stop()


@pytest.mark.parametrize(
    ("language", "date_word"),
    [("en", lambda d: QLocale("en").dayName(d.dayOfWeek())), ("zh_CN", lambda d: "年")],
)
def test_the_clock_speaks_the_interface_language(
    qtbot: QtBot,
    ui_ctx: ServiceContext,
    small: SmallCenter,
    tasks: Tasks,
    language: str,
    date_word: Callable[[QDate], str],
) -> None:
    display = CallDisplay(tasks, lambda: hall.display_snapshot(ui_ctx), refresh_ms=60_000)
    qtbot.addWidget(display)
    try:
        display.setLocale(QLocale(language))
        display._tick()
        text = display.clock.text()
        assert date_word(QDate.currentDate()) in text
        has_chinese = any("\u4e00" <= ch <= "\u9fff" for ch in text)
        assert has_chinese == (language == "zh_CN"), text
    finally:
        display.stop()
        qtbot.waitUntil(lambda: not tasks.busy)

"""The counter while the centre cannot be used: it says which tickets it can call and why
the others wait, shows the two groups apart, shows that F1 is waiting while it waits, and
numbers walk-ins in the window's short series, which fits one line of the 80 mm ticket."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.printing import render
from clerk_app.printing.fonts import get_fonts
from clerk_app.printing.layout import text_width
from clerk_app.printing.ticket import NUMBER_SIZE, WIDTH, number_size
from clerk_app.services import documents, tickets
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.services.ticket_numbers import OFFLINE_SERIES_MAX, offline_number
from clerk_app.store.db import Database
from clerk_app.sync.link import CentralLink
from clerk_app.sync.settings import CentralSettings
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import SyncExecutor, Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter
from tests.ui.conftest import CHEAP_PASSWORD_COST


@pytest.fixture
def link() -> CentralLink:
    """A central link configured but not connected (the centre cannot be used)."""
    return CentralLink(CentralSettings(host="127.0.0.1", port=1, database="x", user="x"))


@pytest.fixture
def ui_ctx(
    sqlite_db: Database, clock: FakeClock, archive_dir: Path, link: CentralLink
) -> ServiceContext:
    return ServiceContext(
        db=sqlite_db,
        workstation="WS-UI",
        clock=clock,
        password_cost=CHEAP_PASSWORD_COST,
        archive_dir=archive_dir,
        shared_queue=link.queue,
        fetch_missing=link.fetch_missing,
    )


class HeldExecutor(Executor):
    """Keeps each job until :meth:`run_all`: what the GUI shows while a job is running."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()

        def job() -> None:
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:
                future.set_exception(exc)

        self.jobs.append(job)
        return future

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0)()


@pytest.fixture
def held(qapp: QApplication, errors: list[str]) -> Iterator[tuple[Tasks, HeldExecutor]]:
    writer = HeldExecutor()
    runner = Tasks(writer, SyncExecutor(), report_error=errors.append)
    yield runner, writer
    writer.run_all()
    runner.shutdown()


def _shared_tickets(ctx: ServiceContext, small: SmallCenter, n: int) -> list[str]:
    """Tickets numbered by the centre (before this counter went offline)."""
    central = replace(ctx, shared_queue=None)
    return [
        tickets.issue_ticket(central, small.guide.actor(), queue_id=small.market_queue).number
        for _ in range(n)
    ]


def test_offline_the_counter_tells_which_tickets_it_can_call_and_why_the_others_wait(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    errors: list[str],
) -> None:
    assert _shared_tickets(ui_ctx, small, 2) == ["A001", "A002"]
    walk_in = tickets.issue_ticket(ui_ctx, small.clerk.actor(), queue_id=small.market_queue)
    assert walk_in.number == "A01-01"  # window A01's offline series
    tab = CounterTab(sign_on(small.clerk))
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.offline and tab.offline_note.isVisibleTo(tab)
    note = tab.offline_note.text()
    assert "可叫 1 人" in note and "其余 2 人" in note and "A01-01" in note
    said: list[str] = []
    tab.status.connect(said.append)

    tab.call_button.click()
    assert said[-1] == "请 A01-01 号到 A01 窗口"
    assert tab.panel.number.text() == "A01-01"
    tab.serve_button.click()
    tab.finish_button.click()
    tab.call_button.click()
    assert "离线" in said[-1] and "连上中心后再叫" in said[-1]
    assert said[-1] != "没有等候的号"
    assert tab.queue_model.total_waiting() == 2 and tab.queue_model.own_offline() == 0
    assert errors == []


def test_standalone_is_never_offline_and_an_unconnected_centre_is(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    standalone = replace(ui_ctx, shared_queue=None)
    tickets.issue_ticket(standalone, small.guide.actor(), queue_id=small.market_queue)
    assert not tickets.queue_offline(standalone)
    assert tickets.queue_offline(ui_ctx)  # configured, not connected: offline


def test_f1_shows_that_it_is_waiting_while_it_waits(
    qtbot: QtBot,
    small: SmallCenter,
    ui_ctx: ServiceContext,
    app_services: Any,
    center_info: Any,
    held: tuple[Tasks, HeldExecutor],
) -> None:
    runner, writer = held
    _shared_tickets(ui_ctx, small, 1)
    tickets.issue_ticket(ui_ctx, small.clerk.actor(), queue_id=small.market_queue)
    session = SignedOn(replace(app_services, tasks=runner), small.clerk, center_info)
    tab = CounterTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.call_button.click()
    assert tab.busy.isVisibleTo(tab) and tab.busy.text() == "正在叫号…"
    assert not tab.call_button.isEnabled()  # no second F1 while the first waits
    writer.run_all()
    assert not tab.busy.isVisibleTo(tab)
    assert tab.panel.number.text() == "A01-01"


def test_the_offline_number_fits_one_line_of_the_ticket(
    small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    heavy = get_fonts().heavy
    longest = offline_number("W" * (OFFLINE_SERIES_MAX + 4), 99)
    assert len(longest) <= OFFLINE_SERIES_MAX + 3
    assert text_width(longest, heavy, number_size(longest)) <= WIDTH
    assert number_size(longest) >= 28  # still large enough to read from the hall
    assert number_size("A01-07") == NUMBER_SIZE  # a usual one at full size
    walk_in = tickets.issue_ticket(ui_ctx, small.clerk.actor(), queue_id=small.market_queue)
    pdf = render(documents.ticket_doc(ui_ctx, walk_in.id))
    lines = [
        line.strip()
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in (page.extract_text() or "").splitlines()
    ]
    assert walk_in.number in lines  # the whole number on one line, nothing else on it
    assert "WS-UI" not in "".join(lines)  # never the workstation's code

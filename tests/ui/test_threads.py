"""One writer: with the real executors, every database write runs on the writer thread.

A use case and the archive of a printed document run on ``clerk-write_0`` (the archive then
triggers a sync like any other write); a query and a rendering run on the I/O pool
(``clerk-io_N``). The engine itself reports the thread of every statement: no INSERT,
UPDATE, DELETE or BEGIN IMMEDIATE runs anywhere but on the writer.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from clerk_app.services import archive, documents, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.services.tickets import TicketView
from clerk_app.ui.central_link import SyncingTasks
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.ports import Printout
from clerk_app.ui.tasks import IO_THREAD, WRITER_THREAD
from tests.helpers.factories import SmallCenter
from tests.ui.conftest import FakePrinter

WRITER = f"{WRITER_THREAD}_0"
WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE")


def _thread() -> str:
    return threading.current_thread().name


@pytest.fixture
def real_tasks(qapp: object, errors: list[str]) -> Iterator[SyncingTasks]:
    """The production executors (a single writer, an I/O pool), with the sync hook."""
    runner = SyncingTasks(report_error=errors.append)
    yield runner
    runner.shutdown()


@pytest.fixture
def statements(ui_ctx: ServiceContext, small: SmallCenter) -> Iterator[list[tuple[str, str]]]:
    """(thread name, statement) of every statement sent after the center was built."""
    seen: list[tuple[str, str]] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append((_thread(), statement.lstrip()))

    engine = ui_ctx.db.engine
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def test_each_kind_of_job_runs_on_its_own_thread(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    ui_ctx: ServiceContext,
    small: SmallCenter,
    real_tasks: SyncingTasks,
    statements: list[tuple[str, str]],
    errors: list[str],
) -> None:
    threads: dict[str, str] = {}
    synced_on: list[str] = []
    real_tasks.after_write = lambda: synced_on.append(_thread())
    guide = small.guide.actor()

    # a use case: issuing a ticket
    issued: list[TicketView] = []

    def issue() -> TicketView:
        threads["use case"] = _thread()
        return tickets.issue_ticket(ui_ctx, guide, queue_id=small.market_queue)

    real_tasks.write(issue, issued.append)
    qtbot.waitUntil(lambda: bool(issued))
    assert synced_on == [WRITER]
    ticket = issued[0]

    # a query
    queues: list[object] = []

    def query() -> object:
        threads["query"] = _thread()
        return tickets.window_queues(ui_ctx, small.window_a)

    real_tasks.io(query, queues.append)
    qtbot.waitUntil(lambda: bool(queues))

    # a printed document: rendered on the I/O pool, archived by the writer
    render, keep = archive.render, archive.archive_rendered

    def rendering(*args: Any, **kwargs: Any) -> bytes:
        threads["render"] = _thread()
        return render(*args, **kwargs)

    def archiving(*args: Any, **kwargs: Any) -> archive.ArchivedView:
        threads["archive"] = _thread()
        return keep(*args, **kwargs)

    monkeypatch.setattr(archive, "render", rendering)
    monkeypatch.setattr(archive, "archive_rendered", archiving)
    sink = FakePrinter()
    printer = DocumentPrinter(ui_ctx, guide, real_tasks, sink)
    with qtbot.waitSignal(printer.printed, timeout=20_000) as printed:
        printer.issue(
            lambda c: documents.ticket_doc(c, ticket.id),
            kind="ticket",
            title="排队号",
            ticket_id=ticket.id,
        )
    qtbot.waitUntil(lambda: not real_tasks.busy)

    assert errors == []
    assert threads["use case"] == WRITER
    assert threads["archive"] == WRITER
    assert threads["query"].startswith(f"{IO_THREAD}_")
    assert threads["render"].startswith(f"{IO_THREAD}_")
    assert synced_on == [WRITER, WRITER]  # the archive, a write, asked for a sync too

    printout = printed.args[0]
    assert isinstance(printout, Printout) and printout.archived_id is not None
    assert printout.path is not None and printout.path.read_bytes() == printout.pdf
    assert sink.printouts == [printout]

    writes = [(t, s) for t, s in statements if s.upper().startswith(WRITES)]
    assert any(s.startswith("INSERT INTO archived_document") for _, s in writes)
    assert {t for t, _ in writes} == {WRITER}
    assert {t for t, s in statements if s.startswith("BEGIN DEFERRED")} >= {threads["query"]}

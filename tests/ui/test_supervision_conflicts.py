"""同步冲突 in the supervisor's tab: both sides in words, the open count on the tab, and
marking a conflict as handled with a note.

The conflicts are real: a second counter works on a copy of this workstation's database
(cut off from it), calls the same visitor, and its events are then appended here through
the sync journal (``append_foreign_batch``, as the sync engine's pull does), which refuses
the second call and records the conflict.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from pytestqt.qtbot import QtBot

from clerk_app.domain.clock import SHANGHAI
from clerk_app.services import conflicts, tickets
from clerk_app.services.auth import Badge
from clerk_app.services.conflicts import ConflictRecord, ConflictSide, ConflictView
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import open_database
from clerk_app.sync.journal import append_foreign_batch, own_pending
from clerk_app.ui.ports import CenterInfo
from clerk_app.ui.session import AppServices, SignedOn
from clerk_app.ui.supervision.conflicts import ConflictsPanel
from clerk_app.ui.supervision.conflicts_model import (
    ConflictModel,
    detected_text,
    reason_text,
    side_summary,
)
from clerk_app.ui.supervision.tab import SupervisionTab
from clerk_app.ui.tasks import SyncExecutor, Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter

C = ConflictModel
T = TypeVar("T")


@dataclass(frozen=True)
class DoubleCall:
    number: str  # the ticket both counters called
    workstation: str  # where the refused call was made


def called_twice(
    ctx: ServiceContext, small: SmallCenter, clock: FakeClock, root: Path, code: str
) -> DoubleCall:
    """Counter ``code`` (a copy of this database, offline) and this workstation both call
    the next visitor; this workstation then pulls the other's events and refuses its call."""
    tickets.issue_ticket(ctx, small.guide.actor(), queue_id=small.market_queue)
    here = ctx.db.engine.url.database
    assert here is not None
    copy = root / f"{code}.sqlite3"
    with sqlite3.connect(here) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    source.close()
    target.close()
    other_db = open_database(f"sqlite:///{copy}")
    try:
        other = ServiceContext(db=other_db, workstation=code, clock=clock, password_cost=16)
        clock.advance(minutes=1)
        ours = tickets.call_next(ctx, small.clerk.actor(), window_id=small.window_a)
        assert ours is not None
        clock.advance(seconds=20)
        theirs = tickets.call_next(other, small.clerk_b.actor(), window_id=small.window_b)
        assert theirs is not None and theirs.id == ours.id
        with other_db.sessions() as s:
            rows = own_pending(s, code, 100)
    finally:
        other_db.dispose()
    with ctx.db.sessions() as s, s.begin():
        found = append_foreign_batch(
            s,
            rows,
            here=ctx.workstation,
            now=clock.now,
            central_seqs=[None] * len(rows),
            refused={},
        )
    assert sum(c is not None for c in found) == 1
    tickets.no_show(ctx, small.clerk.actor(), ours.id)  # window A free for the next round
    return DoubleCall(ours.number, code)


def conflicts_page(qtbot: QtBot, session: SignedOn) -> tuple[SupervisionTab, ConflictsPanel]:
    tab = SupervisionTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab, tab.conflicts


def page_title(tab: SupervisionTab) -> str:
    return tab.pages.tabText(tab.pages.indexOf(tab.conflicts))


def cell(panel: ConflictsPanel, row: int, col: int) -> str:
    return str(panel.model.data(panel.model.index(row, col)))


def test_the_open_conflicts_are_listed_with_both_sides_in_words(
    qtbot: QtBot,
    qtmodeltester: object,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    first = called_twice(ui_ctx, small, clock, tmp_path, "WIN-B")
    clock.advance(minutes=30)
    second = called_twice(ui_ctx, small, clock, tmp_path, "WIN-C")

    tab, panel = conflicts_page(qtbot, sign_on(small.supervisor))
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert page_title(tab) == "同步冲突 (2)"
    assert panel.model.rowCount() == 2
    assert "待处理的同步冲突：2 件" in panel.title.text()
    # newest first: the second double call
    assert cell(panel, 0, C.COL_EVENT) == "叫号"
    assert cell(panel, 0, C.COL_WORKSTATION) == second.workstation
    assert f"号票 {second.number}" in cell(panel, 0, C.COL_RECORDS)
    assert cell(panel, 0, C.COL_WHEN) == f"{clock.now:%Y-%m-%d %H:%M}"
    assert cell(panel, 0, C.COL_STATE) == "未处理"
    assert cell(panel, 1, C.COL_WORKSTATION) == first.workstation
    assert f"号票 {first.number}" in cell(panel, 1, C.COL_RECORDS)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in cell(panel, 1, C.COL_REASON))

    assert panel.detail.toPlainText() == "" and not panel.resolve_button.isEnabled()
    panel.table.selectRow(1)
    detail = panel.detail.toPlainText()
    refused, earlier = detail.split("此前已生效的操作")
    assert "赵窗口（C002）在A02 市场监管2号窗口叫号" in refused
    assert f"号票 {first.number}" in refused and "来自工作站 WIN-B" in refused
    assert "原因：" in refused and "由工作站 WS-UI发现" in refused
    assert "李窗口（C001）在A01" in earlier and f"号票 {first.number}" in earlier
    assert "取号" in earlier  # the issuing of the ticket touched the same record
    assert "处理情况" not in detail
    assert panel.resolve_button.isEnabled()


def test_marking_handled_needs_a_note_then_leaves_the_open_list(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    tmp_path: Path,
    errors: list[str],
) -> None:
    called_twice(ui_ctx, small, clock, tmp_path, "WIN-B")
    tab, panel = conflicts_page(qtbot, sign_on(small.supervisor))
    messages: list[str] = []
    panel.status.connect(messages.append)
    panel.table.selectRow(0)
    view = panel.selected()

    dialog = panel.note_dialog(view)
    qtbot.addWidget(dialog)
    assert dialog.problem() == "请填写意见"  # the note is required
    dialog.note_edit.setPlainText("已核实：由A01窗口接待")
    assert dialog.problem() == ""

    panel.ask_note = lambda _view: None  # type: ignore[method-assign]
    panel.resolve_button.click()
    assert conflicts.list_conflicts(ui_ctx)  # cancelled: still open

    panel.ask_note = lambda _view: "已核实：由A01窗口接待，B02作废"  # type: ignore[method-assign]
    panel.resolve_button.click()
    assert errors == []
    assert conflicts.list_conflicts(ui_ctx) == []
    assert panel.model.rowCount() == 0 and page_title(tab) == "同步冲突"
    assert messages and "已将同步冲突标记为已处理" in messages[-1]
    assert panel.detail.toPlainText() == ""

    panel.show_resolved.setChecked(True)
    assert panel.model.rowCount() == 1 and page_title(tab) == "同步冲突"
    assert cell(panel, 0, C.COL_STATE) == "已处理"
    assert "共 1 件，其中待处理 0 件" in panel.title.text()
    panel.table.selectRow(0)
    assert "孙监督（S001）标记已处理：已核实：由A01窗口接待，B02作废" in (
        panel.detail.toPlainText()
    )
    assert not panel.resolve_button.isEnabled()


def test_a_conflict_settled_meanwhile_elsewhere_is_reported_and_shown_settled(
    qtbot: QtBot,
    sign_on: Callable[[Badge], SignedOn],
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    tmp_path: Path,
    errors: list[str],
) -> None:
    called_twice(ui_ctx, small, clock, tmp_path, "WIN-B")
    tab, panel = conflicts_page(qtbot, sign_on(small.supervisor))
    panel.show_resolved.setChecked(True)
    panel.table.selectRow(0)
    view = panel.selected()
    conflicts.resolve_conflict(ui_ctx, small.supervisor.actor(), view.id, note="电话核实")

    panel.ask_note = lambda _view: "我也来处理"  # type: ignore[method-assign]
    panel.resolve_button.click()
    assert len(errors) == 1 and "无需重复处理" in errors[0]
    assert page_title(tab) == "同步冲突"
    assert cell(panel, 0, C.COL_STATE) == "已处理"  # re-read, the same line still selected
    assert "电话核实" in panel.detail.toPlainText()
    assert not panel.resolve_button.isEnabled()


class HeldExecutor(Executor):
    """Keeps each job until the test runs it, in any order."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], object]] = []

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        self.jobs.append(lambda: fn(*args, **kwargs))
        return Future()


def test_two_reads_answered_out_of_order_show_the_newer(
    qtbot: QtBot,
    app_services: AppServices,
    center_info: CenterInfo,
    small: SmallCenter,
    ui_ctx: ServiceContext,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    called_twice(ui_ctx, small, clock, tmp_path, "WIN-B")
    conflicts.resolve_conflict(
        ui_ctx, small.supervisor.actor(), conflicts.list_conflicts(ui_ctx)[0].id, note="已核实"
    )
    reads = HeldExecutor()
    held = Tasks(SyncExecutor(), reads)
    session = SignedOn(replace(app_services, tasks=held), small.supervisor, center_info)
    panel = ConflictsPanel(session)
    qtbot.addWidget(panel)
    panel.refresh()  # open only: none
    panel.show_resolved.setChecked(True)  # and the resolved one
    older, newer = reads.jobs
    newer()
    older()
    assert panel.model.rowCount() == 1 and cell(panel, 0, C.COL_STATE) == "已处理"
    held.shutdown()


def test_the_screen_words_the_codes_the_service_returns(qapp: object) -> None:
    when = datetime(2026, 11, 20, 9, 30, tzinfo=SHANGHAI)
    by_system = ConflictSide(
        event_id="e1",
        event_type="case.overdue",
        actor_id=None,
        workstation="BACK",
        who="",
        window="",
        when=when,
        records=(ConflictRecord("case", "2026-0001"), ConflictRecord("item", "营业执照")),
    )
    assert (
        side_summary(by_system)
        == "2026-11-20 09:30 系统在工作站BACK超期：办件 2026-0001、事项 营业执照"
    )
    stranger = replace(by_system, actor_id="gone", event_type="ticket.called", records=())
    assert side_summary(stranger) == "2026-11-20 09:30 未知人员在工作站BACK叫号"
    view = ConflictView(
        id="c1",
        detected_by=conflicts.CENTRAL,
        detected_at=when,
        reason="IntegrityError",
        refused=by_system,
        earlier=(),
        resolved_at=None,
        resolved_by="",
        resolution="",
    )
    assert detected_text(view) == "中心数据库"
    assert detected_text(replace(view, detected_by="WIN-B")) == "工作站 WIN-B"
    assert "已由其他窗口先写入" in reason_text(view.reason)
    assert reason_text("OperationalError").endswith("（OperationalError）")
    assert reason_text("该号已被其他窗口叫过") == "该号已被其他窗口叫过"

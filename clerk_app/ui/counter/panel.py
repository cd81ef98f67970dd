"""窗口 tab: the window's queues, the visitor being served, and every queue action by key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.tickets import TicketState
from clerk_app.services import tickets
from clerk_app.services.tickets import TicketView
from clerk_app.ui.cases.intake import IntakeDialog
from clerk_app.ui.cases.intake_flow import Outcome
from clerk_app.ui.common.labels import case_state_label
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.counter.pause import PauseDialog
from clerk_app.ui.counter.queues_model import QueueStatusModel
from clerk_app.ui.counter.serving_panel import ServingPanel
from clerk_app.ui.counter.transfer import TransferDialog, TransferTarget
from clerk_app.ui.session import SignedOn
from clerk_app.ui.sync_status import StatusView

REFRESH_MS = 15_000

Loaded = tuple[list[tickets.QueueStatus], TicketView | None, str | None, bool]


class CounterTab(QWidget):
    status = Signal(str)
    caseDecided = Signal(object)  # Outcome

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window_id = session.badge.window_id or ""
        self.paused_reason: str | None = None
        self.queue_model = QueueStatusModel(self)
        self.queue_view = QTableView()
        self.queue_view.setModel(self.queue_model)
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.queue_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.queue_view.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        self.offline_note = QLabel()  # offline: which tickets this counter can call, and why
        self.offline_note.setObjectName("offlineNote")
        self.offline_note.setWordWrap(True)
        self.offline_note.hide()
        self.offline = False
        self.busy = QLabel()  # "正在叫号…" while the call waits (on the centre, at most)
        self.busy.setObjectName("busyNote")
        self.busy.hide()
        self.pause_banner = QLabel()
        self.pause_banner.setObjectName("pauseBanner")
        self.pause_banner.hide()
        self.panel = ServingPanel()
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        self.intake_dialog: IntakeDialog | None = None

        self.call_button = self._button(self.tr("叫号"), "F1", self.call_next)
        self.recall_button = self._button(self.tr("重呼"), "F2", self.recall)
        self.no_show_button = self._button(self.tr("过号"), "F3", self.no_show)
        self.transfer_button = self._button(self.tr("转移"), "F4", self.transfer)
        self.pause_button = self._button(self.tr("暂停"), "F5", self.toggle_pause)
        self.serve_button = self._button(self.tr("开始办理"), "F6", self.start_serving)
        self.finish_button = self._button(self.tr("结束服务"), "F7", self.finish)
        self.intake_button = self._button(self.tr("收件"), "F8", self.intake)
        self.intake_button.setObjectName("primaryAction")
        self.call_button.setObjectName("primaryAction")

        actions = QGridLayout()
        actions.setSpacing(10)
        buttons = [
            self.call_button,
            self.recall_button,
            self.no_show_button,
            self.serve_button,
            self.intake_button,
            self.finish_button,
            self.transfer_button,
            self.pause_button,
        ]
        for i, button in enumerate(buttons):
            actions.addWidget(button, i // 2, i % 2)

        left = QVBoxLayout()
        left.addWidget(self.pause_banner)
        left.addWidget(self.panel, 3)
        left.addWidget(self.busy)
        left.addLayout(actions)
        right = QVBoxLayout()
        title = QLabel(self.tr("本窗口队列"))
        title.setObjectName("sectionTitle")
        right.addWidget(title)
        right.addWidget(self.summary)
        right.addWidget(self.offline_note)
        right.addWidget(self.queue_view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(20)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._link_state = session.app.sync_status.current.state
        session.app.sync_status.changed.connect(self._link_changed)
        self._update_buttons()
        if not self.window_id:
            self.panel.state.setText(self.tr("未选择窗口：请退出后登录时选择窗口"))
            for button in buttons:
                button.setEnabled(False)
        else:
            self.timer.start()

    def _button(self, text: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(f"{key}  {text}")
        button.setShortcut(QKeySequence(key))
        button.setMinimumHeight(48)
        button.clicked.connect(slot)
        return button

    # --- data in ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.window_id:
            return
        ctx, window_id = self.session.ctx, self.window_id
        directory = self.session.app.directory

        def load() -> Loaded:
            return (
                tickets.window_queues(ctx, window_id),
                tickets.current_ticket(ctx, window_id),
                directory.window_pause(window_id),
                tickets.queue_offline(ctx),
            )

        self.session.tasks.read(load, self._loaded)

    def _loaded(self, data: Loaded) -> None:
        queues, current, paused, offline = data
        self.queue_model.set_rows(queues)
        self.summary.setText(
            self.tr("等候 {n} 人  ·  最长等候 {m} 分钟").format(
                n=self.queue_model.total_waiting(), m=self.queue_model.longest_wait()
            )
        )
        self._show_offline(offline)
        self.panel.show_ticket(current)
        self._set_paused(paused)

    def _show_offline(self, offline: bool) -> None:
        """Offline the counter calls only the tickets it numbered itself: say which, and
        that the others wait for the link, as two groups."""
        self.offline = offline
        if not offline:
            self.offline_note.hide()
            return
        own = self.queue_model.own_offline()
        others = self.queue_model.total_waiting() - own
        self.offline_note.setText(
            self.tr(
                "离线：只能叫本窗口离线时取的号（{series}-01 这样的号），可叫 {own} 人；"
                "其余 {others} 人由中心排号，连上中心后再叫"
            ).format(series=self.session.badge.window_code or "", own=own, others=others)
        )
        self.offline_note.show()

    def _link_changed(self, view: StatusView) -> None:
        """Online ↔ offline: read the groups again (which tickets can be called)."""
        if view.state is not self._link_state:
            self._link_state = view.state
            self.refresh()

    def _set_paused(self, reason: str | None) -> None:
        self.paused_reason = reason
        if reason is None:
            self.pause_banner.hide()
            self.pause_button.setText(self.tr("F5  暂停"))
        else:
            self.pause_banner.setText(self.tr("窗口已暂停：{reason}").format(reason=reason))
            self.pause_banner.show()
            self.pause_button.setText(self.tr("F5  恢复"))
        self.pause_button.setShortcut(QKeySequence("F5"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ticket = self.panel.ticket
        state = ticket.state if ticket else None
        enabled = bool(self.window_id)
        self.call_button.setEnabled(enabled and ticket is None and self.paused_reason is None)
        self.recall_button.setEnabled(enabled and state is TicketState.CALLED)
        self.no_show_button.setEnabled(enabled and state is TicketState.CALLED)
        self.serve_button.setEnabled(enabled and state is TicketState.CALLED)
        self.finish_button.setEnabled(enabled and state is TicketState.SERVING)
        self.intake_button.setEnabled(enabled and state is TicketState.SERVING)
        self.transfer_button.setEnabled(enabled and ticket is not None)
        self.pause_button.setEnabled(enabled)

    # --- actions ---------------------------------------------------------------------------

    def _write(
        self,
        fn: Callable[[], Any],
        done: str | Callable[[Any], str],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def ok(result: Any) -> None:
            emit(self.status, done(result) if callable(done) else done)
            self.refresh()

        self.session.tasks.write(fn, ok, failed)

    def call_next(self) -> None:
        ctx, actor, window_id = self.session.ctx, self.session.actor, self.window_id

        def call() -> tuple[TicketView | None, bool]:
            ticket = tickets.call_next(ctx, actor, window_id=window_id)
            return ticket, tickets.queue_offline(ctx)

        def said(result: tuple[TicketView | None, bool]) -> str:
            self._set_calling(False)
            ticket, offline = result
            if ticket is None and offline:
                return self.tr(
                    "离线：本窗口离线时取的号都已叫完；其余等候的号由中心排号，连上中心后再叫"
                )
            if ticket is None:
                return self.tr("没有等候的号")
            return self.tr("请 {number} 号到 {window} 窗口").format(
                number=ticket.number, window=self.session.badge.window_code
            )

        def failed(exc: BaseException) -> None:
            self._set_calling(False)
            self.session.tasks.show_error(exc)

        self._set_calling(True)
        self._write(call, said, failed)

    def _set_calling(self, calling: bool) -> None:
        """While a call waits (on the centre, within its bound), say so and keep F1 off."""
        self.busy.setText(self.tr("正在叫号…") if calling else "")
        self.busy.setVisible(calling)
        if calling:
            self.call_button.setEnabled(False)
        else:
            self._update_buttons()

    def _on_ticket(self, action: Callable[[str], TicketView], message: str) -> None:
        ticket = self.panel.ticket
        if ticket is None:
            return
        ticket_id = ticket.id
        self._write(lambda: action(ticket_id), message.format(number=ticket.number))

    def recall(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self._on_ticket(lambda t: tickets.recall(ctx, actor, t), self.tr("已重呼 {number} 号"))

    def no_show(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self._on_ticket(lambda t: tickets.no_show(ctx, actor, t), self.tr("{number} 号已过号"))

    def start_serving(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self._on_ticket(
            lambda t: tickets.start_serving(ctx, actor, t), self.tr("开始为 {number} 号办理")
        )

    def finish(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self._on_ticket(lambda t: tickets.finish(ctx, actor, t), self.tr("{number} 号服务结束"))

    def transfer(self) -> None:
        if self.panel.ticket is None:
            return
        target = self.ask_transfer_target()
        if target is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self._on_ticket(
            lambda t: tickets.transfer(
                ctx, actor, t, queue_id=target.queue_id, window_id=target.window_id
            ),
            self.tr("{number} 号已转移"),
        )

    def toggle_pause(self) -> None:
        ctx, actor, window_id = self.session.ctx, self.session.actor, self.window_id
        if self.paused_reason is not None:
            self._write(
                lambda: tickets.resume_window(ctx, actor, window_id), self.tr("窗口已恢复叫号")
            )
            return
        reason = self.ask_pause_reason()
        if reason is None:
            return
        self._write(
            lambda: tickets.pause_window(ctx, actor, window_id, reason), self.tr("窗口已暂停")
        )

    def intake(self) -> None:
        """收件 from the visitor being served: the form opens on the ticket's item."""
        ticket = self.panel.ticket
        if ticket is None or ticket.state is not TicketState.SERVING:
            return
        dialog = IntakeDialog(self.session, self.printer, ticket, parent=self)
        dialog.decided.connect(self._decided)
        dialog.finished.connect(lambda _r: self._intake_closed(dialog))
        self.intake_dialog = dialog
        dialog.open()

    def _decided(self, outcome: Outcome) -> None:
        if outcome.decided:
            emit(
                self.status,
                self.tr("办件 {no}：{state}").format(
                    no=outcome.case.case_no, state=case_state_label(outcome.case.state)
                ),
            )
        emit(self.caseDecided, outcome)

    def _intake_closed(self, dialog: IntakeDialog) -> None:
        if self.intake_dialog is dialog:
            self.intake_dialog = None
        dialog.deleteLater()

    # --- prompts (tests replace these) ---------------------------------------------------

    def ask_pause_reason(self) -> str | None:
        dialog = PauseDialog(self)
        return dialog.reason() if dialog.exec() else None

    def ask_transfer_target(self) -> TransferTarget | None:
        dialog = TransferDialog(self.session, self)
        return dialog.target() if dialog.exec() else None

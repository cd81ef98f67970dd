"""窗口 tab: the window's queues, the visitor being served, and every queue action by key."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

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

from clerk_app import config
from clerk_app.domain.tickets import TicketAction, WindowState, counter_actions, takes_application
from clerk_app.services.intake_decision import IntakeOutcome
from clerk_app.services.tickets import TicketView
from clerk_app.ui.cases.intake import IntakeDialog
from clerk_app.ui.common.complaint_filing import ComplaintFiling
from clerk_app.ui.common.labels import case_state_label
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.counter import ops
from clerk_app.ui.counter.ops import WindowNow
from clerk_app.ui.counter.pause import PauseDialog
from clerk_app.ui.counter.queues_model import QueueStatusModel
from clerk_app.ui.counter.serving_panel import ServingPanel
from clerk_app.ui.counter.transfer import TransferDialog, TransferTarget
from clerk_app.ui.counter.waiting_model import COL_ITEM, WaitingModel
from clerk_app.ui.session import SignedOn
from clerk_app.ui.sync_status import StatusView

REFRESH_MS = 15_000


class CounterTab(QWidget):
    status = Signal(str)
    caseDecided = Signal(object)  # IntakeOutcome

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
        self.waiting_model = WaitingModel(self)
        self.waiting_view = make_table(self.waiting_model, COL_ITEM)
        self.call_this_button = QPushButton(self.tr("叫这一位"))
        self.call_this_button.setToolTip(self.tr("叫等候名单中选中的号（不按顺序时用）"))
        self.call_this_button.clicked.connect(self.call_this)
        self.waiting_view.doubleClicked.connect(lambda _i: self.call_this())
        self.walk_in_button = QPushButton(self.tr("无号接待"))
        self.walk_in_button.setToolTip(
            self.tr("来访人没有取号：为其编号并直接开始办理（与取号办理一样计入统计）")
        )
        self.walk_in_button.clicked.connect(self.serve_walk_in)
        self.complaint_button = QPushButton(self.tr("登记投诉…"))
        self.complaint_button.setToolTip(self.tr("来访人在窗口投诉：登记后由效能监督员处理"))
        self.complaint_filing = ComplaintFiling(session, self)
        self.complaint_button.clicked.connect(self.complaint_filing.open)
        self.waiting_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
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
        self.panel = ServingPanel(now=session.ctx.now)
        # after F7, where a review pad serves this window: a reminder, not a dialog
        self.pad_prompt = QLabel(self.tr("请申请人在评价器上评价"))
        self.pad_prompt.setObjectName("padPrompt")
        self.pad_prompt.hide()
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
        left.addWidget(self.pad_prompt)
        left.addWidget(self.busy)
        left.addLayout(actions)
        right = QVBoxLayout()
        title = QLabel(self.tr("本窗口队列"))
        title.setObjectName("sectionTitle")
        right.addWidget(title)
        right.addWidget(self.summary)
        right.addWidget(self.offline_note)
        right.addWidget(self.queue_view, 1)
        waiting_title = QLabel(self.tr("等候名单（按叫号顺序）"))
        waiting_title.setObjectName("sectionTitle")
        right.addWidget(waiting_title)
        right.addWidget(self.waiting_view, 2)
        walk_row = QHBoxLayout()
        walk_row.addWidget(self.call_this_button)
        walk_row.addWidget(self.walk_in_button)
        walk_row.addWidget(self.complaint_button)
        right.addLayout(walk_row)
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
        ops.load_window(self.session, self.window_id).success(self._loaded).run()

    def _loaded(self, now: WindowNow) -> None:
        self.queue_model.set_rows(now.queues)
        chosen = selected_row(self.waiting_view)
        self.waiting_model.set_rows(list(now.waiting))
        if chosen is not None:  # the refresh keeps the visitor the clerk had selected
            ids = [w.ticket.id for w in now.waiting]
            if chosen.ticket.id in ids:
                self.waiting_view.selectRow(ids.index(chosen.ticket.id))
        self.summary.setText(
            self.tr("等候 {n} 人  ·  最长等候 {m} 分钟").format(
                n=self.queue_model.total_waiting(), m=self.queue_model.longest_wait()
            )
        )
        self._show_offline(now.offline)
        self.panel.show_ticket(now.current)
        self._set_paused(now.paused_reason)

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
        self.panel.set_paused(reason is not None)
        if reason is None:
            self.pause_banner.hide()
            self.pause_button.setText(self.tr("F5  暂停"))
        else:
            self.pause_banner.setText(self.tr("窗口已暂停：{reason}").format(reason=reason))
            self.pause_banner.show()
            self.pause_button.setText(self.tr("F5  恢复"))
        self.pause_button.setShortcut(QKeySequence("F5"))
        self._update_buttons()

    def allowed(self) -> frozenset[TicketAction]:
        """What the domain lets this window do now with the ticket in hand."""
        ticket = self.panel.ticket
        window = WindowState.OPEN if self.paused_reason is None else WindowState.PAUSED
        return counter_actions(ticket.state if ticket else None, window=window)

    def _update_buttons(self) -> None:
        ticket = self.panel.ticket
        allowed = self.allowed() if self.window_id else frozenset()
        for button, action in self.action_buttons().items():
            button.setEnabled(action in allowed)
        self.intake_button.setEnabled(
            bool(self.window_id) and takes_application(ticket.state if ticket else None)
        )
        self.pause_button.setEnabled(bool(self.window_id))
        self.call_this_button.setEnabled(
            TicketAction.CALL in allowed and selected_row(self.waiting_view) is not None
        )
        self.walk_in_button.setEnabled(TicketAction.CALL in allowed)

    def action_buttons(self) -> dict[QPushButton, TicketAction]:
        return {
            self.call_button: TicketAction.CALL,
            self.recall_button: TicketAction.RECALL,
            self.no_show_button: TicketAction.NO_SHOW,
            self.serve_button: TicketAction.START_SERVING,
            self.finish_button: TicketAction.FINISH,
            self.transfer_button: TicketAction.TRANSFER,
        }

    # --- actions ---------------------------------------------------------------------------

    def _done(self, message: str, _result: object = None) -> None:
        self.pad_prompt.hide()  # the next action moves on from the rating
        emit(self.status, message)
        self.refresh()

    def has_review_pad(self) -> bool:
        """A review pad is set up for this window (``hall.pad_window`` names its code)."""
        code = self.session.badge.window_code
        settings = self.session.app.config
        if not code or settings is None:
            return False
        try:
            return config.hall_settings(settings).pad_window == code
        except config.SettingsError:
            return False

    def _finished(self, message: str, result: object = None) -> None:
        self._done(message, result)
        if self.has_review_pad():
            self.pad_prompt.show()
            emit(self.status, f"{message}，{self.pad_prompt.text()}")

    def call_next(self) -> None:
        def failed(exc: BaseException) -> None:
            self._set_calling(False)
            self.session.tasks.show_error(exc)

        self._set_calling(True)
        op = ops.call_next(self.session, self.window_id).success(self._called)
        op.failure(failed).run()

    def _called(self, called: ops.Called) -> None:
        self._set_calling(False)
        ticket = called.ticket
        if ticket is None and called.offline:
            self._done(
                self.tr("离线：本窗口离线时取的号都已叫完；其余等候的号由中心排号，连上中心后再叫")
            )
        elif ticket is None:
            self._done(self.tr("没有等候的号"))
        else:
            self._done(
                self.tr("请 {number} 号到 {window} 窗口").format(
                    number=ticket.number, window=self.session.badge.window_code
                )
            )

    def call_this(self) -> None:
        """叫这一位: the visitor selected on the waiting list, out of turn."""
        row = selected_row(self.waiting_view)
        if row is None or not self.window_id or TicketAction.CALL not in self.allowed():
            return

        def called(ticket: TicketView) -> None:
            self._called(ops.Called(ticket, False))

        def failed(exc: BaseException) -> None:
            self._set_calling(False)
            self.session.tasks.show_error(exc)

        self._set_calling(True)
        op = ops.call_ticket(self.session, self.window_id, row.ticket.id).success(called)
        op.failure(failed).run()

    def serve_walk_in(self) -> None:
        """无号接待: the visitor in front of the counter, without a ticket, served now."""
        if not self.window_id or TicketAction.CALL not in self.allowed():
            return

        def served(ticket: TicketView) -> None:
            self._done(self.tr("无号接待：已编号 {number}，开始办理").format(number=ticket.number))

        ops.serve_walk_in(self.session, self.window_id).success(served).run()

    def _set_calling(self, calling: bool) -> None:
        """While a call waits (on the centre, within its bound), say so and keep F1 off."""
        self.busy.setText(self.tr("正在叫号…") if calling else "")
        self.busy.setVisible(calling)
        if calling:
            self.call_button.setEnabled(False)
        else:
            self._update_buttons()

    def recall(self) -> None:
        if (ticket := self.panel.ticket) is not None:
            message = self.tr("已重呼 {number} 号").format(number=ticket.number)
            ops.recall(self.session, ticket.id).success(partial(self._done, message)).run()

    def no_show(self) -> None:
        if (ticket := self.panel.ticket) is not None:
            message = self.tr("{number} 号已过号").format(number=ticket.number)
            ops.no_show(self.session, ticket.id).success(partial(self._done, message)).run()

    def start_serving(self) -> None:
        if (ticket := self.panel.ticket) is not None:
            message = self.tr("开始为 {number} 号办理").format(number=ticket.number)
            op = ops.start_serving(self.session, ticket.id)
            op.success(partial(self._done, message)).run()

    def finish(self) -> None:
        if (ticket := self.panel.ticket) is not None:
            message = self.tr("{number} 号服务结束").format(number=ticket.number)
            ops.finish(self.session, ticket.id).success(partial(self._finished, message)).run()

    def transfer(self) -> None:
        ticket = self.panel.ticket
        if ticket is None:
            return
        target = self.ask_transfer_target()
        if target is None:
            return
        message = self.tr("{number} 号已转移").format(number=ticket.number)
        op = ops.transfer(
            self.session, ticket.id, queue_id=target.queue_id, window_id=target.window_id
        )
        op.success(partial(self._done, message)).run()

    def toggle_pause(self) -> None:
        if self.paused_reason is not None:
            message = self.tr("窗口已恢复叫号")
            op = ops.resume_window(self.session, self.window_id)
            op.success(partial(self._done, message)).run()
            return
        reason = self.ask_pause_reason()
        if reason is None:
            return
        message = self.tr("窗口已暂停")
        op = ops.pause_window(self.session, self.window_id, reason)
        op.success(partial(self._done, message)).run()

    def intake(self) -> None:
        """收件 from the visitor being served: the form opens on the ticket's item."""
        ticket = self.panel.ticket
        if ticket is None or not takes_application(ticket.state):
            return
        dialog = IntakeDialog(self.session, self.printer, ticket, parent=self)
        dialog.decided.connect(self._decided)
        dialog.finished.connect(lambda _r: self._intake_closed(dialog))
        self.intake_dialog = dialog
        dialog.open()

    def _decided(self, outcome: IntakeOutcome) -> None:
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

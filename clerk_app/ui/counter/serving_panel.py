"""The visitor at the counter: a ticket number large enough to read across the desk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from clerk_app.domain.clock import to_local
from clerk_app.domain.tickets import DEFAULT_MAX_RECALLS, TicketKind
from clerk_app.services.tickets import TicketView
from clerk_app.ui.common.labels import kind_label, state_label


class ServingPanel(QFrame):
    """The ticket in hand, and a service timer: since the call, then since the service
    began (what the clerk sees, to keep the visit short; the centre counts the same)."""

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.now = now or (lambda: datetime.now(UTC))
        self.timer_label = QLabel()
        self.timer_label.setObjectName("serviceTimer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticking = QTimer(self)
        self.ticking.setInterval(1000)
        self.ticking.timeout.connect(self.tick)
        self.setObjectName("servingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ticket: TicketView | None = None
        self.paused = False  # a paused window calls nobody: the idle line says how to resume
        self.caption = QLabel()
        self.caption.setObjectName("servingCaption")
        self.number = QLabel()
        self.number.setObjectName("ticketNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = QLabel()
        self.state.setObjectName("servingState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.details.setObjectName("servingDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        layout.addWidget(self.number)
        layout.addWidget(self.state)
        layout.addWidget(self.details)
        layout.addWidget(self.timer_label)
        layout.addStretch(1)
        self.show_ticket(None)

    def tick(self) -> None:
        """The service timer: mm:ss since the service began, else since the call."""
        ticket = self.ticket
        since = ticket.started_at or ticket.called_at if ticket else None
        if ticket is None or since is None:
            self.timer_label.setText("")
            return
        seconds = max(0, int((self.now() - since).total_seconds()))
        minutes, seconds = divmod(seconds, 60)
        what = self.tr("办理用时") if ticket.started_at else self.tr("叫号后已等")
        self.timer_label.setText(f"{what} {minutes:02d}:{seconds:02d}")

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        if self.ticket is None:
            self.show_ticket(None)

    def show_ticket(self, ticket: TicketView | None) -> None:
        self.ticket = ticket
        self.caption.setText(self.tr("当前服务"))
        self.tick()
        if ticket is None or (ticket.called_at is None and ticket.started_at is None):
            self.ticking.stop()
        elif not self.ticking.isActive():
            self.ticking.start()
        if ticket is None:
            self.number.setText("—")
            self.state.setText(
                self.tr("窗口已暂停：按 F5 恢复后再叫号")
                if self.paused
                else self.tr("空闲：按 F1 叫下一位")
            )
            self.details.setText("")
            return
        self.number.setText(ticket.number)
        state = state_label(ticket.state)
        if ticket.kind is not TicketKind.NORMAL:
            state = f"{state}  ·  {kind_label(ticket.kind)}"
        self.state.setText(state)
        lines = [
            ticket.item_name or ticket.queue_name,
            self.tr("取号 {time}  ·  已重呼 {n}/{max} 次").format(
                time=to_local(ticket.issued_at).strftime("%H:%M"),
                n=ticket.recalls,
                max=DEFAULT_MAX_RECALLS,
            ),
        ]
        self.details.setText("\n".join(line for line in lines if line))

"""The deadline sweep (电子监察) at start and every ten minutes, on the writer thread, so
lights, overdue records and deemed approvals stay current while the program runs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from clerk_app.services.context import ServiceContext
from clerk_app.services.oversight import SweepResult
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.shell import ops
from clerk_app.ui.tasks import Tasks

log = logging.getLogger("clerk.ui")

SWEEP_MINUTES = 10


class DeadlineSweeper(QObject):
    swept = Signal(object)  # SweepResult

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: Tasks,
        minutes: int = SWEEP_MINUTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.timer = QTimer(self)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.sweep)
        self.last: SweepResult | None = None

    def start(self, first_after_ms: int = 0) -> None:
        """Sweep now (or after ``first_after_ms``, so it does not queue ahead of the first
        sign-on on the single writer), then every interval."""
        if first_after_ms > 0:
            QTimer.singleShot(first_after_ms, self, self.sweep)
        else:
            self.sweep()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def sweep(self) -> None:
        ops.system_sweep(self.ctx, self.tasks).success(self._done).failure(self._failed).run()

    def _done(self, result: SweepResult) -> None:
        self.last = result
        if result.overdue or result.deemed_approved or result.deemed_accepted:
            log.info(
                "sweep: %d overdue, %d deemed approved, %d deemed accepted",
                len(result.overdue),
                len(result.deemed_approved),
                len(result.deemed_accepted),
            )
        emit(self.swept, result)

    def _failed(self, exc: BaseException) -> None:
        # Never a message box: nobody asked for this sweep; the next one tries again.
        log.error("deadline sweep failed", exc_info=exc)

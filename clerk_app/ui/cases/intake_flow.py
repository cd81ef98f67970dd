"""Receive an application and decide it, off the GUI thread, in two service calls.

``intake.receive`` registers the application (with the dialog's ``request_id``, so a double
click is a DuplicateRequest, not two cases); then the decision call. Each is one
transaction. If the decision fails after the receive, the case stays RECEIVED: the outcome
says so, and the next decision reuses the received case instead of receiving it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from clerk_app.services import intake
from clerk_app.services.case_views import CaseView
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn

log = logging.getLogger("clerk.ui")

# A decision: (ctx, case id) -> (the case after it, the referral id if it made one)
DecisionCall = Callable[[ServiceContext, str], tuple[CaseView, str | None]]


@dataclass(frozen=True)
class Application:
    item_id: str
    applicant: Applicant
    materials: tuple[MaterialCheck, ...]
    ticket_id: str | None


@dataclass(frozen=True)
class Outcome:
    case: CaseView
    referral_id: str | None = None
    error: BaseException | None = None  # the decision failed; the case was received

    @property
    def decided(self) -> bool:
        return self.error is None


class IntakeFlow(QObject):
    finished = Signal(object)  # Outcome
    failed = Signal(object)  # BaseException: nothing was saved by this attempt

    def __init__(
        self,
        session: SignedOn,
        request_id: str,
        case: CaseView | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.request_id = request_id
        self.case = case  # set once the application is received
        self.busy = False

    def run(self, application: Application | None, decision: DecisionCall) -> None:
        """Receive ``application`` (unless already received), then make the decision."""
        if self.busy:
            return
        self.busy = True
        ctx, actor, request_id = self.session.ctx, self.session.actor, self.request_id
        known = self.case

        def work() -> Outcome:
            received = known
            if received is None:
                assert application is not None
                received = intake.receive(
                    ctx,
                    actor,
                    item_id=application.item_id,
                    applicant=application.applicant,
                    materials=list(application.materials),
                    ticket_id=application.ticket_id,
                    request_id=request_id,
                )
            try:
                case, referral_id = decision(ctx, received.id)
            except Exception as exc:
                if known is None:
                    log.info("decision failed after receiving case %s", received.case_no)
                return Outcome(_fresh(ctx, received), None, exc)
            return Outcome(case, referral_id)

        self.session.tasks.write(work, self._done, self._failed)

    def _done(self, outcome: Outcome) -> None:
        self.busy = False
        self.case = outcome.case
        emit(self.finished, outcome)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        emit(self.failed, exc)


def _fresh(ctx: ServiceContext, case: CaseView) -> CaseView:
    from clerk_app.services import casework

    try:
        return casework.get(ctx, case.id)
    except Exception:  # the case as received is still right to show
        return case


def materials_of(case: CaseView) -> Sequence[str]:
    """Names of the materials of a received case that are missing or deficient."""
    return [m.name for m in case.materials if m.status != "received"]

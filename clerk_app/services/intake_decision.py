"""Receive an application and decide it at the counter: one use case, one transaction.

:func:`receive_and_decide` registers the application (收件) and records the clerk's decision
in ONE unit of work, under the request id of the intake form, so a double click is a
:class:`~clerk_app.services.errors.DuplicateRequest`, not two cases. The decision runs in a
savepoint: if it is refused (a :class:`ClerkError`: materials missing, a department gone…)
the application stays received, the outcome carries the error, and the next decision is
made on the received case (``case_id``) instead of receiving it again.

A case under a one-time notice is resumed the same way: the applicant is back, the
supplemented materials are taken in (``supplement``: the checklist anew, a new receipt
date) and the decision follows, in one unit of work; a refused decision leaves the
supplement received.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clerk_app.domain.cases import CaseAction, RefusalGround
from clerk_app.domain.errors import ClerkError, InvalidInput
from clerk_app.services import intake
from clerk_app.services.case_views import CaseView
from clerk_app.services.context import Actor, ServiceContext, require_role
from clerk_app.services.intake import COUNTER, Applicant, MaterialCheck
from clerk_app.services.unit_of_work import UnitOfWork

log = logging.getLogger("clerk.services")


@dataclass(frozen=True)
class Application:
    """What the intake form collected."""

    item_id: str
    applicant: Applicant
    materials: tuple[MaterialCheck, ...]
    ticket_id: str | None = None


@dataclass(frozen=True)
class IntakeDecision:
    """The clerk's decision on a received application, and what it needs."""

    action: CaseAction  # one of domain.cases.INTAKE_DECISIONS
    ground: RefusalGround = RefusalGround.OTHER  # refuse
    reason: str = ""  # refuse
    other_agency: str = ""  # refuse, out of jurisdiction
    to_department_id: str = ""  # refer
    to_window_id: str | None = None  # refer
    matter: str = ""  # refer
    note: str = ""  # tell on the spot


@dataclass(frozen=True)
class IntakeOutcome:
    case: CaseView
    referral_id: str | None = None
    error: ClerkError | None = None  # the decision was refused; the case stays received

    @property
    def decided(self) -> bool:
        return self.error is None


def _accept(uow: UnitOfWork, case_id: str, _d: IntakeDecision) -> None:
    intake.accept_in(uow, case_id)


def _supplement(uow: UnitOfWork, case_id: str, _d: IntakeDecision) -> None:
    intake.issue_supplement_notice_in(uow, case_id)


def _refuse(uow: UnitOfWork, case_id: str, d: IntakeDecision) -> None:
    intake.refuse_in(uow, case_id, d.ground, d.reason, d.other_agency)


def _refer(uow: UnitOfWork, case_id: str, d: IntakeDecision) -> str:
    return intake.refer_in(uow, case_id, d.to_department_id, d.matter, d.to_window_id)


def _on_spot(uow: UnitOfWork, case_id: str, _d: IntakeDecision) -> None:
    intake.complete_on_spot_in(uow, case_id)


def _tell(uow: UnitOfWork, case_id: str, d: IntakeDecision) -> None:
    intake.tell_on_spot_in(uow, case_id, d.note)


#: How each decision is recorded, inside the caller's unit of work (a referral id or None).
DECISIONS: dict[CaseAction, Callable[[UnitOfWork, str, IntakeDecision], str | None]] = {
    CaseAction.ACCEPT: _accept,
    CaseAction.ISSUE_SUPPLEMENT_NOTICE: _supplement,
    CaseAction.REFUSE: _refuse,
    CaseAction.REFER: _refer,
    CaseAction.COMPLETE_ON_SPOT: _on_spot,
    CaseAction.TELL_ON_SPOT: _tell,
}


def receive_and_decide(
    ctx: ServiceContext,
    actor: Actor,
    decision: IntakeDecision,
    *,
    application: Application | None = None,
    case_id: str | None = None,
    supplement: Sequence[MaterialCheck] | None = None,
    request_id: str | None = None,
) -> IntakeOutcome:
    """Receive ``application`` (or take the received case ``case_id``; a case under a
    one-time notice with the ``supplement`` checklist) and decide it.

    Raises (nothing saved) when the application itself cannot be received; returns an
    outcome with ``error`` when only the decision was refused.
    """
    if (application is None) == (case_id is None):
        raise ValueError("give either an application or a received case")
    if supplement is not None and case_id is None:
        raise ValueError("a supplement is taken in for a case under a one-time notice")
    record = DECISIONS.get(decision.action)
    if record is None:
        raise InvalidInput(f"“{decision.action.label}”不是收件后的决定")
    require_role(actor, *COUNTER, action=decision.action.label)
    person = intake.validate_applicant(application.applicant) if application else None
    with ctx.unit_of_work(actor, request_id=request_id) as uow:
        if application is not None and person is not None:
            case_id = intake.receive_in(
                uow, application.item_id, person, application.materials, application.ticket_id
            )
        assert case_id is not None
        if supplement is not None:
            intake.receive_supplement_in(uow, case_id, supplement)
        try:
            with uow.savepoint():
                referral_id = record(uow, case_id, decision)
        except ClerkError as exc:
            log.info("decision %s refused on case %s: %s", decision.action, case_id, exc)
            return IntakeOutcome(intake.view_in(uow, case_id), None, exc)
        return IntakeOutcome(intake.view_in(uow, case_id), referral_id)

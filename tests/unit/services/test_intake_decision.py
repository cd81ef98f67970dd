"""Receive and decide at the counter: one use case, one transaction, one request id."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from clerk_app.domain.cases import CaseAction, CaseState, RefusalGround
from clerk_app.domain.errors import InvalidInput
from clerk_app.services import casework, catalogue, first_contact
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import DuplicateRequest, NotFound
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.services.intake_decision import (
    Application,
    IntakeDecision,
    receive_and_decide,
)
from clerk_app.store.models import Event
from tests.helpers.factories import SmallCenter, valid_id_card

PERSON = Applicant("person", "张三", valid_id_card(), "13812345678")


def _application(ctx: ServiceContext, item_id: str, status: str = "received") -> Application:
    item = catalogue.get_item(ctx, item_id)
    return Application(item_id, PERSON, tuple(MaterialCheck(m, status) for m in item.material_ids))


def _request_events(ctx: ServiceContext, request_id: str) -> list[str]:
    with ctx.db.sessions() as s:
        query = select(Event.type).where(Event.request_id == request_id).order_by(Event.seq)
        return list(s.scalars(query))


def test_receive_and_accept_is_one_request(ctx: ServiceContext, center: SmallCenter) -> None:
    request_id = str(uuid.uuid4())
    app = _application(ctx, center.promised_item)
    outcome = receive_and_decide(
        ctx,
        center.clerk.actor(),
        IntakeDecision(CaseAction.ACCEPT),
        application=app,
        request_id=request_id,
    )
    assert outcome.decided and outcome.case.state is CaseState.ACCEPTED
    assert _request_events(ctx, request_id) == ["case.received", "case.accepted"]
    with pytest.raises(DuplicateRequest):  # a double click: not a second case
        receive_and_decide(
            ctx,
            center.clerk.actor(),
            IntakeDecision(CaseAction.ACCEPT),
            application=app,
            request_id=request_id,
        )
    assert len(casework.my_cases(ctx, center.clerk.staff_id)) == 1


def test_a_refused_decision_leaves_the_case_received_and_a_retry_decides_it(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    clerk, first = center.clerk.actor(), str(uuid.uuid4())
    gone = IntakeDecision(CaseAction.REFER, to_department_id="closed-down", matter="发票领用")
    outcome = receive_and_decide(
        ctx, clerk, gone, application=_application(ctx, center.promised_item), request_id=first
    )
    assert isinstance(outcome.error, NotFound) and not outcome.decided
    assert outcome.case.state is CaseState.RECEIVED
    assert _request_events(ctx, first) == ["case.received"]  # the referral left no trace
    assert first_contact.incoming_referrals(ctx, center.tax_dept) == []

    retry = str(uuid.uuid4())
    refer = IntakeDecision(CaseAction.REFER, to_department_id=center.tax_dept, matter="发票领用")
    done = receive_and_decide(ctx, clerk, refer, case_id=outcome.case.id, request_id=retry)
    assert done.decided and done.case.state is CaseState.REFERRED
    (ref,) = first_contact.incoming_referrals(ctx, center.tax_dept)
    assert ref.id == done.referral_id and ref.case_id == outcome.case.id
    assert _request_events(ctx, retry) == ["case.referred", "referral.created"]
    assert len(casework.my_cases(ctx, center.clerk.staff_id)) == 0  # referred: closed


def test_missing_materials_are_noticed_not_accepted(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    clerk = center.clerk.actor()
    app = _application(ctx, center.promised_item, status="missing")
    refused = receive_and_decide(ctx, clerk, IntakeDecision(CaseAction.ACCEPT), application=app)
    assert refused.error is not None and "材料不齐全" in str(refused.error)
    notice = IntakeDecision(CaseAction.ISSUE_SUPPLEMENT_NOTICE)
    noticed = receive_and_decide(ctx, clerk, notice, case_id=refused.case.id)
    assert noticed.case.state is CaseState.SUPPLEMENT_NOTICE
    refuse = IntakeDecision(CaseAction.REFUSE, RefusalGround.NOT_ELIGIBLE, "不符合条件")
    again = receive_and_decide(ctx, clerk, refuse, case_id=refused.case.id)
    assert again.error is not None and again.case.state is CaseState.SUPPLEMENT_NOTICE


def test_an_invalid_applicant_or_decision_saves_nothing(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    clerk = center.clerk.actor()
    bad = Application(center.promised_item, Applicant("person", "张三", "123"), ())
    with pytest.raises(InvalidInput):
        receive_and_decide(ctx, clerk, IntakeDecision(CaseAction.ACCEPT), application=bad)
    with pytest.raises(InvalidInput):
        receive_and_decide(
            ctx,
            clerk,
            IntakeDecision(CaseAction.COMPLETE),
            application=_application(ctx, center.promised_item),
        )
    assert casework.my_cases(ctx, center.clerk.staff_id) == []


def test_a_noticed_case_takes_in_the_supplement_and_is_decided_in_one_request(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    clerk = center.clerk.actor()
    noticed = receive_and_decide(
        ctx,
        clerk,
        IntakeDecision(CaseAction.ISSUE_SUPPLEMENT_NOTICE),
        application=_application(ctx, center.promised_item, "missing"),
    )
    assert noticed.case.state is CaseState.SUPPLEMENT_NOTICE
    item = catalogue.get_item(ctx, center.promised_item)
    complete = tuple(MaterialCheck(m, "received", 1, 1) for m in item.material_ids)
    refused, first = str(uuid.uuid4()), IntakeDecision(CaseAction.REFER, to_department_id="gone")
    outcome = receive_and_decide(
        ctx, clerk, first, case_id=noticed.case.id, supplement=complete, request_id=refused
    )
    assert not outcome.decided and outcome.case.state is CaseState.RECEIVED  # taken in
    assert _request_events(ctx, refused) == ["case.supplement_received"]
    accepted = str(uuid.uuid4())
    done = receive_and_decide(
        ctx, clerk, IntakeDecision(CaseAction.ACCEPT), case_id=noticed.case.id, request_id=accepted
    )
    assert done.decided and done.case.state is CaseState.ACCEPTED
    with pytest.raises(ValueError):
        receive_and_decide(
            ctx,
            clerk,
            IntakeDecision(CaseAction.ACCEPT),
            application=_application(ctx, center.promised_item),
            supplement=complete,
        )

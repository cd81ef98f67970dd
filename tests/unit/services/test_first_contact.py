"""首问登记 and its referral: one use case, one transaction, one request id."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from clerk_app.services import catalogue, documents, first_contact
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import DuplicateRequest, NotFound
from clerk_app.services.first_contact import ReferTo
from clerk_app.store.models import Event, FirstContact, Referral
from tests.helpers.factories import SmallCenter


def _count(ctx: ServiceContext, model: type[object]) -> int:
    with ctx.db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_failing_referral_leaves_no_first_contact_and_a_retry_records_one(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    guide, request_id = center.guide.actor(), str(uuid.uuid4())
    events_before = _count(ctx, Event)
    visit = dict(visitor_name="王五", question="怎么领发票", visitor_phone="13812345678")
    with pytest.raises(NotFound, match="接收部门"):
        first_contact.record_and_refer(
            ctx, guide, **visit, refer_to=ReferTo("no-such-department"), request_id=request_id
        )
    assert _count(ctx, FirstContact) == 0 and _count(ctx, Referral) == 0
    assert _count(ctx, Event) == events_before  # nothing journaled either

    done = first_contact.record_and_refer(
        ctx, guide, **visit, refer_to=ReferTo(center.tax_dept), request_id=request_id
    )
    assert _count(ctx, FirstContact) == 1 and _count(ctx, Referral) == 1
    [mine] = first_contact.my_referrals(ctx, center.guide.staff_id)
    assert mine.id == done.referral_id and mine.visitor_name == "王五"
    with ctx.db.sessions() as s:
        referral = s.get(Referral, done.referral_id)
        assert referral is not None and referral.first_contact_id == done.contact_id
        same_request = s.scalars(select(Event.type).where(Event.request_id == request_id)).all()
    assert sorted(same_request) == ["first_contact.recorded", "referral.created"]

    with pytest.raises(DuplicateRequest):  # the same submission again: a double click
        first_contact.record_and_refer(
            ctx, guide, **visit, refer_to=ReferTo(center.tax_dept), request_id=request_id
        )
    assert _count(ctx, FirstContact) == 1


def test_an_answered_question_gets_a_guide_slip_to_the_items_department(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    (item,) = catalogue.search_items(ctx, "SW-001")
    done = first_contact.record_and_refer(
        ctx,
        center.guide.actor(),
        visitor_name="赵六",
        question="领用增值税发票",
        answer="请到税务窗口办理",
        item_id=item.id,
    )
    assert done.referral_id is None
    slip = documents.first_contact_slip_doc(ctx, done.contact_id)
    assert slip.item_name == item.name and slip.target_agency == item.department_name
    assert slip.applicant.name == "赵六" and slip.first_responder_number == "G001"
    assert slip.materials_to_bring == tuple(m.name for m in item.materials)
    with pytest.raises(NotFound):
        documents.first_contact_slip_doc(ctx, "nobody")

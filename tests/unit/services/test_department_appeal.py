"""Notices and receipts name the department's reconsideration agency and court; the
centre's only where the department has none (行政复议法: the agency depends on who decides)."""

from __future__ import annotations

from dataclasses import replace

from clerk_app.domain.cases import Decision, RefusalGround
from clerk_app.services import casework, intake, organisation
from clerk_app.services import documents as docs
from clerk_app.services.context import ServiceContext
from clerk_app.services.setup_records import organisation as read_organisation
from tests.helpers.factories import SmallCenter
from tests.unit.services.test_documents import _accepted, _received, pdf

TAX_BODY = "国家税务总局测试市税务局"
TAX_COURT = "测试市铁路运输法院"


def _give_tax_its_own(ctx: ServiceContext, center: SmallCenter) -> None:
    tax = next(d for d in read_organisation(ctx).departments if d.id == center.tax_dept)
    organisation.save_department(
        ctx,
        center.admin.actor(),
        replace(tax, reconsideration_body=TAX_BODY, litigation_court=TAX_COURT),
    )


def test_the_tax_office_receipt_names_the_tax_office_above(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    _give_tax_its_own(ctx, center)
    text = pdf(docs.receipt_doc(ctx, _accepted_tax(ctx, center)))
    assert f"向{TAX_BODY}申请行政复议" in text and f"向{TAX_COURT}提起行政诉讼" in text
    market = pdf(docs.receipt_doc(ctx, _accepted(ctx, center)))  # no agency of its own
    assert "向测试县人民政府申请行政复议" in market and TAX_BODY not in market


def _accepted_tax(ctx: ServiceContext, center: SmallCenter) -> str:
    case = _received(ctx, center, center.tax_item)
    return intake.accept(ctx, center.clerk.actor(), case.id).id


def test_refusal_and_denial_name_the_department_agency(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    _give_tax_its_own(ctx, center)
    refused = _received(ctx, center, center.tax_item)
    intake.refuse(
        ctx,
        center.clerk.actor(),
        refused.id,
        ground=RefusalGround.NOT_ELIGIBLE,
        reason="申请人不具备领用资格",
    )
    assert f"{TAX_BODY}申请行政复议" in pdf(docs.refusal_doc(ctx, refused.id))
    case_id = _accepted_tax(ctx, center)
    casework.complete(
        ctx, center.clerk.actor(), case_id, decision=Decision.DENIED, note="不符合条件"
    )
    assert f"向{TAX_BODY}申请行政复议" in pdf(docs.completion_notice_doc(ctx, case_id))

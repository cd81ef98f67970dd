"""Papers that hold up: what the documents built from the database say, and the rules
behind them (deemed acceptance and approval, supplement deadline, extensions, 文号)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from clerk_app.printing import render
from clerk_app.services import casework, catalogue, intake
from clerk_app.services import documents as docs
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.models import Center
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, valid_id_card

from .test_documents import text_of

PERSON = Applicant("person", "张三", valid_id_card(), "13812345678")


def receive(
    ctx: ServiceContext, center: SmallCenter, item_id: str, *, received: int | None = None
) -> intake.CaseView:
    item = catalogue.get_item(ctx, item_id)
    checks = [
        MaterialCheck(mid, "received" if received is None or i < received else "missing", 1)
        for i, mid in enumerate(item.material_ids)
    ]
    return intake.receive(
        ctx, center.clerk.actor(), item_id=item_id, applicant=PERSON, materials=checks
    )


def set_center(ctx: ServiceContext, **values: object) -> None:
    with ctx.db.sessions() as s, s.begin():
        center = s.scalars(select(Center)).one()
        for key, value in values.items():
            setattr(center, key, value)


# --- item 11: the QR code and the counter's lookup ------------------------------------


def test_receipt_qr_carries_the_progress_address_and_the_lookup_takes_both(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 9, 30))
    case = intake.accept(ctx, center.clerk.actor(), receive(ctx, center, center.promised_item).id)
    assert docs.receipt_doc(ctx, case.id).qr_payload == case.case_no  # none set: the number
    set_center(ctx, progress_query_url="https://zwfw.example.gov.cn/progress?from=qr")
    doc = docs.receipt_doc(ctx, case.id)
    assert doc.qr_payload == f"https://zwfw.example.gov.cn/progress?from=qr&case={case.case_no}"
    assert "扫码查询办理进度" in text_of(render(doc))
    for scanned in (case.case_no, case.case_no.lower(), doc.qr_payload):
        assert casework.find_by_number(ctx, scanned).id == case.id
    set_center(ctx, progress_query_url="https://zwfw.example.gov.cn/case/{case}")
    url = docs.receipt_doc(ctx, case.id).qr_payload
    assert url == f"https://zwfw.example.gov.cn/case/{case.case_no}"
    assert casework.find_by_number(ctx, url).id == case.id

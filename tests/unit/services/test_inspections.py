"""明查暗访: an inspection with its checklist, findings opening an accountability record or
a 督办, and the 通报 (criticism or commendation) printed as a PDF."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app import printing
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.inspections import DEFAULT_CHECKLIST, BulletinKind, FindingAction
from clerk_app.services import board, inspections, orders
from clerk_app.services.errors import PermissionDenied
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_department_leaders
from tests.unit.printing._pdf import pdf_text


def _inspect(ctx, center: SmallCenter) -> str:  # type: ignore[no-untyped-def]
    return inspections.record_inspection(
        ctx,
        center.supervisor.actor(),
        held_on=date(2026, 9, 28),
        kind="unannounced",
        inspectors="孙监督、县效能办 陈科长",
        window_ids=[center.window_a, center.window_b, center.window_tax],
        results={"在岗在位": False},
    )


def test_a_finding_opens_a_record_naming_the_three_or_a_supervision_order(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    add_department_leaders(ctx, center.market_dept)
    inspection_id = _inspect(ctx, center)
    [view] = inspections.inspections(ctx)
    assert view.checks[:2] == (("挂牌上岗", True), ("在岗在位", False))
    assert view.windows == ("A01", "A02", "B01")
    finding = inspections.add_finding(
        ctx,
        center.supervisor.actor(),
        inspection_id,
        window_id=center.window_a,
        check_item="在岗在位",
        note="10:05 至 10:25 窗口无人，未挂暂停服务牌",
        evidence="IMG_0931.jpg；IMG_0932.jpg",
        action=FindingAction.RECORD,
    )
    [record] = board.accountability_records(ctx)
    assert record.id == finding.record_id and record.cause == "inspection"
    assert (record.main_staff, record.supervising_staff, record.direct_staff) == (
        "吴局长",
        "郑副局长",
        "李窗口",  # signed on at A01
    )
    ordered = inspections.add_finding(
        ctx,
        center.supervisor.actor(),
        inspection_id,
        window_id=center.window_tax,
        check_item="一次性告知",
        note="未提供一次性告知书",
        action=FindingAction.ORDER,
        order_workdays=2,
    )
    [order] = orders.orders_for(ctx, center.tax_clerk.actor())
    assert order.id == ordered.order_id and order.source_kind == "finding"
    assert "一次性告知" in order.content
    with pytest.raises(InvalidInput):  # not a window of this inspection... nor of the list
        inspections.add_finding(
            ctx,
            center.supervisor.actor(),
            inspection_id,
            window_id=center.window_a,
            check_item="不存在的项目",
            note="x",
            action=FindingAction.NONE,
        )

    criticism = inspections.bulletin(ctx, inspection_id, BulletinKind.CRITICISM)
    text = pdf_text(printing.render(criticism))
    assert "通报批评" in text and "窗口无人" in text and "A01" in text
    praise = inspections.bulletin(ctx, inspection_id, BulletinKind.COMMENDATION)
    assert [line.window for line in praise.lines] == ["A02"]
    assert "通报表扬" in pdf_text(printing.render(praise))


def test_the_checklist_is_configurable(ctx, center: SmallCenter) -> None:
    assert inspections.checklist(ctx) == DEFAULT_CHECKLIST
    with pytest.raises(PermissionDenied):
        inspections.set_checklist(ctx, center.clerk.actor(), ["挂牌上岗"])
    with pytest.raises(InvalidInput):
        inspections.set_checklist(ctx, center.supervisor.actor(), ["挂牌上岗", "挂牌上岗 "])
    inspections.set_checklist(ctx, center.supervisor.actor(), ["挂牌上岗", " 着装规范 ", ""])
    assert inspections.checklist(ctx) == ("挂牌上岗", "着装规范")
    with pytest.raises(InvalidInput):  # an item not on the list
        _inspect(ctx, center)

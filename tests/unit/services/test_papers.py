"""Papers that hold up: what the documents built from the database say, and the rules
behind them (deemed acceptance and approval, supplement deadline, extensions, 文号)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from clerk_app.domain.cases import CaseState
from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.printing import render
from clerk_app.services import casework, catalogue, deliveries, intake, oversight
from clerk_app.services import documents as docs
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.db import open_database
from clerk_app.store.models import Center, Department, ServiceItem
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_joint_item, add_leaders, valid_id_card

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


# --- item 2: deemed acceptance -------------------------------------------------------------


def test_deemed_acceptance_has_its_own_notice_dated_when_decided_and_goes_to_delivery(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock, tmp_path: Path
) -> None:
    clock.set_day(date(2026, 11, 2))  # Monday
    case = receive(ctx, center, center.promised_item, received=1)  # 1 of 3 materials
    clock.set_day(date(2026, 11, 12))  # no decision, no notice within five working days
    result = oversight.sweep(ctx, Actor.system())
    assert result.deemed_accepted == (case.case_no,)
    with pytest.raises(IllegalTransition):
        docs.receipt_doc(ctx, case.id)  # never "材料齐全、决定予以受理"
    doc = docs.deemed_acceptance_notice_doc(ctx, case.id)
    assert doc.issue_date == date(2026, 11, 12)  # not backdated to the day of receipt
    assert doc.due_date == date(2026, 11, 16)  # 10 working days from the day of receipt
    assert (len(doc.materials), doc.materials_expected) == (1, 3)
    text = text_of(render(doc))
    assert "视为受理通知书" in text and "自收到申请材料之日（2026年11月2日）起即为受理" in text
    assert "材料齐全" not in text and "共1项，事项目录所列材料3项" in text
    # on the market department's 待送达 list, not on the tax office's
    (item,) = deliveries.to_deliver(ctx, center.clerk.actor())
    assert (item.case_no, item.kind, item.printed) == (
        case.case_no,
        "deemed_acceptance_notice",
        False,
    )
    assert deliveries.to_deliver(ctx, center.tax_clerk.actor()) == []
    with pytest.raises(RuleViolation):  # in person only once printed and archived
        deliveries.record_delivery(
            ctx, center.clerk.actor(), item.id, method=deliveries.DeliveryMethod.IN_PERSON
        )
    with pytest.raises(PermissionDenied):
        deliveries.print_notice(ctx, center.tax_clerk.actor(), item.id)
    ctx.archive_dir = tmp_path / "archive"
    archived = deliveries.print_notice(ctx, center.clerk.actor(), item.id)
    assert archived.kind == "deemed_acceptance_notice" and archived.case_id == case.id
    done = deliveries.record_delivery(
        ctx, center.clerk.actor(), item.id, method=deliveries.DeliveryMethod.POST, note="挂号信"
    )
    assert (done.printed, done.method, done.delivered_on) == (True, "post", date(2026, 11, 12))
    assert deliveries.to_deliver(ctx, center.clerk.actor()) == []
    assert len(deliveries.to_deliver(ctx, center.supervisor.actor(), include_delivered=True)) == 1


# --- item 6: deemed approval -----------------------------------------------------------------


def test_deemed_approval_counts_from_the_day_after_the_due_date_and_awaits_delivery(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    case = intake.accept(ctx, center.clerk.actor(), receive(ctx, center, center.deemed_item).id)
    assert case.due_date == date(2026, 11, 5)
    with ctx.db.sessions() as s, s.begin():
        item = s.get(ServiceItem, center.deemed_item)
        assert item is not None
        item.deemed_approval_basis = (
            "《测试县行政审批超时默认办理暂行办法》（测府办发〔2025〕18号）第六条"
        )
        item.category = "confirmation"
    clock.set_day(date(2026, 11, 9))  # the sweep runs two working days late
    assert oversight.sweep(ctx, Actor.system()).deemed_approved == (case.case_no,)
    doc = docs.deemed_approval_notice_doc(ctx, case.id)
    assert doc.deemed_date == date(2026, 11, 6) and doc.issue_date == date(2026, 11, 9)
    text = text_of(render(doc))
    for expected in (
        "本机关未在承诺办理时限（3个工作日）内作出决定，该时限已于2026年11月5日届满",
        "根据《测试县行政审批超时默认办理暂行办法》（测府办发〔2025〕18号）第六条的规定",
        "自2026年11月6日起视为准予登记",
    ):
        assert expected in text, expected
    assert "本中心" not in text
    (item_view,) = deliveries.to_deliver(ctx, center.clerk_b.actor())  # any clerk of it
    assert item_view.kind == "deemed_approval_notice"
    sms = deliveries.record_delivery(
        ctx,
        center.clerk_b.actor(),
        item_view.id,
        method=deliveries.DeliveryMethod.SMS,
        note="已短信告知13812345678",
    )
    assert sms.method == "sms"


# --- item 5: the supplement deadline and withdrawal -------------------------------------------


def test_past_the_supplement_deadline_the_application_is_withdrawn_with_its_notice(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    with ctx.db.sessions() as s, s.begin():
        item = s.get(ServiceItem, center.promised_item)
        assert item is not None
        item.supplement_days = 5
    clock.set_day(date(2026, 11, 2))
    case = receive(ctx, center, center.promised_item, received=2)
    intake.issue_supplement_notice(ctx, center.clerk.actor(), case.id)
    notice = docs.supplement_notice_doc(ctx, case.id)
    assert notice.deadline == date(2026, 11, 9)
    assert "请于2026年11月9日前将上述材料补正齐全" in text_of(render(notice))
    clock.set_day(date(2026, 11, 9))  # the last day: still open
    assert oversight.sweep(ctx, Actor.system()).withdrawn == ()
    clock.set_day(date(2026, 11, 10))
    assert oversight.sweep(ctx, Actor.system()).withdrawn == (case.case_no,)
    assert casework.get(ctx, case.id).state is CaseState.WITHDRAWN
    doc = docs.withdrawal_notice_doc(ctx, case.id)
    text = text_of(render(doc))
    assert "视为撤回申请告知书" in text and "2026年11月9日前补正" in text
    assert notice.document_number in text  # names the one-time notice by its number
    assert "第三十二条第一款第（四）项" not in text  # not a refusal under the agency's duty
    (item_view,) = deliveries.to_deliver(ctx, center.clerk.actor())
    assert item_view.kind == "withdrawal_notice"


# --- item 7: 文号 -------------------------------------------------------------------------------


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)  # two offline counters: two files
def test_document_numbers_differ_between_two_offline_counters_and_second_notices(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock, tmp_path: Path
) -> None:
    clock.set_day(date(2026, 11, 2))
    # the second counter: a copy of the same centre, working offline under its own code
    copy = tmp_path / "second.sqlite3"
    source = ctx.db.engine.url.database
    assert source is not None
    with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    second_db = open_database(f"sqlite:///{copy}")
    try:
        second = ServiceContext(
            db=second_db, workstation="WS-T2", clock=clock, password_cost=ctx.password_cost
        )
        numbers = set()
        for context in (ctx, second):
            for _ in range(2):
                case = intake.accept(
                    context,
                    center.clerk.actor(),
                    receive(context, center, center.promised_item).id,
                )
                numbers.add(docs.receipt_doc(context, case.id).document_number)
        assert len(numbers) == 4, numbers
    finally:
        second_db.dispose()
    assert docs.document_number("市场监管", "延", date(2026, 11, 2), "20261102-WS-T1-0003") != (
        docs.document_number("市场监管", "延", date(2026, 11, 2), "20261102-WS-T1-0003", ordinal=1)
    )


# --- item 4: Art. 42 extensions --------------------------------------------------------------


def test_a_joint_case_extension_records_the_county_approval_and_leaders_see_their_own(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    leaders = add_leaders(ctx, center)
    clock.set_day(date(2026, 11, 2))
    joint_case = intake.accept(
        ctx, center.clerk.actor(), receive(ctx, center, add_joint_item(ctx, center)).id
    )
    tax_case = intake.accept(
        ctx,
        center.tax_clerk.actor(),
        intake.receive(
            ctx,
            center.tax_clerk.actor(),
            item_id=center.tax_item,
            applicant=PERSON,
            materials=[
                MaterialCheck(m, "received", 1)
                for m in catalogue.get_item(ctx, center.tax_item).material_ids
            ],
        ).id,
    )
    joint_req = casework.request_extension(
        ctx, center.clerk.actor(), joint_case.id, workdays=15, reason="需多部门联合踏勘"
    )
    tax_req = casework.request_extension(
        ctx, center.tax_clerk.actor(), tax_case.id, workdays=5, reason="需核实发票用量"
    )

    def pending(badge: object) -> set[str]:
        return {p.request_id for p in casework.pending_extensions(ctx, badge.actor())}  # type: ignore[attr-defined]

    assert pending(leaders.market) == {joint_req}
    assert pending(leaders.tax) == {tax_req}
    assert pending(center.supervisor) == {joint_req, tax_req}  # the 效能办 sees all
    with pytest.raises(InvalidInput, match="县人民政府"):
        casework.decide_extension(ctx, leaders.market.actor(), joint_req, approve=True)
    casework.decide_extension(
        ctx,
        leaders.market.actor(),
        joint_req,
        approve=True,
        county_approver="副县长周建国",
        county_document="测府办函〔2026〕12号",
    )
    doc = docs.extension_notice_doc(ctx, joint_req)
    assert doc.extension_days == 15 and doc.approver_name == "吴分管"
    text = text_of(render(doc))
    assert "延期已报经县人民政府副县长周建国批准（测府办函〔2026〕12号）" in text
    assert pending(center.supervisor) == {tax_req}


# --- item 9: refusal reasons -------------------------------------------------------------------


def test_the_item_offers_its_standard_refusal_reasons(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    from clerk_app.demo.catalogue import refusal_reason
    from clerk_app.store.models import ItemRefusalReason

    with ctx.db.sessions() as s, s.begin():
        for i, text in enumerate(("申请人不具备主体资格", "申请事项依法不需要取得行政许可")):
            s.add(
                ItemRefusalReason(id=f"r{i}", item_id=center.promised_item, position=i, text=text)
            )
    item = catalogue.get_item(ctx, center.promised_item)
    assert item.refusal_reasons == ("申请人不具备主体资格", "申请事项依法不需要取得行政许可")
    assert (
        refusal_reason(item.name, item.conditions, item.refusal_reasons) == "申请人不具备主体资格"
    )
    fund = refusal_reason("住房公积金提取", "职工离职且未重新就业满半年。")
    assert "职工离职" in fund and "经营场所" not in fund


# --- issue 11: the published guide (三公开) -------------------------------------------------------


def test_the_guide_the_catalogue_table_and_the_adjustment_notice(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 12, 3))
    with ctx.db.sessions() as s, s.begin():
        item = s.get(ServiceItem, center.promised_item)
        tax = s.get(ServiceItem, center.tax_item)
        dept = s.get(Department, center.market_dept)
        assert item is not None and tax is not None and dept is not None
        item.fee_basis = "不收费"
        item.result_document = "食品经营许可证"
        item.conditions = "具有与经营的食品品种、数量相适应的经营场所和设施设备。"
        dept.phone = "0571-87650001"
        tax.status, tax.status_from, tax.status_note = (
            "cancelled",
            date(2026, 11, 15),
            "并入电子税务局办理",
        )
    guide = docs.item_guide_doc(ctx, center.promised_item)
    text = text_of(render(guide))
    for expected in (
        "食品经营许可证核发",
        "办事指南",
        "测试县市场监督管理局",
        "法定办结时限20个工作日",
        "承诺办结时限10个工作日",
        "具有与经营的食品品种",
        "食品安全管理制度",
        "《中华人民共和国食品安全法》第三十五条",
        "市场监管1号窗口",
        "0571-87650001",
        "12345",
    ):
        assert expected in text, expected
    table = text_of(render(docs.catalogue_table_doc(ctx)))
    assert "测试县市场监督管理局" in table and "营业执照遗失补领" in table
    assert "增值税发票领用" not in table  # cancelled: no longer taken in
    notice = docs.adjustment_notice_doc(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.name, r.change) for r in notice.rows] == [("增值税发票领用", "取消")]
    text = text_of(render(notice))
    assert "2026年11月15日" in text and "并入电子税务局办理" in text
    assert docs.adjustment_notice_doc(ctx, date(2026, 12, 1), date(2026, 12, 31)).rows == ()

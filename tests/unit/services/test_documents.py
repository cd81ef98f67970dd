"""Printed documents built from the database, archived as PDF, and reprinted as 补打."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from clerk_app.domain.cases import Decision, RefusalGround
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.printing import render
from clerk_app.printing.layout import format_cn_date
from clerk_app.services import (
    archive,
    casework,
    catalogue,
    first_contact,
    intake,
    oversight,
    tickets,
)
from clerk_app.services import documents as docs
from clerk_app.services.archive import ArchiveError
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.models import ArchivedDocument, Event
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_leaders, valid_id_card

ID_NO = valid_id_card()
PERSON = Applicant("person", "张三", ID_NO, "13812345678")
MASKED = ID_NO[:6] + "********" + ID_NO[14:]


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def pdf(doc: object) -> str:
    return text_of(render(doc))


def _received(
    ctx: ServiceContext, center: SmallCenter, item_id: str, *, partial: bool = False
) -> intake.CaseView:
    item = catalogue.get_item(ctx, item_id)
    checks = [MaterialCheck(mid, "received", originals=1) for mid in item.material_ids]
    if partial:
        checks = [checks[0], MaterialCheck(item.material_ids[1], "deficient", 0, 1, "复印件不清晰")]
    return intake.receive(
        ctx, center.clerk.actor(), item_id=item_id, applicant=PERSON, materials=checks
    )


def _accepted(ctx: ServiceContext, center: SmallCenter, item_id: str | None = None) -> str:
    case = _received(ctx, center, item_id or center.promised_item)
    return intake.accept(ctx, center.clerk.actor(), case.id).id


def test_receipt_comes_from_the_accepted_case(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 9, 30))
    case = casework.get(ctx, _accepted(ctx, center))
    doc = docs.receipt_doc(ctx, case.id)
    assert (doc.promised_days, doc.due_date, doc.statutory_days) == (10, date(2026, 10, 20), 20)
    assert doc.clerk_number == "C001" and doc.window_name == "市场监管1号窗口"
    text = pdf(doc)
    for expected in (
        case.case_no,
        MASKED,
        "2026年10月20日",
        "10个工作日",
        "食品经营许可申请书",
        "食品安全管理制度",
        "李窗口（工号C001）",
        "0571-12345678",
        "12345",
        "测试县市场监督管理局",
        "市场监管受字〔2026〕第WS-T1-09300001号",
    ):
        assert expected in text, expected
    assert ID_NO not in text


def test_no_receipt_for_a_refused_or_unknown_case(ctx: ServiceContext, center: SmallCenter) -> None:
    case = _received(ctx, center, center.promised_item)
    intake.refuse(
        ctx, center.clerk.actor(), case.id, ground=RefusalGround.NOT_ELIGIBLE, reason="条件不符"
    )
    with pytest.raises(IllegalTransition, match="不予受理"):
        docs.receipt_doc(ctx, case.id)
    with pytest.raises(NotFound):
        docs.receipt_doc(ctx, "no-such-case")


def test_supplement_notice_lists_every_missing_and_deficient_material(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _received(ctx, center, center.promised_item, partial=True)
    with pytest.raises(IllegalTransition):
        docs.supplement_notice_doc(ctx, case.id)
    intake.issue_supplement_notice(ctx, center.clerk.actor(), case.id)
    doc = docs.supplement_notice_doc(ctx, case.id)
    assert [(ln.material, ln.problem.value) for ln in doc.lines] == [
        ("营业执照", "需补正"),
        ("食品安全管理制度", "缺少"),
    ]
    # the item's period (20 working days by default), printed as a date
    with ctx.db.read_sessions() as s:
        assert doc.deadline == ctx.calendar_from(s).add_workdays(ctx.today(), 20)
    text = pdf(doc)
    assert f"请于{format_cn_date(doc.deadline)}前将上述材料补正齐全" in text
    assert "复印件不清晰" in text and "请提交原件1份" in text
    assert "补正齐全后提交至测试县政务服务中心市场监管1号窗口" in text
    assert ID_NO not in text


def test_refusal_names_the_agency_and_the_appeal_rights(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _received(ctx, center, center.promised_item)
    intake.refuse(
        ctx,
        center.clerk.actor(),
        case.id,
        ground=RefusalGround.OUT_OF_JURISDICTION,
        reason="发票领用属于税务部门职权",
        other_agency="国家税务总局测试县税务局",
    )
    text = pdf(docs.refusal_doc(ctx, case.id))
    for expected in (
        case.case_no,
        "发票领用属于税务部门职权",
        "请向国家税务总局测试县税务局申请",
        "税务1号窗口",
        "第三十二条第一款第（二）项",
        "六十日内向测试县人民政府申请行政复议",
        "向测试县人民法院提起行政诉讼",
    ):
        assert expected in text, expected


def test_extension_notice_only_once_approved(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    case_id = _accepted(ctx, center)
    req = casework.request_extension(
        ctx, center.clerk.actor(), case_id, workdays=5, reason="需现场核查"
    )
    with pytest.raises(IllegalTransition, match="待审批"):
        docs.extension_notice_doc(ctx, req)
    casework.decide_extension(ctx, add_leaders(ctx, center).market.actor(), req, approve=True)
    text = pdf(docs.extension_notice_doc(ctx, req))
    for expected in (
        "2026年11月16日",
        "2026年11月23日",
        "延长5个工作日",
        "需现场核查",
        "副局长吴分管",
    ):
        assert expected in text, expected


def test_suspension_notice_gives_the_procedure_and_its_expected_end(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    case_id = _accepted(ctx, center)
    with pytest.raises(IllegalTransition):
        docs.suspension_notice_doc(ctx, case_id)
    clock.set_day(date(2026, 11, 4))
    casework.suspend(
        ctx,
        center.clerk.actor(),
        case_id,
        reason="testing",
        detail="食品样品送检",
        expected_workdays=3,
    )
    doc = docs.suspension_notice_doc(ctx, case_id)
    assert (doc.procedure_type, doc.expected_end_date) == ("检测", date(2026, 11, 6))
    text = pdf(doc)
    assert "食品样品送检" in text and "2026年11月4日" in text and "2026年11月6日" in text


def test_completion_notice_says_on_time_or_late(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    on_time, late = _accepted(ctx, center), _accepted(ctx, center)
    with pytest.raises(IllegalTransition):
        docs.completion_notice_doc(ctx, on_time)
    casework.complete(ctx, center.clerk.actor(), on_time, decision=Decision.APPROVED)
    clock.set_day(date(2026, 11, 18))  # due 16 November
    casework.complete(
        ctx, center.clerk.actor(), late, decision=Decision.DENIED, note="现场核查不合格"
    )
    text = pdf(docs.completion_notice_doc(ctx, on_time))
    assert "准予许可" in text and "在承诺期限（2026年11月16日）内办结" in text
    text = pdf(docs.completion_notice_doc(ctx, late))
    assert "不予许可" in text and "现场核查不合格" in text
    assert "超出承诺期限" in text and "测试县人民政府申请行政复议" in text


def test_deemed_approval_notice_after_the_sweep(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    case_id = _accepted(ctx, center, center.deemed_item)
    with pytest.raises(IllegalTransition):
        docs.deemed_approval_notice_doc(ctx, case_id)
    clock.set_day(date(2026, 11, 9))
    oversight.sweep(ctx, center.supervisor.actor())
    doc = docs.deemed_approval_notice_doc(ctx, case_id)
    # the day after the due date, though the sweep ran on 11-9
    assert (doc.due_date, doc.deemed_date) == (date(2026, 11, 5), date(2026, 11, 6))
    text = pdf(doc)
    assert "营业执照遗失补领" in text and "2026年11月5日届满" in text
    assert "自2026年11月6日起视为准予许可" in text and "本机关未在承诺办理时限（3个工作日）" in text


def test_referral_slip_says_where_to_go_and_who_follows_it(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _received(ctx, center, center.promised_item)
    ref = intake.refer(
        ctx,
        center.clerk.actor(),
        case.id,
        to_department_id=center.tax_dept,
        matter="增值税发票领用",
        to_window_id=center.window_tax,
    )
    text = pdf(docs.referral_slip_doc(ctx, ref))
    for expected in (
        "增值税发票领用",
        "国家税务总局测试县税务局",
        "B01（税务1号窗口）",
        "李窗口（工号C001）",
        "0571-12345678",
        case.case_no,
    ):
        assert expected in text, expected
    first_contact.close_referral(ctx, center.tax_clerk.actor(), ref, "已办理")
    with pytest.raises(IllegalTransition):
        docs.referral_slip_doc(ctx, ref)


def test_front_desk_referral_gets_its_own_number(ctx: ServiceContext, center: SmallCenter) -> None:
    ref = first_contact.refer(
        ctx,
        center.guide.actor(),
        to_department_id=center.tax_dept,
        matter="咨询个税汇算",
        visitor_name="王五",
    )
    doc = docs.referral_slip_doc(ctx, ref)
    assert doc.case_number.startswith("ZB20260928-")
    assert "税务1号窗口" in doc.target_window and doc.first_responder_number == "G001"


def test_ticket_slip_while_waiting_only(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    first = tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    clock.advance(minutes=1)
    second = tickets.issue_ticket(
        ctx, center.guide.actor(), queue_id=center.market_queue, item_id=center.promised_item
    )
    doc = docs.ticket_doc(ctx, second.id)
    assert (doc.ticket_number, doc.people_ahead) == ("A002", 1)
    assert doc.item_name == "食品经营许可证核发" and doc.queue_name == "市场监管"
    assert "A002" in pdf(doc) and "测试县政务服务中心" in pdf(doc)
    called = tickets.call_next(ctx, center.clerk.actor(), window_id=center.window_a)
    assert called is not None and called.id == first.id
    tickets.no_show(ctx, center.clerk.actor(), first.id)
    with pytest.raises(IllegalTransition):
        docs.ticket_doc(ctx, first.id)


# --- archive -------------------------------------------------------------------------------


def _counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.db.sessions() as s:
        return (
            s.scalar(select(func.count()).select_from(ArchivedDocument)) or 0,
            s.scalar(select(func.count()).select_from(Event)) or 0,
        )


def test_archive_keeps_the_pdf_with_its_hash(
    ctx: ServiceContext, center: SmallCenter, tmp_path: Path
) -> None:
    ctx.archive_dir = tmp_path / "archive"
    case_id = _accepted(ctx, center)
    case = casework.get(ctx, case_id)
    view = archive.archive_document(
        ctx, center.clerk.actor(), docs.receipt_doc(ctx, case_id), kind="receipt", case_id=case_id
    )
    assert view.file_name == f"2026/09/{case.case_no}-receipt.pdf"
    assert view.path is not None and view.path == ctx.archive_dir / view.file_name
    data = view.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == view.sha256
    assert case.case_no in text_of(data) and "补打" not in text_of(data)
    with ctx.db.sessions() as s:
        row = s.get(ArchivedDocument, view.id)
        assert row is not None and row.sha256 == view.sha256 and not row.reprint
        event = s.scalar(select(Event).where(Event.type == "document.archived"))
        assert event is not None
        payload = json.loads(event.payload)
    assert payload["sha256"] == view.sha256 and payload["file_name"] == view.file_name
    assert (payload["kind"], payload["case_id"], payload["reprint"]) == ("receipt", case_id, False)
    assert [d.id for d in archive.archived_documents(ctx, case_id)] == [view.id]


def test_reprint_is_marked_and_archived_as_a_new_row(
    ctx: ServiceContext, center: SmallCenter, tmp_path: Path
) -> None:
    ctx.archive_dir = tmp_path / "archive"
    case_id = _accepted(ctx, center)
    original = archive.archive_document(
        ctx, center.clerk.actor(), docs.receipt_doc(ctx, case_id), kind="receipt", case_id=case_id
    )
    again = archive.reprint(ctx, center.clerk_b.actor(), original.id)
    third = archive.reprint(ctx, center.clerk_b.actor(), original.id)
    assert again.id != original.id and again.reprint and not original.reprint
    assert again.file_name.endswith("-receipt-补打1.pdf")
    assert third.file_name.endswith("-receipt-补打2.pdf")
    assert again.path is not None and "补打" in text_of(again.path.read_bytes())
    assert hashlib.sha256(again.path.read_bytes()).hexdigest() == again.sha256
    assert original.path is not None and original.path.exists()
    listed = archive.archived_documents(ctx, case_id)
    assert [(d.reprint, d.printed_by_name) for d in listed] == [
        (False, "李窗口"),
        (True, "赵窗口"),
        (True, "赵窗口"),
    ]


def test_reprint_of_an_extension_notice_uses_that_extension(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock, tmp_path: Path
) -> None:
    ctx.archive_dir = tmp_path / "archive"
    clock.set_day(date(2026, 11, 2))
    case_id = _accepted(ctx, center)
    req = casework.request_extension(ctx, center.clerk.actor(), case_id, workdays=3, reason="核查")
    casework.decide_extension(ctx, add_leaders(ctx, center).market.actor(), req, approve=True)
    first = archive.archive_document(
        ctx,
        center.clerk.actor(),
        docs.extension_notice_doc(ctx, req),
        kind="extension_notice",
        case_id=case_id,
    )
    again = archive.reprint(ctx, center.clerk.actor(), first.id)
    assert again.path is not None
    text = text_of(again.path.read_bytes())
    assert "延长3个工作日" in text and "补打" in text


def test_failing_archive_dir_records_nothing(
    ctx: ServiceContext, center: SmallCenter, tmp_path: Path
) -> None:
    case_id = _accepted(ctx, center)
    doc = docs.receipt_doc(ctx, case_id)
    before = _counts(ctx)
    with pytest.raises(ArchiveError, match="未设置"):
        archive.archive_document(ctx, center.clerk.actor(), doc, kind="receipt", case_id=case_id)
    blocker = tmp_path / "archive"
    blocker.write_text("not a folder")
    ctx.archive_dir = blocker
    with pytest.raises(ArchiveError, match="归档失败"):
        archive.archive_document(ctx, center.clerk.actor(), doc, kind="receipt", case_id=case_id)
    assert _counts(ctx) == before


def test_archive_checks_who_prints_and_what(
    ctx: ServiceContext, center: SmallCenter, tmp_path: Path
) -> None:
    ctx.archive_dir = tmp_path / "archive"
    ticket = tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    doc = docs.ticket_doc(ctx, ticket.id)
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        archive.archive_document(ctx, Actor.system(), doc, kind="ticket", ticket_id=ticket.id)
    with pytest.raises(InvalidInput, match="不符"):
        archive.archive_document(ctx, center.guide.actor(), doc, kind="receipt", case_id="x")
    assert _counts(ctx) == before
    view = archive.archive_document(
        ctx, center.guide.actor(), doc, kind="ticket", ticket_id=ticket.id
    )
    assert view.file_name == "2026/09/20260928-A001-ticket.pdf"
    assert archive.archived_documents(ctx, ticket_id=ticket.id) == [view]


def test_rendering_for_the_archive_writes_nothing_until_the_archive_step(
    ctx: ServiceContext, center: SmallCenter, tmp_path: Path
) -> None:
    """The two halves the UI runs apart: render (I/O pool), then keep (the writer)."""
    ctx.archive_dir = tmp_path / "archive"
    case_id = _accepted(ctx, center)
    clerk = center.clerk.actor()
    before = _counts(ctx)
    rendered = archive.render_for_archive(
        ctx, clerk, docs.receipt_doc(ctx, case_id), kind="receipt", case_id=case_id
    )
    assert _counts(ctx) == before and not ctx.archive_dir.exists()
    assert (rendered.kind, rendered.case_id, rendered.reprint) == ("receipt", case_id, False)
    view = archive.archive_rendered(ctx, clerk, rendered)
    assert _counts(ctx) == (before[0] + 1, before[1] + 1)
    assert view.path is not None and view.path.read_bytes() == rendered.pdf

    again = archive.render_reprint(ctx, clerk, view.id)
    assert _counts(ctx) == (before[0] + 1, before[1] + 1)
    assert again.reprint and "补打" in text_of(again.pdf)
    kept = archive.archive_rendered(ctx, clerk, again)
    assert kept.reprint and kept.file_name.endswith("-receipt-补打1.pdf")

"""Each document renders to a PDF whose text carries its required fields."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from clerk_app.domain.tickets import TicketKind
from clerk_app.printing import (
    ExtensionNoticeDoc,
    MaterialForm,
    MaterialLine,
    ReceiptDoc,
    RefusalDoc,
    SupplementNoticeDoc,
    SuspensionNoticeDoc,
    TicketDoc,
    render,
    render_to_file,
)
from clerk_app.printing.layout import format_cn_date
from clerk_app.printing.samples import example_documents

from ._pdf import page_sizes_mm, pdf_text, squeeze

TODAY = date(2026, 9, 30)
DOCS = example_documents(TODAY)
A4 = (210.0, 297.0)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {name: pdf_text(render(doc)) for name, doc in DOCS.items()}


def test_every_sample_kind_is_there() -> None:
    assert set(DOCS) == {
        "ticket",
        "receipt",
        "supplement_notice",
        "refusal",
        "extension_notice",
        "suspension_notice",
        "completion_notice",
        "deemed_approval_notice",
        "deemed_acceptance_notice",
        "withdrawal_notice",
        "referral_slip",
    }


@pytest.mark.parametrize("name", sorted(set(DOCS) - {"ticket"}))
def test_notices_are_a4_one_page_with_title_number_and_date(
    name: str, texts: dict[str, str]
) -> None:
    doc = DOCS[name]
    data = render(doc)
    assert data.startswith(b"%PDF")
    assert page_sizes_mm(data) == [A4]  # every sample fits one page
    text = texts[name]
    assert squeeze(doc.document_number) in text  # type: ignore[attr-defined]
    assert doc.case_number in text  # type: ignore[attr-defined]
    assert "2026年9月30日" in text  # issue date in Arabic numerals
    assert doc.agency_name in text or doc.center_name in text  # type: ignore[attr-defined]


def test_ticket(texts: dict[str, str]) -> None:
    doc = DOCS["ticket"]
    assert isinstance(doc, TicketDoc)
    data = render(doc)
    ((width, height),) = page_sizes_mm(data)
    assert width == 80.0 and 60 < height < 160
    text = texts["ticket"]
    for needle in (
        doc.center_name,
        "A023",
        squeeze(doc.item_name),
        squeeze(doc.wait_zone),
        "前面等候：7人",
        "预计等待：约25分钟",
        "取号时间：2026年9月30日09:42",
        "过号请到导服台重新取号",
    ):
        assert needle in text, needle


def test_ticket_without_estimate_and_with_priority() -> None:
    doc = replace(DOCS["ticket"], estimated_wait_minutes=None, kind=TicketKind.PRIORITY)  # type: ignore[type-var]
    text = pdf_text(render(doc))
    assert "【老弱病残孕优先】" in text and "请留意叫号" in text


def test_receipt_fields(texts: dict[str, str]) -> None:
    doc = DOCS["receipt"]
    assert isinstance(doc, ReceiptDoc)
    text = texts["receipt"]
    for needle in (
        "受理通知书",
        doc.case_number,
        doc.item_name,
        doc.item_code,
        "张建华",
        "361123********3016",  # applicant, masked
        "李敏",
        "361123********4026",  # agent, masked
        "承诺办理时限为5个工作日",
        "法定时限15个工作日",
        f"将于{format_cn_date(doc.due_date)}前办结",  # the due date as well as the limit
        f"办结期限{format_cn_date(doc.due_date)}",
        "2026年9月30日09:42",  # acceptance time
        "5号窗口",
        "王丽",
        "0793-5821234",
        "0793-12345",
        "扫码查询办理进度",
        "（盖章）",
    ):
        assert needle in text, needle
    for m in doc.materials:
        assert squeeze(m.name) in text
    assert "原件及复印件" in text and "复印件" in text


def test_receipt_qr_and_barcode_are_drawn() -> None:
    # The QR path and the barcode bars are filled rectangles in the content stream.
    reader = PdfReader(io.BytesIO(render(DOCS["receipt"])))
    content = reader.pages[0].get_contents()
    assert content is not None
    ops = content.get_data()
    assert ops.count(b" re") > 150  # QR runs + barcode bars + table cells


def test_receipt_without_agent_and_long_materials_breaks_pages() -> None:
    doc = DOCS["receipt"]
    assert isinstance(doc, ReceiptDoc)
    many = tuple(
        MaterialLine(name=f"补充证明材料第{i}项（含附件）", form=MaterialForm.COPY)
        for i in range(120)
    )
    data = render(replace(doc, agent=None, materials=many))
    sizes = page_sizes_mm(data)
    assert len(sizes) >= 2 and all(s == A4 for s in sizes)
    text = pdf_text(data)
    assert "代理人无" in text
    assert "补充证明材料第119项" in text
    assert text.count("材料名称") >= len(sizes)  # the header row repeats on each page
    assert "—2—" in text  # page numbers


def test_receipt_provisional_due_date() -> None:
    doc = replace(DOCS["receipt"], due_date_provisional=True)  # type: ignore[type-var]
    assert "节假日安排公布后如有调整" in pdf_text(render(doc))


def test_supplement_notice_lists_every_material(texts: dict[str, str]) -> None:
    doc = DOCS["supplement_notice"]
    assert isinstance(doc, SupplementNoticeDoc)
    text = texts["supplement_notice"]
    assert "补正材料一次性告知书" in text
    for line in doc.lines:
        assert squeeze(line.material) in text
        assert squeeze(line.what_to_fix) in text
    assert "缺少" in text and "需补正" in text
    assert doc.deadline is not None
    assert f"请于{format_cn_date(doc.deadline)}前" in text
    assert "申请人（签字）" in text
    assert "一次性告知" in text


def test_refusal_reasons_agency_and_rights(texts: dict[str, str]) -> None:
    doc = DOCS["refusal"]
    assert isinstance(doc, RefusalDoc)
    text = texts["refusal"]
    assert "不予受理决定书" in text
    for reason in doc.reasons:
        assert squeeze(reason).split("统一社会信用代码")[0] in text
    assert "上饶市市场监督管理局（药品监管科）" in text
    assert (
        "如不服本决定，可以自收到本决定书之日起六十日内向青山县人民政府申请行政复议，"
        "或者在六个月内依法向青山县人民法院提起行政诉讼。"
    ) in text
    assert "（盖章）" in text
    assert "913611********QK29" in text  # the company's code, masked


def test_refusal_without_competent_agency() -> None:
    doc = replace(DOCS["refusal"], competent_agency="", legal_basis="")  # type: ignore[type-var]
    text = pdf_text(render(doc))
    assert "不属于本机关职权范围" not in text
    assert "申请行政复议" in text


def test_extension_notice(texts: dict[str, str]) -> None:
    doc = DOCS["extension_notice"]
    assert isinstance(doc, ExtensionNoticeDoc)
    text = texts["extension_notice"]
    for needle in (
        "延期告知书",
        "原定于2026年9月30日前办结",
        "消防安全条件核查",
        "延长10个工作日",
        f"将于{format_cn_date(doc.new_due_date)}前办结",
        "副局长陈国强",
        "批准日期：2026年9月29日",
    ):
        assert needle in text, needle


def test_suspension_notice(texts: dict[str, str]) -> None:
    doc = DOCS["suspension_notice"]
    assert isinstance(doc, SuspensionNoticeDoc) and doc.expected_end_date is not None
    text = texts["suspension_notice"]
    for needle in (
        "特别程序告知书",
        "专家评审",
        "预计需要15个工作日",
        f"预计于{format_cn_date(doc.expected_end_date)}结束",
        "不计算在办理时限内",
    ):
        assert needle in text, needle


def test_completion_notice(texts: dict[str, str]) -> None:
    text = texts["completion_notice"]
    for needle in (
        "办结通知书",
        "已于2026年9月30日办结",
        "准予登记",
        "营业执照",
        "承诺期限",
        "领取方式",
    ):
        assert needle in text, needle


def test_completion_notice_late() -> None:
    doc = replace(DOCS["completion_notice"], due_date=date(2026, 9, 29))  # type: ignore[type-var]
    assert "超出承诺期限" in pdf_text(render(doc))


def test_deemed_approval_notice(texts: dict[str, str]) -> None:
    text = texts["deemed_approval_notice"]
    for needle in (
        "超时默认通知书",
        "本机关未在承诺办理时限（5个工作日）内作出决定，该时限已于2026年9月27日届满",
        "自2026年9月28日起视为准予登记",  # the day after the due date
        "《青山县行政审批超时默认办理暂行办法》（青府办发〔2025〕18号）第六条",
        "2个工作日内",
    ):
        assert needle in text, needle
    assert "本中心" not in text  # the deciding agency speaks


def test_deemed_acceptance_notice_is_not_a_receipt(texts: dict[str, str]) -> None:
    text = texts["deemed_acceptance_notice"]
    for needle in (
        "视为受理通知书",
        "第三十二条第一款第（四）项",
        "自收到申请材料之日（2026年9月21日）起即为受理",
        "共1项，事项目录所列材料6项",
        "2026年9月30日",  # issued the day it was printed, not backdated
    ):
        assert needle in text, needle
    assert "材料齐全" not in text and "决定予以受理" not in text


def test_withdrawal_notice(texts: dict[str, str]) -> None:
    text = texts["withdrawal_notice"]
    for needle in ("视为撤回申请告知书", "青市监补字〔2026〕第0021号", "2026年9月27日前补正"):
        assert needle in text, needle


def test_referral_slip(texts: dict[str, str]) -> None:
    text = texts["referral_slip"]
    for needle in (
        "转办引导单",
        "青山县不动产登记中心",
        "县政务服务中心三楼不动产登记专区",
        "12号至15号窗口",
        "首问负责人：刘晓燕（工号0203）",
        "0793-5821001",
        "不动产权证书原件",
    ):
        assert needle in text, needle


@pytest.mark.parametrize("name", sorted(DOCS))
def test_reprint_is_marked(name: str, texts: dict[str, str]) -> None:
    assert "补打" not in texts[name]
    assert "补打" in pdf_text(render(DOCS[name], reprint=True))


def test_render_to_file_writes_whole_pdf(tmp_path: Path) -> None:
    target = render_to_file(DOCS["receipt"], tmp_path / "archive" / "receipt.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == ["receipt.pdf"]


def test_unknown_document_type() -> None:
    with pytest.raises(TypeError):
        render(object())


def test_metadata_names_the_document() -> None:
    reader = PdfReader(io.BytesIO(render(DOCS["receipt"])))
    assert reader.metadata is not None
    assert reader.metadata.title == "受理通知书 SL361123202600012"

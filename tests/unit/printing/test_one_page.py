"""Every receipt and notice fits one page with its seal and date, from edge-case data:
25 materials, six materials with the provisional-calendar note, long agency and applicant
names; no line begins with closing punctuation and no date or case number is split."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from clerk_app.printing import (
    MaterialForm,
    MaterialLine,
    Party,
    Problem,
    ReceiptDoc,
    SupplementLine,
    SupplementNoticeDoc,
    render,
)
from clerk_app.printing.layout import NO_LINE_START, format_cn_date
from clerk_app.printing.samples import example_documents

from ._pdf import text_lines

TODAY = date(2026, 12, 3)
DOCS = example_documents(TODAY)
LONG_AGENCY = "青山县自然资源和规划局（青山县不动产登记中心）"
LONG_APPLICANT = Party(
    name="青山县绿源生态农业综合开发专业合作社联合社有限责任公司", id_number="91361123MA38B6QK29"
)
NAMES = (
    "个体工商户登记（备案）申请书",
    "经营者身份证明",
    "经营场所使用证明（房屋产权证明或租赁合同）",
    "授权委托书及受托人身份证件",
    "从业人员健康证明",
    "食品安全管理制度文本",
    "设备布局和工艺流程图",
)


def materials(n: int) -> tuple[MaterialLine, ...]:
    forms = (MaterialForm.ORIGINAL, MaterialForm.ORIGINAL_AND_COPY, MaterialForm.COPY)
    return tuple(
        MaterialLine(
            name=NAMES[i % len(NAMES)] + ("（加盖公章）" if i % 4 == 3 else ""),
            form=forms[i % 3],
            count=1 + i % 2,
            note="原件1份、复印件2份" if i % 6 == 5 else "",
        )
        for i in range(n)
    )


def long_names(doc: object) -> object:
    return replace(doc, agency_name=LONG_AGENCY, applicant=LONG_APPLICANT)  # type: ignore[type-var]


def edge_cases() -> dict[str, object]:
    receipt = DOCS["receipt"]
    assert isinstance(receipt, ReceiptDoc)
    supplement = DOCS["supplement_notice"]
    assert isinstance(supplement, SupplementNoticeDoc)
    cases: dict[str, object] = {
        "receipt-25": replace(receipt, materials=materials(25), due_date_provisional=True),
        "receipt-25-long": long_names(replace(receipt, materials=materials(25))),
        "receipt-6-provisional": replace(
            receipt, materials=materials(6), due_date_provisional=True
        ),
        "receipt-10": replace(receipt, materials=materials(10), due_date_provisional=True),
        "supplement-12": long_names(
            replace(
                supplement,
                lines=tuple(
                    SupplementLine(
                        material=m.name,
                        problem=Problem.MISSING if i % 2 else Problem.DEFICIENT,
                        what_to_fix="请提交原件1份、复印件1份（须加盖单位公章并注明“与原件一致”）",
                    )
                    for i, m in enumerate(materials(12))
                ),
            )
        ),
    }
    for name, doc in DOCS.items():
        if name != "ticket":
            cases[f"{name}-long"] = long_names(doc)
    return cases


CASES = edge_cases()


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_page_with_the_seal_beside_the_last_line(name: str) -> None:
    doc = CASES[name]
    lines = text_lines(render(doc))  # type: ignore[arg-type]
    assert {page for page, *_ in lines} == {1}, "the whole document stands on one page"
    issued = format_cn_date(doc.issue_date)  # type: ignore[attr-defined]
    (date_y,) = [y for _p, _x, y, text in lines if text == issued]
    body = [y for _p, _x, y, text in lines if y > date_y]
    assert body, "the body's text stands above the date on the same page"


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_line_starts_with_closing_punctuation_or_splits_a_date(name: str) -> None:
    doc = CASES[name]
    lines = [text for *_, text in text_lines(render(doc))]  # type: ignore[arg-type]
    lines = [text for text in lines if not re.fullmatch(r"—\s*\d+\s*—", text)]  # page number
    for text in lines:
        assert text[0] not in NO_LINE_START, text
        assert not re.search(r"\d{4}年\d{1,2}$|\d{4}年$|^\d{1,2}月\d{1,2}日|^\d{1,2}日", text), text
    number = doc.case_number  # type: ignore[attr-defined]
    assert any(number in text for text in lines), "the case number stands whole on a line"
    signer = doc.center_name if name.startswith("referral") else doc.agency_name  # type: ignore[attr-defined]
    head, _, _ = signer.partition("（")
    assert any(head in text for text in lines), "the agency's name is not split"


def test_ticket_names_the_item_and_where_to_wait_with_wrapped_lines_indented() -> None:
    from clerk_app.printing import TicketDoc

    ticket = DOCS["ticket"]
    assert isinstance(ticket, TicketDoc)
    doc = replace(
        ticket,
        queue_name="不动产登记综合窗口（一窗受理）",
        item_name="国有建设用地使用权及房屋所有权转移登记（二手房买卖）",
        wait_zone="三楼不动产登记专区东侧候号区",
    )
    lines = text_lines(render(doc))
    assert {page for page, *_ in lines} == {1}
    texts = [text for *_, text in lines]
    assert not any(re.search(r"（[^）]*（", text) for text in texts), "no nested parentheses"
    (first,) = [(x, y) for _p, x, y, text in lines if text.startswith("办理事项：")]
    follow = [x for _p, x, y, _t in lines if first[1] - 20 < y < first[1]]
    assert follow and all(x > first[0] + 30 for x in follow), "wrapped lines start under the value"
    assert any(text.startswith("候号区域：三楼不动产登记专区") for text in texts)

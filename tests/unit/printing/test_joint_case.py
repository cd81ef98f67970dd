"""A joint case (并联审批) with six departments: its receipt, extension notice (approved by
the county government's leader, with the approval's document number) and completion notice
each stand on one page with the seal and date beside the body's last line; no line begins
with closing punctuation and no date or case number is split."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from clerk_app.printing import (
    CompletionNoticeDoc,
    ExtensionNoticeDoc,
    MaterialForm,
    MaterialLine,
    ReceiptDoc,
    render,
)
from clerk_app.printing.layout import NO_LINE_START, format_cn_date
from clerk_app.printing.samples import example_documents

from ._pdf import text_lines

TODAY = date(2026, 12, 3)
DOCS = example_documents(TODAY)
LEAD = "青山县发展和改革委员会（青山县重点项目建设服务中心）"
DEPARTMENTS = (
    "青山县发展和改革委员会",
    "青山县自然资源和规划局",
    "上饶市青山生态环境局",
    "青山县住房和城乡建设局",
    "青山县应急管理局",
    "青山县消防救援大队",
)
ITEM = "企业投资建设项目开工前并联审批（" + "、".join(d[3:] for d in DEPARTMENTS) + "）"
CASE_NUMBER = "LB20261203000017"


def _joint(doc: object) -> object:
    return replace(  # type: ignore[type-var]
        doc, agency_name=LEAD, item_name=ITEM, case_number=CASE_NUMBER
    )


def joint_documents() -> dict[str, object]:
    receipt, extension, completion = (
        DOCS["receipt"],
        DOCS["extension_notice"],
        DOCS["completion_notice"],
    )
    assert isinstance(receipt, ReceiptDoc)
    assert isinstance(extension, ExtensionNoticeDoc)
    assert isinstance(completion, CompletionNoticeDoc)
    # each department asks for its own materials: two apiece
    materials = tuple(
        MaterialLine(name=f"{d}审查所需{kind}", form=form, count=1 + i % 2)
        for i, d in enumerate(DEPARTMENTS)
        for kind, form in (
            ("申请表（加盖公章）", MaterialForm.ORIGINAL),
            ("技术文件", MaterialForm.ORIGINAL_AND_COPY),
        )
    )
    return {
        "receipt": _joint(
            replace(receipt, materials=materials, promised_days=20, due_date_provisional=True)
        ),
        "extension": _joint(
            replace(
                extension,
                extension_days=15,
                new_due_date=extension.original_due_date + timedelta(days=21),
                reason="项目涉及" + "、".join(DEPARTMENTS) + "六个部门联合现场踏勘，"
                "需组织专家对环境影响和消防设计进行联合评审",
                county_approver="青山县人民政府副县长 王建华",
                county_document="青府办函〔2026〕第112号",
            )
        ),
        "completion": _joint(
            replace(
                completion,
                result="准予许可",
                result_document="、".join(f"{d}出具的审批文件" for d in DEPARTMENTS),
            )
        ),
    }


JOINT = joint_documents()


@pytest.mark.parametrize("name", sorted(JOINT))
def test_joint_document_is_one_page_with_the_seal_beside_the_last_line(name: str) -> None:
    doc = JOINT[name]
    lines = text_lines(render(doc))  # type: ignore[arg-type]
    assert {page for page, *_ in lines} == {1}, "the whole document stands on one page"
    issued = format_cn_date(doc.issue_date)  # type: ignore[attr-defined]
    (date_y,) = [y for _p, _x, y, text in lines if text == issued]
    assert [y for _p, _x, y, _t in lines if y > date_y], "the body stands above the date"


@pytest.mark.parametrize("name", sorted(JOINT))
def test_joint_document_keeps_dates_numbers_and_names_whole(name: str) -> None:
    doc = JOINT[name]
    lines = [text for *_, text in text_lines(render(doc))]  # type: ignore[arg-type]
    lines = [text for text in lines if not re.fullmatch(r"—\s*\d+\s*—", text)]
    for text in lines:
        assert text[0] not in NO_LINE_START, text
        assert not re.search(r"\d{4}年\d{1,2}$|\d{4}年$|^\d{1,2}月\d{1,2}日|^\d{1,2}日", text), text
    assert any(CASE_NUMBER in text for text in lines), "the case number stands whole"
    assert any("青山县发展和改革委员会" in text for text in lines), "the lead agency is whole"


def test_joint_extension_names_the_county_leader_and_the_approval_number() -> None:
    lines = "".join(text for *_, text in text_lines(render(JOINT["extension"])))  # type: ignore[arg-type]
    assert "王建华" in lines
    assert "青府办函〔2026〕第112号" in lines

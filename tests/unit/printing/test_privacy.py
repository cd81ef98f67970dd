"""A full identity number never reaches paper, wherever it hides in the data."""

from __future__ import annotations

import io
from dataclasses import fields, replace
from datetime import date
from enum import Enum

import pytest
from pypdf import PdfReader

from clerk_app.printing import IdKind, Party, render
from clerk_app.printing.masking import mask_party_id, redact
from clerk_app.printing.samples import AGENT_ID, APPLICANT_ID, COMPANY_USCC, example_documents

from ._pdf import pdf_text

DOCS = example_documents(date(2026, 9, 30))
FULL_NUMBERS = (APPLICANT_ID, AGENT_ID, COMPANY_USCC)


def _smuggle(doc: object) -> object:
    """Put the full ID number into every free-text field of ``doc``."""
    changes: dict[str, object] = {}
    for f in fields(doc):  # type: ignore[arg-type]
        value = getattr(doc, f.name)
        if f.name in {"case_number", "ticket_number"}:
            continue
        if isinstance(value, Enum):
            continue  # a code, not free text
        if isinstance(value, str):
            changes[f.name] = f"{value}（证件号{APPLICANT_ID}）"
        elif isinstance(value, tuple) and value and isinstance(value[0], str):
            changes[f.name] = (*value, f"身份证{APPLICANT_ID}")
    return replace(doc, **changes)  # type: ignore[type-var]


def _everything(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return pdf_text(data) + meta


@pytest.mark.parametrize("name", sorted(DOCS))
@pytest.mark.parametrize("reprint", [False, True])
def test_no_full_id_number_in_any_document(name: str, reprint: bool) -> None:
    for doc in (DOCS[name], _smuggle(DOCS[name])):
        text = _everything(render(doc, reprint=reprint))
        for number in FULL_NUMBERS:
            assert number not in text


def test_smuggled_number_is_shown_masked() -> None:
    text = pdf_text(render(_smuggle(DOCS["completion_notice"])))
    assert "361123********3016" in text


@pytest.mark.parametrize(
    ("party", "shown"),
    [
        (Party(name="张三", id_number="361123198506123016"), "361123********3016"),
        (
            Party(name="某公司", id_number="91361123MA38B6QK29", id_kind=IdKind.USCC),
            "913611********QK29",
        ),
        (Party(name="某人", id_number="E12345678", id_kind=IdKind.OTHER), "E1*****78"),
        (Party(name="某人"), ""),
    ],
)
def test_mask_party_id(party: Party, shown: str) -> None:
    assert mask_party_id(party) == shown


def test_redact_masks_ids_and_valid_credit_codes_only() -> None:
    assert redact("号码361123198506123016。") == "号码361123********3016。"
    assert redact("号码36112319850612301x") == "号码361123********301X"
    assert redact("代码91361123MA38B6QK29") == "代码913611********QK29"
    # an 18-digit number that is neither a date-shaped ID nor a valid credit code stays
    assert redact("编号123456789012345670") == "编号123456789012345670"
    assert redact("编号SL361123202600012") == "编号SL361123202600012"
    assert redact("361123198506123016", keep={"361123198506123016"}) == "361123198506123016"

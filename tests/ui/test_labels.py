"""One registry of labels: complete in Chinese and English, and in step with the printed words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from enum import Enum

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clerk_app import printing
from clerk_app.domain.cases import CaseState, Decision, ItemKind, RefusalGround, SuspensionReason
from clerk_app.domain.metrics import ON_SITE_TARGET, ON_TIME_TARGET
from clerk_app.domain.tickets import TicketKind
from clerk_app.printing import templates
from clerk_app.printing.documents import TicketDoc
from clerk_app.printing.samples import example_documents
from clerk_app.services.archive import KINDS
from clerk_app.services.context import ROLE_NAMES, Role
from clerk_app.ui.common import labels
from clerk_app.ui.i18n import install_translators, remove_translators
from clerk_app.ui.supervision import oversight_model
from clerk_app.ui.supervision.oversight_model import PerformanceModel
from tests.ui.conftest import pdf_text

MEMBERS = [m for enum in labels.REGISTRY for m in enum]  # type: ignore[attr-defined]
CODES = [(code, name) for codes, name in labels.CODE_FAMILIES.items() for code in codes]


def _han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_a_chinese_label(qapp: QApplication, member: Enum) -> None:
    text = labels.label(member)
    assert text and _han(text)


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_an_english_label(english: None, member: Enum) -> None:
    text = labels.label(member)
    assert text and not _han(text), text


@pytest.mark.parametrize(("code", "name"), CODES, ids=lambda c: getattr(c, "__name__", c))
def test_every_string_code_has_a_label_in_both_languages(
    qapp: QApplication, code: str, name: object
) -> None:
    chinese = name(code)  # type: ignore[operator]
    assert chinese != code and _han(chinese)
    translators = install_translators(qapp, "en")
    try:
        english = name(code)  # type: ignore[operator]
    finally:
        remove_translators(qapp, translators)
    assert english != code and not _han(english), english


def test_the_document_kinds_are_those_the_archive_knows() -> None:
    assert set(labels.DOCUMENT_KINDS) == set(KINDS)


def test_the_printed_ticket_and_the_screen_name_a_priority_ticket_alike(qapp: QApplication) -> None:
    for kind in TicketKind:
        if kind is not TicketKind.NORMAL:
            assert templates.TICKET_KIND_MARKS[kind] == labels.kind_label(kind)
    assert templates.TICKET_KIND_MARKS[TicketKind.NORMAL] == ""
    ticket = example_documents(date(2026, 9, 30))["ticket"]
    assert isinstance(ticket, TicketDoc)
    text = pdf_text(printing.render(replace(ticket, kind=TicketKind.PRIORITY)))
    assert labels.kind_label(TicketKind.PRIORITY) == "老弱病残孕优先"
    assert f"【{labels.kind_label(TicketKind.PRIORITY)}】" in text


def test_printed_words_for_codes_agree_with_the_screen(qapp: QApplication) -> None:
    for cause, words in templates.ACCOUNTABILITY_CAUSES.items():
        assert labels.accountability_cause_label(cause) == words
    for status, words in templates.RECORD_STATUSES.items():
        assert labels.record_status_label(status) == words
    for state, words in templates.CASE_STATE_NAMES.items():
        assert labels.case_state_label(CaseState(state)) == words
    for enum in (ItemKind, Decision, RefusalGround, SuspensionReason):
        for member in enum:
            assert labels.label(member) == member.label  # the wording of the documents


def test_permission_messages_name_roles_as_the_screen_does(qapp: QApplication) -> None:
    assert {r: labels.role_label(r) for r in Role} == ROLE_NAMES


def _header(model: PerformanceModel, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal))


def test_rate_headers_show_the_targets_of_the_metrics(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = PerformanceModel()
    assert labels.target_text(ON_SITE_TARGET) == "90%"
    assert labels.target_text(ON_TIME_TARGET) == "99%"
    assert _header(model, PerformanceModel.COL_ON_SITE_RATE) == "现场办结率（目标≥90%）"
    assert _header(model, PerformanceModel.COL_ON_TIME_RATE) == "按时办结率（目标≥99%）"
    monkeypatch.setattr(oversight_model, "ON_SITE_TARGET", 0.85)
    monkeypatch.setattr(oversight_model, "ON_TIME_TARGET", 0.995)
    moved = PerformanceModel()
    assert _header(moved, PerformanceModel.COL_ON_SITE_RATE) == "现场办结率（目标≥85%）"
    assert _header(moved, PerformanceModel.COL_ON_TIME_RATE) == "按时办结率（目标≥99.5%）"

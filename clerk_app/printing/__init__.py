"""Printed documents: plain data in, PDF bytes out (reportlab; no widgets, no session).

>>> pdf = render(doc)                 # bytes
>>> render_to_file(doc, "a.pdf", reprint=True)   # stamps 补打
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

from clerk_app.files import write_atomic
from clerk_app.printing.documents import (
    AdjustmentNoticeDoc,
    AdjustmentRow,
    CatalogueRow,
    CatalogueTableDoc,
    CompletionNoticeDoc,
    DeemedAcceptanceNoticeDoc,
    DeemedApprovalNoticeDoc,
    Document,
    ExtensionNoticeDoc,
    GuideMaterial,
    IdKind,
    ItemGuideDoc,
    MaterialForm,
    MaterialLine,
    NoticeHeader,
    Party,
    Problem,
    ReceiptDoc,
    ReferralSlipDoc,
    RefusalDoc,
    SupplementLine,
    SupplementNoticeDoc,
    SuspensionNoticeDoc,
    TicketDoc,
    WithdrawalNoticeDoc,
)
from clerk_app.printing.report_docs import BulletinDoc, PerformanceReportDoc, ScoreReportDoc

#: Everything the templates can print: the documents of a case or a ticket, the reports,
#: the 通报 of an inspection and the published guide.
Printable = (
    Document
    | PerformanceReportDoc
    | BulletinDoc
    | ScoreReportDoc
    | ItemGuideDoc
    | CatalogueTableDoc
    | AdjustmentNoticeDoc
)

__all__ = [
    "AdjustmentNoticeDoc",
    "AdjustmentRow",
    "BulletinDoc",
    "CatalogueRow",
    "CatalogueTableDoc",
    "CompletionNoticeDoc",
    "DeemedAcceptanceNoticeDoc",
    "DeemedApprovalNoticeDoc",
    "Document",
    "ExtensionNoticeDoc",
    "GuideMaterial",
    "IdKind",
    "ItemGuideDoc",
    "MaterialForm",
    "MaterialLine",
    "NoticeHeader",
    "Party",
    "PerformanceReportDoc",
    "Printable",
    "Problem",
    "ReceiptDoc",
    "ReferralSlipDoc",
    "RefusalDoc",
    "ScoreReportDoc",
    "SupplementLine",
    "SupplementNoticeDoc",
    "SuspensionNoticeDoc",
    "TicketDoc",
    "WithdrawalNoticeDoc",
    "prepare",
    "render",
    "render_to_file",
]


@functools.cache
def _renderers() -> dict[type, Callable[..., bytes]]:
    """The templates, imported with the first document rendered: they load reportlab
    (~0.15 s), which the start of the program need not wait for."""
    from clerk_app.printing.bulletin import render_bulletin
    from clerk_app.printing.guide import (
        render_adjustment_notice,
        render_catalogue_table,
        render_item_guide,
    )
    from clerk_app.printing.notices import (
        render_completion,
        render_deemed_acceptance,
        render_deemed_approval,
        render_extension,
        render_referral,
        render_refusal,
        render_supplement,
        render_suspension,
        render_withdrawal,
    )
    from clerk_app.printing.receipt import render_receipt
    from clerk_app.printing.report import render_performance_report
    from clerk_app.printing.score_report import render_score_report
    from clerk_app.printing.ticket import render_ticket

    return {
        TicketDoc: render_ticket,
        ReceiptDoc: render_receipt,
        SupplementNoticeDoc: render_supplement,
        RefusalDoc: render_refusal,
        ExtensionNoticeDoc: render_extension,
        SuspensionNoticeDoc: render_suspension,
        CompletionNoticeDoc: render_completion,
        DeemedApprovalNoticeDoc: render_deemed_approval,
        DeemedAcceptanceNoticeDoc: render_deemed_acceptance,
        WithdrawalNoticeDoc: render_withdrawal,
        ReferralSlipDoc: render_referral,
        PerformanceReportDoc: render_performance_report,
        BulletinDoc: render_bulletin,
        ScoreReportDoc: render_score_report,
        ItemGuideDoc: render_item_guide,
        CatalogueTableDoc: render_catalogue_table,
        AdjustmentNoticeDoc: render_adjustment_notice,
    }


def prepare() -> None:
    """Load the templates and register the fonts now (any thread), so that the first
    document printed does not wait for them."""
    from clerk_app.printing.fonts import get_fonts

    _renderers()
    get_fonts()


def render(doc: Printable, *, reprint: bool = False) -> bytes:
    """The PDF of ``doc``; ``reprint=True`` stamps 补打 on every page."""
    try:
        renderer = _renderers()[type(doc)]
    except KeyError:
        raise TypeError(f"no printed template for {type(doc).__name__}") from None
    return renderer(doc, reprint=reprint)


def render_to_file(doc: Printable, path: str | os.PathLike[str], *, reprint: bool = False) -> Path:
    """Render and write atomically (temporary file + rename): an archived PDF is whole."""
    return write_atomic(Path(path), render(doc, reprint=reprint))

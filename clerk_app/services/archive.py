"""Printed documents kept as PDF with their case (归档), and reprints marked 补打.

Archiving is two steps: :func:`render_for_archive` checks and renders (reads only: the
UI runs it on the I/O pool), :func:`archive_rendered` writes (the UI queues it on the single
writer). The PDF is written (atomically) before the transaction, so the database never
waits on reportlab or the disk; the "document.archived" event then records the
file name and its sha256. A failed write records nothing; a failed transaction removes
the file it had just written.

Files: ``archive_dir/YYYY/MM/<case number or ticket>-<kind>[-补打N].pdf`` (the month of
printing); a second original of the same kind gets ``-2``, ``-3``…
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_app.domain.clock import to_local
from clerk_app.domain.errors import ClerkError, InvalidInput
from clerk_app.files import write_new
from clerk_app.printing import render
from clerk_app.printing.documents import (
    CompletionNoticeDoc,
    DeemedAcceptanceNoticeDoc,
    DeemedApprovalNoticeDoc,
    Document,
    ExtensionNoticeDoc,
    ReceiptDoc,
    ReferralSlipDoc,
    RefusalDoc,
    SupplementNoticeDoc,
    SuspensionNoticeDoc,
    TicketDoc,
    WithdrawalNoticeDoc,
)
from clerk_app.services import documents as builders
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.store.models import ArchivedDocument, Case, ExtensionRequest, Referral, Staff, Ticket

PRINTERS = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR, Role.LEADER)
REPRINT_MARK = "补打"


class ArchiveError(ClerkError):
    """The archive folder is not configured or cannot be written."""

    code = "archive_failed"


@dataclass(frozen=True)
class DocumentKind:
    code: str
    label: str
    doc_type: type[Any]


KINDS: dict[str, DocumentKind] = {
    k.code: k
    for k in (
        DocumentKind("ticket", "排队号", TicketDoc),
        DocumentKind("receipt", "受理通知书", ReceiptDoc),
        DocumentKind("supplement_notice", "补正材料一次性告知书", SupplementNoticeDoc),
        DocumentKind("refusal", "不予受理决定书", RefusalDoc),
        DocumentKind("extension_notice", "延期告知书", ExtensionNoticeDoc),
        DocumentKind("suspension_notice", "特别程序告知书", SuspensionNoticeDoc),
        DocumentKind("completion_notice", "办结通知书", CompletionNoticeDoc),
        DocumentKind("deemed_approval_notice", "超时默认通知书", DeemedApprovalNoticeDoc),
        DocumentKind("deemed_acceptance_notice", "视为受理通知书", DeemedAcceptanceNoticeDoc),
        DocumentKind("withdrawal_notice", "视为撤回申请告知书", WithdrawalNoticeDoc),
        DocumentKind("referral_slip", "转办引导单", ReferralSlipDoc),
    )
}


#: The document classes the archive keeps (the published guide is printed, not archived).
ARCHIVABLE = tuple(k.doc_type for k in KINDS.values())


@dataclass(frozen=True)
class ArchivedView:
    id: str
    kind: str
    kind_label: str
    case_id: str | None
    ticket_id: str | None
    referral_id: str | None
    file_name: str  # relative to the archive folder, with "/" separators
    path: Path | None  # absolute, when the archive folder is configured
    sha256: str
    printed_at: datetime
    printed_by: str
    printed_by_name: str
    reprint: bool


@dataclass(frozen=True)
class RenderedDocument:
    """A document rendered for the archive, not yet kept: what :func:`archive_rendered`
    writes. Rendering is slow and reads only, so it runs apart from the single writer."""

    kind: str
    case_id: str | None
    ticket_id: str | None
    referral_id: str | None
    reprint: bool
    pdf: bytes


def render_for_archive(
    ctx: ServiceContext,
    actor: Actor,
    doc: Document,
    *,
    kind: str,
    case_id: str | None = None,
    ticket_id: str | None = None,
    referral_id: str | None = None,
    reprint: bool = False,
) -> RenderedDocument:
    """Check that ``doc`` may be archived by ``actor`` and render its PDF (no writes)."""
    _check_printer(actor)
    spec = KINDS.get(kind)
    if spec is None:
        raise InvalidInput(f"未知的文书种类：{kind}")
    if not isinstance(doc, spec.doc_type):
        raise InvalidInput(f"文书内容与种类“{spec.label}”不符")
    if (case_id, ticket_id, referral_id) == (None, None, None):
        raise InvalidInput("归档文书须关联办件、号票或转办记录")
    _archive_root(ctx)
    pdf = render(doc, reprint=reprint)
    return RenderedDocument(kind, case_id, ticket_id, referral_id, reprint, pdf)


def archive_rendered(ctx: ServiceContext, actor: Actor, rendered: RenderedDocument) -> ArchivedView:
    """Keep the PDF in the archive folder and record it with its hash (a write: the
    single writer runs it)."""
    _check_printer(actor)
    root = _archive_root(ctx)
    kind, case_id, ticket_id, referral_id = (
        rendered.kind,
        rendered.case_id,
        rendered.ticket_id,
        rendered.referral_id,
    )
    with ctx.db.read_sessions() as s:
        subject = _subject_name(s, case_id, ticket_id, referral_id)
        count = _count(s, kind, case_id, ticket_id, referral_id, reprint=rendered.reprint)
    digest = hashlib.sha256(rendered.pdf).hexdigest()
    today = ctx.today()
    folder = PurePosixPath(f"{today:%Y}", f"{today:%m}")
    stem = f"{subject}-{kind}" + (f"-{REPRINT_MARK}{count + 1}" if rendered.reprint else "")
    relative, target = _write(root, folder, stem, rendered.pdf)
    try:
        with ctx.unit_of_work(actor) as uow:
            archived_id = new_id()
            uow.emit(
                "document.archived",
                dict(
                    id=archived_id,
                    kind=kind,
                    case_id=case_id,
                    ticket_id=ticket_id,
                    referral_id=referral_id,
                    file_name=relative,
                    sha256=digest,
                    reprint=rendered.reprint,
                    printed_at=uow.now,
                ),
            )
            row = uow.session.get(ArchivedDocument, archived_id)
            assert row is not None
            return _view(uow.session, row, root)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def archive_document(
    ctx: ServiceContext,
    actor: Actor,
    doc: Document,
    *,
    kind: str,
    case_id: str | None = None,
    ticket_id: str | None = None,
    referral_id: str | None = None,
    reprint: bool = False,
) -> ArchivedView:
    """Render ``doc``, keep the PDF in the archive folder and record it with its hash
    (:func:`render_for_archive` then :func:`archive_rendered`, on one thread)."""
    rendered = render_for_archive(
        ctx,
        actor,
        doc,
        kind=kind,
        case_id=case_id,
        ticket_id=ticket_id,
        referral_id=referral_id,
        reprint=reprint,
    )
    return archive_rendered(ctx, actor, rendered)


def _check_printer(actor: Actor) -> None:
    require_role(actor, *PRINTERS, action="打印归档文书")
    if actor.staff_id is None:
        raise PermissionDenied("须由登录的工作人员打印归档文书")


def _archive_root(ctx: ServiceContext) -> Path:
    if ctx.archive_dir is None:
        raise ArchiveError("未设置文书归档目录，文书未归档；请在设置中指定归档目录")
    return ctx.archive_dir


@applier("document.archived")
def _archived(s: Session, e: EventData) -> None:
    if e.text("kind") not in KINDS:
        raise InvalidInput(f"未知的文书种类：{e.text('kind')}")
    s.add(
        ArchivedDocument(
            id=e.text("id"),
            case_id=e.optional_text("case_id"),
            ticket_id=e.optional_text("ticket_id"),
            referral_id=e.optional_text("referral_id"),
            kind=e.text("kind"),
            file_name=e.text("file_name"),
            sha256=e.text("sha256"),
            printed_at=e.moment("printed_at"),
            printed_by=e.actor_id,
            reprint=e.flag("reprint"),
        )
    )


def archived_documents(
    ctx: ServiceContext,
    case_id: str | None = None,
    *,
    ticket_id: str | None = None,
    referral_id: str | None = None,
) -> list[ArchivedView]:
    """The documents printed for a case (or a ticket, a referral), oldest first."""
    with ctx.db.read_sessions() as s:
        query = select(ArchivedDocument).order_by(ArchivedDocument.printed_at)
        if case_id is not None:
            query = query.where(ArchivedDocument.case_id == case_id)
        if ticket_id is not None:
            query = query.where(ArchivedDocument.ticket_id == ticket_id)
        if referral_id is not None:
            query = query.where(ArchivedDocument.referral_id == referral_id)
        return [_view(s, row, ctx.archive_dir) for row in s.scalars(query)]


def render_reprint(ctx: ServiceContext, actor: Actor, archived_id: str) -> RenderedDocument:
    """补打, the reading half: the same document rebuilt from the current data, rendered
    with the 补打 stamp (no writes; :func:`archive_rendered` keeps it)."""
    with ctx.db.read_sessions() as s:
        row = s.get(ArchivedDocument, archived_id)
        if row is None:
            raise NotFound("找不到该归档文书")
        kind, case_id, ticket_id, referral_id = (
            row.kind,
            row.case_id,
            row.ticket_id,
            row.referral_id,
        )
        source = _source_id(s, row)
    doc = BUILDERS[kind](ctx, source)
    return render_for_archive(
        ctx,
        actor,
        doc,
        kind=kind,
        case_id=case_id,
        ticket_id=ticket_id,
        referral_id=referral_id,
        reprint=True,
    )


def reprint(ctx: ServiceContext, actor: Actor, archived_id: str) -> ArchivedView:
    """补打: the same document rebuilt from the current data, stamped and archived anew."""
    return archive_rendered(ctx, actor, render_reprint(ctx, actor, archived_id))


BUILDERS: dict[str, Callable[[ServiceContext, str], Document]] = {
    "ticket": builders.ticket_doc,
    "receipt": builders.receipt_doc,
    "supplement_notice": builders.supplement_notice_doc,
    "refusal": builders.refusal_doc,
    "extension_notice": builders.extension_notice_doc,
    "suspension_notice": builders.suspension_notice_doc,
    "completion_notice": builders.completion_notice_doc,
    "deemed_approval_notice": builders.deemed_approval_notice_doc,
    "deemed_acceptance_notice": builders.deemed_acceptance_notice_doc,
    "withdrawal_notice": builders.withdrawal_notice_doc,
    "referral_slip": builders.referral_slip_doc,
}


def _source_id(s: Session, row: ArchivedDocument) -> str:
    """The id the builder of that kind takes."""
    if row.kind == "ticket" and row.ticket_id:
        return row.ticket_id
    if row.kind == "referral_slip" and row.referral_id:
        return row.referral_id
    if row.case_id is None:
        raise NotFound("归档记录缺少关联的办件，无法补打")
    if row.kind == "extension_notice":
        # The extension approved last before the original was printed.
        approved = select(ExtensionRequest.id).where(
            ExtensionRequest.case_id == row.case_id, ExtensionRequest.status == "approved"
        )
        found = s.scalar(
            approved.where(ExtensionRequest.decided_at <= row.printed_at)
            .order_by(ExtensionRequest.decided_at.desc())
            .limit(1)
        ) or s.scalar(approved.order_by(ExtensionRequest.decided_at.desc()).limit(1))
        if found is None:
            raise NotFound("该办件没有已批准的延期申请，无法补打延期告知书")
        return found
    return row.case_id


def _subject_name(
    s: Session, case_id: str | None, ticket_id: str | None, referral_id: str | None
) -> str:
    if case_id is not None:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("找不到该办件")
        return case.case_no
    if ticket_id is not None:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound("找不到该号票")
        return f"{ticket.service_day:%Y%m%d}-{ticket.number}"
    assert referral_id is not None
    ref = s.get(Referral, referral_id)
    if ref is None:
        raise NotFound("找不到该转办记录")
    return builders.referral_number(ref, None)


def _count(
    s: Session,
    kind: str,
    case_id: str | None,
    ticket_id: str | None,
    referral_id: str | None,
    *,
    reprint: bool,
) -> int:
    return (
        s.scalar(
            select(func.count()).where(
                ArchivedDocument.kind == kind,
                ArchivedDocument.case_id.is_(None)
                if case_id is None
                else ArchivedDocument.case_id == case_id,
                ArchivedDocument.ticket_id.is_(None)
                if ticket_id is None
                else ArchivedDocument.ticket_id == ticket_id,
                ArchivedDocument.referral_id.is_(None)
                if referral_id is None
                else ArchivedDocument.referral_id == referral_id,
                ArchivedDocument.reprint.is_(reprint),
            )
        )
        or 0
    )


def _write(root: Path, folder: PurePosixPath, stem: str, data: bytes) -> tuple[str, Path]:
    """Write ``data`` whole under a name not yet taken; (relative name, absolute path)."""
    try:
        target = write_new(root.joinpath(*folder.parts), stem, ".pdf", data)
    except OSError as err:
        raise ArchiveError(
            f"文书归档失败：无法写入归档目录 {root}（{err.strerror or err}），文书未归档"
        ) from err
    return str(folder / target.name), target


def _view(s: Session, row: ArchivedDocument, root: Path | None) -> ArchivedView:
    staff = s.get(Staff, row.printed_by)
    return ArchivedView(
        id=row.id,
        kind=row.kind,
        kind_label=KINDS[row.kind].label if row.kind in KINDS else row.kind,
        case_id=row.case_id,
        ticket_id=row.ticket_id,
        referral_id=row.referral_id,
        file_name=row.file_name,
        path=root.joinpath(*PurePosixPath(row.file_name).parts) if root else None,
        sha256=row.sha256,
        printed_at=to_local(row.printed_at),
        printed_by=row.printed_by,
        printed_by_name=staff.name if staff else "",
        reprint=row.reprint,
    )


__all__ = [
    "KINDS",
    "ArchiveError",
    "ArchivedView",
    "RenderedDocument",
    "archive_document",
    "archive_rendered",
    "archived_documents",
    "render_for_archive",
    "render_reprint",
    "reprint",
]

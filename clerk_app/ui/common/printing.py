"""Issue a printed document: build it, archive it and render it in a worker, then preview.

Every printed document goes through :class:`DocumentPrinter`: a worker builds the document
(``clerk_app.services.documents.*_doc``), archives it as PDF with its case, ticket or
referral (``documents.archive_document``) and reads the bytes back; the GUI thread then
hands the :class:`Printout` to the print sink (the preview dialog, or a fake in tests).
A reprint goes through ``documents.reprint`` and is stamped 补打.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from clerk_app.services.context import Actor, ServiceContext
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.ports import Printout, PrintSink
from clerk_app.ui.tasks import Tasks

if TYPE_CHECKING:
    from clerk_app.printing import Document
    from clerk_app.printing.documents import (
        CompletionNoticeDoc,
        DeemedApprovalNoticeDoc,
        ExtensionNoticeDoc,
        ReceiptDoc,
        ReferralSlipDoc,
        RefusalDoc,
        SupplementNoticeDoc,
        SuspensionNoticeDoc,
        TicketDoc,
    )
    from clerk_app.services.archive import ArchivedView

THERMAL_KINDS = frozenset({"ticket"})


class DocumentBuilders(Protocol):
    """What builds each printed document from the data (``clerk_app.services.documents``)."""

    def ticket_doc(self, ctx: ServiceContext, ticket_id: str) -> TicketDoc: ...
    def referral_slip_doc(self, ctx: ServiceContext, referral_id: str) -> ReferralSlipDoc: ...
    def receipt_doc(self, ctx: ServiceContext, case_id: str) -> ReceiptDoc: ...
    def supplement_notice_doc(self, ctx: ServiceContext, case_id: str) -> SupplementNoticeDoc: ...
    def refusal_doc(self, ctx: ServiceContext, case_id: str) -> RefusalDoc: ...
    def extension_notice_doc(
        self, ctx: ServiceContext, extension_request_id: str
    ) -> ExtensionNoticeDoc: ...
    def suspension_notice_doc(self, ctx: ServiceContext, case_id: str) -> SuspensionNoticeDoc: ...
    def completion_notice_doc(self, ctx: ServiceContext, case_id: str) -> CompletionNoticeDoc: ...
    def deemed_approval_notice_doc(
        self, ctx: ServiceContext, case_id: str
    ) -> DeemedApprovalNoticeDoc: ...


class ArchiveService(Protocol):
    """The document archive (``clerk_app.services.archive``)."""

    def archive_document(
        self,
        ctx: ServiceContext,
        actor: Actor,
        doc: Document,
        *,
        kind: str,
        case_id: str | None = None,
        ticket_id: str | None = None,
        referral_id: str | None = None,
        reprint: bool = False,
    ) -> ArchivedView: ...
    def archived_documents(
        self,
        ctx: ServiceContext,
        case_id: str | None = None,
        *,
        ticket_id: str | None = None,
        referral_id: str | None = None,
    ) -> list[ArchivedView]: ...
    def reprint(self, ctx: ServiceContext, actor: Actor, archived_id: str) -> ArchivedView: ...


def builders() -> DocumentBuilders:
    """``clerk_app.services.documents``, imported with the first printout (it loads
    reportlab through ``clerk_app.printing``; the counter must not wait for that at start)."""
    from clerk_app.services import documents

    return documents


def archive_service() -> ArchiveService:
    """``clerk_app.services.archive``, imported with the first printout (as above)."""
    from clerk_app.services import archive

    return archive


def _archive(
    ctx: ServiceContext,
    actor: Actor,
    doc: Document,
    *,
    kind: str,
    title: str,
    case_id: str | None,
    ticket_id: str | None,
    referral_id: str | None,
) -> Printout:
    if (case_id, ticket_id, referral_id) == (None, None, None):
        # A guide slip for a question answered at the desk belongs to no record: printed,
        # not archived (the archive files every document under its case, ticket or referral).
        from clerk_app import printing

        return Printout(title=title, pdf=printing.render(doc), kind=kind)
    view = archive_service().archive_document(
        ctx, actor, doc, kind=kind, case_id=case_id, ticket_id=ticket_id, referral_id=referral_id
    )
    return _printout(view, doc, title=title, kind=kind, reprint=False)


def _printout(
    view: ArchivedView, doc: Document | None, *, title: str, kind: str, reprint: bool
) -> Printout:
    """The PDF bytes of an archived view: the archived file, else rendered afresh."""
    path = view.path
    if path is not None and path.is_file():
        pdf = path.read_bytes()
    elif doc is not None:
        from clerk_app import printing

        pdf = printing.render(doc, reprint=reprint)
    else:
        raise FileNotFoundError(f"archived document missing: {path}")
    return Printout(
        title=title,
        pdf=pdf,
        kind=kind,
        archived_id=view.id,
        path=path,
        reprint=reprint,
        thermal=kind in THERMAL_KINDS,
    )


def _reprint(ctx: ServiceContext, actor: Actor, archived_id: str, title: str) -> Printout:
    view = archive_service().reprint(ctx, actor, archived_id)
    return _printout(view, None, title=title, kind=view.kind, reprint=True)


class DocumentPrinter(QObject):
    """Issues printouts off the GUI thread and shows them through the print sink."""

    printed = Signal(object)  # Printout

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        tasks: Tasks,
        sink: PrintSink,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.tasks, self.sink = ctx, actor, tasks, sink

    def issue(
        self,
        build: Callable[[ServiceContext], Document],
        *,
        kind: str,
        title: str,
        case_id: str | None = None,
        ticket_id: str | None = None,
        referral_id: str | None = None,
        parent: QWidget | None = None,
        on_done: Callable[[Printout], None] | None = None,
    ) -> None:
        """Build the document with ``build(ctx)``, archive it, then preview it."""
        ctx, actor = self.ctx, self.actor

        def work() -> Printout:
            return _archive(
                ctx,
                actor,
                build(ctx),
                kind=kind,
                title=title,
                case_id=case_id,
                ticket_id=ticket_id,
                referral_id=referral_id,
            )

        self.tasks.read(work, lambda p: self._show(p, parent, on_done))

    def reprint(
        self,
        archived_id: str,
        *,
        title: str,
        parent: QWidget | None = None,
        on_done: Callable[[Printout], None] | None = None,
    ) -> None:
        ctx, actor = self.ctx, self.actor
        self.tasks.read(
            lambda: _reprint(ctx, actor, archived_id, title),
            lambda p: self._show(p, parent, on_done),
        )

    def _show(
        self, printout: Printout, parent: QWidget | None, on_done: Callable[[Printout], None] | None
    ) -> None:
        self.sink.show(printout, parent)
        emit(self.printed, printout)
        if on_done is not None:
            on_done(printout)


class PreviewPrintSink:
    """The real sink: a preview window per printout, with a Print button (QPrinter)."""

    def __init__(self, tasks: Tasks) -> None:
        self.tasks = tasks
        self.open: list[QWidget] = []

    def show(self, printout: Printout, parent: QWidget | None = None) -> None:
        from clerk_app.ui.common.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(printout, self.tasks, parent)
        self.open.append(dialog)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.show()

    def _closed(self, dialog: QWidget) -> None:
        if dialog in self.open:
            self.open.remove(dialog)
        dialog.deleteLater()

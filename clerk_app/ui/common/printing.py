"""Issue a printed document: render it on the I/O pool, archive it on the writer, preview.

Every printed document goes through :class:`DocumentPrinter`. A job on the I/O pool builds
the document (``clerk_app.services.documents.*_doc``, reads only) and renders its PDF
(``archive.render_for_archive``); the archive write (``archive.archive_rendered``: the file
and the "document.archived" event) is then queued on the single writer like every other
database write, so it never contends with another writer and a sync follows it. The GUI
thread finally hands the :class:`Printout` to the print sink (the preview dialog, or a fake
in tests). A reprint (``archive.render_reprint``) is stamped 补打 and archived the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from clerk_app.services.context import Actor, ServiceContext
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.ports import Printout, PrintSink
from clerk_app.ui.tasks import QueryOp, Tasks, WriteOp

if TYPE_CHECKING:
    from datetime import date

    from clerk_app.printing import Printable
    from clerk_app.printing.documents import (
        AdjustmentNoticeDoc,
        CatalogueTableDoc,
        CompletionNoticeDoc,
        DeemedAcceptanceNoticeDoc,
        DeemedApprovalNoticeDoc,
        ExtensionNoticeDoc,
        ItemGuideDoc,
        ReceiptDoc,
        ReferralSlipDoc,
        RefusalDoc,
        SupplementNoticeDoc,
        SuspensionNoticeDoc,
        TicketDoc,
        WithdrawalNoticeDoc,
    )
    from clerk_app.services.archive import ArchivedView, RenderedDocument

log = logging.getLogger("clerk.print")

THERMAL_KINDS = frozenset({"ticket"})

ShowPrintout = Callable[[Printout], None]


class DocumentBuilders(Protocol):
    """What builds each printed document from the data (``clerk_app.services.documents``)."""

    def ticket_doc(self, ctx: ServiceContext, ticket_id: str) -> TicketDoc: ...
    def referral_slip_doc(self, ctx: ServiceContext, referral_id: str) -> ReferralSlipDoc: ...
    def first_contact_slip_doc(self, ctx: ServiceContext, contact_id: str) -> ReferralSlipDoc: ...
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
    def deemed_acceptance_notice_doc(
        self, ctx: ServiceContext, case_id: str
    ) -> DeemedAcceptanceNoticeDoc: ...
    def withdrawal_notice_doc(self, ctx: ServiceContext, case_id: str) -> WithdrawalNoticeDoc: ...
    def item_guide_doc(self, ctx: ServiceContext, item_id: str) -> ItemGuideDoc: ...
    def catalogue_table_doc(self, ctx: ServiceContext) -> CatalogueTableDoc: ...
    def adjustment_notice_doc(
        self, ctx: ServiceContext, start: date, end: date
    ) -> AdjustmentNoticeDoc: ...


class ArchiveReader(Protocol):
    """The archive's list of a case's documents (``clerk_app.services.archive``)."""

    def archived_documents(
        self,
        ctx: ServiceContext,
        case_id: str | None = None,
        *,
        ticket_id: str | None = None,
        referral_id: str | None = None,
    ) -> list[ArchivedView]: ...


def builders() -> DocumentBuilders:
    """``clerk_app.services.documents``, imported with the first printout (it loads
    reportlab through ``clerk_app.printing``; the counter must not wait for that at start)."""
    from clerk_app.services import documents

    return documents


def archive_service() -> ArchiveReader:
    """``clerk_app.services.archive`` (where ``archived_documents`` lives), imported with
    the first printout."""
    from clerk_app.services import archive  # reportlab loads with the first printout

    return archive


def _printout(view: ArchivedView, rendered: RenderedDocument, title: str) -> Printout:
    """What the clerk sees: the PDF just archived (the very bytes kept in the archive)."""
    return Printout(
        title=title,
        pdf=rendered.pdf,
        kind=view.kind,
        archived_id=view.id,
        path=view.path,
        reprint=rendered.reprint,
        thermal=view.kind in THERMAL_KINDS,
    )


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
        build: Callable[[ServiceContext], Printable],
        *,
        kind: str,
        title: str,
        case_id: str | None = None,
        ticket_id: str | None = None,
        referral_id: str | None = None,
        parent: QWidget | None = None,
        on_done: ShowPrintout | None = None,
    ) -> None:
        """Build the document with ``build(ctx)`` and render it (I/O pool), archive it
        (writer), then preview it."""
        ctx, actor = self.ctx, self.actor

        def render() -> RenderedDocument | Printout:
            doc = build(ctx)
            if (case_id, ticket_id, referral_id) == (None, None, None):
                # A guide slip for a question answered at the desk belongs to no record:
                # printed, not archived (the archive files every document under its case,
                # ticket or referral).
                from clerk_app import printing

                return Printout(title=title, pdf=printing.render(doc), kind=kind)
            from clerk_app.services import archive

            if not isinstance(doc, archive.ARCHIVABLE):
                raise TypeError(f"{type(doc).__name__} is printed, not archived")
            return archive.render_for_archive(
                ctx,
                actor,
                doc,
                kind=kind,
                case_id=case_id,
                ticket_id=ticket_id,
                referral_id=referral_id,
            )

        def rendered(result: RenderedDocument | Printout) -> None:
            if isinstance(result, Printout):
                self._show(result, parent, on_done)
            else:
                self._archive(result, title, parent, on_done)

        QueryOp(self.tasks, render).success(rendered).run()

    def reprint(
        self,
        archived_id: str,
        *,
        title: str,
        parent: QWidget | None = None,
        on_done: ShowPrintout | None = None,
    ) -> None:
        """补打: rebuild and render with the stamp (I/O pool), archive (writer), preview."""
        ctx, actor = self.ctx, self.actor

        def render() -> RenderedDocument:
            from clerk_app.services import archive

            return archive.render_reprint(ctx, actor, archived_id)

        op = QueryOp(self.tasks, render)
        op.success(lambda rendered: self._archive(rendered, title, parent, on_done)).run()

    def _archive(
        self,
        rendered: RenderedDocument,
        title: str,
        parent: QWidget | None,
        on_done: ShowPrintout | None,
    ) -> None:
        ctx, actor = self.ctx, self.actor

        def keep() -> ArchivedView:
            from clerk_app.services import archive

            return archive.archive_rendered(ctx, actor, rendered)

        def kept(view: ArchivedView) -> None:
            self._show(_printout(view, rendered, title), parent, on_done)

        WriteOp(self.tasks, keep).success(kept).run()

    def _show(
        self, printout: Printout, parent: QWidget | None, on_done: ShowPrintout | None
    ) -> None:
        if self.sink.show(printout, parent):
            printout = replace(printout, sent=True)
        emit(self.printed, printout)
        if on_done is not None:
            on_done(printout)


class PreviewPrintSink:
    """The real sink: a preview window per printout, with a Print button (QPrinter); a
    queue ticket goes straight to the workstation's ticket printer where one is set up
    (``ticket_printer`` in settings.json), its preview on demand."""

    def __init__(self, tasks: Tasks, ticket_printer: str = "") -> None:
        self.tasks = tasks
        self.ticket_printer = ticket_printer
        self.open: list[QWidget] = []
        self.problems: list[str] = []  # why a ticket could not be printed straight away

    def show(self, printout: Printout, parent: QWidget | None = None) -> bool:
        from clerk_app.ui.common import print_preview

        if printout.thermal and print_preview.printer_available(self.ticket_printer):
            print_preview.print_straight(printout, self.ticket_printer, self.tasks, self._done)
            return True
        self.preview(printout, parent)
        return False

    def _done(self, problem: str) -> None:
        if problem:
            self.problems.append(problem)
            log.warning("ticket printer %s: %s", self.ticket_printer, problem)

    def preview(self, printout: Printout, parent: QWidget | None = None) -> None:
        """The preview window, with its Print button (also on demand for a ticket)."""
        from clerk_app.ui.common.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(printout, self.tasks, parent)
        self.open.append(dialog)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.show()

    def _closed(self, dialog: QWidget) -> None:
        if dialog in self.open:
            self.open.remove(dialog)
        dialog.deleteLater()

"""Record a first contact, refer it if needed, then print the guide slip (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from clerk_app.services import first_contact
from clerk_app.services.catalogue import ItemView
from clerk_app.ui.common.printing import DocumentPrinter, builders
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.front_desk.first_contact import FirstContactRequest
from clerk_app.ui.ports import DepartmentChoice, WindowChoice
from clerk_app.ui.session import SignedOn


@dataclass(frozen=True)
class Recorded:
    contact_id: str
    referral_id: str | None
    slip: object | None  # a ReferralSlipDoc (printing loads with the first printout)


class FirstContactFlow(QObject):
    recorded = Signal(object)  # Recorded

    def __init__(
        self,
        session: SignedOn,
        printer: DocumentPrinter,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.printer = printer
        self.say = say

    def run(self, req: FirstContactRequest, item: ItemView | None) -> None:
        session = self.session
        ctx, actor, directory = session.ctx, session.actor, session.app.directory
        today = ctx.today()

        def work() -> Recorded:
            from clerk_app.printing.documents import Party, ReferralSlipDoc

            contact_id = first_contact.record_first_contact(
                ctx,
                actor,
                visitor_name=req.visitor_name,
                visitor_phone=req.visitor_phone,
                question=req.question,
                answer=req.answer,
                item_id=item.id if item else None,
            )
            referral_id = None
            dept: DepartmentChoice | None = None
            window: WindowChoice | None = None
            if req.refer_to_department is not None:
                referral_id = first_contact.refer(
                    ctx,
                    actor,
                    to_department_id=req.refer_to_department,
                    matter=req.question,
                    first_contact_id=contact_id,
                    to_window_id=req.refer_to_window,
                    item_id=item.id if item else None,
                    visitor_name=req.visitor_name,
                    visitor_phone=req.visitor_phone,
                )
                dept = next(
                    (d for d in directory.departments() if d.id == req.refer_to_department), None
                )
                window = next((w for w in directory.windows() if w.id == req.refer_to_window), None)
            slip = None
            if req.print_slip and (dept is not None or item is not None):
                slip = ReferralSlipDoc(
                    center_name=session.center.name,
                    agency_name=session.center.name,
                    document_number="",
                    case_number="",
                    issue_date=today,
                    item_name=item.name if item else req.question[:40],
                    applicant=Party(name=req.visitor_name, phone=req.visitor_phone),
                    matter=req.question,
                    target_agency=dept.name if dept else (item.department_name if item else ""),
                    target_place=session.center.address or session.center.name,
                    target_window=f"{window.code} {window.name}" if window else "",
                    first_responder_name=session.badge.name,
                    first_responder_number=session.badge.staff_no,
                    first_responder_phone=session.center.query_phone,
                    materials_to_bring=tuple(m.name for m in item.materials) if item else (),
                )
            return Recorded(contact_id, referral_id, slip)

        session.tasks.write(work, self._done)

    def _done(self, result: Recorded) -> None:
        emit(self.recorded, result)
        if result.referral_id is not None:
            self.say(self.tr("已登记并转办，可在“我的转办”中跟踪"))
        else:
            self.say(self.tr("首问登记已保存"))
        if result.slip is None:  # the clerk did not ask for a slip
            return
        referral_id, slip = result.referral_id, result.slip
        self.printer.issue(
            (lambda ctx: builders().referral_slip_doc(ctx, referral_id))
            if referral_id is not None
            else (lambda _ctx: slip),
            kind="referral_slip",
            title="guide-slip",
            referral_id=referral_id,
            on_done=lambda _p: self.say(self.tr("引导单已打印")),
        )

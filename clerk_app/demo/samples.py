"""``clerk-app print-samples --out DIR``: one PDF of every document, from real data.

It works on a scratch copy, never on the centre's database: the embedded database is
copied into a temporary folder (a database with no centre, or a central PostgreSQL one,
gives a freshly built demo instead), the documents are made there and the copy is thrown
away, so the centre's journal gets no invented events and nothing is ever synced.
For each document a case, ticket or referral in the right state is picked; when the data
has none (a short demo may have no deemed approval yet), one is made through the services
the way it happens at the counter: a fresh application is received and taken through the
flow by the clerk of its department, the supervisor approves, and the deemed approval
comes from the ordinary deadline sweep after a case accepted some working days ago ran
past its due date (that case is received and accepted on a clock set to that day).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.demo.catalogue import refusal_reason
from clerk_app.demo.center import HandClock, load_demo
from clerk_app.domain.cases import CaseState, Decision, ItemKind, RefusalGround
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.deadlines import max_extension_workdays
from clerk_app.domain.tickets import TicketState
from clerk_app.domain.validation import id_card_check_char
from clerk_app.printing import render_to_file
from clerk_app.printing.documents import Document
from clerk_app.services import auth, casework, catalogue, first_contact, intake, oversight, tickets
from clerk_app.services import documents as docs
from clerk_app.services.case_views import extension_kind
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.services.first_contact import ReferTo
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.db import open_database
from clerk_app.store.models import (
    Case,
    ExtensionRequest,
    Queue,
    Referral,
    ServiceItem,
    Staff,
    Suspension,
    Ticket,
    Window,
)
from clerk_app.store.sealed import current_ring

SAMPLE_NAMES = (
    "ticket",
    "receipt",
    "supplement_notice",
    "refusal",
    "extension_notice",
    "suspension_notice",
    "completion_notice",
    "deemed_approval_notice",
    "referral_slip",
)
_FIRST17 = "33018819780315042"
APPLICANT = Applicant("person", "周明远", _FIRST17 + id_card_check_char(_FIRST17), "13905712468")


class _Settings(Protocol):
    @property
    def database_url(self) -> str: ...

    @property
    def workstation(self) -> str: ...

    @property
    def data_dir(self) -> Path: ...


@dataclass(frozen=True)
class _Scratch:
    database_url: str
    workstation: str
    data_dir: Path


def write_samples(settings: _Settings, out: Path) -> list[Path]:
    """Write ``<kind>.pdf`` for each document into ``out``; returns the paths in order."""
    with tempfile.TemporaryDirectory(prefix="clerk-samples-") as tmp:
        scratch = _scratch_copy(settings, Path(tmp))
        # migrates; a small demo if empty (sealed with the key this process holds)
        load_demo(scratch, only_if_empty=True, days=3, key_ring=current_ring())
        db = open_database(scratch.database_url)
        try:
            picker = _Picker(ServiceContext(db=db, workstation=scratch.workstation))
            built = [(name, picker.document(name)) for name in SAMPLE_NAMES]
        finally:
            db.dispose()
    out.mkdir(parents=True, exist_ok=True)
    return [render_to_file(doc, out / f"{name}.pdf") for name, doc in built]


def _scratch_copy(settings: _Settings, folder: Path) -> _Scratch:
    """A copy of the embedded database in ``folder`` (an empty one for anything else)."""
    target = folder / "samples.sqlite3"
    source = settings.database_url.removeprefix("sqlite:///")
    if settings.database_url.startswith("sqlite:///") and Path(source).is_file():
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)  # consistent even while the program has it open (WAL)
    return _Scratch(f"sqlite:///{target}", settings.workstation, folder)


class _Picker:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def document(self, name: str) -> Document:
        make: dict[str, Callable[[], Document]] = {
            "ticket": lambda: docs.ticket_doc(self.ctx, self._ticket()),
            "receipt": lambda: docs.receipt_doc(self.ctx, self._receipt_case()),
            "supplement_notice": lambda: docs.supplement_notice_doc(self.ctx, self._supplement()),
            "refusal": lambda: docs.refusal_doc(self.ctx, self._refused()),
            "extension_notice": lambda: docs.extension_notice_doc(self.ctx, self._extension()),
            "suspension_notice": lambda: docs.suspension_notice_doc(self.ctx, self._suspended()),
            "completion_notice": lambda: docs.completion_notice_doc(self.ctx, self._completed()),
            "deemed_approval_notice": lambda: docs.deemed_approval_notice_doc(
                self.ctx, self._deemed()
            ),
            "referral_slip": lambda: docs.referral_slip_doc(self.ctx, self._referral()),
        }
        return make[name]()

    # --- reading what is there ---------------------------------------------------------

    def _latest_case(self, *where: object) -> str | None:
        with self.ctx.db.read_sessions() as s:
            return s.scalar(
                select(Case.id)
                .where(*where)  # type: ignore[arg-type]
                .order_by(Case.received_at.desc())
                .limit(1)
            )

    def _ticket(self) -> str:
        with self.ctx.db.read_sessions() as s:
            found = s.scalar(
                select(Ticket.id)
                .where(Ticket.state == TicketState.WAITING.value)
                .order_by(Ticket.issued_at.desc())
                .limit(1)
            )
            queue = s.scalar(
                select(Queue.id).join(ServiceItem, ServiceItem.queue_id == Queue.id).limit(1)
            )
        if found is not None:
            return found
        assert queue is not None
        return tickets.issue_ticket(self.ctx, self._staff(Role.GUIDE), queue_id=queue).id

    def _receipt_case(self) -> str:
        found = self._latest_case(
            Case.state == CaseState.ACCEPTED.value, Case.deemed_accepted.is_(False)
        )
        return found or self._fresh(accept=True)

    def _supplement(self) -> str:
        found = self._latest_case(Case.state == CaseState.SUPPLEMENT_NOTICE.value)
        if found:
            return found
        case_id = self._fresh(accept=False, complete=False)
        intake.issue_supplement_notice(self.ctx, self._clerk_of(case_id), case_id)
        return case_id

    def _refused(self) -> str:
        found = self._latest_case(Case.state == CaseState.REFUSED.value)
        if found:
            return found
        case_id = self._fresh(accept=False)
        item = catalogue.get_item(self.ctx, casework.get(self.ctx, case_id).item_id)
        intake.refuse(
            self.ctx,
            self._clerk_of(case_id),
            case_id,
            ground=RefusalGround.NOT_ELIGIBLE,
            reason=refusal_reason(item.name, item.conditions, item.refusal_reasons),
        )
        return case_id

    def _extension(self) -> str:
        with self.ctx.db.read_sessions() as s:
            found = s.scalar(
                select(ExtensionRequest.id)
                .where(ExtensionRequest.status == "approved")
                .order_by(ExtensionRequest.decided_at.desc())
                .limit(1)
            )
        if found:
            return found
        case_id = self._fresh(accept=True, extendable=True)
        with self.ctx.db.read_sessions() as s:
            case = s.get(Case, case_id)
            assert case is not None
            item = s.get(ServiceItem, case.item_id)
            assert item is not None
            allowed = max_extension_workdays(
                item.statutory_limit, extension_kind(item), item.max_extension
            )
        req = casework.request_extension(
            self.ctx,
            self._clerk_of(case_id),
            case_id,
            workdays=min(5, allowed),
            reason="涉及多部门现场联合踏勘",
        )
        casework.decide_extension(
            self.ctx,
            self._staff(Role.LEADER, case.department_id),
            req,
            approve=True,
            note="同意延期",
            **_county_approval(item),
        )
        return req

    def _suspended(self) -> str:
        found = self._latest_case(Case.state == CaseState.SUSPENDED.value)
        if found:
            return found
        with self.ctx.db.read_sessions() as s:
            found = s.scalar(select(Suspension.case_id).order_by(Suspension.start_on.desc()))
        if found:
            return found
        case_id = self._fresh(accept=True)
        casework.suspend(
            self.ctx,
            self._clerk_of(case_id),
            case_id,
            reason="检测",
            detail="申请人经营场所的食品样品需委托第三方检测机构检测",
            expected_workdays=5,
        )
        return case_id

    def _completed(self) -> str:
        found = self._latest_case(
            Case.state == CaseState.COMPLETED.value, Case.decision == Decision.APPROVED.value
        )
        if found:
            return found
        case_id = self._fresh(accept=True)
        casework.complete(self.ctx, self._clerk_of(case_id), case_id, decision=Decision.APPROVED)
        return case_id

    def _deemed(self) -> str:
        found = self._latest_case(Case.state == CaseState.DEEMED_APPROVED.value)
        if found:
            return found
        oversight.sweep(self.ctx, Actor.system())  # what the system does at every start
        found = self._latest_case(Case.state == CaseState.DEEMED_APPROVED.value)
        if found:
            return found
        with self.ctx.db.read_sessions() as s:
            item = s.scalar(
                select(ServiceItem)
                .where(ServiceItem.deemed_approval.is_(True), ServiceItem.active.is_(True))
                .order_by(ServiceItem.code)
                .limit(1)
            )
            assert item is not None, "演示事项中没有实行超时默认的事项"
            limit, item_id = item.promised_limit, item.id
            cal = self.ctx.calendar_from(s)
        day, back = self.ctx.today(), 0
        while back < limit + 2:  # accepted that many working days ago: now past due
            day -= timedelta(days=1)
            back += cal.is_workday(day)
        earlier = ServiceContext(
            db=self.ctx.db,
            workstation=self.ctx.workstation,
            clock=HandClock(datetime.combine(day, time(10, 0), tzinfo=SHANGHAI)),
        )
        case_id = self._fresh(accept=True, item_id=item_id, ctx=earlier)
        oversight.sweep(self.ctx, Actor.system())
        return case_id

    def _referral(self) -> str:
        with self.ctx.db.read_sessions() as s:
            found = s.scalar(
                select(Referral.id)
                .where(Referral.status != "done")
                .order_by(Referral.created_at.desc())
                .limit(1)
            )
            item = s.scalar(select(ServiceItem).order_by(ServiceItem.code).limit(1))
            assert item is not None
            item_id, dept_id, name = item.id, item.department_id, item.name
        if found:
            return found
        guide = self._staff(Role.GUIDE)
        record = first_contact.record_and_refer(
            self.ctx,
            guide,
            visitor_name=APPLICANT.name,
            visitor_phone=APPLICANT.phone,
            question=f"咨询“{name}”需要带哪些材料、在哪个窗口办理",
            answer="涉及特殊情形，转部门窗口答复",
            item_id=item_id,
            refer_to=ReferTo(dept_id),
        )
        assert record.referral_id is not None
        return record.referral_id

    # --- making what is missing ---------------------------------------------------------

    def _staff(self, role: Role, department_id: str | None = None) -> Actor:
        with self.ctx.db.read_sessions() as s:
            query = select(Staff).where(Staff.role == role.value, Staff.active.is_(True))
            if department_id is not None:
                query = query.where(Staff.department_id == department_id)
            person = s.scalar(query.order_by(Staff.staff_no).limit(1))
            assert person is not None, f"演示数据中没有{role.value}人员"
            window = _window_of(s, department_id) if role is Role.CLERK else None
            staff_id = person.id
        return auth.actor_of_staff(self.ctx, staff_id, window_id=window)

    def _clerk_of(self, case_id: str) -> Actor:
        with self.ctx.db.read_sessions() as s:
            case = s.get(Case, case_id)
            assert case is not None
            dept = case.department_id
        return self._staff(Role.CLERK, dept)

    def _fresh(
        self,
        *,
        accept: bool,
        complete: bool = True,
        extendable: bool = False,
        item_id: str | None = None,
        ctx: ServiceContext | None = None,
    ) -> str:
        """A new application received by the clerk of its department (and accepted)."""
        ctx = ctx or self.ctx
        item_id = item_id or self._promised_item(extendable)
        view = catalogue.get_item(ctx, item_id)
        checks = [
            MaterialCheck(mid, "received", spec.originals, spec.copies)
            for mid, spec in zip(view.material_ids, view.materials, strict=True)
        ]
        if not complete:
            checks = checks[:1]
        clerk = self._staff(Role.CLERK, view.department_id)
        case = intake.receive(ctx, clerk, item_id=item_id, applicant=APPLICANT, materials=checks)
        if accept:
            intake.accept(ctx, clerk, case.id)
        return case.id

    def _promised_item(self, extendable: bool) -> str:
        with self.ctx.db.read_sessions() as s:
            for item in s.scalars(
                select(ServiceItem)
                .where(
                    ServiceItem.kind == ItemKind.PROMISED.value,
                    ServiceItem.needs_licence.is_(True),
                    ServiceItem.active.is_(True),
                    ServiceItem.deemed_approval.is_(False),
                )
                .order_by(ServiceItem.code)
            ):
                if _has_clerk(s, item.department_id) and (
                    not extendable
                    or max_extension_workdays(
                        item.statutory_limit, extension_kind(item), item.max_extension
                    )
                    > 0
                ):
                    return item.id
        raise LookupError("演示数据中没有合适的承诺件事项")


def _window_of(s: Session, department_id: str | None) -> str | None:
    if department_id is None:
        return None
    return s.scalar(
        select(Window.id).where(Window.department_id == department_id).order_by(Window.code)
    )


def _has_clerk(s: Session, department_id: str) -> bool:
    return (
        s.scalar(
            select(Staff.id).where(
                Staff.department_id == department_id, Staff.role == Role.CLERK.value
            )
        )
        is not None
    )


__all__ = ["SAMPLE_NAMES", "write_samples"]


def _county_approval(item: ServiceItem) -> dict[str, str]:
    """A joint case's extension is approved by the county government's leader."""
    if item.kind != "joint":
        return {}
    return {"county_approver": "副县长 周建国", "county_document": "清府办函〔2026〕12号"}

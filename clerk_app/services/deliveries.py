"""待送达: the notices the sweep decided on its own (视为受理, 超时默认, 视为撤回) wait on
their department's list until a clerk has printed and archived them and recorded how they
reached the applicant (in person, by post, or an SMS note)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.domain.text_limits import check_text
from clerk_app.services import archive
from clerk_app.services.archive import ArchivedView
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.store.models import ArchivedDocument, Case, NoticeDelivery, ServiceItem, Staff

#: The archive's kind of each notice that goes on the list, and its name.
KIND_NAMES = {
    "deemed_acceptance_notice": "视为受理通知书",
    "deemed_approval_notice": "超时默认通知书",
    "withdrawal_notice": "视为撤回申请告知书",
}
READERS = (Role.CLERK, Role.SUPERVISOR, Role.LEADER)
DELIVERERS = (Role.CLERK, Role.SUPERVISOR)


class DeliveryMethod(StrEnum):
    IN_PERSON = "in_person"
    POST = "post"
    SMS = "sms"


#: For the messages of the services; the screens name them through their own labels.
METHOD_NAMES = {
    DeliveryMethod.IN_PERSON: "当面送达",
    DeliveryMethod.POST: "邮寄送达",
    DeliveryMethod.SMS: "短信告知",
}


@dataclass(frozen=True)
class DeliveryView:
    id: str
    kind: str
    kind_name: str
    case_id: str
    case_no: str
    item_name: str
    applicant_name: str
    applicant_phone: str
    created_at: datetime
    printed: bool  # printed and archived at least once
    method: str  # "" while not delivered
    delivered_on: date | None
    note: str


def add_delivery(s: Session, e: EventData, case: Case, kind: str) -> None:
    """Put the notice of ``kind`` for ``case`` on its department's list (from an applier)."""
    delivery_id = e.derived_id(f"delivery-{kind}")
    if s.get(NoticeDelivery, delivery_id) is None:
        s.add(
            NoticeDelivery(
                id=delivery_id,
                case_id=case.id,
                department_id=case.department_id,
                kind=kind,
                created_at=e.occurred_at,
            )
        )


def _view(s: Session, row: NoticeDelivery) -> DeliveryView:
    case = s.get(Case, row.case_id)
    assert case is not None
    item = s.get(ServiceItem, case.item_id)
    printed = s.scalar(
        select(ArchivedDocument.id)
        .where(ArchivedDocument.case_id == row.case_id, ArchivedDocument.kind == row.kind)
        .limit(1)
    )
    return DeliveryView(
        id=row.id,
        kind=row.kind,
        kind_name=KIND_NAMES.get(row.kind, row.kind),
        case_id=case.id,
        case_no=case.case_no,
        item_name=item.name if item else "",
        applicant_name=case.applicant_name,
        applicant_phone=case.applicant_phone,
        created_at=row.created_at,
        printed=printed is not None,
        method=row.method,
        delivered_on=row.delivered_on,
        note=row.note,
    )


def _own(actor: Actor, row: NoticeDelivery) -> None:
    if actor.role is not Role.SUPERVISOR and actor.department_id != row.department_id:
        raise PermissionDenied("只能处理本部门的待送达文书")


def to_deliver(
    ctx: ServiceContext, actor: Actor, *, include_delivered: bool = False
) -> list[DeliveryView]:
    """The 待送达 list: the actor's department's (the 效能办 sees every department's),
    the oldest first."""
    require_role(actor, *READERS, action="查看待送达文书")
    with ctx.db.read_sessions() as s:
        query = select(NoticeDelivery).order_by(NoticeDelivery.created_at, NoticeDelivery.id)
        if not include_delivered:
            query = query.where(NoticeDelivery.delivered_on.is_(None))
        if actor.role is not Role.SUPERVISOR:
            query = query.where(NoticeDelivery.department_id == actor.department_id)
        return [_view(s, row) for row in s.scalars(query)]


def get_delivery(ctx: ServiceContext, actor: Actor, delivery_id: str) -> DeliveryView:
    require_role(actor, *READERS, action="查看待送达文书")
    with ctx.db.read_sessions() as s:
        row = s.get(NoticeDelivery, delivery_id)
        if row is None:
            raise NotFound("找不到该待送达文书")
        _own(actor, row)
        return _view(s, row)


def print_notice(ctx: ServiceContext, actor: Actor, delivery_id: str) -> ArchivedView:
    """Print the notice from the list: built from the case, archived as PDF with it."""
    row = get_delivery(ctx, actor, delivery_id)
    builder = archive.BUILDERS.get(row.kind)
    if builder is None:
        raise InvalidInput(f"未知的文书种类：{row.kind}")
    doc = builder(ctx, row.case_id)
    return archive.archive_document(ctx, actor, doc, kind=row.kind, case_id=row.case_id)


def record_delivery(
    ctx: ServiceContext, actor: Actor, delivery_id: str, *, method: DeliveryMethod, note: str = ""
) -> DeliveryView:
    """送达: how the notice reached the applicant. In person or by post only once it has
    been printed and archived; an SMS note says what was sent."""
    require_role(actor, *DELIVERERS, action="登记送达")
    note = check_text("delivery_note", note)
    if method is DeliveryMethod.SMS and not note:
        raise InvalidInput("请写明短信告知的内容或发送号码", field="delivery_note")
    with ctx.unit_of_work(actor) as uow:
        row = uow.session.get(NoticeDelivery, delivery_id)
        if row is None:
            raise NotFound("找不到该待送达文书")
        _own(actor, row)
        if row.delivered_on is not None:
            raise RuleViolation("该文书已登记送达")
        if method is not DeliveryMethod.SMS and not _view(uow.session, row).printed:
            raise RuleViolation(f"请先打印并归档{KIND_NAMES.get(row.kind, '该文书')}，再登记送达")
        uow.emit(
            "notice.delivered",
            dict(delivery_id=delivery_id, method=method.value, note=note, on=uow.today),
        )
        return _view(uow.session, row)


@applier("notice.delivered")
def _delivered(s: Session, e: EventData) -> None:
    row = s.get(NoticeDelivery, e.text("delivery_id"))
    if row is None:
        raise NotFound("找不到该待送达文书")
    if row.delivered_on is not None:
        raise RuleViolation("该文书已登记送达")
    method = e.text("method")
    if method not in set(DeliveryMethod):
        raise InvalidInput(f"未知的送达方式：{method}")
    staff = s.get(Staff, e.actor_id) if e.actor_id else None
    if staff is None or (
        staff.role != Role.SUPERVISOR.value and staff.department_id != row.department_id
    ):
        raise PermissionDenied("只能登记本部门文书的送达")
    row.method = method
    row.note = e.text("note")
    row.delivered_on = e.day("on")
    row.delivered_by = staff.id

"""Personal data at the counter: masked by default, each full reveal an attributed event.

ID numbers and phone numbers are sealed at rest (``clerk_app.store.sealed``); the screens
show them masked. A clerk who needs the full number (to read it to the applicant, to
check it against a document) asks for it with a reason: :func:`reveal` returns it and
emits ``personal_data.revealed`` naming the case, the field and the reason — never the
number — so the reveal is in the journal, attributed like any other action.
:func:`find_cases_by_id_number` finds cases through the blind index, without the number
being stored in clear.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, or_, select, type_coerce
from sqlalchemy.orm import Session

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.text_limits import check_text
from clerk_app.domain.validation import normalize_id_card, normalize_uscc
from clerk_app.services.case_views import get_case
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import InvalidPayload
from clerk_app.services.events import EventData, applier
from clerk_app.store.models import Case
from clerk_app.store.sealed import blind_indexes, can_seal, is_sealed

#: What a reveal may show, and how the event names it.
REVEALABLE = {
    "applicant_id_no": "申请人证件号码",
    "agent_id_no": "代理人证件号码",
    "applicant_phone": "申请人联系电话",
}
#: Who may see a full number at a counter.
REVEAL_ROLES = (Role.GUIDE, Role.CLERK, Role.SUPERVISOR, Role.LEADER)


class DataKeyMissing(InvalidInput):
    """The number is sealed and this workstation has no (or another) data key."""


def reveal(ctx: ServiceContext, actor: Actor, case_id: str, field: str, reason: str) -> str:
    """The full value of one personal field of a case; records who saw it and why."""
    require_role(actor, *REVEAL_ROLES, action="查看完整证件号码或电话")
    if field not in REVEALABLE:
        raise InvalidInput("只能查看证件号码或联系电话", field="reveal_field")
    why = check_text("reveal_reason", reason)
    if not why:
        raise InvalidInput("请填写查看完整号码的原因", field="reveal_reason")
    with ctx.unit_of_work(actor) as uow:
        case = get_case(uow.session, case_id)
        value = str(getattr(case, field) or "")
        if is_sealed(value):
            raise DataKeyMissing(
                "本工作站没有中心的数据密钥（或密钥不符），无法显示完整号码。请管理员配置数据密钥"
            )
        uow.emit("personal_data.revealed", {"case_id": case.id, "field": field, "reason": why})
    return value


@applier("personal_data.revealed")
def _revealed(s: Session, e: EventData) -> None:
    # Nothing changes: the event is the record. Still, it must name a real case and field.
    if e.text("field") not in REVEALABLE:
        raise InvalidPayload("查看记录中的字段不是证件号码或电话", event_type=e.type)
    if s.get(Case, e.text("case_id")) is None:
        raise InvalidPayload("查看记录所指的办件不存在", event_type=e.type)


def sealing_available() -> bool:
    """Whether this workstation holds a data key. Without one nothing personal can be
    saved (:class:`~clerk_app.services.errors.NoDataKey`) and sealed numbers show as
    unavailable; the shell says so for as long as it lasts."""
    return can_seal()


@dataclass(frozen=True)
class FoundCase:
    id: str
    case_no: str
    applicant_name: str


def find_cases_by_id_number(ctx: ServiceContext, id_number: str) -> list[FoundCase]:
    """Cases whose applicant has this ID number (or USCC), newest first."""
    text = "".join(id_number.split()).upper()
    if not text:
        raise InvalidInput("请输入证件号码", field="id_number")
    try:
        number = normalize_id_card(text)
    except InvalidInput:
        number = normalize_uscc(text)
    indexes = blind_indexes(number)  # under every key: cases indexed before a rotation
    with ctx.db.read_sessions() as s:
        matches = [
            type_coerce(Case.applicant_id_no, String()) == number
        ]  # rows written before sealing
        if indexes:
            matches.append(Case.applicant_id_index.in_(indexes))
        rows = s.scalars(
            select(Case).where(or_(*matches)).order_by(Case.received_at.desc()).limit(200)
        ).all()
        return [FoundCase(c.id, c.case_no, c.applicant_name) for c in rows]

"""What every printed document shares: the center, the department and window, the 文号, the
parties, the material lines, and the typed errors for a case in the wrong state."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.cases import CaseState, RefusalGround
from clerk_app.domain.clock import to_local
from clerk_app.domain.errors import IllegalTransition
from clerk_app.printing.documents import IdKind, MaterialForm, MaterialLine, Party
from clerk_app.services.case_views import readable
from clerk_app.services.errors import NotFound
from clerk_app.store.models import (
    Case,
    CaseMaterial,
    Center,
    Department,
    Event,
    ItemMaterial,
    ServiceItem,
    Setting,
    Window,
)

ACCEPTED_STATES = frozenset(
    {CaseState.ACCEPTED, CaseState.SUSPENDED, CaseState.COMPLETED, CaseState.DEEMED_APPROVED}
)
DEFAULT_DEEMED_BASIS = "本县行政审批超时默认办理制度"
DEFAULT_RESULT_DAYS = 1
#: Legal basis printed on a refusal, by ground (the item's own basis for "not eligible").
REFUSAL_BASIS = {
    RefusalGround.OUT_OF_JURISDICTION: "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
    RefusalGround.SUPPLEMENT_NOT_MADE: "《中华人民共和国行政许可法》第三十二条第一款第（四）项",
    RefusalGround.FALSE_MATERIALS: "《中华人民共和国行政许可法》第七十八条",
}


#: What a decision is called, by the item's category (行政许可, 行政确认/登记, 备案, 给付,
#: 公共服务): approved, denied, and the result document when the item names none.
RESULT_WORDS: dict[str, tuple[str, str, str]] = {
    "licence": ("准予许可", "不予许可", "准予行政许可决定书"),
    "confirmation": ("准予登记", "不予登记", "登记证明文件"),
    "filing": ("予以备案", "不予备案", "备案证明"),
    "benefit": ("准予给付", "不予给付", "给付决定书"),
    "public_service": ("已办理", "不予办理", "办理结果"),
    "other": ("准予办理", "不予办理", "办理结果"),
}
#: The denial's own decision document, by category.
DENIAL_DOCUMENTS = {
    "licence": "不予行政许可决定书",
    "confirmation": "不予登记决定书",
    "filing": "不予备案告知书",
    "benefit": "不予给付决定书",
}


def result_words(item: ServiceItem) -> tuple[str, str, str]:
    """(approved, denied, result document) in the words of the item's category."""
    approved, denied, document = RESULT_WORDS.get(item.category, RESULT_WORDS["other"])
    return approved, denied, item.result_document.strip() or document


def appeal_bodies(center: Center, dept: Department) -> tuple[str, str]:
    """The reconsideration agency and the competent court: the department's, else the
    centre's, else the generic words."""
    return (
        dept.reconsideration_body or center.reconsideration_body or "本级人民政府",
        dept.litigation_court or center.litigation_court or "有管辖权的人民法院",
    )


def center_of(s: Session) -> Center:
    center = s.scalar(select(Center).limit(1))
    if center is None:
        raise NotFound("尚未建立服务中心，请先完成中心设置")
    return center


def department_of(s: Session, case: Case) -> Department:
    dept = s.get(Department, case.department_id)
    if dept is None:
        raise NotFound("找不到办件所属部门")
    return dept


def window_of(s: Session, window_id: str | None) -> Window | None:
    return s.get(Window, window_id) if window_id else None


def place_of(center: Center, window: Window | None, dept: Department) -> str:
    return f"{center.name}{window.name if window else dept.name + '窗口'}"


def window_names(s: Session, dept: Department) -> list[str]:
    query = select(Window.name).where(Window.department_id == dept.id).order_by(Window.code)
    return list(s.scalars(query))


def where_to_go(s: Session, center: Center, dept: Department) -> str:
    names = window_names(s, dept)
    where = f"本中心{'、'.join(names)}，" if names else ""
    return f"{where}咨询电话{center.query_phone}" if center.query_phone else where.rstrip("，")


def setting(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return row.value.strip() if row is not None and row.value.strip() else None


def int_setting(s: Session, key: str, default: int) -> int:
    raw = setting(s, key)
    return int(raw) if raw is not None and raw.isdigit() else default


def document_number(
    short_name: str, word: str, issued: date, case_no: str, *, ordinal: int = 0
) -> str:
    """文号 ``市场监管受字〔2026〕第A01-09280012号``, unique per department and year without
    asking anyone: the case number gives the day, the workstation (so two counters working
    offline the same day never collide) and its serial; ``ordinal`` tells a second notice
    of the same kind on one case apart (``…-2号``). A reprint gets the same number."""
    found = re.fullmatch(r"(\d{4})(\d{4})-(.+)-(\d+)", case_no)
    if found:
        year, mmdd, station, serial = found.groups()
        day = mmdd if int(year) == issued.year else year + mmdd
        core = f"{station}-{day}{int(serial):04d}"
    else:
        core = re.sub(r"[^0-9A-Za-z-]", "", case_no) or case_no
    suffix = f"-{ordinal + 1}" if ordinal > 0 else ""
    return f"{short_name}{word}字〔{issued.year}〕第{core}{suffix}号"


def progress_url(base: str, case_no: str) -> str:
    """What a receipt's QR code encodes: the centre's progress-query address with the case
    number (``{case}`` in the address marks where), or the bare number when none is set."""
    base = base.strip()
    if not base:
        return case_no
    if "{case}" in base:
        return base.replace("{case}", quote(case_no))
    if base.endswith(("=", "/")):
        return base + quote(case_no)
    return f"{base}{'&' if '?' in base else '?'}case={quote(case_no)}"


def event_time(s: Session, event_type: str, case_id: str) -> datetime | None:
    """When the latest event of that type happened to the case (from the journal)."""
    raw = s.scalar(
        select(Event.occurred_at)
        .where(Event.type == event_type, Event.payload.contains(f'"case_id":"{case_id}"'))
        .order_by(Event.position.desc())
        .limit(1)
    )
    return to_local(datetime.fromisoformat(raw)) if raw else None


def refusal_ground(s: Session, case_id: str) -> RefusalGround | None:
    raw = s.scalar(
        select(Event.payload)
        .where(Event.type == "case.refused", Event.payload.contains(f'"case_id":"{case_id}"'))
        .order_by(Event.position.desc())
        .limit(1)
    )
    if raw is None:
        return None
    value = json.loads(raw).get("ground")
    return RefusalGround(value) if value in RefusalGround.__members__.values() else None


def applicant_party(case: Case) -> Party:
    kind = IdKind.USCC if case.applicant_kind == "enterprise" else IdKind.ID_CARD
    return Party(
        name=case.applicant_name,
        id_number=readable(case.applicant_id_no),
        id_kind=kind,
        phone=readable(case.applicant_phone),
    )


def agent_party(case: Case) -> Party | None:
    if not case.agent_name:
        return None
    return Party(name=case.agent_name, id_number=readable(case.agent_id_no))


def header(
    center: Center,
    dept: Department,
    item: ServiceItem,
    case: Case,
    *,
    word: str,
    issued: date,
    ordinal: int = 0,
) -> dict[str, Any]:
    """The fields every notice carries; ``ordinal``: how many notices of the same kind the
    case had before this one (a second extension, a second supplement notice)."""
    return {
        "center_name": center.name,
        "agency_name": dept.name,
        "document_number": document_number(
            dept.short_name or dept.name, word, issued, case.case_no, ordinal=ordinal
        ),
        "case_number": case.case_no,
        "issue_date": issued,
        "item_name": item.name,
        "applicant": applicant_party(case),
    }


def forms_text(originals: int, copies: int) -> str:
    """``原件1份、复印件1份``"""
    parts = [f"原件{originals}份"] if originals else []
    parts += [f"复印件{copies}份"] if copies else []
    return "、".join(parts) or "原件1份"


def material_line(m: CaseMaterial, spec: ItemMaterial | None) -> MaterialLine:
    """What was received; the catalogue's expectation when the counts were not recorded."""
    originals, copies = m.originals, m.copies
    if not originals and not copies and spec is not None:
        originals, copies = spec.originals, spec.copies
    if originals and copies:
        form = MaterialForm.ORIGINAL_AND_COPY
        note = f"原件{originals}份、复印件{copies}份" if originals != copies else ""
        return MaterialLine(name=m.name, form=form, count=max(originals, copies), note=note)
    if copies:
        return MaterialLine(name=m.name, form=MaterialForm.COPY, count=copies)
    return MaterialLine(name=m.name, form=MaterialForm.ORIGINAL, count=max(originals, 1))


def state_of(case: Case) -> CaseState:
    return CaseState(case.state)


def wrong_state(case: Case, document: str, action: str) -> IllegalTransition:
    return IllegalTransition(
        f"办件 {case.case_no} 当前状态为“{state_of(case).label}”，不能出具{document}",
        state=case.state,
        action=action,
    )


def catalogue_of(s: Session, item_id: str) -> dict[str, ItemMaterial]:
    return {m.id: m for m in s.scalars(select(ItemMaterial).where(ItemMaterial.item_id == item_id))}

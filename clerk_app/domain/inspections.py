"""明查暗访: open and unannounced inspections of the hall, their checklist and findings.

The checklist is configurable (a supervisor sets it; :data:`DEFAULT_CHECKLIST` until
then). A finding names the window (and the staff, when known), the check it failed, what
was seen and the evidence (photo file names, notes); it opens an accountability record or
a 督办, or neither. A 通报 is published from an inspection: criticism of the findings, or
commendation of the windows that passed every check.
"""

from __future__ import annotations

from collections.abc import Sequence

from clerk_app.domain.cases import _Labelled
from clerk_app.domain.errors import InvalidInput

DEFAULT_CHECKLIST: tuple[str, ...] = (
    "挂牌上岗",
    "在岗在位",
    "首问负责",
    "一次性告知",
    "服务态度",
    "现场办结",
    "工作纪律",
)
MAX_CHECKS = 30
MAX_CHECK_LENGTH = 40


class InspectionKind(_Labelled):
    OPEN = "open", "明查"
    UNANNOUNCED = "unannounced", "暗访"


class FindingAction(_Labelled):
    RECORD = "record", "立案追究责任"
    ORDER = "order", "下达督办"
    NONE = "none", "当场纠正，不再处理"


class BulletinKind(_Labelled):
    CRITICISM = "criticism", "通报批评"
    COMMENDATION = "commendation", "通报表扬"


def check_checklist(items: Sequence[str]) -> tuple[str, ...]:
    """The checklist as entered: trimmed, no blanks or repeats, a sensible size."""
    cleaned: list[str] = []
    for item in items:
        text = item.strip()
        if not text:
            continue
        if len(text) > MAX_CHECK_LENGTH:
            raise InvalidInput(f"检查项目“{text[:10]}…”过长", field="inspection_checklist")
        if text in cleaned:
            raise InvalidInput(f"检查项目“{text}”重复", field="inspection_checklist")
        cleaned.append(text)
    if not cleaned:
        raise InvalidInput("检查表至少要有一个项目", field="inspection_checklist")
    if len(cleaned) > MAX_CHECKS:
        raise InvalidInput(f"检查表最多 {MAX_CHECKS} 项", field="inspection_checklist")
    return tuple(cleaned)

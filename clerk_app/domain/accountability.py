"""责任追究 as a procedure: who answers for it, and the four points (四不放过) that close it.

A record names the directly responsible staff (直接责任人), the department's supervising
leader (分管负责人) and its main responsible leader (主要负责人). It closes only when all four
points are closed, each with a note, who closed it and when: the facts are established
(事实查清), responsibility is fixed with an outcome (责任落实), the rectification is done
(整改到位) and the staff are educated (教育到位). A record still open after
:data:`RECORD_LIMIT_WORKDAYS` working days is overdue and escalates on the board.
"""

from __future__ import annotations

from collections.abc import Iterable

from clerk_app.domain.cases import _Labelled
from clerk_app.domain.errors import IllegalTransition, InvalidInput

#: Working days from opening by which a record should be closed (then it escalates).
RECORD_LIMIT_WORKDAYS = 15


class Point(_Labelled):
    """四不放过, in the order they are normally closed."""

    FACTS = "facts", "事实查清"
    RESPONSIBILITY = "responsibility", "责任落实"
    RECTIFICATION = "rectification", "整改到位"
    EDUCATION = "education", "教育到位"


class Outcome(_Labelled):
    """What fixing the responsibility decided (the ``responsibility`` point only)."""

    NO_FAULT = "no_fault", "不予追究（无过错）"
    CRITICISM = "criticism", "批评教育"
    NOTICE = "notice", "通报批评"
    ADMONITION = "admonition", "诫勉"
    ORGANISATIONAL = "organisational", "组织处理"
    DISCIPLINE = "discipline", "移送纪检监察机关"


class Cause(_Labelled):
    """Why a record was opened."""

    OVERDUE = "overdue", "超期未办结"
    DEEMED_APPROVAL = "deemed_approval", "超时默认"
    SECOND_SUPPLEMENT = "second_supplement", "二次补正告知"
    COMPLAINT = "complaint", "效能投诉属实"
    LATE_REFERRAL = "late_referral", "转办超时"
    LATE_STEP = "late_step", "联办环节超时"
    LATE_CALLBACK = "late_callback", "回访超时"
    LATE_ORDER = "late_order", "督办逾期未反馈"
    LATE_TASK = "late_task", "督查任务逾期未落实"
    LATE_COMPLAINT = "late_complaint", "投诉逾期未办结"
    INSPECTION = "inspection", "明查暗访发现问题"
    MANUAL = "manual", "监督员立案"


def parse_point(value: str) -> Point:
    try:
        return Point(value)
    except ValueError:
        raise InvalidInput("未知的追究要点", field="accountability_point") from None


def parse_outcome(value: str) -> Outcome:
    try:
        return Outcome(value)
    except ValueError:
        raise InvalidInput("请选择责任追究的处理结果", field="accountability_outcome") from None


def check_point(point: Point, outcome: str, note: str, closed: Iterable[str]) -> None:
    """May ``point`` be closed now with this outcome and note? Raise the reason if not."""
    if point.value in set(closed):
        raise IllegalTransition(
            f"“{point.label}”已经办结", state="closed", action=f"close_{point.value}"
        )
    if not note.strip():
        raise InvalidInput(f"请填写“{point.label}”的情况说明", field="accountability_note")
    if point is Point.RESPONSIBILITY:
        parse_outcome(outcome)
    elif outcome:
        raise InvalidInput("只有“责任落实”需要选择处理结果", field="accountability_outcome")


def missing_points(closed: Iterable[str]) -> list[Point]:
    """The points still open, in order; the record may close when none is left."""
    done = set(closed)
    return [p for p in Point if p.value not in done]

"""好差评 and 效能投诉: review levels, follow-up and complaint outcomes, the satisfaction rate.

Pure rules, no database: which levels are bad, which outcome categories a call-back, a
rectification or a complaint may be closed with, what a contest may claim, and the rate
formula (非常满意 + 满意 + 基本满意) ÷ reviews.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from typing import Self

from clerk_app.domain.errors import InvalidInput

__all__ = [
    "DEFAULT_CALLBACK_WORKDAYS",
    "DEFAULT_RECTIFICATION_WORKDAYS",
    "ComplaintOutcome",
    "ContestReason",
    "ContestStatus",
    "FollowUpKind",
    "FollowUpOutcome",
    "ReviewLevel",
    "check_complaint_outcome",
    "check_follow_up_outcome",
    "check_follow_up_workdays",
    "follow_up_outcomes",
    "satisfaction_rate",
    "satisfied_and_total",
]

DEFAULT_CALLBACK_WORKDAYS = 1
DEFAULT_RECTIFICATION_WORKDAYS = 15
MAX_FOLLOW_UP_WORKDAYS = 60


class ReviewLevel(IntEnum):
    """The five levels of the national 好差评 scale; 1 and 2 are bad reviews."""

    VERY_SATISFIED = 5
    SATISFIED = 4
    BASICALLY_SATISFIED = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def is_bad(self) -> bool:
        """差评: 不满意 or 非常不满意."""
        return self <= ReviewLevel.DISSATISFIED

    @classmethod
    def parse(cls, value: object) -> ReviewLevel:
        """The level the applicant chose; anything else (None, 0, 6, "5") is refused."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput("请申请人选择评价等级（非常满意至非常不满意）")
        try:
            return cls(value)
        except ValueError:
            raise InvalidInput(f"评价等级只能是 1 至 5，收到 {value}") from None


_LEVEL_LABELS = {
    ReviewLevel.VERY_SATISFIED: "非常满意",
    ReviewLevel.SATISFIED: "满意",
    ReviewLevel.BASICALLY_SATISFIED: "基本满意",
    ReviewLevel.DISSATISFIED: "不满意",
    ReviewLevel.VERY_DISSATISFIED: "非常不满意",
}


class _Labelled(StrEnum):
    """A code stored in the database with a Chinese label for the screen."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self.value]

    @classmethod
    def parse(cls, value: object, *, what: str) -> Self:
        """A member from its code or its Chinese label; else :class:`InvalidInput`."""
        if isinstance(value, cls):
            return value
        for member in cls:
            if value in (member.value, member.label):
                return member
        choices = "、".join(m.label for m in cls)
        raise InvalidInput(f"请选择{what}（{choices}）")


class FollowUpKind(_Labelled):
    CALLBACK = "callback"
    RECTIFICATION = "rectification"
    ISSUE_RESULT = "issue_result"  # after a deemed approval: issue the result to the applicant


class FollowUpOutcome(_Labelled):
    """How a call-back or a rectification ended."""

    RESOLVED = "resolved"
    PARTLY_RESOLVED = "partly_resolved"
    EXPLAINED = "explained"
    UNREACHABLE = "unreachable"
    MISTAKEN_REVIEW = "mistaken_review"
    RECTIFIED = "rectified"
    NOT_APPLICABLE = "not_applicable"
    RESULT_ISSUED = "result_issued"


_CALLBACK_OUTCOMES = (
    FollowUpOutcome.RESOLVED,
    FollowUpOutcome.PARTLY_RESOLVED,
    FollowUpOutcome.EXPLAINED,
    FollowUpOutcome.UNREACHABLE,
    FollowUpOutcome.MISTAKEN_REVIEW,
)
_ISSUE_RESULT_OUTCOMES = (FollowUpOutcome.RESULT_ISSUED,)
_RECTIFICATION_OUTCOMES = (
    FollowUpOutcome.RECTIFIED,
    FollowUpOutcome.PARTLY_RESOLVED,
    FollowUpOutcome.NOT_APPLICABLE,
    FollowUpOutcome.MISTAKEN_REVIEW,
)


def follow_up_outcomes(kind: FollowUpKind) -> tuple[FollowUpOutcome, ...]:
    """The categories a follow-up task may be closed with, for the form."""
    if kind is FollowUpKind.ISSUE_RESULT:
        return _ISSUE_RESULT_OUTCOMES
    return _CALLBACK_OUTCOMES if kind is FollowUpKind.CALLBACK else _RECTIFICATION_OUTCOMES


def check_follow_up_outcome(kind: FollowUpKind, outcome: FollowUpOutcome) -> None:
    allowed = follow_up_outcomes(kind)
    if outcome not in allowed:
        choices = "、".join(o.label for o in allowed)
        raise InvalidInput(f"{kind.label}结果只能是：{choices}")


class ContestReason(_Labelled):
    """What the rated clerk claims when contesting a bad review."""

    MISTAKEN = "mistaken"
    MALICIOUS = "malicious"


class ContestStatus(StrEnum):
    NONE = ""
    PENDING = "pending"
    UPHELD = "upheld"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return _CONTEST_LABELS[self]


_CONTEST_LABELS = {
    ContestStatus.NONE: "",
    ContestStatus.PENDING: "申诉待审核",
    ContestStatus.UPHELD: "申诉成立（不计入满意度）",
    ContestStatus.REJECTED: "申诉不成立",
}


class ComplaintOutcome(_Labelled):
    """How a 效能投诉 was handled."""

    RECTIFICATION_ORDERED = "rectification_ordered"
    CRITICISED = "criticised"
    APOLOGISED = "apologised"
    EXPLAINED = "explained"
    REFERRED = "referred"
    UNFOUNDED = "unfounded"

    @property
    def compatible_with(self) -> tuple[bool, ...]:
        """Whether the complaint may be found substantiated (True) and/or not (False)."""
        if self is ComplaintOutcome.UNFOUNDED:
            return (False,)
        if self in (
            ComplaintOutcome.RECTIFICATION_ORDERED,
            ComplaintOutcome.CRITICISED,
            ComplaintOutcome.APOLOGISED,
        ):
            return (True,)
        return (True, False)


_LABELS: dict[type[_Labelled], dict[str, str]] = {
    FollowUpKind: {"callback": "回访", "rectification": "整改", "issue_result": "出具结果"},
    FollowUpOutcome: {
        "resolved": "已解决",
        "partly_resolved": "部分解决",
        "explained": "解释说明",
        "unreachable": "无法联系",
        "mistaken_review": "误评",
        "rectified": "已整改",
        "not_applicable": "无需整改",
        "result_issued": "已出具结果",
    },
    ContestReason: {"mistaken": "误评", "malicious": "恶意差评"},
    ComplaintOutcome: {
        "rectification_ordered": "责令整改",
        "criticised": "批评教育",
        "apologised": "赔礼道歉",
        "explained": "解释说明",
        "referred": "转有关部门处理",
        "unfounded": "投诉不属实",
    },
}


def check_complaint_outcome(outcome: ComplaintOutcome, substantiated: bool) -> None:
    """A complaint found unfounded cannot be 'substantiated', nor an apology unfounded."""
    if substantiated not in outcome.compatible_with:
        found = "属实" if substantiated else "不属实"
        raise InvalidInput(f"处理结果“{outcome.label}”与“投诉{found}”相矛盾")


def check_follow_up_workdays(kind: FollowUpKind, workdays: int) -> int:
    """A configured follow-up limit: 1 to 60 working days."""
    if (
        isinstance(workdays, bool)
        or not isinstance(workdays, int)
        or not 1 <= workdays <= MAX_FOLLOW_UP_WORKDAYS
    ):
        raise InvalidInput(f"{kind.label}时限应为 1 至 {MAX_FOLLOW_UP_WORKDAYS} 个工作日")
    return workdays


def satisfied_and_total(counts: Mapping[ReviewLevel, int]) -> tuple[int, int]:
    """(非常满意 + 满意 + 基本满意, all reviews) from the number of reviews per level."""
    satisfied = sum(n for level, n in counts.items() if not ReviewLevel(level).is_bad)
    return satisfied, sum(counts.values())


def satisfaction_rate(counts: Mapping[ReviewLevel, int]) -> float | None:
    """Satisfaction rate as a fraction in [0, 1]; None when there is no review."""
    satisfied, total = satisfied_and_total(counts)
    return None if total == 0 else satisfied / total

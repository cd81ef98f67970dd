"""绩效考核: a configurable indicator system and its scoring rules, as pure functions.

An indicator system holds one or more standards (考核标准). The default standard applies to
every department not named by another; a standard for a department type (窗口单位, 进驻
审批部门 …) names its departments. Each standard's indicators carry a weight (points, the
weights of a standard add up to 100), and one of three scoring rules by their source:

- a rate (现场办结率, 按时办结率, 满意率, 授权到位率) scores its full weight at or above its
  target and ``weight × rate ÷ target`` below it; a rate with nothing to count scores its
  full weight (nothing to deduct for);
- a count (overdue cases, substantiated complaints, inspection findings, accountability
  outcomes with a fault, bad reviews) deducts ``per_unit`` points for each, down to 0;
- an entered score (公众评议, 专家评价, 0–100) scores ``weight × score ÷ 100``; one not
  entered for the period scores the full weight and shows as 未录入.

The total is the sum of the indicator scores; departments are ranked by it (equal totals
share a rank) and the last ``bottom`` ranks are flagged (末位). A standard may instead name
posts (staff roles, 岗位): the staff of those posts are scored and ranked by it on their own
figures (their cases, reviews, findings, accountability and complaints).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from clerk_app.domain.cases import _Labelled
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.metrics import (
    AUTHORISATION_TARGET,
    ON_SITE_TARGET,
    ON_TIME_TARGET,
    SATISFACTION_TARGET,
)

MAX_STANDARDS = 20
MAX_BOTTOM = 10
WEIGHT_TOTAL = 100.0


class Source(_Labelled):
    """Where an indicator's value comes from."""

    ON_SITE_RATE = "on_site_rate", "现场办结率"
    ON_TIME_RATE = "on_time_rate", "按时办结率"
    SATISFACTION_RATE = "satisfaction_rate", "满意率"
    AUTHORISATION_RATE = "authorisation_rate", "授权到位率"
    OVERDUE = "overdue", "超期未办结件"
    COMPLAINTS = "complaints", "投诉属实"
    FINDINGS = "findings", "明查暗访发现问题"
    ACCOUNTABILITY = "accountability", "被追究责任"
    BAD_REVIEWS = "bad_reviews", "差评"
    PUBLIC_RATING = "public_rating", "公众评议"
    EXPERT_RATING = "expert_rating", "专家评价"

    @property
    def rule(self) -> str:
        if self in RATE_SOURCES:
            return "rate"
        if self in ENTERED_SOURCES:
            return "entered"
        return "count"


RATE_SOURCES = frozenset(
    {Source.ON_SITE_RATE, Source.ON_TIME_RATE, Source.SATISFACTION_RATE, Source.AUTHORISATION_RATE}
)
ENTERED_SOURCES = frozenset({Source.PUBLIC_RATING, Source.EXPERT_RATING})


@dataclass(frozen=True)
class Indicator:
    source: Source
    weight: float
    target: float = 0.0  # rates: 0 < target <= 1
    per_unit: float = 0.0  # counts: points deducted for each

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.value,
            "weight": self.weight,
            "target": self.target,
            "per_unit": self.per_unit,
        }


@dataclass(frozen=True)
class Standard:
    name: str
    indicators: tuple[Indicator, ...]
    department_ids: tuple[str, ...] = ()  # empty: the default standard
    posts: tuple[str, ...] = ()  # staff roles (岗位) scored by it; empty: departments

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "department_ids": list(self.department_ids),
            "posts": list(self.posts),
            "indicators": [i.to_json() for i in self.indicators],
        }


@dataclass(frozen=True)
class System:
    standards: tuple[Standard, ...]
    bottom: int = 1  # how many of the last ranks are flagged

    def to_json(self) -> dict[str, Any]:
        return {"bottom": self.bottom, "standards": [s.to_json() for s in self.standards]}

    def standard_for_post(self, post: str) -> Standard | None:
        """The standard scoring staff of this post (role), if any."""
        return next((s for s in self.standards if post in s.posts), None)

    def standard_for(self, department_id: str) -> Standard:
        default = None
        for standard in self.standards:
            if standard.posts:
                continue
            if department_id in standard.department_ids:
                return standard
            if not standard.department_ids:
                default = standard
        assert default is not None  # check_system makes sure there is one
        return default


DEFAULT_SYSTEM = System(
    standards=(
        Standard(
            name="通用标准",
            indicators=(
                Indicator(Source.ON_SITE_RATE, 15, target=ON_SITE_TARGET),
                Indicator(Source.ON_TIME_RATE, 15, target=ON_TIME_TARGET),
                Indicator(Source.SATISFACTION_RATE, 15, target=SATISFACTION_TARGET),
                Indicator(Source.AUTHORISATION_RATE, 10, target=AUTHORISATION_TARGET),
                Indicator(Source.OVERDUE, 10, per_unit=2),
                Indicator(Source.COMPLAINTS, 5, per_unit=5),
                Indicator(Source.FINDINGS, 5, per_unit=5),
                Indicator(Source.ACCOUNTABILITY, 10, per_unit=5),
                Indicator(Source.BAD_REVIEWS, 5, per_unit=1),
                Indicator(Source.PUBLIC_RATING, 5),
                Indicator(Source.EXPERT_RATING, 5),
            ),
        ),
    ),
    bottom=1,
)


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(f"{what}须为数字", field="score_system")
    return float(value)


def parse_system(data: Mapping[str, Any]) -> System:
    """A system from its JSON form (a setting, an event payload), checked."""
    try:
        standards = []
        for s in data["standards"]:
            indicators = []
            for i in s["indicators"]:
                try:
                    source = Source(str(i["source"]))
                except ValueError:
                    raise InvalidInput("未知的考核指标", field="score_system") from None
                indicators.append(
                    Indicator(
                        source,
                        _number(i["weight"], "权重"),
                        target=_number(i.get("target", 0.0), "目标值"),
                        per_unit=_number(i.get("per_unit", 0.0), "扣分标准"),
                    )
                )
            standards.append(
                Standard(
                    name=str(s["name"]).strip(),
                    indicators=tuple(indicators),
                    department_ids=tuple(str(d) for d in s.get("department_ids", ())),
                    posts=tuple(str(p) for p in s.get("posts", ())),
                )
            )
        bottom = data.get("bottom", 1)
    except (KeyError, TypeError):
        raise InvalidInput("考核指标体系格式不正确", field="score_system") from None
    if isinstance(bottom, bool) or not isinstance(bottom, int):
        raise InvalidInput("末位数须为整数", field="score_bottom")
    return check_system(System(tuple(standards), bottom))


def check_system(system: System) -> System:
    """Raise the first reason ``system`` cannot be used, else return it."""
    if not system.standards or len(system.standards) > MAX_STANDARDS:
        raise InvalidInput(f"考核标准须为 1 至 {MAX_STANDARDS} 个", field="score_system")
    if not 0 <= system.bottom <= MAX_BOTTOM:
        raise InvalidInput(f"末位数须在 0 至 {MAX_BOTTOM} 之间", field="score_bottom")
    defaults = [s for s in system.standards if not s.department_ids and not s.posts]
    if len(defaults) != 1:
        raise InvalidInput("须有且只有一个适用于其他部门的通用标准", field="score_system")
    seen_names: set[str] = set()
    seen_departments: set[str] = set()
    seen_posts: set[str] = set()
    for standard in system.standards:
        if not standard.name or len(standard.name) > 40:
            raise InvalidInput("考核标准的名称须为 1 至 40 个字", field="score_system")
        if standard.name in seen_names:
            raise InvalidInput(f"考核标准“{standard.name}”重复", field="score_system")
        seen_names.add(standard.name)
        if standard.posts and standard.department_ids:
            raise InvalidInput("岗位标准不按部门区分", field="score_system")
        if standard.posts and set(standard.posts) & seen_posts:
            raise InvalidInput("同一岗位只能适用一个考核标准", field="score_system")
        seen_posts |= set(standard.posts)
        twice = seen_departments & set(standard.department_ids)
        if twice:
            raise InvalidInput("同一部门只能适用一个考核标准", field="score_system")
        seen_departments |= set(standard.department_ids)
        _check_indicators(standard)
    return system


def _check_indicators(standard: Standard) -> None:
    sources = [i.source for i in standard.indicators]
    if not sources:
        raise InvalidInput(f"“{standard.name}”没有考核指标", field="score_system")
    if len(set(sources)) != len(sources):
        raise InvalidInput(f"“{standard.name}”的指标重复", field="score_system")
    for i in standard.indicators:
        if i.weight <= 0:
            raise InvalidInput(f"“{i.source.label}”的权重须大于 0", field="score_system")
        if i.source.rule == "rate" and not 0 < i.target <= 1:
            raise InvalidInput(
                f"“{i.source.label}”的目标值须在 0 至 100% 之间", field="score_system"
            )
        if i.source.rule == "count" and i.per_unit <= 0:
            raise InvalidInput(f"“{i.source.label}”的扣分标准须大于 0", field="score_system")
    total = sum(i.weight for i in standard.indicators)
    if abs(total - WEIGHT_TOTAL) > 1e-6:
        raise InvalidInput(
            f"“{standard.name}”的权重合计为 {total:g} 分，须为 100 分", field="score_system"
        )


def check_rating(score: float) -> float:
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 100:
        raise InvalidInput("评分须在 0 至 100 之间", field="score_rating")
    return float(score)


@dataclass(frozen=True)
class Inputs:
    """What one department's indicators are scored on, for one period."""

    rates: Mapping[Source, float | None] = field(default_factory=dict)
    counts: Mapping[Source, int] = field(default_factory=dict)
    ratings: Mapping[Source, float] = field(default_factory=dict)  # only those entered


@dataclass(frozen=True)
class IndicatorScore:
    source: Source
    weight: float
    value: str  # the input as shown: "92.0%", "3 件", "85 分", "—", "未录入"
    score: float


def score_indicator(indicator: Indicator, inputs: Inputs) -> IndicatorScore:
    source, weight = indicator.source, indicator.weight
    if source.rule == "rate":
        value = inputs.rates.get(source)
        if value is None:
            return IndicatorScore(source, weight, "—", weight)
        got = weight if value >= indicator.target else weight * value / indicator.target
        return IndicatorScore(source, weight, f"{value * 100:.1f}%", round(got, 2))
    if source.rule == "count":
        n = inputs.counts.get(source, 0)
        return IndicatorScore(
            source, weight, f"{n} 件", round(max(0.0, weight - indicator.per_unit * n), 2)
        )
    rating = inputs.ratings.get(source)
    if rating is None:
        return IndicatorScore(source, weight, "未录入", weight)
    return IndicatorScore(source, weight, f"{rating:g} 分", round(weight * rating / 100, 2))


def score(standard: Standard, inputs: Inputs) -> tuple[float, tuple[IndicatorScore, ...]]:
    parts = tuple(score_indicator(i, inputs) for i in standard.indicators)
    return round(sum(p.score for p in parts), 2), parts


def ranks(totals: Sequence[float]) -> list[int]:
    """Competition ranks (1, 2, 2, 4) of ``totals`` in their order, highest first."""
    return [1 + sum(1 for other in totals if other > t + 1e-9) for t in totals]


def bottom_flags(rank_list: Iterable[int], bottom: int) -> list[bool]:
    """Flag the last ``bottom`` distinct ranks (末位)."""
    listed = list(rank_list)
    distinct = sorted(set(listed), reverse=True)
    worst = distinct[: min(bottom, len(distinct) - 1)]  # never the first rank
    return [r in worst for r in listed]

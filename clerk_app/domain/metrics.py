"""Performance rates of DESIGN §2, as pure formulas.

- On-site completion rate (现场办结率) = cases decided at the centre's window ÷ cases
  accepted; target ≥ 90 %. Decided at the window: instant items completed in the visit, and
  promised items the window's chief representative decided at the centre (the item is
  ``on_site`` and not a 上报件 / 联办件) by the period's end; 上报件 are never on-site.
- Same-visit rate (当场办结率, shown beside it) = cases completed in the visit ÷ accepted.
- On-time rate = cases completed by their (approved) due date ÷ (cases completed + cases
  open and already overdue at the end of the period); target ≥ 99 %.
- Satisfaction rate = (非常满意 + 满意 + 基本满意) ÷ reviews; target ≥ 99 %: below it a
  department or window is flagged for 通报.
- Authorisation rate (授权到位率) = items fully authorised to the window ÷ items; target 100 %.
A rate with nothing to count is ``None`` (shown as "—"), never 0 % or 100 %.
"""

from __future__ import annotations

from dataclasses import dataclass

ON_SITE_TARGET = 0.90
ON_TIME_TARGET = 0.99
SATISFACTION_TARGET = 0.99
AUTHORISATION_TARGET = 1.0


def rate(numerator: int, denominator: int) -> float | None:
    if numerator < 0 or denominator < 0 or numerator > denominator:
        raise ValueError(f"impossible rate {numerator}/{denominator}")
    return None if denominator == 0 else numerator / denominator


@dataclass(frozen=True)
class Counts:
    """What the rates are computed from, for one center, department, window or clerk."""

    accepted: int = 0  # accepted in the period, on-the-spot completions included
    on_spot: int = 0  # completed on the spot in the period
    completed: int = 0  # decided in the period (approved, denied, deemed approved)
    on_time: int = 0  # of those, decided by the due date
    open_overdue: int = 0  # still open at the end of the period and past due
    reviews: int = 0
    satisfied: int = 0  # 非常满意 + 满意 + 基本满意
    on_site: int = 0  # decided at the window: on the spot, or by the chief representative
    items: int = 0  # service items (department and centre rows only)
    authorised: int = 0  # of those, fully authorised to the window

    @property
    def on_site_rate(self) -> float | None:
        return rate(self.on_site, self.accepted)

    @property
    def same_visit_rate(self) -> float | None:
        return rate(self.on_spot, self.accepted)

    @property
    def authorisation_rate(self) -> float | None:
        return rate(self.authorised, self.items)

    @property
    def low_satisfaction(self) -> bool:
        """Below the target: flagged for 通报."""
        value = self.satisfaction_rate
        return value is not None and value < SATISFACTION_TARGET

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.completed + self.open_overdue)

    @property
    def satisfaction_rate(self) -> float | None:
        return rate(self.satisfied, self.reviews)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (
            self.accepted,
            self.on_spot,
            self.completed,
            self.on_time,
            self.open_overdue,
            self.reviews,
            self.satisfied,
            self.on_site,
            self.items,
            self.authorised,
        )


def format_rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"

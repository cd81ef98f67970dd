"""Performance rates of DESIGN §2, as pure formulas.

- On-site completion rate = cases completed on the spot ÷ cases accepted (on-the-spot
  ones included); target ≥ 90 %.
- On-time rate = cases completed by their (approved) due date ÷ (cases completed + open
  cases already overdue); target ≥ 99 %.
- Satisfaction rate = (非常满意 + 满意 + 基本满意) ÷ reviews.
A rate with nothing to count is ``None`` (shown as "—"), never 0 % or 100 %.
"""

from __future__ import annotations

from dataclasses import dataclass

ON_SITE_TARGET = 0.90
ON_TIME_TARGET = 0.99
SATISFACTION_TARGET = 0.99


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

    @property
    def on_site_rate(self) -> float | None:
        return rate(self.on_spot, self.accepted)

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
        )


def format_rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"

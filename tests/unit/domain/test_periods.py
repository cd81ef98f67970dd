"""Reporting periods: this week, this month, a monthly report's month."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from clerk_app.domain.periods import Period, month_of, period_bounds

THURSDAY = date(2026, 11, 12)
days = st.dates(min_value=date(2004, 1, 1), max_value=date(2040, 12, 31))


def test_worked_examples() -> None:
    assert period_bounds(Period.TODAY, THURSDAY) == (THURSDAY, THURSDAY)
    assert period_bounds(Period.CUSTOM, THURSDAY) == (THURSDAY, THURSDAY)
    assert period_bounds(Period.WEEK, THURSDAY) == (date(2026, 11, 9), THURSDAY)
    assert period_bounds(Period.MONTH, THURSDAY) == (date(2026, 11, 1), THURSDAY)
    assert month_of(date(2026, 10, 20), THURSDAY) == (date(2026, 10, 1), date(2026, 10, 31))
    assert month_of(THURSDAY, THURSDAY) == (date(2026, 11, 1), THURSDAY)
    assert month_of(date(2024, 2, 3), THURSDAY) == (date(2024, 2, 1), date(2024, 2, 29))


def test_a_week_starting_on_monday_is_that_monday_alone() -> None:
    monday = date(2026, 11, 9)
    assert period_bounds(Period.WEEK, monday) == (monday, monday)
    assert period_bounds(Period.MONTH, date(2026, 11, 1)) == (date(2026, 11, 1),) * 2


@given(days)
def test_every_period_ends_today_and_starts_no_later(today: date) -> None:
    for period in Period:
        start, end = period_bounds(period, today)
        assert end == today and start <= end
    week_start, _ = period_bounds(Period.WEEK, today)
    assert week_start.weekday() == 0 and today - week_start < timedelta(days=7)
    month_start, _ = period_bounds(Period.MONTH, today)
    assert month_start.day == 1 and (month_start.year, month_start.month) == (
        today.year,
        today.month,
    )


@given(days, days)
def test_a_report_month_is_one_calendar_month_cut_at_today(day: date, today: date) -> None:
    start, end = month_of(day, today)
    assert start.day == 1 and (start.year, start.month) == (day.year, day.month)
    assert (end.year, end.month) == (day.year, day.month) and start <= end
    assert day <= end  # the chosen day is always inside
    if today >= day:
        assert end == min(today, (start + timedelta(days=31)).replace(day=1) - timedelta(days=1))

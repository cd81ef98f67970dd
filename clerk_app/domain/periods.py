"""Reporting periods: which days a statistics period or a monthly report covers.

A period runs up to today at the latest (statistics are computed as of the period's end,
DESIGN §2 "Rates"): "this week" is Monday to today, "this month" the 1st to today.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum


class Period(StrEnum):
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"  # the supervisor picks both ends; the default is today


def period_bounds(period: Period, today: date) -> tuple[date, date]:
    """Today; this week (Monday on); this month (the 1st on); custom: today."""
    if period is Period.WEEK:
        return today - timedelta(days=today.weekday()), today
    if period is Period.MONTH:
        return today.replace(day=1), today
    return today, today


def month_of(day: date, today: date) -> tuple[date, date]:
    """The month of ``day``, up to today at the latest (a past month runs to its last day)."""
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day.replace(day=1), min(last, max(today, day))

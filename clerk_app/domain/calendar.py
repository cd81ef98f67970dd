"""The center's working-day calendar (行政许可法 Art. 82: limits count working days).

Three sources, in order of precedence:

1. **Overrides** – local entries a supervisor makes (county closures, ethnic-minority
   festivals, next year's arrangement once the State Council publishes it). They always win.
2. **Official arrangement** – the State Council arrangement as the ``chinesecalendar``
   package carries it (holidays off, adjusted weekend workdays 调休 on) for each year it knows.
3. **Provisional rule** – for any other year: weekends off plus the statutory holidays of
   the 全国年节及纪念日放假办法 as the ``holidays`` package computes them (lunar dates
   included). Days answered this way are *provisional*.

The calendar is immutable; ``with_overrides`` returns a new one. Answers are cached per
year as sorted lists of working-day ordinals, so counting is a bisection, not a day walk.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

import chinese_calendar

__all__ = ["STATUTORY_HOLIDAY_NAMES", "WorkCalendar"]

#: Names (as the ``holidays`` package labels them in zh_CN) of the statutory holidays that
#: the provisional rule gives off. Anything else it lists – "(observed)" estimates, days
#: off moved by an adjusted arrangement (休息日（由 … 调休）), one-off commemorations – is
#: not fixed by law and is ignored.
STATUTORY_HOLIDAY_NAMES: tuple[str, ...] = (
    "元旦",
    "农历除夕",
    "春节",
    "清明节",
    "劳动节",
    "端午节",
    "中秋节",
    "国庆节",
)
_STATUTORY = frozenset(STATUTORY_HOLIDAY_NAMES)
_NAME_SEPARATOR = "; "  # how ``holidays`` joins two holidays on the same date


@cache
def _is_official_year(year: int) -> bool:
    """Whether ``chinesecalendar`` knows the State Council arrangement for ``year``."""
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


@cache
def _statutory_days(year: int) -> Mapping[date, str]:
    """Statutory holidays of ``year`` (date → Chinese name), without any adjustment.

    From 2025 on this is the 2025 revision: 元旦 1 day, 春节 4 (农历除夕 + 正月初一至初三),
    清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3. For earlier years it is the rule then in force
    as the ``holidays`` package encodes it (nothing before 1950).
    """
    import holidays  # slow to import; only needed for years chinesecalendar does not cover

    found = holidays.country_holidays("CN", years=year, observed=False, language="zh_CN")
    result: dict[date, str] = {}
    for day, label in sorted(found.items()):
        names = [n for n in str(label).split(_NAME_SEPARATOR) if n in _STATUTORY]
        if names:
            result[day] = "、".join(names)
    return MappingProxyType(result)


@cache
def _base_workdays(year: int) -> frozenset[int]:
    """Ordinals of the working days of ``year`` before any override."""
    first = date(year, 1, 1)
    days = [first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days)]
    if _is_official_year(year):
        return frozenset(d.toordinal() for d in days if chinese_calendar.is_workday(d))
    off = _statutory_days(year)
    return frozenset(d.toordinal() for d in days if d.weekday() < 5 and d not in off)


class WorkCalendar:
    """Answers "is this a working day?" and counts working days, for deadlines."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides: dict[date, bool] = dict(overrides or {})
        self._years: dict[int, list[int]] = {}  # year → sorted working-day ordinals
        self._sets: dict[int, frozenset[int]] = {}

    # -- construction -------------------------------------------------------------------

    def with_overrides(self, mapping: Mapping[date, bool]) -> WorkCalendar:
        """A new calendar with this one's overrides plus ``mapping`` (which wins)."""
        return WorkCalendar({**self._overrides, **mapping})

    @property
    def overrides(self) -> Mapping[date, bool]:
        """The local entries (read-only view)."""
        return MappingProxyType(self._overrides)

    @staticmethod
    def statutory_holidays(year: int) -> Mapping[date, str]:
        """Statutory holidays of ``year`` (date → Chinese name) the provisional rule gives off."""
        return _statutory_days(year)

    @staticmethod
    def official_years(first: int = 1900, last: int = 2100) -> tuple[int, ...]:
        """Years in ``first..last`` whose official arrangement is known."""
        return tuple(y for y in range(first, last + 1) if _is_official_year(y))

    # -- per-year tables ----------------------------------------------------------------

    def _table(self, year: int) -> list[int]:
        table = self._years.get(year)
        if table is None:
            days = set(_base_workdays(year))
            for day, working in self._overrides.items():
                if day.year == year:
                    if working:
                        days.add(day.toordinal())
                    else:
                        days.discard(day.toordinal())
            table = sorted(days)
            self._sets[year] = frozenset(days)
            self._years[year] = table
        return table

    # -- questions ----------------------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        """Whether ``day`` is a working day of the center."""
        working = self._overrides.get(day)
        if working is not None:
            return working
        if day.year not in self._sets:
            self._table(day.year)
        return day.toordinal() in self._sets[day.year]

    def is_provisional(self, day: date) -> bool:
        """True where the year's official arrangement is unknown and no override covers ``day``."""
        return day not in self._overrides and not _is_official_year(day.year)

    def provisional_reason(self, day: date) -> str | None:
        """A sentence for the clerk explaining why ``day`` is provisional, else ``None``."""
        if not self.is_provisional(day):
            return None
        reason = f"{day.year}年节假日安排尚未公布，暂按周末和法定节假日计算"
        name = _statutory_days(day.year).get(day)
        return f"{reason}（{name}）" if name else reason

    def add_workdays(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself not counted).

        ``n == 0`` returns ``start``. Works whether or not ``start`` is a working day.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        if n == 0:
            return start
        year = start.year
        table = self._table(year)
        index = bisect_right(table, start.toordinal())
        while True:
            available = len(table) - index
            if n <= available:
                return date.fromordinal(table[index + n - 1])
            n -= available
            year += 1
            table = self._table(year)
            index = 0

    def workdays_between(self, start: date, end: date) -> int:
        """Number of working days in ``(start, end]``; 0 if ``end <= start``."""
        if end <= start:
            return 0
        first = self._table(start.year)
        before = bisect_right(first, start.toordinal())
        if start.year == end.year:
            return bisect_right(first, end.toordinal()) - before
        total = len(first) - before
        for year in range(start.year + 1, end.year):
            total += len(self._table(year))
        return total + bisect_right(self._table(end.year), end.toordinal())

    def any_provisional(self, start: date, end: date) -> bool:
        """Whether any day in ``(start, end]`` is provisional (so a due date there is too)."""
        if end <= start:
            return False
        for year in range(start.year, end.year + 1):
            if _is_official_year(year):
                continue
            lo = max(start + timedelta(days=1), date(year, 1, 1))
            hi = min(end, date(year, 12, 31))
            covered = sum(1 for d in self._overrides if lo <= d <= hi)
            if covered < (hi - lo).days + 1:
                return True
        return False

"""WorkCalendar: official 2026 arrangement, provisional later years, overrides, properties."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_app.domain.calendar import STATUTORY_HOLIDAY_NAMES, WorkCalendar

CAL = WorkCalendar()
D = date

dates = st.dates(min_value=D(2019, 1, 1), max_value=D(2029, 12, 31))
counts = st.integers(min_value=0, max_value=400)


# -- the official 2026 arrangement (国务院办公厅 2026 年部分节假日安排) ------------------------


def test_2026_spring_festival_days_off_and_adjusted_workdays() -> None:
    for offset in range(9):  # Feb 15 (Sun) .. Feb 23 (Mon)
        assert not CAL.is_workday(D(2026, 2, 15) + timedelta(days=offset))
    assert CAL.is_workday(D(2026, 2, 14))  # Saturday, adjusted workday
    assert CAL.is_workday(D(2026, 2, 28))  # Saturday, adjusted workday
    assert CAL.is_workday(D(2026, 2, 24))
    assert not CAL.is_workday(D(2026, 2, 21))  # Saturday inside the festival


def test_2026_other_holidays_and_adjusted_workdays() -> None:
    off = [D(2026, 1, 1), D(2026, 1, 2), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 5)]
    off += [D(2026, 6, 19), D(2026, 9, 25), D(2026, 10, 1), D(2026, 10, 7)]
    on = [D(2026, 1, 4), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10), D(2026, 4, 3)]
    assert [CAL.is_workday(d) for d in off] == [False] * len(off)
    assert [CAL.is_workday(d) for d in on] == [True] * len(on)
    assert not any(CAL.is_provisional(d) for d in off + on)
    assert CAL.provisional_reason(D(2026, 2, 16)) is None


def test_agrees_with_chinesecalendar_on_every_official_day() -> None:
    day = D(2004, 1, 1)
    while day <= D(2026, 12, 31):
        assert CAL.is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2026, 2, 13), 1, D(2026, 2, 14)),  # Friday → adjusted Saturday counts
        (D(2026, 2, 13), 2, D(2026, 2, 24)),  # jumps the whole Spring Festival
        (D(2026, 2, 13), 5, D(2026, 2, 27)),
        (D(2026, 2, 13), 6, D(2026, 2, 28)),  # adjusted Saturday
        (D(2026, 2, 13), 7, D(2026, 3, 2)),
        (D(2026, 2, 14), 1, D(2026, 2, 24)),  # accepted on the adjusted Saturday
        (D(2026, 2, 17), 1, D(2026, 2, 24)),  # accepted on a holiday: first workday is day 1
        (D(2026, 2, 17), 20, D(2026, 3, 20)),
        (D(2026, 3, 7), 1, D(2026, 3, 9)),  # accepted on an ordinary Saturday
        (D(2026, 3, 7), 20, D(2026, 4, 3)),
        (D(2026, 3, 7), 21, D(2026, 4, 7)),  # Qingming Apr 4-6
        (D(2026, 4, 24), 4, D(2026, 4, 30)),
        (D(2026, 4, 24), 5, D(2026, 5, 6)),  # Labour Day May 1-5
        (D(2026, 4, 24), 8, D(2026, 5, 9)),  # adjusted Saturday May 9
        (D(2026, 4, 24), 9, D(2026, 5, 11)),
        (D(2026, 9, 18), 1, D(2026, 9, 20)),  # adjusted Sunday Sep 20
        (D(2026, 9, 18), 5, D(2026, 9, 24)),
        (D(2026, 9, 18), 6, D(2026, 9, 28)),  # Mid-Autumn Sep 25-27
        (D(2026, 9, 18), 8, D(2026, 9, 30)),
        (D(2026, 9, 18), 9, D(2026, 10, 8)),  # National Day Oct 1-7
        (D(2026, 9, 18), 11, D(2026, 10, 10)),  # adjusted Saturday Oct 10
        (D(2026, 9, 18), 12, D(2026, 10, 12)),
        (D(2025, 12, 31), 1, D(2026, 1, 4)),  # New Year: adjusted Sunday Jan 4
        (D(2026, 3, 5), 0, D(2026, 3, 5)),
        (D(2026, 3, 7), 0, D(2026, 3, 7)),  # n == 0 is the start, even a Saturday
    ],
)
def test_add_workdays_2026(start: date, n: int, expected: date) -> None:
    assert CAL.add_workdays(start, n) == expected


def test_workdays_between_2026() -> None:
    assert CAL.workdays_between(D(2026, 9, 24), D(2026, 10, 12)) == 7
    assert CAL.workdays_between(D(2026, 2, 13), D(2026, 2, 28)) == 6
    assert CAL.workdays_between(D(2026, 3, 9), D(2026, 3, 9)) == 0
    assert CAL.workdays_between(D(2026, 3, 10), D(2026, 3, 9)) == 0
    # 365 days - 104 weekend days - 19 weekday holidays + 6 adjusted weekend workdays
    assert CAL.workdays_between(D(2025, 12, 31), D(2026, 12, 31)) == 248
    assert CAL.workdays_between(D(2025, 12, 30), D(2027, 1, 4)) == 250  # + Dec 31, Jan 4


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_workdays(D(2026, 3, 2), -1)


# -- provisional years -------------------------------------------------------------------


def test_2026_is_official_and_2027_is_not() -> None:
    years = WorkCalendar.official_years()
    assert 2026 in years
    assert 2027 not in years
    assert CAL.is_provisional(D(2027, 3, 1))
    assert not CAL.is_provisional(D(2026, 12, 31))
    reason = CAL.provisional_reason(D(2027, 1, 1))
    assert reason is not None
    assert "2027年" in reason
    assert "元旦" in reason


def test_case_crossing_into_2027_skips_provisional_new_year() -> None:
    assert CAL.add_workdays(D(2026, 12, 24), 5) == D(2026, 12, 31)
    assert not CAL.is_workday(D(2027, 1, 1))
    assert CAL.add_workdays(D(2026, 12, 24), 6) == D(2027, 1, 4)
    assert CAL.is_provisional(D(2027, 1, 4))


def test_provisional_2027_spring_festival_is_four_statutory_days_only() -> None:
    assert [CAL.is_workday(D(2027, 2, 4) + timedelta(days=i)) for i in range(7)] == [
        True,  # Thu Feb 4
        False,  # Fri Feb 5, 除夕
        False,  # Sat Feb 6, 初一
        False,  # Sun
        False,  # Mon Feb 8, 初三
        True,  # Tue Feb 9: the holidays package calls it "(observed)", not statutory
        True,
    ]
    assert CAL.add_workdays(D(2027, 2, 4), 1) == D(2027, 2, 9)
    assert CAL.is_workday(D(2027, 5, 3))  # also an "(observed)" estimate only
    assert not CAL.is_workday(D(2027, 4, 5))  # Qingming solar term
    assert not CAL.is_workday(D(2027, 6, 9))  # 端午
    assert not CAL.is_workday(D(2027, 9, 15))  # 中秋


def test_statutory_holidays_2027_names() -> None:
    days = WorkCalendar.statutory_holidays(2027)
    assert days[D(2027, 2, 5)] == "农历除夕"
    assert days[D(2027, 2, 6)] == "春节"
    assert days[D(2027, 10, 3)] == "国庆节"
    assert len(days) == 13
    assert set(days.values()) == set(STATUTORY_HOLIDAY_NAMES)


def test_statutory_holidays_ignore_adjusted_days_of_published_years() -> None:
    days = WorkCalendar.statutory_holidays(2026)
    assert D(2026, 2, 20) not in days  # 休息日（由 2026-02-14 调休）is no statutory day
    assert days[D(2026, 2, 16)] == "农历除夕"
    assert D(2028, 10, 3) in WorkCalendar.statutory_holidays(2028)
    assert WorkCalendar.statutory_holidays(2028)[D(2028, 10, 3)] == "中秋节、国庆节"


@pytest.mark.parametrize("year", range(2027, 2101))
def test_rule_years_have_four_day_spring_festival(year: int) -> None:
    days = WorkCalendar.statutory_holidays(year)
    eve = [d for d, name in days.items() if name == "农历除夕"]
    assert len(eve) == 1
    assert [days.get(eve[0] + timedelta(days=i)) for i in (1, 2, 3)] == ["春节"] * 3
    assert sum(name.count("国庆节") for name in days.values()) == 3
    assert not CAL.is_workday(eve[0])


def test_never_crashes_for_any_year_1900_to_2100() -> None:
    for year in range(1900, 2101):
        first = D(year, 1, 1)
        later = CAL.add_workdays(first, 260)
        assert later.year in (year, year + 1)
        assert CAL.workdays_between(first, later) == 260
        assert CAL.is_provisional(first) == (year not in WorkCalendar.official_years())


# -- overrides ---------------------------------------------------------------------------


def test_county_closure_override_wins() -> None:
    closed = CAL.with_overrides({D(2026, 3, 9): False})
    assert not closed.is_workday(D(2026, 3, 9))
    assert closed.add_workdays(D(2026, 3, 7), 1) == D(2026, 3, 10)
    assert CAL.add_workdays(D(2026, 3, 7), 1) == D(2026, 3, 9)  # the original is untouched


def test_override_can_make_a_weekend_a_workday() -> None:
    cal = WorkCalendar({D(2026, 3, 8): True})
    assert cal.add_workdays(D(2026, 3, 7), 1) == D(2026, 3, 8)
    assert cal.workdays_between(D(2026, 3, 6), D(2026, 3, 9)) == 2
    assert cal.overrides == {D(2026, 3, 8): True}


def test_published_2027_arrangement_entered_as_overrides() -> None:
    published = {D(2027, 2, 9): False, D(2027, 2, 10): False, D(2027, 2, 20): True}
    cal = CAL.with_overrides(published)
    assert not cal.is_provisional(D(2027, 2, 9))
    assert not cal.is_workday(D(2027, 2, 9))
    assert cal.is_workday(D(2027, 2, 20))  # Saturday
    assert cal.is_provisional(D(2027, 2, 11))  # not covered by an override
    assert cal.add_workdays(D(2027, 2, 4), 1) == D(2027, 2, 11)
    assert cal.provisional_reason(D(2027, 2, 9)) is None


def test_later_overrides_replace_earlier_ones() -> None:
    cal = WorkCalendar({D(2026, 3, 9): False}).with_overrides({D(2026, 3, 9): True})
    assert cal.is_workday(D(2026, 3, 9))


def test_any_provisional() -> None:
    assert not CAL.any_provisional(D(2026, 3, 1), D(2026, 12, 31))
    assert CAL.any_provisional(D(2026, 12, 24), D(2027, 1, 4))
    covered = CAL.with_overrides({D(2027, 1, 1) + timedelta(days=i): i > 2 for i in range(4)})
    assert not covered.any_provisional(D(2026, 12, 24), D(2027, 1, 4))


# -- properties --------------------------------------------------------------------------


@settings(deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=400))
def test_result_is_a_workday(start: date, n: int) -> None:
    assert CAL.is_workday(CAL.add_workdays(start, n))


@settings(deadline=None)
@given(start=dates, n=counts)
def test_workdays_between_inverts_add_workdays(start: date, n: int) -> None:
    assert CAL.workdays_between(start, CAL.add_workdays(start, n)) == n


@settings(deadline=None)
@given(start=dates, n=counts)
def test_add_workdays_strictly_increases_with_n(start: date, n: int) -> None:
    assert CAL.add_workdays(start, n) < CAL.add_workdays(start, n + 1)


@settings(deadline=None)
@given(start=dates, end=dates)
def test_workdays_between_matches_day_by_day_count(start: date, end: date) -> None:
    end = min(end, start + timedelta(days=120))
    brute = sum(CAL.is_workday(start + timedelta(days=i)) for i in range(1, (end - start).days + 1))
    assert CAL.workdays_between(start, end) == brute


@settings(deadline=None)
@given(day=dates, working=st.booleans(), start=dates)
def test_override_always_wins(day: date, working: bool, start: date) -> None:
    cal = CAL.with_overrides({day: working})
    assert cal.is_workday(day) is working
    assert not cal.is_provisional(day)
    if working and start < day:
        assert cal.add_workdays(start, cal.workdays_between(start, day)) == day

"""Deadlines: due dates, suspensions, extensions, lights, deemed acceptance, recomputation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.deadlines import (
    KIND_JOINT,
    KIND_LICENCE,
    DueDateChange,
    Light,
    OpenCaseClock,
    WarningPolicy,
    check_extension,
    check_limits,
    deemed_acceptance_date,
    due_date,
    is_overdue,
    is_step_late,
    max_extension_workdays,
    recompute,
    step_due,
    suspended_workdays,
    warning_level,
    workdays_left,
)
from clerk_app.domain.errors import InvalidInput, RuleViolation

CAL = WorkCalendar()
D = date

dates = st.dates(min_value=D(2019, 1, 1), max_value=D(2029, 12, 31))
limits = st.integers(min_value=0, max_value=120)
ranges = st.tuples(dates, st.integers(min_value=0, max_value=40)).map(
    lambda r: (r[0], r[0] + timedelta(days=r[1]))
)


# -- due dates ---------------------------------------------------------------------------


def test_due_date_over_spring_festival_2026() -> None:
    assert due_date(CAL, D(2026, 2, 13), 2) == D(2026, 2, 24)  # Friday: Sat 14th is day 1
    assert due_date(CAL, D(2026, 2, 14), 1) == D(2026, 2, 24)  # adjusted Saturday
    assert due_date(CAL, D(2026, 2, 17), 20) == D(2026, 3, 20)  # accepted on a holiday


def test_due_date_over_national_day_2026() -> None:
    assert due_date(CAL, D(2026, 9, 18), 9) == D(2026, 10, 8)
    assert due_date(CAL, D(2026, 9, 18), 11) == D(2026, 10, 10)  # adjusted Saturday


def test_suspension_across_a_weekend_adds_its_working_days() -> None:
    assert due_date(CAL, D(2026, 3, 2), 5) == D(2026, 3, 9)
    suspended = [(D(2026, 3, 6), D(2026, 3, 9))]  # Fri..Mon: two working days
    assert suspended_workdays(CAL, D(2026, 3, 2), suspended) == 2
    assert due_date(CAL, D(2026, 3, 2), 5, suspensions=suspended) == D(2026, 3, 11)


def test_overlapping_suspensions_count_once() -> None:
    overlapping = [(D(2026, 3, 9), D(2026, 3, 10)), (D(2026, 3, 6), D(2026, 3, 9))]
    assert suspended_workdays(CAL, D(2026, 3, 2), overlapping) == 3  # Mar 6, 9, 10
    assert due_date(CAL, D(2026, 3, 2), 5, suspensions=overlapping) == D(2026, 3, 12)
    nested = [(D(2026, 3, 3), D(2026, 3, 13)), (D(2026, 3, 5), D(2026, 3, 6))]
    assert suspended_workdays(CAL, D(2026, 3, 2), nested) == 9


def test_suspension_days_before_the_clock_starts_do_not_count() -> None:
    early = [(D(2026, 2, 26), D(2026, 3, 3))]  # Thu..Tue, accepted Mon Mar 2
    assert suspended_workdays(CAL, D(2026, 3, 2), early) == 1  # only Mar 3


def test_suspension_with_end_before_start_is_refused() -> None:
    with pytest.raises(InvalidInput, match="中止期间有误"):
        due_date(CAL, D(2026, 3, 2), 5, suspensions=[(D(2026, 3, 9), D(2026, 3, 6))])


def test_extension_pushes_the_due_date_past_qingming() -> None:
    assert due_date(CAL, D(2026, 3, 2), 20) == D(2026, 3, 30)
    assert due_date(CAL, D(2026, 3, 2), 20, extension_workdays=10) == D(2026, 4, 14)


def test_case_crossing_into_provisional_2027() -> None:
    assert due_date(CAL, D(2026, 12, 24), 6) == D(2027, 1, 4)  # 元旦 2027 off
    assert due_date(CAL, D(2027, 2, 4), 1) == D(2027, 2, 9)  # 除夕..初三 off


def test_negative_limits_are_refused() -> None:
    with pytest.raises(InvalidInput):
        due_date(CAL, D(2026, 3, 2), -1)
    with pytest.raises(InvalidInput):
        due_date(CAL, D(2026, 3, 2), 5, extension_workdays=-2)


# -- lights ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "light"),
    [
        (D(2026, 3, 2), Light.GREEN),
        (D(2026, 3, 23), Light.GREEN),  # 5 working days left
        (D(2026, 3, 24), Light.YELLOW),  # 4 left = 20 % of 20
        (D(2026, 3, 30), Light.YELLOW),  # due today: still on time
        (D(2026, 3, 31), Light.RED),
    ],
)
def test_lights_on_a_20_day_case(today: date, light: Light) -> None:
    assert warning_level(CAL, today, D(2026, 3, 2), D(2026, 3, 30)) is light


def test_yellow_share_is_rounded_up_exactly() -> None:
    due = due_date(CAL, D(2026, 3, 2), 15)
    assert due == D(2026, 3, 23)
    assert WarningPolicy().yellow_threshold(15) == 3  # not 4 (0.2 * 15 in floats is 3.000…04)
    assert warning_level(CAL, D(2026, 3, 17), D(2026, 3, 2), due) is Light.GREEN
    assert warning_level(CAL, D(2026, 3, 18), D(2026, 3, 2), due) is Light.YELLOW


def test_short_case_uses_the_two_day_minimum() -> None:
    policy = WarningPolicy()
    assert policy.yellow_threshold(5) == 2
    assert policy.yellow_threshold(21) == 5
    due = D(2026, 3, 9)  # 5 working days after Mon Mar 2
    assert warning_level(CAL, D(2026, 3, 4), D(2026, 3, 2), due) is Light.GREEN  # 3 left
    assert warning_level(CAL, D(2026, 3, 5), D(2026, 3, 2), due) is Light.YELLOW  # 2 left


def test_custom_policy_and_light_values() -> None:
    strict = WarningPolicy(min_workdays=0, share_percent=50)
    assert warning_level(CAL, D(2026, 3, 16), D(2026, 3, 2), D(2026, 3, 30), strict) is (
        Light.YELLOW
    )
    assert [light.value for light in Light] == ["green", "yellow", "red"]
    with pytest.raises(InvalidInput):
        WarningPolicy(share_percent=120)


def test_workdays_left() -> None:
    assert workdays_left(CAL, D(2026, 3, 24), D(2026, 3, 30)) == 4
    assert workdays_left(CAL, D(2026, 3, 30), D(2026, 3, 30)) == 0
    assert workdays_left(CAL, D(2026, 3, 28), D(2026, 3, 27)) == 0  # Saturday after due
    assert is_overdue(D(2026, 3, 28), D(2026, 3, 27))
    assert workdays_left(CAL, D(2026, 3, 31), D(2026, 3, 27)) == -2


# -- deemed acceptance, steps ------------------------------------------------------------


def test_deemed_acceptance_after_the_fifth_working_day() -> None:
    received = D(2026, 3, 2)  # 5th working day after it: Mon Mar 9
    assert deemed_acceptance_date(CAL, received, D(2026, 3, 9)) is None
    assert deemed_acceptance_date(CAL, received, D(2026, 3, 10)) == received


def test_deemed_acceptance_over_national_day() -> None:
    received = D(2026, 9, 30)  # then Oct 8, 9, 10 (Sat, adjusted), 12, 13
    assert deemed_acceptance_date(CAL, received, D(2026, 10, 13)) is None
    assert deemed_acceptance_date(CAL, received, D(2026, 10, 14)) == received


def test_late_step_is_flagged_while_the_case_is_green() -> None:
    started = D(2026, 3, 2)
    assert step_due(CAL, started, 3) == D(2026, 3, 5)
    assert is_step_late(CAL, started, 3, today=D(2026, 3, 6))
    assert not is_step_late(CAL, started, 3, today=D(2026, 3, 9), completed_on=D(2026, 3, 5))
    assert is_step_late(CAL, started, 3, today=D(2026, 3, 9), completed_on=D(2026, 3, 6))
    assert warning_level(CAL, D(2026, 3, 6), started, D(2026, 3, 30)) is Light.GREEN


def test_referral_does_not_reset_the_applicant_clock() -> None:
    case_due = due_date(CAL, D(2026, 3, 2), 20)
    referred = step_due(CAL, D(2026, 3, 20), 5)  # sent to another department on day 15
    assert referred == D(2026, 3, 27)
    assert due_date(CAL, D(2026, 3, 2), 20) == case_due == D(2026, 3, 30)


# -- extensions and limits ---------------------------------------------------------------


def test_statutory_extension_maxima() -> None:
    assert max_extension_workdays(20, KIND_LICENCE) == 10
    assert max_extension_workdays(45, KIND_JOINT) == 15
    assert max_extension_workdays(20, KIND_JOINT, configured_max=7) == 7
    assert max_extension_workdays(30, "promised", configured_max=5) == 5
    assert max_extension_workdays(30, "promised") == 0


def test_extension_above_the_maximum_is_refused() -> None:
    check_extension(10, 10, D(2026, 3, 20), D(2026, 3, 30))
    with pytest.raises(RuleViolation) as err:
        check_extension(11, 10, D(2026, 3, 20), D(2026, 3, 30))
    assert str(err.value) == "延期天数超过法定上限（最多 10 个工作日）"
    assert err.value.code == "rule_violation"
    with pytest.raises(RuleViolation, match="大于 0"):
        check_extension(0, 10, D(2026, 3, 20), D(2026, 3, 30))


def test_extension_after_the_original_due_date_is_refused() -> None:
    check_extension(5, 10, D(2026, 3, 30), D(2026, 3, 30))  # on the due day: allowed
    with pytest.raises(RuleViolation, match="2026年3月30日"):
        check_extension(5, 10, D(2026, 3, 31), D(2026, 3, 30))


def test_promised_limit_never_longer_than_statutory() -> None:
    check_limits(20, 20)
    check_limits(20, 5)
    with pytest.raises(RuleViolation, match="不得超过法定时限"):
        check_limits(20, 25)
    with pytest.raises(RuleViolation):
        check_limits(20, -1)


# -- recomputation -----------------------------------------------------------------------


def _clock(case_id: str, accepted: date, limit: int, due: date) -> OpenCaseClock:
    return OpenCaseClock(case_id, accepted, limit, (), 0, due)


def test_recompute_after_a_county_closure_returns_only_changed_cases() -> None:
    closed = CAL.with_overrides({D(2026, 3, 9): False})
    cases = [
        _clock("A", D(2026, 3, 2), 5, D(2026, 3, 9)),
        _clock("B", D(2026, 3, 10), 5, D(2026, 3, 17)),
    ]
    assert recompute(CAL, closed, cases) == [
        DueDateChange("A", D(2026, 3, 9), D(2026, 3, 10), False, False)
    ]


def test_recompute_when_2027_arrangement_is_published() -> None:
    published = CAL.with_overrides({D(2027, 2, 9): False, D(2027, 2, 10): False})
    cases = [
        _clock("C", D(2027, 2, 4), 1, D(2027, 2, 9)),
        OpenCaseClock("D", D(2026, 3, 2), 5, ((D(2026, 3, 6), D(2026, 3, 9)),), 1, D(2026, 3, 12)),
    ]
    [change] = recompute(CAL, published, cases)
    assert (change.case_id, change.old_due, change.new_due) == ("C", D(2027, 2, 9), D(2027, 2, 11))
    assert change.was_provisional
    assert change.provisional  # Feb 11 itself is not covered by the entries


# -- properties --------------------------------------------------------------------------


@settings(deadline=None)
@given(accepted=dates, limit=limits)
def test_due_date_without_suspension_is_add_workdays(accepted: date, limit: int) -> None:
    assert due_date(CAL, accepted, limit) == CAL.add_workdays(accepted, limit)


@settings(deadline=None)
@given(accepted=dates, limit=limits, suspensions=st.lists(ranges, max_size=4))
def test_suspensions_never_shorten_the_deadline(
    accepted: date, limit: int, suspensions: list[tuple[date, date]]
) -> None:
    plain = due_date(CAL, accepted, limit)
    suspended = due_date(CAL, accepted, limit, suspensions=suspensions)
    assert suspended >= plain
    assert CAL.workdays_between(plain, suspended) == suspended_workdays(CAL, accepted, suspensions)


@settings(deadline=None)
@given(accepted=dates, suspensions=st.lists(ranges, min_size=1, max_size=4))
def test_suspended_days_match_a_day_by_day_count(
    accepted: date, suspensions: list[tuple[date, date]]
) -> None:
    days = {
        first + timedelta(days=i)
        for first, last in suspensions
        for i in range((last - first).days + 1)
    }
    expected = sum(1 for d in days if d > accepted and CAL.is_workday(d))
    assert suspended_workdays(CAL, accepted, suspensions) == expected


@settings(deadline=None)
@given(accepted=dates, limit=st.integers(min_value=1, max_value=60), today=dates)
def test_light_is_red_exactly_when_overdue(accepted: date, limit: int, today: date) -> None:
    due = due_date(CAL, accepted, limit)
    light = warning_level(CAL, today, accepted, due)
    assert (light is Light.RED) == (today > due)
    if today <= accepted:
        assert light is Light.GREEN or limit <= WarningPolicy().yellow_threshold(limit)

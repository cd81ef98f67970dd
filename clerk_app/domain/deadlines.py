"""Time limits (限时办结), warning lights (电子监察), deemed acceptance and extensions.

Every limit is a number of working days of a :class:`WorkCalendar`. The due date is the
N-th working day after the start day, which is not counted (民法典 Art. 201); a deadline is
met when the work is done by the end of the due day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.errors import InvalidInput, RuleViolation

__all__ = [
    "KIND_JOINT",
    "KIND_LICENCE",
    "DueDateChange",
    "Light",
    "OpenCaseClock",
    "WarningPolicy",
    "check_extension",
    "check_joint_steps",
    "check_limits",
    "deemed_acceptance_date",
    "due_date",
    "format_date",
    "is_overdue",
    "is_step_late",
    "max_extension_workdays",
    "recompute",
    "step_due",
    "suspended_workdays",
    "warning_level",
    "workdays_left",
]

KIND_LICENCE = "licence"  # 行政许可: 20 working days, extension 10 (行政许可法 Art. 42)
KIND_JOINT = "joint"  # 联办件 / 统一办理: 45 working days, extension 15 (Art. 42)
_STATUTORY_EXTENSIONS: dict[tuple[str, int], int] = {(KIND_LICENCE, 20): 10, (KIND_JOINT, 45): 15}


def format_date(day: date) -> str:
    """A date as clerks and notices write it: 2026年9月30日."""
    return f"{day.year}年{day.month}月{day.day}日"


def suspended_workdays(
    calendar: WorkCalendar, accepted_on: date, suspensions: Sequence[tuple[date, date]]
) -> int:
    """Working days inside the union of the inclusive ``suspensions`` ranges.

    Overlapping ranges count once; days on or before ``accepted_on`` do not count (the clock
    had not started).
    """
    total = 0
    covered_until = accepted_on  # every day <= this is already counted (or before the clock)
    for first, last in sorted(suspensions):
        if last < first:
            raise InvalidInput(
                f"中止期间有误：结束日 {format_date(last)} 早于开始日 {format_date(first)}"
            )
        start = max(first - timedelta(days=1), covered_until)
        total += calendar.workdays_between(start, last)
        covered_until = max(covered_until, last)
    return total


def due_date(
    calendar: WorkCalendar,
    accepted_on: date,
    limit_workdays: int,
    *,
    suspensions: Sequence[tuple[date, date]] = (),
    extension_workdays: int = 0,
) -> date:
    """The case's due date: the N-th working day after ``accepted_on``.

    N is the limit plus the working days suspended plus the approved extension. Accepted on a
    non-working day, the first following working day is day 1.
    """
    if limit_workdays < 0 or extension_workdays < 0:
        raise InvalidInput("办理时限和延期天数不能为负数")
    suspended = suspended_workdays(calendar, accepted_on, suspensions)
    return calendar.add_workdays(accepted_on, limit_workdays + suspended + extension_workdays)


def is_overdue(today: date, due: date) -> bool:
    """Overdue from the day after the due day (done by the end of the due day is on time)."""
    return today > due


def workdays_left(calendar: WorkCalendar, today: date, due: date) -> int:
    """Working days left after ``today`` up to ``due``; negative when overdue.

    On the due day it is 0. When overdue it is minus the working days in ``(due, today]``,
    which is still 0 on a non-working day right after the due day: use :func:`is_overdue`
    (or :func:`warning_level`) to tell "due today" from "overdue".
    """
    if today <= due:
        return calendar.workdays_between(today, due)
    return -calendar.workdays_between(due, today)


class Light(StrEnum):
    """Deadline light on the supervision board."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


@dataclass(frozen=True, slots=True)
class WarningPolicy:
    """When a case turns yellow: at most ``min_workdays`` or ``share_percent`` % of the total
    limit left, whichever is larger (the share is rounded up). Red is always "overdue"."""

    min_workdays: int = 2
    share_percent: int = 20

    def __post_init__(self) -> None:
        if self.min_workdays < 0 or not 0 <= self.share_percent <= 100:
            raise InvalidInput("预警设置有误：天数不能为负，比例须在 0–100% 之间")

    def yellow_threshold(self, total_workdays: int) -> int:
        """Remaining working days at or below which the light is yellow."""
        share = -(-total_workdays * self.share_percent // 100)  # integer ceiling
        return max(self.min_workdays, share)


def warning_level(
    calendar: WorkCalendar,
    today: date,
    accepted_on: date,
    due: date,
    policy: WarningPolicy = WarningPolicy(),
) -> Light:
    """Green, yellow (near the deadline, see :class:`WarningPolicy`) or red (overdue)."""
    if is_overdue(today, due):
        return Light.RED
    total = calendar.workdays_between(accepted_on, due)
    if workdays_left(calendar, today, due) <= policy.yellow_threshold(total):
        return Light.YELLOW
    return Light.GREEN


def deemed_acceptance_date(
    calendar: WorkCalendar, received_on: date, today: date, limit: int = 5
) -> date | None:
    """The acceptance date of an application left without decision or notice (Art. 32).

    The agency has until the end of the ``limit``-th working day after ``received_on`` to
    accept or issue a supplement notice. From the next day on (``today`` strictly after that
    working day) the application is deemed accepted, dated ``received_on``; before that,
    ``None``. The caller asks only for applications still without either.
    """
    if today > calendar.add_workdays(received_on, limit):
        return received_on
    return None


def step_due(calendar: WorkCalendar, step_started_on: date, step_limit: int) -> date:
    """Due date of an internal step (referral, a department's sub-task of a joint case).

    A step has its own limit; it never changes the applicant's clock, which keeps running
    from the case's acceptance whatever happens between departments.
    """
    if step_limit < 0:
        raise InvalidInput("环节时限不能为负数")
    return calendar.add_workdays(step_started_on, step_limit)


def is_step_late(
    calendar: WorkCalendar,
    step_started_on: date,
    step_limit: int,
    today: date,
    completed_on: date | None = None,
) -> bool:
    """Whether a step was (or, still open, is now) past its own due date.

    Flagged independently of the case light: a case can be green with a late step.
    """
    finished = completed_on if completed_on is not None else today
    return finished > step_due(calendar, step_started_on, step_limit)


def max_extension_workdays(statutory_limit: int, kind: str, configured_max: int = 0) -> int:
    """Longest extension allowed: 10 working days on a 20-day licence (``KIND_LICENCE``), 15 on
    45-day joint handling (``KIND_JOINT``), otherwise the item's ``configured_max``."""
    return _STATUTORY_EXTENSIONS.get((kind, statutory_limit), configured_max)


def check_extension(requested: int, allowed: int, requested_on: date, original_due: date) -> None:
    """Raise :class:`RuleViolation` unless the extension may be approved.

    It must be positive, at most ``allowed``, and approved on or before the original due date.
    """
    if requested <= 0:
        raise RuleViolation("延期天数必须大于 0")
    if requested > allowed:
        raise RuleViolation(f"延期天数超过法定上限（最多 {allowed} 个工作日）")
    if requested_on > original_due:
        raise RuleViolation(
            f"延期须在原办结期限（{format_date(original_due)}）届满前批准，现已逾期，不能延期"
        )


def check_limits(statutory: int, promised: int) -> None:
    """Raise :class:`RuleViolation` if the promised limit is negative or above the statutory."""
    if statutory < 0 or promised < 0:
        raise RuleViolation("法定时限和承诺时限不能为负数")
    if promised > statutory:
        raise RuleViolation(
            f"承诺时限（{promised} 个工作日）不得超过法定时限（{statutory} 个工作日）"
        )


@dataclass(frozen=True, slots=True)
class OpenCaseClock:
    """What it takes to recompute an open case's due date."""

    case_id: str
    accepted_on: date
    limit_workdays: int
    suspensions: tuple[tuple[date, date], ...]
    extension_workdays: int
    current_due: date


@dataclass(frozen=True, slots=True)
class DueDateChange:
    """An open case whose due date moved because the calendar changed."""

    case_id: str
    old_due: date
    new_due: date
    was_provisional: bool = False  # the old due date relied on provisional days
    provisional: bool = False  # the new one still does


def recompute(
    old_cal: WorkCalendar, new_cal: WorkCalendar, open_cases: Iterable[OpenCaseClock]
) -> list[DueDateChange]:
    """Due dates of ``open_cases`` under ``new_cal``; only the cases that change.

    The old due date is the case's ``current_due`` (what the applicant was told);
    ``old_cal`` only says whether it was provisional.
    """
    changes: list[DueDateChange] = []
    for case in open_cases:
        new_due = due_date(
            new_cal,
            case.accepted_on,
            case.limit_workdays,
            suspensions=case.suspensions,
            extension_workdays=case.extension_workdays,
        )
        if new_due != case.current_due:
            changes.append(
                DueDateChange(
                    case_id=case.case_id,
                    old_due=case.current_due,
                    new_due=new_due,
                    was_provisional=old_cal.any_provisional(case.accepted_on, case.current_due),
                    provisional=new_cal.any_provisional(case.accepted_on, new_due),
                )
            )
    return changes


def check_joint_steps(promised: int, step_limits: Sequence[tuple[str, int]]) -> None:
    """并联审批: the departments of a joint item, each with its own limit.

    At least two departments, none twice, every step limit at least one working day and
    never longer than the promised limit of the whole case (one overall due date).
    """
    if len(step_limits) < 2:
        raise RuleViolation("联办件至少要有两个部门参与")
    departments = [d for d, _ in step_limits]
    if len(set(departments)) != len(departments):
        raise RuleViolation("同一部门在联办件中只能出现一次")
    for _, limit in step_limits:
        if limit < 1 or limit > promised:
            raise RuleViolation(
                f"联办部门的办理时限应为 1 至 {promised} 个工作日（不超过整件的承诺时限）"
            )

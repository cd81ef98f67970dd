"""The board's deadline lights (电子监察): green, yellow and red running cases per
department, and the yellow and red cases themselves, counted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Subquery, and_, exists, func, select
from sqlalchemy import case as sql_case

from clerk_app.domain.cases import CaseState
from clerk_app.domain.deadlines import Light, WarningPolicy, warning_level, workdays_left
from clerk_app.services.case_views import RUNNING_STATES
from clerk_app.services.context import ServiceContext
from clerk_app.store.models import Case, Department, ServiceItem, Staff, Suspension

LIGHT_ORDER = {Light.RED: 0, Light.YELLOW: 1, Light.GREEN: 2}


@dataclass(frozen=True)
class DepartmentLights:
    department_id: str
    department_name: str
    green: int
    yellow: int
    red: int


@dataclass(frozen=True)
class LightCase:
    case_id: str
    case_no: str
    item_name: str
    department_id: str
    department_name: str
    clerk_name: str
    due_date: date
    provisional_due: bool
    workdays_left: int
    light: Light
    suspended: bool


@dataclass(frozen=True)
class LightsBoard:
    departments: tuple[DepartmentLights, ...]
    cases: tuple[LightCase, ...]  # red and yellow only, the most urgent first


def deadline_lights(ctx: ServiceContext, policy: WarningPolicy | None = None) -> LightsBoard:
    """Green/yellow/red counts of the running cases per department, and the red and yellow
    cases themselves (red = overdue; a suspended case's clock stands still).

    The light of a case depends only on its acceptance and due dates (and, suspended, on
    whether it was suspended after its due date): the cases are counted in SQL per
    department and such dates, each distinct group is given its light once, and only the
    cases that can be yellow or red (due by the latest such group) are read one by one.
    """
    today, policy = ctx.today(), policy or WarningPolicy()
    with ctx.db.read_sessions() as s:
        cal = ctx.calendar_from(s)
        depts = list(s.execute(select(Department.id, Department.name).order_by(Department.code)))
        counts: dict[str, dict[Light, int]] = {d: dict.fromkeys(Light, 0) for d, _ in depts}
        names = dict(depts)
        lights: dict[tuple[date, date, int, int], Light] = {}

        def light_of(accepted_on: date, due: date, suspended: int, late: int) -> Light:
            found = lights.get((accepted_on, due, suspended, late))
            if found is None:
                found = warning_level(cal, today, accepted_on, due, policy)
                # rules.is_overdue: a suspended case is overdue only if it was suspended
                # after its due date had passed
                if suspended and found is Light.RED and not late:
                    found = Light.GREEN
                lights[(accepted_on, due, suspended, late)] = found
            return found

        running = _running_cases()
        grouped = select(
            running.c.department_id,
            running.c.accepted_on,
            running.c.due_date,
            running.c.suspended,
            running.c.late,
            func.count(),
        ).group_by(
            running.c.department_id,
            running.c.accepted_on,
            running.c.due_date,
            running.c.suspended,
            running.c.late,
        )
        last_flagged: date | None = None
        for department_id, accepted_on, due, suspended, late, n in s.execute(grouped):
            light = light_of(accepted_on, due, suspended, late)
            counts.setdefault(department_id, dict.fromkeys(Light, 0))[light] += n
            if light is not Light.GREEN and (last_flagged is None or due > last_flagged):
                last_flagged = due
        flagged: list[LightCase] = []
        if last_flagged is not None:
            detail = (
                select(
                    running.c.id,
                    running.c.case_no,
                    ServiceItem.name,
                    running.c.department_id,
                    Staff.name,
                    running.c.due_date,
                    running.c.provisional_due,
                    running.c.accepted_on,
                    running.c.suspended,
                    running.c.late,
                )
                .join(ServiceItem, ServiceItem.id == running.c.item_id)
                .outerjoin(Staff, Staff.id == running.c.clerk_id)
                .where(running.c.due_date <= last_flagged)
            )
            for row in s.execute(detail):
                light = light_of(row.accepted_on, row.due_date, row.suspended, row.late)
                if light is Light.GREEN:
                    continue
                flagged.append(
                    LightCase(
                        case_id=row.id,
                        case_no=row.case_no,
                        item_name=row[2],
                        department_id=row.department_id,
                        department_name=names.get(row.department_id, ""),
                        clerk_name=row[4] or "",
                        due_date=row.due_date,
                        provisional_due=row.provisional_due,
                        workdays_left=workdays_left(cal, today, row.due_date),
                        light=light,
                        suspended=bool(row.suspended),
                    )
                )
    flagged.sort(key=lambda c: (LIGHT_ORDER[c.light], c.due_date, c.case_no))
    return LightsBoard(
        departments=tuple(
            DepartmentLights(d, names.get(d, ""), c[Light.GREEN], c[Light.YELLOW], c[Light.RED])
            for d, c in counts.items()
        ),
        cases=tuple(flagged),
    )


def _running_cases() -> Subquery:
    """The running cases with a due date, flagged suspended (1/0) and suspended after their
    due date (``late``, 1/0: the one open suspension started after it)."""
    suspended = Case.state == CaseState.SUSPENDED.value
    suspended_late = exists().where(
        Suspension.case_id == Case.id,
        Suspension.end_on.is_(None),
        Suspension.start_on > Case.due_date,
    )
    return (
        select(
            Case.id,
            Case.case_no,
            Case.item_id,
            Case.clerk_id,
            Case.department_id,
            Case.accepted_on,
            Case.due_date,
            Case.provisional_due,
            sql_case((suspended, 1), else_=0).label("suspended"),
            sql_case((and_(suspended, suspended_late), 1), else_=0).label("late"),
        )
        .where(
            Case.state.in_(RUNNING_STATES),
            Case.due_date.is_not(None),
            Case.accepted_on.is_not(None),
        )
        .subquery("running")
    )

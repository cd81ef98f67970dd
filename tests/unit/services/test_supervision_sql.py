"""The supervisor's reads aggregate in SQL; each is checked here against a plain case-by-case
reading of its rule, on a generated set of cases spread around the periods' ends (open,
suspended before and after their due date, decided on time, late, after the period…)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from clerk_app.domain import cases as rules
from clerk_app.domain.accountability import RECORD_LIMIT_WORKDAYS
from clerk_app.domain.cases import CaseState
from clerk_app.domain.clock import SHANGHAI, to_local
from clerk_app.domain.deadlines import Light, WarningPolicy, warning_level
from clerk_app.services import board
from clerk_app.services.case_views import RUNNING_STATES, snapshot
from clerk_app.services.context import ServiceContext
from clerk_app.services.statistics import (
    DONE_STATES,
    ON_SITE_KINDS,
    RAN_STATES,
    Grouping,
    live_performance,
)
from clerk_app.store.models import AccountabilityRecord, Case, ServiceItem, Suspension
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, valid_id_card

TODAY = date(2026, 12, 3)
STATES = (
    CaseState.ACCEPTED,
    CaseState.ACCEPTED,
    CaseState.SUSPENDED,
    CaseState.COMPLETED,
    CaseState.COMPLETED,
    CaseState.COMPLETED_ON_SPOT,
    CaseState.DEEMED_APPROVED,
    CaseState.REFUSED,
)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=SHANGHAI)


def _generate(ctx: ServiceContext, center: SmallCenter, n: int = 240) -> None:
    """``n`` cases accepted from mid-October to today, with a seeded mix of states."""
    rnd = random.Random(14)
    people = [
        (center.market_dept, center.window_a, center.clerk.staff_id),
        (center.market_dept, center.window_b, center.clerk_b.staff_id),
        (center.tax_dept, center.window_tax, center.tax_clerk.staff_id),
    ]
    items = {
        center.market_dept: [center.instant_item, center.promised_item, center.deemed_item],
        center.tax_dept: [center.tax_item],
    }
    with ctx.db.sessions() as s, s.begin():
        for i in range(n):
            department, window, clerk = rnd.choice(people)
            state = rnd.choice(STATES)
            accepted = date(2026, 10, 15) + timedelta(days=rnd.randint(0, 49))
            due = accepted + timedelta(days=rnd.randint(0, 25))
            closed: date | None = None
            if state in (CaseState.COMPLETED, CaseState.DEEMED_APPROVED):
                closed = min(accepted + timedelta(days=rnd.randint(0, 30)), TODAY)
            elif state in (CaseState.COMPLETED_ON_SPOT, CaseState.REFUSED):
                closed, due = accepted, accepted
            case_id = f"00000000-0000-4000-9000-{i:012d}"
            s.add(
                Case(
                    id=case_id,
                    case_no=f"SQL{i:06d}",
                    item_id=rnd.choice(items[department]),
                    department_id=department,
                    window_id=window,
                    clerk_id=clerk,
                    applicant_kind="person",
                    applicant_name="生成",
                    applicant_id_no=valid_id_card(),
                    state=state.value,
                    received_at=_at(accepted),
                    received_on=accepted,
                    accepted_on=None if state is CaseState.REFUSED else accepted,
                    limit_workdays=10,
                    due_date=None if state is CaseState.REFUSED else due,
                    on_spot=state is CaseState.COMPLETED_ON_SPOT,
                    overdue=(closed or TODAY) > due and rnd.random() < 0.8,
                    decision="approved" if closed else "",
                    closed_on=closed,
                    closed_at=_at(closed) if closed else None,
                )
            )
            if state is CaseState.SUSPENDED:
                s.flush()
                start = due + timedelta(days=rnd.randint(-6, 4))
                s.add(
                    Suspension(
                        id=f"00000000-0000-4000-9100-{i:012d}",
                        case_id=case_id,
                        reason="检验",
                        start_on=start,
                        end_on=None if rnd.random() < 0.85 else start + timedelta(days=2),
                        staff_id=clerk,
                    )
                )


# --- the statistics ------------------------------------------------------------------------


def _reference(
    ctx: ServiceContext, start: date, end: date, group: Grouping
) -> dict[str, tuple[int, ...]]:
    """The case counts of DESIGN §2 "Rates", one case at a time."""
    key_of = {
        Grouping.CENTER: lambda c: "center",
        Grouping.DEPARTMENT: lambda c: c.department_id,
        Grouping.WINDOW: lambda c: c.window_id,
        Grouping.STAFF: lambda c: c.clerk_id,
    }[group]
    cutoff = min(end, ctx.today())
    found: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    with ctx.db.read_sessions() as s:
        items = {i.id: i for i in s.scalars(select(ServiceItem))}
        for c in s.scalars(select(Case)):
            counts = found[key_of(c)]
            item = items[c.item_id]
            if c.accepted_on is not None and start <= c.accepted_on <= end:
                counts[0] += 1
                counts[1] += c.on_spot
                counts[2] += c.on_spot or (
                    item.on_site
                    and item.kind in ON_SITE_KINDS
                    and c.state == CaseState.COMPLETED.value
                    and c.closed_on is not None
                    and c.closed_on <= end
                )
            if c.state in DONE_STATES and c.closed_on and start <= c.closed_on <= end:
                counts[3] += 1
                counts[4] += c.due_date is not None and c.closed_on <= c.due_date
            open_at_end = c.state in RAN_STATES and (c.closed_on is None or c.closed_on > end)
            suspended_late = c.state == CaseState.SUSPENDED.value and c.overdue
            if (
                c.accepted_on is not None
                and c.accepted_on <= end
                and c.due_date is not None
                and c.due_date < cutoff
                and (open_at_end or suspended_late)
            ):
                counts[5] += 1
    return {k: tuple(v) for k, v in found.items() if any(v)}


def test_the_period_counts_are_those_of_each_case_read_alone(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    _generate(ctx, center)
    clock.set_day(TODAY)
    periods = [
        (date(2026, 11, 1), date(2026, 11, 30)),  # a past month
        (date(2026, 11, 16), date(2026, 11, 16)),  # a day
        (date(2026, 10, 1), date(2026, 12, 3)),  # up to today
        (date(2026, 12, 1), date(2026, 12, 31)),  # not ended yet
    ]
    checked = 0
    for start, end in periods:
        for group in Grouping:
            rows = live_performance(ctx, start=start, end=end, group=group)
            got = {
                r.key: (
                    r.counts.accepted,
                    r.counts.on_spot,
                    r.counts.on_site,
                    r.counts.completed,
                    r.counts.on_time,
                    r.counts.open_overdue,
                )
                for r in rows
            }
            assert got == _reference(ctx, start, end, group), (start, end, group)
            checked += sum(sum(v) for v in got.values())
    assert checked > 1000  # the generated cases do reach every count


# --- the deadline lights ------------------------------------------------------------------


def _reference_lights(ctx: ServiceContext) -> tuple[dict[str, tuple[int, int, int]], list[tuple]]:
    """Each running case's light, read case by case (a suspended case is red only if it was
    suspended after its due date)."""
    today, policy = ctx.today(), WarningPolicy()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    flagged = []
    with ctx.db.read_sessions() as s:
        cal = ctx.calendar_from(s)
        for case in s.scalars(select(Case).where(Case.state.in_(RUNNING_STATES))):
            assert case.due_date is not None and case.accepted_on is not None
            light = warning_level(cal, today, case.accepted_on, case.due_date, policy)
            suspended = case.state == CaseState.SUSPENDED.value
            late = rules.is_overdue(snapshot(s, case), today=today)
            if suspended and light is Light.RED and not late:
                light = Light.GREEN
            counts[case.department_id][[Light.GREEN, Light.YELLOW, Light.RED].index(light)] += 1
            if light is not Light.GREEN:
                flagged.append((light, case.due_date, case.case_no, suspended))
    order = {Light.RED: 0, Light.YELLOW: 1}
    flagged.sort(key=lambda f: (order[f[0]], f[1], f[2]))
    return {k: (g, y, r) for k, (g, y, r) in counts.items()}, flagged


def test_the_lights_are_those_of_each_running_case_read_alone(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    _generate(ctx, center)
    for day in (date(2026, 11, 20), TODAY):
        clock.set_day(day)
        lights = board.deadline_lights(ctx)
        counts, flagged = _reference_lights(ctx)
        got = {d.department_id: (d.green, d.yellow, d.red) for d in lights.departments}
        assert got == counts
        assert [(c.light, c.due_date, c.case_no, c.suspended) for c in lights.cases] == flagged
    suspended = [c for c in lights.cases if c.suspended]
    assert {c.light for c in suspended} == {Light.RED, Light.YELLOW}
    assert sum(r for _g, _y, r in counts.values()) > 10


def test_a_suspended_case_is_red_only_when_suspended_after_its_due_date(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    with ctx.db.sessions() as s, s.begin():
        for n, suspended_on in ((1, date(2026, 11, 10)), (2, date(2026, 11, 20))):
            case_id = f"00000000-0000-4000-9200-{n:012d}"
            s.add(
                Case(
                    id=case_id,
                    case_no=f"SUS{n}",
                    item_id=center.promised_item,
                    department_id=center.market_dept,
                    window_id=center.window_a,
                    clerk_id=center.clerk.staff_id,
                    applicant_kind="person",
                    applicant_name="生成",
                    applicant_id_no=valid_id_card(),
                    state=CaseState.SUSPENDED.value,
                    received_at=_at(date(2026, 11, 2)),
                    received_on=date(2026, 11, 2),
                    accepted_on=date(2026, 11, 2),
                    due_date=date(2026, 11, 16),
                )
            )
            s.flush()
            s.add(
                Suspension(
                    id=f"00000000-0000-4000-9300-{n:012d}",
                    case_id=case_id,
                    reason="检验",
                    start_on=suspended_on,
                    staff_id=center.clerk.staff_id,
                )
            )
    clock.set_day(TODAY)
    lights = board.deadline_lights(ctx)
    assert [(c.case_no, c.light, c.suspended) for c in lights.cases] == [("SUS2", Light.RED, True)]
    market = next(d for d in lights.departments if d.department_id == center.market_dept)
    assert (market.green, market.yellow, market.red) == (1, 0, 1)


# --- the escalations ------------------------------------------------------------------------


def test_escalations_are_the_open_records_past_their_date(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    first = date(2026, 10, 20)
    with ctx.db.sessions() as s, s.begin():
        for n in range(46):
            opened = datetime.combine(
                first + timedelta(days=n), time(23, 30) if n % 3 else time(0, 10), SHANGHAI
            )
            s.add(
                AccountabilityRecord(
                    id=f"00000000-0000-4000-9400-{n:012d}",
                    cause="overdue",
                    department_id=center.market_dept,
                    direct_staff_id=center.clerk.staff_id,
                    opened_at=opened,
                    status="closed" if n % 5 == 0 else "open",
                )
            )
    for day in (date(2026, 11, 12), date(2026, 11, 13), TODAY):
        clock.set_day(day)
        every = board.accountability_records(ctx)
        late = sorted((r for r in every if r.overdue), key=lambda r: (r.due_date, r.id))
        assert [r.id for r in board.escalations(ctx).records] == [r.id for r in late]
    # known answer: a record opened at 23:30 on Wednesday 21 Oct (15:30 UTC) is due 15
    # working days later, on 11 Nov, and escalated from the day after
    record = next(r for r in every if r.id.endswith("000000000001"))
    assert to_local(record.opened_at).date() == date(2026, 10, 21)
    assert RECORD_LIMIT_WORKDAYS == 15 and record.due_date == date(2026, 11, 11)
    clock.set_day(record.due_date)
    assert record.id not in {r.id for r in board.escalations(ctx).records}
    clock.set_day(record.due_date + timedelta(days=1))
    assert record.id in {r.id for r in board.escalations(ctx).records}

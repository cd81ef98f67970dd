"""A generated month of cases with known answers, written straight into the store (the
statistics are SQL over the case table; going through the use cases would only be slow)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from clerk_app.domain.cases import CaseState, ItemKind
from clerk_app.domain.clock import SHANGHAI
from clerk_app.services import catalogue
from clerk_app.services.catalogue import MaterialSpec
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.store.models import Case
from tests.helpers.factories import SmallCenter, valid_id_card


@dataclass(frozen=True)
class Month:
    start: date
    end: date
    late_case_ids: tuple[str, ...]  # open and overdue at the end of the month


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=SHANGHAI)


def generate_month(
    ctx: ServiceContext,
    center: SmallCenter,
    *,
    decided_at_window: int = 90,
    reported_on_time: int = 8,
    reported_late: int = 2,
) -> Month:
    """November 2026 at the market department: ``decided_at_window`` promised cases decided
    at the window on time, ``reported_on_time`` 上报件 decided on time by the department,
    ``reported_late`` 上报件 still open at the end of the month and overdue."""
    reported = catalogue.add_item(
        ctx,
        Actor.system(),
        code="SCJG-R01",
        name="食品生产许可证核发（上报件）",
        department_id=center.market_dept,
        kind=ItemKind.REPORTED,
        statutory_limit=20,
        promised_limit=10,
        queue_id=center.market_queue,
        materials=[MaterialSpec("申请书")],
    )
    late: list[str] = []
    with ctx.db.sessions() as s, s.begin():
        n = 0

        def add(item_id: str, accepted: date, due: date, closed: date | None) -> str:
            nonlocal n
            n += 1
            case_id = f"00000000-0000-4000-8000-{n:012d}"
            s.add(
                Case(
                    id=case_id,
                    case_no=f"GEN2026110{n:05d}",
                    item_id=item_id,
                    department_id=center.market_dept,
                    window_id=center.window_a,
                    clerk_id=center.clerk.staff_id,
                    applicant_kind="person",
                    applicant_name="生成",
                    applicant_id_no=valid_id_card(),
                    state=CaseState.COMPLETED.value if closed else CaseState.ACCEPTED.value,
                    received_at=_at(accepted),
                    received_on=accepted,
                    accepted_on=accepted,
                    limit_workdays=10,
                    due_date=due,
                    decision="approved" if closed else "",
                    closed_on=closed,
                    closed_at=_at(closed) if closed else None,
                )
            )
            return case_id

        for i in range(decided_at_window):
            day = date(2026, 11, 2 + i % 10)
            add(center.promised_item, day, date(2026, 11, 20), date(2026, 11, 16))
        for _ in range(reported_on_time):
            add(reported, date(2026, 11, 3), date(2026, 11, 17), date(2026, 11, 17))
        for _ in range(reported_late):
            late.append(add(reported, date(2026, 11, 3), date(2026, 11, 17), None))
    return Month(date(2026, 11, 1), date(2026, 11, 30), tuple(late))

"""Closing a statistics period (结账): its figures frozen so a monthly assessment can be
reproduced.

A supervisor closes a period once it has ended: the figures of every grouping, computed
as of the period's end, are stored with the event (``period.closed``). From then on the
statistics, the reports and the scores of that period read the frozen figures, whatever
happens later (a late closing, a corrected calendar). A correction is a new revision,
attributed and with its reason; the latest revision is the one shown, the earlier ones are
kept.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.metrics import Counts
from clerk_app.domain.text_limits import check_text
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.events import EventData, applier
from clerk_app.services.rows import new_id
from clerk_app.services.statistics import Grouping, PerformanceRow, live_performance
from clerk_app.store.models import ClosedPeriod, Staff


@dataclass(frozen=True)
class ClosedPeriodView:
    start: date
    end: date
    revision: int
    reason: str
    closed_by: str  # name
    closed_at: datetime


def close_period(
    ctx: ServiceContext, actor: Actor, *, start: date, end: date, reason: str = ""
) -> ClosedPeriodView:
    """Freeze the figures of [start, end]; closing it again is a revision needing a reason."""
    require_role(actor, Role.SUPERVISOR, action="结账（冻结统计期间）")
    if end < start:
        raise InvalidInput("统计期间的结束日期早于开始日期", field="period")
    if end >= ctx.today():
        raise InvalidInput("统计期间尚未结束，不能结账", field="period")
    reason = check_text("period_reason", reason)
    figures = {
        g.value: [_row_json(r) for r in live_performance(ctx, start=start, end=end, group=g)]
        for g in Grouping
    }
    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        revision = _latest_revision(s, start, end) + 1
        if revision > 1 and not reason:
            raise InvalidInput("该期间已结账，修订须说明理由", field="period_reason")
        uow.emit(
            "period.closed",
            dict(
                id=new_id(),
                start=start,
                end=end,
                revision=revision,
                reason=reason,
                figures=json.dumps(figures, ensure_ascii=False, sort_keys=True),
                at=uow.now,
            ),
        )
        view = _latest(s, start, end)
        assert view is not None
        return view


@applier("period.closed")
def _closed(s: Session, e: EventData) -> None:
    start, end, revision = e.day("start"), e.day("end"), e.integer("revision")
    if revision != _latest_revision(s, start, end) + 1:
        raise IllegalTransition(
            "统计期间的修订版次不连续", state=str(revision), action="close_period"
        )
    figures = json.loads(e.text("figures"))
    if not isinstance(figures, dict):
        raise InvalidInput("结账数据格式不正确")
    s.add(
        ClosedPeriod(
            id=e.text("id"),
            start_on=start,
            end_on=end,
            revision=revision,
            reason=e.text("reason"),
            closed_by=e.actor_id,
            closed_at=e.moment("at"),
            figures=e.text("figures"),
        )
    )


# --- reads -------------------------------------------------------------------------------


def frozen_rows(
    ctx: ServiceContext, start: date, end: date, group: Grouping
) -> list[PerformanceRow] | None:
    """The frozen rows of a closed period (latest revision), or None if it is not closed."""
    with ctx.db.read_sessions() as s:
        row = s.scalars(
            select(ClosedPeriod)
            .where(ClosedPeriod.start_on == start, ClosedPeriod.end_on == end)
            .order_by(ClosedPeriod.revision.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        data = json.loads(row.figures).get(group.value, [])
    return [PerformanceRow(str(r["key"]), str(r["name"]), Counts(**r["counts"])) for r in data]


def period_status(ctx: ServiceContext, start: date, end: date) -> ClosedPeriodView | None:
    with ctx.db.read_sessions() as s:
        return _latest(s, start, end)


def revisions(ctx: ServiceContext, start: date, end: date) -> list[ClosedPeriodView]:
    with ctx.db.read_sessions() as s:
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        return [
            _view(p, names)
            for p in s.scalars(
                select(ClosedPeriod)
                .where(ClosedPeriod.start_on == start, ClosedPeriod.end_on == end)
                .order_by(ClosedPeriod.revision)
            )
        ]


def _row_json(row: PerformanceRow) -> dict[str, object]:
    return {"key": row.key, "name": row.name, "counts": asdict(row.counts)}


def _latest_revision(s: Session, start: date, end: date) -> int:
    found = s.scalar(
        select(func.max(ClosedPeriod.revision)).where(
            ClosedPeriod.start_on == start, ClosedPeriod.end_on == end
        )
    )
    return int(found or 0)


def _latest(s: Session, start: date, end: date) -> ClosedPeriodView | None:
    row = s.scalars(
        select(ClosedPeriod)
        .where(ClosedPeriod.start_on == start, ClosedPeriod.end_on == end)
        .order_by(ClosedPeriod.revision.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return _view(row, dict(s.execute(select(Staff.id, Staff.name)).all()))


def _view(p: ClosedPeriod, names: dict[str, str]) -> ClosedPeriodView:
    return ClosedPeriodView(
        start=p.start_on,
        end=p.end_on,
        revision=p.revision,
        reason=p.reason,
        closed_by=names.get(p.closed_by or "", ""),
        closed_at=p.closed_at,
    )

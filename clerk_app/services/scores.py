"""绩效考核 scores: the indicator system a supervisor sets, the entered ratings (公众评议,
专家评价), and each department's score, rank and breakdown for a period.

The system is a setting set by an attributed event (``score.system_set``); a rating is an
attributed event per period, department and kind (``score.rating_entered``, the latest
one counts). The inputs are aggregated in SQL: the rates come from
:func:`statistics.performance` (the frozen figures of a closed period), the counts from
grouped queries over findings, accountability records and complaints of the period.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_app.domain import scores as rules
from clerk_app.domain.accountability import Outcome
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.scores import IndicatorScore, Inputs, Source, System
from clerk_app.domain.text_limits import check_text
from clerk_app.services.accountability import CLOSED
from clerk_app.services.complaints import SUBSTANTIATED
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound
from clerk_app.services.events import EventData, applier
from clerk_app.services.statistics import Grouping, _utc_bounds, performance
from clerk_app.store.models import (
    AccountabilityRecord,
    Center,
    Complaint,
    Department,
    Inspection,
    InspectionFinding,
    Setting,
    Staff,
)

if TYPE_CHECKING:
    from clerk_app.printing.report_docs import ScoreReportDoc

SYSTEM_KEY = "score.system"
RATING_PREFIX = "score.r:"  # + start:end:kind:department_id (fits the 80-character key)
READERS = (Role.SUPERVISOR, Role.ADMIN)


# --- the indicator system ---------------------------------------------------------------


def system(ctx: ServiceContext) -> System:
    with ctx.db.read_sessions() as s:
        return _system(s)


def _system(s: Session) -> System:
    row = s.get(Setting, SYSTEM_KEY)
    return rules.DEFAULT_SYSTEM if row is None else rules.parse_system(json.loads(row.value))


def set_system(ctx: ServiceContext, actor: Actor, new: System) -> System:
    """配置考核指标体系: indicators, weights, targets and rules per department type."""
    require_role(actor, Role.SUPERVISOR, action="配置绩效考核指标体系")
    checked = rules.check_system(new)
    with ctx.unit_of_work(actor) as uow:
        for standard in checked.standards:
            for department_id in standard.department_ids:
                if uow.session.get(Department, department_id) is None:
                    raise NotFound("找不到考核标准适用的部门")
        uow.emit(
            "score.system_set",
            dict(system=json.dumps(checked.to_json(), ensure_ascii=False, sort_keys=True)),
        )
    return checked


@applier("score.system_set")
def _system_set(s: Session, e: EventData) -> None:
    checked = rules.parse_system(json.loads(e.text("system")))
    row = s.get(Setting, SYSTEM_KEY)
    if row is None:
        row = Setting(key=SYSTEM_KEY)
        s.add(row)
    row.value = json.dumps(checked.to_json(), ensure_ascii=False, sort_keys=True)
    row.staff_id = e.actor_id


# --- entered ratings ----------------------------------------------------------------------


def _rating_key(start: date, end: date, kind: Source, department_id: str) -> str:
    return f"{RATING_PREFIX}{start:%Y%m%d}:{end:%Y%m%d}:{kind.value[0]}:{department_id}"


def enter_rating(
    ctx: ServiceContext,
    actor: Actor,
    *,
    start: date,
    end: date,
    department_id: str,
    kind: Source | str,
    score: float,
    note: str = "",
) -> None:
    """录入公众评议 / 专家评价 (0–100) of a department for a period; a new entry replaces it."""
    require_role(actor, Role.SUPERVISOR, action="录入公众评议和专家评价")
    try:
        which = Source(str(kind))
    except ValueError:
        which = None
    if which not in rules.ENTERED_SOURCES:
        raise InvalidInput("请选择公众评议或专家评价", field="score_rating_kind")
    assert which is not None
    value = rules.check_rating(score)
    note = check_text("score_note", note)
    if end < start:
        raise InvalidInput("考核期间的结束日期早于开始日期", field="period")
    with ctx.unit_of_work(actor) as uow:
        if uow.session.get(Department, department_id) is None:
            raise NotFound("找不到被评议的部门")
        uow.emit(
            "score.rating_entered",
            dict(
                start=start,
                end=end,
                department_id=department_id,
                kind=which.value,
                tenths=round(value * 10),
                note=note,
                at=uow.now,
            ),
        )


@applier("score.rating_entered")
def _rating_entered(s: Session, e: EventData) -> None:
    kind = Source(e.text("kind"))
    if kind not in rules.ENTERED_SOURCES:
        raise InvalidInput("请选择公众评议或专家评价", field="score_rating_kind")
    value = rules.check_rating(e.integer("tenths") / 10)
    key = _rating_key(e.day("start"), e.day("end"), kind, e.text("department_id"))
    row = s.get(Setting, key)
    if row is None:
        row = Setting(key=key)
        s.add(row)
    row.value = json.dumps({"score": value, "note": e.text("note")}, ensure_ascii=False)
    row.staff_id = e.actor_id


# --- the scores ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DepartmentScore:
    department_id: str
    name: str
    standard: str
    total: float
    rank: int
    bottom: bool  # 末位, flagged
    breakdown: tuple[IndicatorScore, ...]


@dataclass(frozen=True)
class ScoreReport:
    center: str
    start: date
    end: date
    rows: tuple[DepartmentScore, ...]  # by rank
    indicators: tuple[Source, ...]  # every source of any standard, in the default's order


def department_scores(ctx: ServiceContext, actor: Actor, *, start: date, end: date) -> ScoreReport:
    """Score, rank and breakdown of every active department for [start, end]."""
    require_role(actor, *READERS, action="查看绩效考核得分")
    if end < start:
        raise InvalidInput("考核期间的结束日期早于开始日期", field="period")
    perf = {
        r.key: r.counts
        for r in performance(ctx, actor, start=start, end=end, group=Grouping.DEPARTMENT)
    }
    with ctx.db.read_sessions() as s:
        the_system = _system(s)
        departments = s.execute(
            select(Department.id, Department.name)
            .where(Department.active.is_(True))
            .order_by(Department.code)
        ).all()
        findings, faults, complaints = _counted(
            s,
            start,
            end,
            finding=InspectionFinding.department_id,
            fault=AccountabilityRecord.department_id,
            complaint=Complaint.department_id,
        )
        prefix = f"{RATING_PREFIX}{start:%Y%m%d}:{end:%Y%m%d}:"
        ratings: dict[str, dict[Source, float]] = {}
        for key, value in s.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
        ):
            letter, department_id = key[len(prefix) :].split(":", 1)
            kind = Source.PUBLIC_RATING if letter == "p" else Source.EXPERT_RATING
            ratings.setdefault(department_id, {})[kind] = float(json.loads(value)["score"])
        center = s.scalar(select(Center.name).limit(1)) or "政务服务中心"
    scored = []
    for department_id, name in departments:
        counts = perf.get(department_id)
        standard = the_system.standard_for(department_id)
        inputs = Inputs(
            rates={
                Source.ON_SITE_RATE: counts.on_site_rate if counts else None,
                Source.ON_TIME_RATE: counts.on_time_rate if counts else None,
                Source.SATISFACTION_RATE: counts.satisfaction_rate if counts else None,
                Source.AUTHORISATION_RATE: counts.authorisation_rate if counts else None,
            },
            counts={
                Source.OVERDUE: counts.open_overdue if counts else 0,
                Source.BAD_REVIEWS: (counts.reviews - counts.satisfied) if counts else 0,
                Source.FINDINGS: int(findings.get(department_id, 0)),
                Source.ACCOUNTABILITY: int(faults.get(department_id, 0)),
                Source.COMPLAINTS: int(complaints.get(department_id, 0)),
            },
            ratings=ratings.get(department_id, {}),
        )
        total, parts = rules.score(standard, inputs)
        scored.append((department_id, name, standard.name, total, parts))
    scored.sort(key=lambda r: (-r[3], r[1]))
    rank_list = rules.ranks([r[3] for r in scored])
    flags = rules.bottom_flags(rank_list, the_system.bottom)
    rows = tuple(
        DepartmentScore(d, n, st, t, rank, flag, parts)
        for (d, n, st, t, parts), rank, flag in zip(scored, rank_list, flags, strict=True)
    )
    sources: list[Source] = []
    for standard in sorted(the_system.standards, key=lambda x: bool(x.department_ids)):
        if standard.posts:
            continue
        sources += [i.source for i in standard.indicators if i.source not in sources]
    return ScoreReport(center, start, end, rows, tuple(sources))


def staff_scores(ctx: ServiceContext, actor: Actor, *, start: date, end: date) -> ScoreReport:
    """Score, rank and breakdown of every active staff member whose post (role) a standard
    names, on their own figures for [start, end]; entered ratings are per department, so a
    staff standard's rating indicators show 未录入. ``department_id`` of a row is the staff id."""
    require_role(actor, *READERS, action="查看绩效考核得分")
    if end < start:
        raise InvalidInput("考核期间的结束日期早于开始日期", field="period")
    perf = {
        r.key: r.counts for r in performance(ctx, actor, start=start, end=end, group=Grouping.STAFF)
    }
    with ctx.db.read_sessions() as s:
        the_system = _system(s)
        staff = s.execute(
            select(Staff.id, Staff.name, Staff.staff_no, Staff.role)
            .where(Staff.active.is_(True))
            .order_by(Staff.staff_no)
        ).all()
        findings, faults, complaints = _counted(
            s,
            start,
            end,
            finding=InspectionFinding.staff_id,
            fault=AccountabilityRecord.direct_staff_id,
            complaint=Complaint.staff_id,
        )
        center = s.scalar(select(Center.name).limit(1)) or "政务服务中心"
    scored = []
    for staff_id, name, staff_no, role in staff:
        standard = the_system.standard_for_post(str(role))
        if standard is None:
            continue
        counts = perf.get(staff_id)
        inputs = Inputs(
            rates={
                Source.ON_SITE_RATE: counts.on_site_rate if counts else None,
                Source.ON_TIME_RATE: counts.on_time_rate if counts else None,
                Source.SATISFACTION_RATE: counts.satisfaction_rate if counts else None,
            },
            counts={
                Source.OVERDUE: counts.open_overdue if counts else 0,
                Source.BAD_REVIEWS: (counts.reviews - counts.satisfied) if counts else 0,
                Source.FINDINGS: int(findings.get(staff_id, 0)),
                Source.ACCOUNTABILITY: int(faults.get(staff_id, 0)),
                Source.COMPLAINTS: int(complaints.get(staff_id, 0)),
            },
        )
        total, parts = rules.score(standard, inputs)
        scored.append((staff_id, f"{name}（{staff_no}）", standard.name, total, parts))
    scored.sort(key=lambda r: (-r[3], r[1]))
    rank_list = rules.ranks([r[3] for r in scored])
    flags = rules.bottom_flags(rank_list, the_system.bottom)
    rows = tuple(
        DepartmentScore(d, n, st, t, rank, flag, parts)
        for (d, n, st, t, parts), rank, flag in zip(scored, rank_list, flags, strict=True)
    )
    sources: list[Source] = []
    for standard in the_system.standards:
        if standard.posts:
            sources += [i.source for i in standard.indicators if i.source not in sources]
    return ScoreReport(center, start, end, rows, tuple(sources))


# --- the report as PDF and Excel --------------------------------------------------------


def _frozen_note(ctx: ServiceContext, start: date, end: date) -> str:
    from clerk_app.services.closed_periods import period_status

    closed = period_status(ctx, start, end)
    return f"已结账（第 {closed.revision} 版）" if closed is not None else ""


def _scores(
    ctx: ServiceContext, actor: Actor, start: date, end: date, by_staff: bool
) -> ScoreReport:
    scorer = staff_scores if by_staff else department_scores
    return scorer(ctx, actor, start=start, end=end)


def score_report(
    ctx: ServiceContext,
    actor: Actor,
    *,
    start: date,
    end: date,
    generated_by: str = "",
    by_staff: bool = False,
) -> ScoreReportDoc:
    """The scoring report of [start, end] (departments, or staff by post), ready for
    ``printing.render`` (PDF)."""
    from clerk_app.printing.report_docs import ScoreLine, ScorePart, ScoreReportDoc

    report = _scores(ctx, actor, start, end, by_staff)
    return ScoreReportDoc(
        center_name=report.center,
        start=start,
        end=end,
        lines=tuple(
            ScoreLine(
                r.rank,
                r.name,
                r.standard,
                r.total,
                r.bottom,
                tuple(ScorePart(p.source.label, p.weight, p.value, p.score) for p in r.breakdown),
            )
            for r in report.rows
        ),
        frozen_note=_frozen_note(ctx, start, end),
        generated_at=ctx.now(),
        generated_by=generated_by,
    )


def score_excel(
    ctx: ServiceContext, actor: Actor, *, start: date, end: date, by_staff: bool = False
) -> bytes:
    """The scoring report of [start, end] as an Excel workbook."""
    from clerk_app.printing.spreadsheet import score_workbook

    report = _scores(ctx, actor, start, end, by_staff)
    rows = [
        (
            r.rank,
            r.name,
            r.standard,
            r.total,
            r.bottom,
            [(p.source.label, p.weight, p.value, p.score) for p in r.breakdown],
        )
        for r in report.rows
    ]
    return score_workbook(
        report.center,
        start,
        end,
        rows,
        [s.label for s in report.indicators],
        frozen_note=_frozen_note(ctx, start, end),
    )


def _counted(
    s: Session, start: date, end: date, *, finding: Any, fault: Any, complaint: Any
) -> tuple[dict[Any, int], dict[Any, int], dict[Any, int]]:
    """Inspection findings, accountability faults and substantiated complaints of the
    period, each counted per the given key column (department or staff member)."""
    lo, hi = _utc_bounds(start, end)

    findings = s.execute(
        select(finding, func.count())
        .join(Inspection, Inspection.id == InspectionFinding.inspection_id)
        .where(Inspection.held_on.between(start, end))
        .group_by(finding)
    ).all()
    faults = s.execute(
        select(fault, func.count())
        .where(
            AccountabilityRecord.opened_at >= lo,
            AccountabilityRecord.opened_at < hi,
            AccountabilityRecord.status == CLOSED,
            AccountabilityRecord.outcome != Outcome.NO_FAULT.value,
        )
        .group_by(fault)
    ).all()
    complaints = s.execute(
        select(complaint, func.count())
        .where(
            Complaint.received_at >= lo,
            Complaint.received_at < hi,
            Complaint.status == SUBSTANTIATED,
        )
        .group_by(complaint)
    ).all()
    return dict(findings), dict(faults), dict(complaints)

"""Plain data for the supervisor's performance reports (日报 / 月报): frozen dataclasses.

The counts are :class:`clerk_app.domain.metrics.Counts`; the renderer formats the rates
with :func:`clerk_app.domain.metrics.format_rate` and marks those below target in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from clerk_app.domain.metrics import Counts


class ReportKind(StrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"
    PERIOD = "period"

    @property
    def heading(self) -> str:
        return {
            ReportKind.DAILY: "政务服务效能日报",
            ReportKind.MONTHLY: "政务服务效能月报",
            ReportKind.PERIOD: "政务服务效能统计报告",
        }[self]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportRow:
    """One department (or the total) with what its rates are computed from."""

    name: str
    counts: Counts


@dataclass(frozen=True, slots=True, kw_only=True)
class OverdueLine:
    case_number: str
    item_name: str
    department_name: str
    clerk_name: str
    due_date: date | None
    state: str  # the case's state code: accepted / suspended


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountabilityLine:
    opened_on: date
    cause: str  # overdue / deemed_approval / second_supplement / complaint
    case_number: str  # "" when the record is not about a case
    department_name: str
    main_staff: str = ""  # the names of the staff in each part ("" when none)
    supervising_staff: str = ""
    direct_staff: str = ""
    status: str  # open / closed


@dataclass(frozen=True, slots=True, kw_only=True)
class PerformanceReportDoc:
    """日报 / 月报: the table by department, totals, overdue cases, accountability."""

    center_name: str
    kind: ReportKind
    start: date
    end: date
    rows: tuple[ReportRow, ...]
    total: Counts
    overdue: tuple[OverdueLine, ...]
    accountability: tuple[AccountabilityLine, ...]
    generated_at: datetime
    generated_by: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class BulletinLine:
    window: str
    department: str
    staff: str
    item: str  # the checklist item ("" in a commendation)
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class BulletinDoc:
    """通报: criticism of what an inspection found, or commendation of who passed."""

    center_name: str
    kind_label: str  # 通报批评 / 通报表扬
    inspection_label: str  # 明查 / 暗访
    held_on: date
    lines: tuple[BulletinLine, ...]
    generated_at: datetime
    generated_by: str = ""


@dataclass(frozen=True, slots=True)
class ScorePart:
    indicator: str  # 按时办结率
    weight: float
    value: str  # 98.0% / 2 件 / 80 分 / 未录入
    score: float


@dataclass(frozen=True, slots=True)
class ScoreLine:
    rank: int
    name: str
    standard: str
    total: float
    bottom: bool
    parts: tuple[ScorePart, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreReportDoc:
    """绩效考核 scoring report: ranks, totals, bottom flags and each breakdown."""

    center_name: str
    start: date
    end: date
    lines: tuple[ScoreLine, ...]
    frozen_note: str  # 已结账（第 n 版） or ""
    generated_at: datetime
    generated_by: str = ""

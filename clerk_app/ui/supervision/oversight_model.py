"""Supervisor work lists: contested reviews, call-backs/rectifications, complaints, and the
performance table (rates against their targets, in words as well as colour)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from clerk_app.domain.clock import to_local
from clerk_app.domain.metrics import (
    AUTHORISATION_TARGET,
    ON_SITE_TARGET,
    ON_TIME_TARGET,
    SATISFACTION_TARGET,
    format_rate,
)
from clerk_app.services.complaints import ComplaintView
from clerk_app.services.follow_ups import FollowUpView
from clerk_app.services.oversight import DueChange
from clerk_app.services.reviews import ReviewView
from clerk_app.services.statistics import PerformanceRow
from clerk_app.ui.common.labels import label, level_label, target_text
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.theme import LIGHT_GREEN, LIGHT_RED

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ContestModel(RowTableModel[ReviewView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("OversightModel", "评价时间"),
                    lambda r: to_local(r.created_at).strftime("%Y-%m-%d %H:%M"),
                    sort=lambda r: r.created_at.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "被评价人"), lambda r: r.staff_name
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "窗口"),
                    lambda r: r.window_code or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "部门"),
                    lambda r: r.department_name or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "评价"),
                    lambda r: level_label(r.level),
                    sort=lambda r: int(r.level),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "评价内容"),
                    lambda r: r.comment or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "申诉理由"),
                    lambda r: r.contest_reason or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "状态"),
                    lambda r: label(r.contest_status),
                ),
            ],
            parent,
        )


@dataclass(frozen=True)
class FollowUpRow:
    view: FollowUpView
    staff_name: str  # the rated or complained-about clerk ("" if none)
    department_name: str


class FollowUpModel(RowTableModel[FollowUpRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("OversightModel", "类型"),
                    lambda f: label(f.view.kind),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "期限"),
                    lambda f: (
                        f.view.due_date.isoformat()
                        + (
                            QCoreApplication.translate("OversightModel", "（已逾期）")
                            if f.view.overdue
                            else ""
                        )
                    ),
                    sort=lambda f: f.view.due_date.isoformat(),
                    color=lambda f: LIGHT_RED if f.view.overdue else None,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "涉及人员"),
                    lambda f: f.staff_name or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "部门"),
                    lambda f: f.department_name or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "评价"),
                    lambda f: level_label(f.view.level),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "说明"),
                    lambda f: f.view.outcome_note or "—",
                ),
            ],
            parent,
        )


@dataclass(frozen=True)
class ComplaintRow:
    view: ComplaintView
    staff_name: str
    department_name: str


class ComplaintModel(RowTableModel[ComplaintRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("OversightModel", "受理时间"),
                    lambda c: to_local(c.view.received_at).strftime("%Y-%m-%d %H:%M"),
                    sort=lambda c: c.view.received_at.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "投诉人"),
                    lambda c: c.view.complainant,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "电话"),
                    lambda c: c.view.phone or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "被投诉人"),
                    lambda c: c.staff_name or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "部门"),
                    lambda c: c.department_name or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "投诉内容"),
                    lambda c: c.view.content,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "渠道"),
                    lambda c: label(c.view.channel),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "工单编号"),
                    lambda c: c.view.work_order_no or "—",
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "办理时限"),
                    _complaint_due_text,
                    sort=lambda c: c.view.due_date.isoformat() if c.view.due_date else "",
                    color=lambda c: LIGHT_RED if c.view.overdue else None,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "答复"),
                    _complaint_reply_text,
                    color=lambda c: LIGHT_RED if c.view.replied_late else None,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "状态"),
                    lambda c: complaint_status_label(c.view.status),
                ),
            ],
            parent,
        )


def _complaint_due_text(c: ComplaintRow) -> str:
    if c.view.due_date is None:
        return "—"
    text = c.view.due_date.isoformat()
    if c.view.overdue:
        text += QCoreApplication.translate("OversightModel", "（已逾期）")
    return text


def _complaint_reply_text(c: ComplaintRow) -> str:
    if not c.view.replied:
        return QCoreApplication.translate("OversightModel", "未答复")
    text = (
        QCoreApplication.translate("OversightModel", "已答复（满意）")
        if c.view.reply_satisfied
        else QCoreApplication.translate("OversightModel", "已答复（不满意）")
    )
    if c.view.replied_late:
        text += QCoreApplication.translate("OversightModel", "，逾期答复")
    return text


def complaint_status_label(status: str) -> str:
    return {
        "open": QCoreApplication.translate("OversightModel", "待处理"),
        "substantiated": QCoreApplication.translate("OversightModel", "属实"),
        "unfounded": QCoreApplication.translate("OversightModel", "不属实"),
    }.get(status, status)


def rate_text(value: float | None, target: float | None) -> str:
    """ "95.0%（达标）" / "85.0%（未达标）"; "—" when there is nothing to count."""
    text = format_rate(value)
    if value is None or target is None:
        return text
    return text + (
        QCoreApplication.translate("OversightModel", "（达标）")
        if value >= target
        else QCoreApplication.translate("OversightModel", "（未达标）")
    )


def rate_header(template: str, target: float) -> str:
    """A rate's column header with its target from ``clerk_app.domain.metrics``."""
    return template.format(target=target_text(target))


def rate_colour(value: float | None, target: float) -> str | None:
    if value is None:
        return None
    return LIGHT_GREEN if value >= target else LIGHT_RED


def _rate_sort(value: float | None) -> float:
    return -1.0 if value is None else value


def satisfaction_text(value: float | None) -> str:
    """The rate against its target; below it the group is flagged for 通报."""
    text = rate_text(value, SATISFACTION_TARGET)
    if value is not None and value < SATISFACTION_TARGET:
        text += QCoreApplication.translate("OversightModel", "·拟通报")
    return text


class PerformanceModel(RowTableModel[PerformanceRow]):
    COL_ON_SITE_RATE, COL_SAME_VISIT_RATE, COL_ON_TIME_RATE = 8, 9, 10
    COL_SATISFACTION_RATE, COL_AUTHORISATION_RATE = 11, 12

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("OversightModel", "名称"), lambda r: r.name),
                Column(
                    QCoreApplication.translate("OversightModel", "受理"),
                    lambda r: str(r.counts.accepted),
                    lambda r: r.counts.accepted,
                    RIGHT,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "现场办结"),
                    lambda r: str(r.counts.on_site),
                    lambda r: r.counts.on_site,
                    RIGHT,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "当场办结"),
                    lambda r: str(r.counts.on_spot),
                    lambda r: r.counts.on_spot,
                    RIGHT,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "办结"),
                    lambda r: str(r.counts.completed),
                    lambda r: r.counts.completed,
                    RIGHT,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "按期办结"),
                    lambda r: str(r.counts.on_time),
                    lambda r: r.counts.on_time,
                    RIGHT,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "超期未办"),
                    lambda r: str(r.counts.open_overdue),
                    lambda r: r.counts.open_overdue,
                    RIGHT,
                    color=lambda r: LIGHT_RED if r.counts.open_overdue else None,
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "评价数"),
                    lambda r: str(r.counts.reviews),
                    lambda r: r.counts.reviews,
                    RIGHT,
                ),
                Column(
                    QCoreApplication.translate(
                        "OversightModel", "现场办结率（目标≥{target}）"
                    ).format(target=target_text(ON_SITE_TARGET)),
                    lambda r: rate_text(r.counts.on_site_rate, ON_SITE_TARGET),
                    lambda r: _rate_sort(r.counts.on_site_rate),
                    RIGHT,
                    color=lambda r: rate_colour(r.counts.on_site_rate, ON_SITE_TARGET),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "当场办结率"),
                    lambda r: format_rate(r.counts.same_visit_rate),
                    lambda r: _rate_sort(r.counts.same_visit_rate),
                    RIGHT,
                ),
                Column(
                    QCoreApplication.translate(
                        "OversightModel", "按时办结率（目标≥{target}）"
                    ).format(target=target_text(ON_TIME_TARGET)),
                    lambda r: rate_text(r.counts.on_time_rate, ON_TIME_TARGET),
                    lambda r: _rate_sort(r.counts.on_time_rate),
                    RIGHT,
                    color=lambda r: rate_colour(r.counts.on_time_rate, ON_TIME_TARGET),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "满意率（目标≥{target}）").format(
                        target=target_text(SATISFACTION_TARGET)
                    ),
                    lambda r: satisfaction_text(r.counts.satisfaction_rate),
                    lambda r: _rate_sort(r.counts.satisfaction_rate),
                    RIGHT,
                    color=lambda r: rate_colour(r.counts.satisfaction_rate, SATISFACTION_TARGET),
                ),
                Column(
                    QCoreApplication.translate(
                        "OversightModel", "授权到位率（目标{target}）"
                    ).format(target=target_text(AUTHORISATION_TARGET)),
                    lambda r: rate_text(r.counts.authorisation_rate, AUTHORISATION_TARGET),
                    lambda r: _rate_sort(r.counts.authorisation_rate),
                    RIGHT,
                    color=lambda r: rate_colour(r.counts.authorisation_rate, AUTHORISATION_TARGET),
                ),
            ],
            parent,
        )


def _shift(change: DueChange) -> str:
    n = change.shift_days
    if n >= 0:
        return QCoreApplication.translate("OversightModel", "推迟 {n} 天").format(n=n)
    return QCoreApplication.translate("OversightModel", "提前 {n} 天").format(n=-n)


class DueChangeModel(RowTableModel[DueChange]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("OversightModel", "办件编号"), lambda d: d.case_no
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "原办结期限"),
                    lambda d: d.old_due.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "新办结期限"),
                    lambda d: d.new_due.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("OversightModel", "变动"),
                    _shift,
                    sort=lambda d: d.shift_days,
                ),
            ],
            parent,
        )

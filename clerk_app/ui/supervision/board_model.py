"""The live board's tables: windows, lights per department, red/yellow cases, accountability.

Colour is never alone: every coloured cell also says in words what the colour means.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt

from clerk_app.domain.clock import to_local
from clerk_app.domain.deadlines import Light
from clerk_app.services.board import AccountabilityView, DepartmentLights, LightCase, WindowStatus
from clerk_app.ui.cases.cases_model import LIGHT_COLOURS, LIGHT_ORDER
from clerk_app.ui.common.labels import (
    accountability_cause_label,
    light_label,
    record_status_label,
)
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.theme import LIGHT_GREEN, LIGHT_RED, LIGHT_YELLOW

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def window_state_text(w: WindowStatus) -> str:
    if w.paused:
        return (
            QCoreApplication.translate("BoardModel", "暂停：{reason}").format(reason=w.pause_reason)
            if w.pause_reason
            else QCoreApplication.translate("BoardModel", "暂停")
        )
    return QCoreApplication.translate("BoardModel", "开放")


def wait_text(minutes: int) -> str:
    if minutes <= 0:
        return "—"
    if minutes < 60:
        return QCoreApplication.translate("BoardModel", "{m} 分钟").format(m=minutes)
    return QCoreApplication.translate("BoardModel", "{h} 小时 {m} 分钟").format(
        h=minutes // 60, m=minutes % 60
    )


LONG_WAIT_MINUTES = 30  # a queue waiting longer than this is shown in red, with the minutes


class WindowBoardModel(RowTableModel[WindowStatus]):
    COL_CODE, COL_NAME, COL_DEPT, COL_STATE, COL_CLERK, COL_NUMBER, COL_WAITING, COL_WAIT = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("BoardModel", "窗口"), lambda w: w.code),
                Column(QCoreApplication.translate("BoardModel", "名称"), lambda w: w.name),
                Column(
                    QCoreApplication.translate("BoardModel", "部门"), lambda w: w.department_name
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "状态"),
                    window_state_text,
                    color=lambda w: LIGHT_YELLOW if w.paused else None,
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "在岗人员"),
                    lambda w: w.clerk_name or QCoreApplication.translate("BoardModel", "无人在岗"),
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "当前号"),
                    lambda w: w.current_number or "—",
                    align=CENTER,
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "等候人数"),
                    lambda w: str(w.waiting),
                    sort=lambda w: w.waiting,
                    align=RIGHT,
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "最长等候"),
                    lambda w: wait_text(w.longest_wait_minutes),
                    sort=lambda w: w.longest_wait_minutes,
                    align=RIGHT,
                    color=lambda w: (
                        LIGHT_RED if w.longest_wait_minutes > LONG_WAIT_MINUTES else None
                    ),
                ),
            ],
            parent,
        )


class DepartmentLightsModel(RowTableModel[DepartmentLights]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("BoardModel", "部门"), lambda d: d.department_name
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "绿灯"),
                    lambda d: str(d.green),
                    sort=lambda d: d.green,
                    align=RIGHT,
                    color=lambda d: LIGHT_GREEN if d.green else None,
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "黄灯"),
                    lambda d: str(d.yellow),
                    sort=lambda d: d.yellow,
                    align=RIGHT,
                    color=lambda d: LIGHT_YELLOW if d.yellow else None,
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "红灯"),
                    lambda d: str(d.red),
                    sort=lambda d: d.red,
                    align=RIGHT,
                    color=lambda d: LIGHT_RED if d.red else None,
                ),
            ],
            parent,
        )


def left_text(c: LightCase) -> str:
    if c.light is Light.RED:
        days = -c.workdays_left
        return (
            QCoreApplication.translate("BoardModel", "超期 {n} 个工作日").format(n=days)
            if days > 0
            else QCoreApplication.translate("BoardModel", "已超期")
        )
    if c.workdays_left == 0:
        return QCoreApplication.translate("BoardModel", "今日到期")
    return QCoreApplication.translate("BoardModel", "剩 {n} 个工作日").format(n=c.workdays_left)


class LightCaseModel(RowTableModel[LightCase]):
    COL_LIGHT = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("BoardModel", "预警"),
                    lambda c: "● " + light_label(c.light),
                    sort=lambda c: LIGHT_ORDER.get(c.light, 3),
                    color=lambda c: LIGHT_COLOURS.get(c.light),
                ),
                Column(QCoreApplication.translate("BoardModel", "办件编号"), lambda c: c.case_no),
                Column(
                    QCoreApplication.translate("BoardModel", "部门"), lambda c: c.department_name
                ),
                Column(QCoreApplication.translate("BoardModel", "承办人"), lambda c: c.clerk_name),
                Column(
                    QCoreApplication.translate("BoardModel", "办结期限"),
                    lambda c: (
                        c.due_date.isoformat()
                        + (
                            QCoreApplication.translate("BoardModel", "（暂定）")
                            if c.provisional_due
                            else ""
                        )
                    ),
                    sort=lambda c: c.due_date.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "剩余"),
                    lambda c: (
                        left_text(c)
                        + (
                            QCoreApplication.translate("BoardModel", "（特别程序中）")
                            if c.suspended
                            else ""
                        )
                    ),
                    sort=lambda c: c.workdays_left,
                    align=RIGHT,
                ),
                Column(QCoreApplication.translate("BoardModel", "事项"), lambda c: c.item_name),
            ],
            parent,
        )


def staff_text(r: AccountabilityView) -> str:
    """Everyone named, with their part; "—" when nobody is."""
    parts = [
        QCoreApplication.translate("BoardModel", "{part}：{name}").format(part=part, name=name)
        for part, name in (
            (QCoreApplication.translate("BoardModel", "主要负责人"), r.main_staff),
            (QCoreApplication.translate("BoardModel", "分管负责人"), r.supervising_staff),
            (QCoreApplication.translate("BoardModel", "直接责任人"), r.direct_staff),
        )
        if name
    ]
    return QCoreApplication.translate("BoardModel", "；").join(parts) or "—"


def record_due_text(r: AccountabilityView) -> str:
    if r.status != "open" or r.due_date is None:
        return "—"
    text = r.due_date.isoformat()
    if r.overdue:
        text += QCoreApplication.translate("BoardModel", "（已逾期，升级督办）")
    return text


class AccountabilityModel(RowTableModel[AccountabilityView]):
    COL_POINTS, COL_DUE = 6, 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("BoardModel", "立案时间"),
                    lambda r: to_local(r.opened_at).strftime("%Y-%m-%d %H:%M"),
                    sort=lambda r: r.opened_at.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "原因"),
                    lambda r: accountability_cause_label(r.cause),
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "办件编号"), lambda r: r.case_no or "—"
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "部门"),
                    lambda r: r.department_name or "—",
                ),
                Column(QCoreApplication.translate("BoardModel", "责任人"), staff_text),
                Column(
                    QCoreApplication.translate("BoardModel", "状态"),
                    lambda r: record_status_label(r.status),
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "四不放过"),
                    lambda r: QCoreApplication.translate("BoardModel", "已办结 {n}/4").format(
                        n=r.points_closed
                    ),
                    sort=lambda r: r.points_closed,
                    align=CENTER,
                ),
                Column(
                    QCoreApplication.translate("BoardModel", "办理期限"),
                    record_due_text,
                    sort=lambda r: (r.due_date or date.max).isoformat(),
                    color=lambda r: LIGHT_RED if r.overdue else None,
                ),
                Column(QCoreApplication.translate("BoardModel", "说明"), lambda r: r.note),
            ],
            parent,
        )

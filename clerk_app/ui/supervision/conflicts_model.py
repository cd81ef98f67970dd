"""同步冲突: the conflicts table and the two sides of one conflict in words.

Rows are :class:`~clerk_app.services.conflicts.ConflictView` exactly as the service gives
them (names resolved, codes for the rest, times in Asia/Shanghai); the codes are worded
here and in :mod:`clerk_app.ui.common.labels`; nothing here reads the database.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject

from clerk_app.services.conflicts import CENTRAL, ConflictSide, ConflictView
from clerk_app.services.context import Role
from clerk_app.ui.common.labels import conflict_record_label, event_label, role_label
from clerk_app.ui.common.table_model import Column, RowTableModel

TIME_FORMAT = "%Y-%m-%d %H:%M"


def records_text(side: ConflictSide) -> str:
    if not side.records:
        return "—"
    return QCoreApplication.translate("ConflictModel", "、").join(
        f"{conflict_record_label(r.kind)} {r.name}" for r in side.records
    )


def who_text(side: ConflictSide) -> str:
    if side.who:
        return side.who
    if side.actor_id is None:
        return role_label(Role.SYSTEM)
    return QCoreApplication.translate("ConflictModel", "未知人员")


def side_summary(side: ConflictSide) -> str:
    """赵窗口（C002）在A02 市场监管2号窗口叫号：号票 A001, with its time."""
    where = side.window or QCoreApplication.translate("ConflictModel", "工作站{ws}").format(
        ws=side.workstation
    )
    values = dict(
        when=side.when.strftime(TIME_FORMAT),
        who=who_text(side),
        where=where,
        what=event_label(side.event_type),
    )
    if not side.records:
        return QCoreApplication.translate("ConflictModel", "{when} {who}在{where}{what}").format(
            **values
        )
    return QCoreApplication.translate(
        "ConflictModel", "{when} {who}在{where}{what}：{records}"
    ).format(records=records_text(side), **values)


def detected_text(view: ConflictView) -> str:
    if view.detected_by == CENTRAL:
        return QCoreApplication.translate("ConflictModel", "中心数据库")
    return QCoreApplication.translate("ConflictModel", "工作站 {ws}").format(ws=view.detected_by)


def reason_text(reason: str) -> str:
    """An applier's message as it is (Chinese); a database driver's error in words."""
    if any("\u4e00" <= ch <= "\u9fff" for ch in reason):
        return reason
    if reason == "IntegrityError":
        return QCoreApplication.translate(
            "ConflictModel", "与本库已有的记录冲突（同一记录已由其他窗口先写入）"
        )
    return QCoreApplication.translate(
        "ConflictModel", "该操作的前提条件在此处已不成立（{reason}）"
    ).format(reason=reason)


def state_text(view: ConflictView) -> str:
    return (
        QCoreApplication.translate("ConflictModel", "未处理")
        if view.is_open
        else QCoreApplication.translate("ConflictModel", "已处理")
    )


class ConflictModel(RowTableModel[ConflictView]):
    """One line per conflict: the refused event, where it came from, and why."""

    COL_WHEN, COL_EVENT, COL_WORKSTATION, COL_RECORDS, COL_REASON, COL_DETECTED, COL_STATE = range(
        7
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ConflictModel", "操作时间"),
                    lambda c: c.refused.when.strftime(TIME_FORMAT),
                    sort=lambda c: c.refused.when.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "操作"),
                    lambda c: event_label(c.refused.event_type),
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "工作站"),
                    lambda c: c.refused.workstation or "—",
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "涉及记录"),
                    lambda c: records_text(c.refused),
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "原因"),
                    lambda c: reason_text(c.reason),
                ),
                Column(QCoreApplication.translate("ConflictModel", "发现于"), detected_text),
                Column(QCoreApplication.translate("ConflictModel", "状态"), state_text),
            ],
            parent,
        )

    def find(self, conflict_id: str) -> int | None:
        """The line of a conflict, or None when it is not listed (any more)."""
        for row, view in enumerate(self.rows()):
            if view.id == conflict_id:
                return row
        return None


def _side_html(side: ConflictSide) -> str:
    if not (side.window and side.workstation):  # the summary names the workstation itself
        return escape(side_summary(side))
    where = QCoreApplication.translate("ConflictModel", "来自工作站 {ws}").format(
        ws=side.workstation
    )
    return f"{escape(side_summary(side))}<br><small>{escape(where)}</small>"


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _paragraph(*lines: str) -> str:
    return "<p>" + "<br>".join(escape(line) for line in lines) + "</p>"


def conflict_detail_html(view: ConflictView) -> str:
    """Both sides of a conflict for the detail pane (HTML, every value escaped)."""
    parts = [
        _heading(QCoreApplication.translate("ConflictModel", "未能生效的操作")),
        f"<p>{_side_html(view.refused)}</p>",
        _paragraph(
            QCoreApplication.translate("ConflictModel", "原因：{reason}").format(
                reason=reason_text(view.reason)
            ),
            QCoreApplication.translate("ConflictModel", "{at} 由{where}发现").format(
                where=detected_text(view), at=view.detected_at.strftime(TIME_FORMAT)
            ),
        ),
        _heading(QCoreApplication.translate("ConflictModel", "此前已生效的操作（涉及同一记录）")),
    ]
    if view.earlier:
        items = "".join(f"<li>{_side_html(side)}</li>" for side in view.earlier)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(
            _paragraph(
                QCoreApplication.translate("ConflictModel", "（本库没有涉及同一记录的操作）")
            )
        )
    if view.resolved_at is not None:
        parts.append(_heading(QCoreApplication.translate("ConflictModel", "处理情况")))
        parts.append(
            _paragraph(
                QCoreApplication.translate(
                    "ConflictModel", "{at} 由{who}标记已处理：{note}"
                ).format(
                    at=view.resolved_at.strftime(TIME_FORMAT),
                    who=view.resolved_by,
                    note=view.resolution,
                )
            )
        )
    return "".join(parts)

"""同步冲突: the conflicts table and the two sides of one conflict in words.

Rows are :class:`~clerk_app.services.conflicts.ConflictView` exactly as the service gives
them (already human-readable, times in Asia/Shanghai); nothing here reads the database.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject

from clerk_app.services.conflicts import ConflictSide, ConflictView
from clerk_app.ui.common.table_model import Column, RowTableModel

TIME_FORMAT = "%Y-%m-%d %H:%M"


def records_text(side: ConflictSide) -> str:
    return "、".join(side.records) if side.records else "—"


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
                    QCoreApplication.translate("ConflictModel", "操作"), lambda c: c.refused.label
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "工作站"),
                    lambda c: c.refused.workstation or "—",
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "涉及记录"),
                    lambda c: records_text(c.refused),
                ),
                Column(QCoreApplication.translate("ConflictModel", "原因"), lambda c: c.reason),
                Column(
                    QCoreApplication.translate("ConflictModel", "发现于"), lambda c: c.detected_by
                ),
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
        return escape(side.summary)
    where = QCoreApplication.translate("ConflictModel", "来自工作站 {ws}").format(
        ws=side.workstation
    )
    return f"{escape(side.summary)}<br><small>{escape(where)}</small>"


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
                reason=view.reason
            ),
            QCoreApplication.translate("ConflictModel", "{at} 由{where}发现").format(
                where=view.detected_by, at=view.detected_at.strftime(TIME_FORMAT)
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

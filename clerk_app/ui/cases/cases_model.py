"""Open cases with their deadline light (colour AND words), pending extensions, documents."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from clerk_app.domain.cases import CaseState
from clerk_app.domain.clock import to_local
from clerk_app.domain.deadlines import Light
from clerk_app.services.case_views import CaseView
from clerk_app.services.casework import PendingExtension
from clerk_app.ui.common.labels import case_state_label, document_kind_label, light_label
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.theme import LIGHT_GREEN, LIGHT_RED, LIGHT_YELLOW

COL_NO, COL_ITEM, COL_APPLICANT, COL_STATE, COL_DUE, COL_LEFT, COL_LIGHT = range(7)

LIGHT_COLOURS = {Light.GREEN: LIGHT_GREEN, Light.YELLOW: LIGHT_YELLOW, Light.RED: LIGHT_RED}
LIGHT_ORDER = {Light.RED: 0, Light.YELLOW: 1, Light.GREEN: 2, None: 3}


def light_colour(case: CaseView) -> str | None:
    if case.state is CaseState.SUSPENDED and case.light is not Light.RED:
        return None
    return LIGHT_COLOURS.get(case.light) if case.light is not None else None


def light_text(case: CaseView) -> str:
    """The light in words; a suspended case (特别程序) is its own state, not 绿灯 正常."""
    if case.state is CaseState.SUSPENDED and case.light is not Light.RED:
        return "‖ " + QCoreApplication.translate("CaseModel", "计时中止")
    mark = "● " if case.light is not None else ""
    return mark + light_label(case.light)


def left_text(case: CaseView) -> str:
    """Working days left, or overdue by, always in working days (as on the board)."""
    if case.workdays_left is None:
        return "—"
    if case.workdays_left < 0:
        return QCoreApplication.translate("CaseModel", "超期 {n} 个工作日").format(
            n=-case.workdays_left
        )
    if case.workdays_left == 0:
        return QCoreApplication.translate("CaseModel", "今日到期")
    return QCoreApplication.translate("CaseModel", "{n} 个工作日").format(n=case.workdays_left)


def due_text(case: CaseView) -> str:
    if case.due_date is None:
        return "—"
    mark = QCoreApplication.translate("CaseModel", "（暂定）") if case.provisional_due else ""
    return case.due_date.isoformat() + mark


def state_text(case: CaseView) -> str:
    text = case_state_label(case.state)
    if case.pending_extension:
        text += QCoreApplication.translate("CaseModel", "（延期待批）")
    return text


class CaseModel(RowTableModel[CaseView]):
    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(QCoreApplication.translate("CaseModel", "办件编号"), lambda c: c.case_no),
                Column(QCoreApplication.translate("CaseModel", "事项"), lambda c: c.item_name),
                Column(
                    QCoreApplication.translate("CaseModel", "申请人"), lambda c: c.applicant_name
                ),
                Column(QCoreApplication.translate("CaseModel", "状态"), state_text),
                Column(
                    QCoreApplication.translate("CaseModel", "办结期限"),
                    due_text,
                    sort=lambda c: c.due_date.isoformat() if c.due_date else "9999",
                ),
                Column(
                    QCoreApplication.translate("CaseModel", "剩余"),
                    left_text,
                    sort=lambda c: c.workdays_left if c.workdays_left is not None else 10**6,
                    align=right,
                ),
                Column(
                    QCoreApplication.translate("CaseModel", "预警"),
                    light_text,
                    sort=lambda c: LIGHT_ORDER.get(c.light, 3),
                    color=light_colour,
                ),
            ],
            parent,
        )


class ExtensionModel(RowTableModel[PendingExtension]):
    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ExtensionModel", "办件编号"),
                    lambda e: e.case.case_no,
                ),
                Column(
                    QCoreApplication.translate("ExtensionModel", "事项"), lambda e: e.case.item_name
                ),
                Column(
                    QCoreApplication.translate("ExtensionModel", "承办人"),
                    lambda e: e.case.clerk_name,
                ),
                Column(
                    QCoreApplication.translate("ExtensionModel", "原办结期限"),
                    lambda e: due_text(e.case),
                ),
                Column(
                    QCoreApplication.translate("ExtensionModel", "延长"),
                    lambda e: QCoreApplication.translate("ExtensionModel", "{n} 个工作日").format(
                        n=e.workdays
                    ),
                    sort=lambda e: e.workdays,
                    align=right,
                ),
                Column(QCoreApplication.translate("ExtensionModel", "理由"), lambda e: e.reason),
            ],
            parent,
        )


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return to_local(value).strftime("%Y-%m-%d %H:%M")
    return str(value or "")


def _attr(row: Any, *names: str) -> Any:
    for name in names:
        if hasattr(row, name):
            return getattr(row, name)
    return None


class DocumentModel(RowTableModel[Any]):
    """The archived documents of a case (``documents.archived_documents``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("DocumentModel", "文书"),
                    lambda d: document_kind_label(str(_attr(d, "kind") or "")),
                ),
                Column(
                    QCoreApplication.translate("DocumentModel", "打印时间"),
                    lambda d: _when(_attr(d, "printed_at", "archived_at", "created_at")),
                ),
                Column(
                    QCoreApplication.translate("DocumentModel", "打印人"),
                    lambda d: str(_attr(d, "printed_by_name", "staff_name", "actor_name") or ""),
                ),
                Column(
                    QCoreApplication.translate("DocumentModel", "补打"),
                    lambda d: (
                        QCoreApplication.translate("DocumentModel", "补打")
                        if _attr(d, "reprint")
                        else ""
                    ),
                ),
            ],
            parent,
        )

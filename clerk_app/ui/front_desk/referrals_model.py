"""What this first responder referred, and where each referral stands (首问负责)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from clerk_app.domain.clock import to_local
from clerk_app.services.first_contact import ReferralView
from clerk_app.ui.common.labels import referral_status_label
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.theme import LIGHT_GREEN, LIGHT_RED, LIGHT_YELLOW

COL_CREATED, COL_VISITOR, COL_MATTER, COL_TO, COL_DUE, COL_STATUS = range(6)


def status_text(ref: ReferralView) -> str:
    text = referral_status_label(ref.status)
    if ref.late and ref.status != "done":
        text += QCoreApplication.translate("ReferralModel", "（超时）")
    return text


def light(ref: ReferralView) -> str | None:
    """Deadline light: red when the step is late, yellow while open, green when done."""
    if ref.late:
        return LIGHT_RED
    if ref.status == "done":
        return LIGHT_GREEN
    return LIGHT_YELLOW


def _target(ref: ReferralView) -> str:
    return f"{ref.to_department_name} {ref.to_window_code}".strip()


class ReferralModel(RowTableModel[ReferralView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ReferralModel", "转办时间"),
                    lambda r: to_local(r.created_at).strftime("%m-%d %H:%M"),
                    sort=lambda r: r.created_at,
                ),
                Column(
                    QCoreApplication.translate("ReferralModel", "来访人"), lambda r: r.visitor_name
                ),
                Column(QCoreApplication.translate("ReferralModel", "事由"), lambda r: r.matter),
                Column(QCoreApplication.translate("ReferralModel", "转至"), _target),
                Column(
                    QCoreApplication.translate("ReferralModel", "期限"),
                    lambda r: r.step_due.strftime("%m-%d"),
                    sort=lambda r: r.step_due,
                ),
                Column(
                    QCoreApplication.translate("ReferralModel", "状态"),
                    status_text,
                    sort=lambda r: (r.status, r.late),
                    color=light,
                ),
            ],
            parent,
        )

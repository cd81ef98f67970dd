"""并联审批: the departments' steps of joint cases, the late flag in colour AND words.

Two views of the same rows (``joint.StepView``): a department's open steps (我的办件) and
every department's step of one case (办件详情).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from clerk_app.services.joint import StepView
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.theme import LIGHT_RED

# 本部门联办环节 (open steps of one department)
COL_OPEN_NO, COL_OPEN_ITEM, COL_OPEN_ROLE, COL_OPEN_DUE, COL_OPEN_LATE = range(5)
# the steps of one case
(
    COL_STEP_DEPT,
    COL_STEP_ROLE,
    COL_STEP_LIMIT,
    COL_STEP_DUE,
    COL_STEP_DONE,
    COL_STEP_OUTCOME,
    COL_STEP_LATE,
) = range(7)


def role_text(step: StepView) -> str:
    return (
        QCoreApplication.translate("StepModel", "牵头部门")
        if step.is_lead
        else QCoreApplication.translate("StepModel", "联办部门")
    )


def limit_text(step: StepView) -> str:
    return QCoreApplication.translate("StepModel", "{n} 个工作日").format(n=step.step_limit)


def done_text(step: StepView) -> str:
    return (
        step.done_on.isoformat()
        if step.done_on is not None
        else QCoreApplication.translate("StepModel", "办理中")
    )


def late_text(step: StepView) -> str:
    """In words, never only in colour: a late step, still open or done late."""
    if not step.late:
        return (
            QCoreApplication.translate("StepModel", "按时")
            if step.done_on is not None
            else QCoreApplication.translate("StepModel", "未超期")
        )
    if step.done_on is not None:
        return "● " + QCoreApplication.translate("StepModel", "超期办结")
    return "● " + QCoreApplication.translate("StepModel", "环节超期")


def late_colour(step: StepView) -> str | None:
    return LIGHT_RED if step.late else None


def _late_column() -> Column[StepView]:
    return Column(
        QCoreApplication.translate("StepModel", "超期情况"),
        late_text,
        sort=lambda s: 0 if s.late else 1,
        color=late_colour,
    )


class OpenStepModel(RowTableModel[StepView]):
    """本部门联办环节: the steps the signed-on clerk's department still has to do."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("OpenStepModel", "办件编号"), lambda s: s.case_no
                ),
                Column(QCoreApplication.translate("OpenStepModel", "事项"), lambda s: s.item_name),
                Column(QCoreApplication.translate("OpenStepModel", "本部门"), role_text),
                Column(
                    QCoreApplication.translate("OpenStepModel", "环节期限"),
                    lambda s: s.due_date.isoformat(),
                ),
                _late_column(),
            ],
            parent,
        )

    def late_count(self) -> int:
        return sum(1 for s in self.rows() if s.late)


class CaseStepModel(RowTableModel[StepView]):
    """Every department's step of one joint case."""

    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("CaseStepModel", "部门"),
                    lambda s: s.department_name,
                ),
                Column(QCoreApplication.translate("CaseStepModel", "分工"), role_text),
                Column(
                    QCoreApplication.translate("CaseStepModel", "环节时限"),
                    limit_text,
                    sort=lambda s: s.step_limit,
                    align=right,
                ),
                Column(
                    QCoreApplication.translate("CaseStepModel", "环节期限"),
                    lambda s: s.due_date.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("CaseStepModel", "办结日期"),
                    done_text,
                    sort=lambda s: s.done_on.isoformat() if s.done_on else "9999",
                ),
                Column(
                    QCoreApplication.translate("CaseStepModel", "办理意见"), lambda s: s.outcome
                ),
                _late_column(),
            ],
            parent,
        )

    def open_departments(self) -> list[str]:
        return [s.department_name for s in self.rows() if s.done_on is None]

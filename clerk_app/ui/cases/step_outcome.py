"""办结本环节: a department's opinion on its part of a joint case (并联审批)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from clerk_app.services.joint import StepView
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label


class StepOutcomeDialog(FormDialog):
    """办结本环节: the department's opinion on its part of a joint case (required)."""

    def __init__(self, step: StepView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办结本环节"), parent)
        line = wrapped_label(f"{step.case_no}  ·  {step.item_name}  ·  {step.department_name}")
        self.outcome_edit = text_box("step_outcome", 90)
        self.outcome_edit.setPlaceholderText(self.tr("如：经审查符合条件，同意办理"))
        self.form.addRow(self.tr("办件"), line)
        self.form.addRow(self.tr("环节期限"), QLabel(step.due_date.isoformat()))
        self.form.addRow(self.tr("本部门意见（必填）"), self.outcome_edit)

    def problem(self) -> str:
        if not self.outcome_edit.toPlainText().strip():
            return self.tr("请填写本部门的办理意见")
        return ""

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText().strip()


def ask_step_outcome(step: StepView, parent: QWidget | None = None) -> str | None:
    """The department's opinion on ``step`` from the clerk; None: cancelled."""
    dialog = StepOutcomeDialog(step, parent)
    return dialog.outcome() if dialog.exec() else None

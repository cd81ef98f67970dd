"""The supervisor's small forms: a note, closing a follow-up, filing and resolving a
complaint. Each returns plain values; the panels run the services."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QWidget,
)

from clerk_app.domain.complaints import ReplyMethod
from clerk_app.domain.reviews import ComplaintOutcome, FollowUpOutcome, follow_up_outcomes
from clerk_app.ui.common.complaint_filing import ComplaintForm as ComplaintForm
from clerk_app.ui.common.complaint_filing import FileComplaintDialog as FileComplaintDialog
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.labels import label
from clerk_app.ui.supervision.oversight_model import ComplaintRow, FollowUpRow


class NoteDialog(FormDialog):
    """A decision with a written opinion."""

    def __init__(
        self,
        title: str,
        summary: str,
        label: str,
        parent: QWidget | None = None,
        *,
        field: str,
        required: bool = False,
    ) -> None:
        super().__init__(title, parent)
        self.required = required
        self.note_edit = text_box(field)
        self.form.addRow(self.tr("事由"), wrapped_label(summary))
        self.form.addRow(label, self.note_edit)

    def problem(self) -> str:
        if self.required and not self.note():
            return self.tr("请填写意见")
        return ""

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class CloseFollowUpDialog(FormDialog):
    """How a call-back, rectification or result-issuing task ended: a category and a note."""

    def __init__(self, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办结{kind}").format(kind=label(row.view.kind)), parent)
        self.outcome_combo = QComboBox()
        for outcome in follow_up_outcomes(row.view.kind):
            self.outcome_combo.addItem(label(outcome), outcome.value)
        self.note_edit = text_box("follow_up_note")
        about = " · ".join(
            x for x in (row.staff_name, row.department_name, row.view.outcome_note) if x
        )
        self.add_row(self.tr("任务"), wrapped_label(about or "—"))
        self.add_row(self.tr("结果类别"), self.outcome_combo)
        self.add_row(self.tr("具体情况"), self.note_edit, "follow_up_note")

    def problem(self) -> str:
        return "" if self.value()[1] else self.tr("请填写回访或整改的具体情况")

    def value(self) -> tuple[FollowUpOutcome, str]:
        return FollowUpOutcome(
            self.outcome_combo.currentData()
        ), self.note_edit.toPlainText().strip()


@dataclass(frozen=True)
class Resolution:
    outcome: ComplaintOutcome
    substantiated: bool
    note: str
    reply_method: ReplyMethod = ReplyMethod.PHONE
    reply_satisfied: bool = True
    reply_note: str = ""


class ResolveComplaintDialog(FormDialog):
    """The result and the reply to the complainant: nothing closes without both."""

    def __init__(self, row: ComplaintRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("处理效能投诉"), parent)
        self.outcome_combo = QComboBox()
        for outcome in ComplaintOutcome:
            self.outcome_combo.addItem(label(outcome), outcome.value)
        self.substantiated_check = QCheckBox(self.tr("投诉属实（将立责任追究记录）"))
        self.note_edit = text_box("complaint_note", 100)
        self.form.addRow(
            self.tr("投诉"), wrapped_label(f"{row.view.complainant}：{row.view.content}")
        )
        self.form.addRow(self.tr("处理结果"), self.outcome_combo)
        self.form.addRow("", self.substantiated_check)
        self.add_row(self.tr("调查核实情况"), self.note_edit, "complaint_note")
        self.reply_combo = QComboBox()
        for method in ReplyMethod:
            self.reply_combo.addItem(label(method), method.value)
        self.satisfied_combo = QComboBox()
        self.satisfied_combo.addItem(self.tr("（请选择）"), None)
        self.satisfied_combo.addItem(self.tr("满意"), True)
        self.satisfied_combo.addItem(self.tr("不满意"), False)
        self.reply_edit = text_box("reply_note", 60)
        view = row.view
        if view.replied:
            self.reply_combo.setCurrentIndex(self.reply_combo.findData(view.reply_method))
            self.satisfied_combo.setCurrentIndex(2 if view.reply_satisfied is False else 1)
            self.reply_edit.setPlainText(view.reply_note)
        self.add_row(self.tr("答复方式"), self.reply_combo, "reply_method")
        self.add_row(self.tr("投诉人是否满意"), self.satisfied_combo)
        self.add_row(self.tr("答复情况"), self.reply_edit, "reply_note")
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        allowed = ComplaintOutcome(self.outcome_combo.currentData()).compatible_with
        if len(allowed) == 1:
            self.substantiated_check.setChecked(allowed[0])
        self.substantiated_check.setEnabled(len(allowed) > 1)

    def problem(self) -> str:
        answer = self.value()
        if not answer.note:
            return self.tr("请填写调查核实情况和处理意见")
        if self.satisfied_combo.currentData() is None:
            return self.tr("请选择投诉人对答复是否满意")
        if not answer.reply_note:
            return self.tr("请填写答复投诉人的情况")
        return ""

    def value(self) -> Resolution:
        return Resolution(
            outcome=ComplaintOutcome(self.outcome_combo.currentData()),
            substantiated=self.substantiated_check.isChecked(),
            note=self.note_edit.toPlainText().strip(),
            reply_method=ReplyMethod(self.reply_combo.currentData()),
            reply_satisfied=bool(self.satisfied_combo.currentData()),
            reply_note=self.reply_edit.toPlainText().strip(),
        )

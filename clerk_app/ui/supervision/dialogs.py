"""The supervisor's small forms: a note, closing a follow-up, filing and resolving a
complaint. Each returns plain values; the panels run the services."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from clerk_app.domain.complaints import Channel, ReplyMethod
from clerk_app.domain.reviews import ComplaintOutcome, FollowUpOutcome, follow_up_outcomes
from clerk_app.domain.text_limits import LOOKUP_MAX
from clerk_app.services.board import Names
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.labels import label
from clerk_app.ui.common.search_combo import SearchCombo
from clerk_app.ui.common.text_limits import limit_line
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
class ComplaintForm:
    complainant: str
    phone: str
    content: str
    staff_id: str | None
    department_id: str | None
    case_no: str  # "" when the complaint is not about a case
    channel: Channel = Channel.ONSITE
    work_order_no: str = ""


class FileComplaintDialog(FormDialog):
    """登记投诉, in the back office, at the counter or at the front desk."""

    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记效能投诉"), parent)
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(label(channel), channel.value)
        self.work_order_edit = QLineEdit()
        self.work_order_edit.setMaxLength(40)
        self.work_order_edit.setPlaceholderText(self.tr("热线工单必填"))
        self.complainant_edit = limit_line(QLineEdit(), "complainant")
        self.complainant_edit.setPlaceholderText(self.tr("不愿留名可填“匿名”"))
        self.phone_edit = limit_line(QLineEdit(), "complainant_phone")
        self.staff_combo = SearchCombo()
        self.staff_combo.addItem(self.tr("（不指定）"), None)
        for staff_id, name, dept in names.clerks:
            where = names.departments.get(dept or "", "")
            self.staff_combo.addItem(f"{name} · {where}" if where else name, staff_id)
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("（按被投诉人或办件）"), None)
        for dept_id, name in sorted(names.departments.items(), key=lambda d: d[1]):
            self.department_combo.addItem(name, dept_id)
        self.case_edit = QLineEdit()
        self.case_edit.setMaxLength(LOOKUP_MAX)
        self.case_edit.setPlaceholderText(self.tr("可不填"))
        self.content_edit = text_box("complaint_content", 100)
        self.add_row(self.tr("投诉渠道"), self.channel_combo, "complaint_channel")
        self.add_row(self.tr("工单编号"), self.work_order_edit, "work_order_no")
        self.add_row(self.tr("投诉人"), self.complainant_edit, "complainant")
        self.add_row(self.tr("联系电话"), self.phone_edit, "complainant_phone")
        self.add_row(self.tr("被投诉人"), self.staff_combo, "staff")
        self.add_row(self.tr("被投诉部门"), self.department_combo)
        self.add_row(self.tr("涉及办件编号"), self.case_edit)
        self.add_row(self.tr("投诉内容"), self.content_edit, "complaint_content")

    def problem(self) -> str:
        form = self.value()
        if not form.complainant:
            return self.tr("请填写投诉人姓名（不愿留名可填“匿名”）")
        if not form.content:
            return self.tr("请填写投诉内容")
        if not self.staff_combo.matches_an_entry():
            return self.tr("被投诉人请从列表中选择（可输入姓名、工号或部门查找）")
        if form.channel.hotline and not form.work_order_no:
            return self.tr("热线投诉请填写工单编号")
        return ""

    def value(self) -> ComplaintForm:
        return ComplaintForm(
            complainant=self.complainant_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            content=self.content_edit.toPlainText().strip(),
            staff_id=self.staff_combo.chosen_data(),
            department_id=self.department_combo.currentData(),
            case_no=self.case_edit.text().strip(),
            channel=Channel(self.channel_combo.currentData()),
            work_order_no=self.work_order_edit.text().strip(),
        )


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

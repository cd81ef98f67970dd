"""The prompts of the work on an accepted case: suspend, extend, complete, decide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from clerk_app.domain.cases import Decision, SuspensionReason
from clerk_app.services.case_views import CaseView
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.labels import decision_label, suspension_reason_label
from clerk_app.ui.common.text_limits import limit_count, limit_line


@dataclass(frozen=True)
class SuspensionChoice:
    reason: str  # the SuspensionReason value
    detail: str
    expected_workdays: int


@dataclass(frozen=True)
class ExtensionChoice:
    workdays: int
    reason: str


@dataclass(frozen=True)
class CompletionChoice:
    decision: Decision
    note: str


def _case_line(case: CaseView) -> QLabel:
    return wrapped_label(f"{case.case_no}  ·  {case.item_name}  ·  {case.applicant_name}")


class SuspendDialog(FormDialog):
    """特别程序: one of the eight reasons of Art. 45; prints the 特别程序告知书."""

    def __init__(self, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("中止计时（特别程序）"), parent)
        self.reason_combo = QComboBox()
        for reason in SuspensionReason:
            self.reason_combo.addItem(suspension_reason_label(reason), reason.value)
        self.detail_edit = text_box("suspension_detail")
        self.days_spin = limit_count(QSpinBox(), "suspension_workdays")
        self.days_spin.setValue(5)
        self.days_spin.setSuffix(self.tr(" 个工作日"))
        self.form.addRow(self.tr("办件"), _case_line(case))
        self.form.addRow(self.tr("特别程序"), self.reason_combo)
        self.form.addRow(self.tr("具体内容（必填）"), self.detail_edit)
        self.form.addRow(self.tr("预计所需"), self.days_spin)

    def problem(self) -> str:
        if not self.detail_edit.toPlainText().strip():
            return self.tr("请写明特别程序的具体内容（告知书要载明）")
        return ""

    def choice(self) -> SuspensionChoice:
        return SuspensionChoice(
            str(self.reason_combo.currentData()),
            self.detail_edit.toPlainText().strip(),
            self.days_spin.value(),
        )


class ExtensionDialog(FormDialog):
    """申请延期: working days and the reason; a supervisor approves."""

    def __init__(self, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("申请延期"), parent)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 30)
        self.days_spin.setValue(max(1, min(5, case.extension_left)))
        self.days_spin.setSuffix(self.tr(" 个工作日"))
        self.reason_edit = text_box("extension_reason")
        self.add_row(self.tr("办件"), _case_line(case))
        due = case.due_date.isoformat() if case.due_date else "—"
        self.add_row(self.tr("当前办结期限"), QLabel(due))
        self.left_label = QLabel(self.tr("还可延期 {n} 个工作日").format(n=case.extension_left))
        self.add_row(self.tr("法定延期上限"), self.left_label)
        self.add_row(self.tr("延长"), self.days_spin, "extension_workdays")
        self.add_row(self.tr("延期理由（必填）"), self.reason_edit, "extension_reason")

    def problem(self) -> str:
        return "" if self.reason_edit.toPlainText().strip() else self.tr("请写明延期理由")

    def choice(self) -> ExtensionChoice:
        return ExtensionChoice(self.days_spin.value(), self.reason_edit.toPlainText().strip())


class CompleteDialog(FormDialog):
    """办结: approved or denied (a denial needs its reason); prints the 办结通知书."""

    def __init__(self, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办结"), parent)
        self.decision_combo = QComboBox()
        for decision in Decision:
            self.decision_combo.addItem(decision_label(decision), decision.value)
        self.note_edit = text_box("decision_note")
        self.form.addRow(self.tr("办件"), _case_line(case))
        self.form.addRow(self.tr("办理结果"), self.decision_combo)
        self.form.addRow(self.tr("说明（不予许可时必填）"), self.note_edit)

    def decision(self) -> Decision:
        return Decision(self.decision_combo.currentData())

    def problem(self) -> str:
        if self.decision() is Decision.DENIED and not self.note_edit.toPlainText().strip():
            return self.tr("不予许可须写明理由")
        return ""

    def choice(self) -> CompletionChoice:
        return CompletionChoice(self.decision(), self.note_edit.toPlainText().strip())


class DecideExtensionDialog(FormDialog):
    """The department leader's note on an extension decision (optional), with the due date
    before and, once approved, after it (working days on the centre's calendar); approving a
    joint case's extension also records the county government leader's approval and its
    number."""

    def __init__(
        self,
        approve: bool,
        summary: str,
        parent: QWidget | None = None,
        *,
        old_due: date | None = None,
        new_due: date | None = None,
        joint: bool = False,
    ) -> None:
        title = self.tr("批准延期") if approve else self.tr("不批准延期")
        super().__init__(title, parent)
        self.note_edit = text_box("extension_note")
        self.form.addRow(self.tr("申请"), wrapped_label(summary))
        self.form.addRow(self.tr("原办结期限"), QLabel(old_due.isoformat() if old_due else "—"))
        self.new_due_label = QLabel(new_due.isoformat() if new_due else "—")
        if approve:
            self.form.addRow(self.tr("批准后办结期限"), self.new_due_label)
        self.add_row(self.tr("审批意见"), self.note_edit, "extension_note")
        self.county_approver_edit = limit_line(QLineEdit(), "county_approver")
        self.county_document_edit = limit_line(QLineEdit(), "county_document")
        if approve and joint:
            self.county_approver_edit.setPlaceholderText(self.tr("如：副县长 李某某"))
            self.county_document_edit.setPlaceholderText(self.tr("如：清府办函〔2026〕12号"))
            self.add_row(self.tr("县政府批准人"), self.county_approver_edit, "county_approver")
            self.add_row(self.tr("批准文号"), self.county_document_edit, "county_document")

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def county(self) -> tuple[str, str]:
        return (
            self.county_approver_edit.text().strip(),
            self.county_document_edit.text().strip(),
        )

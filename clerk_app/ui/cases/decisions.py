"""The prompts of the intake decisions: refuse, refer, tell on the spot."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from clerk_app.domain.cases import RefusalGround
from clerk_app.ui.common.dialog_base import FormDialog, text_box
from clerk_app.ui.common.labels import refusal_ground_label
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.ports import DepartmentChoice, WindowChoice


@dataclass(frozen=True)
class RefusalChoice:
    ground: RefusalGround
    reason: str
    other_agency: str = ""


@dataclass(frozen=True)
class ReferralChoice:
    department_id: str
    window_id: str | None
    matter: str


class RefuseDialog(FormDialog):
    """不予受理: the ground, the reason (printed: one of the item's standard reasons, with
    free text added), the competent agency if not ours."""

    def __init__(
        self, parent: QWidget | None = None, *, standard_reasons: tuple[str, ...] = ()
    ) -> None:
        super().__init__(self.tr("不予受理"), parent)
        self.ground_combo = QComboBox()
        for ground in RefusalGround:
            self.ground_combo.addItem(refusal_ground_label(ground), ground.value)
        self.standard_combo = QComboBox()
        self.standard_combo.addItem(self.tr("（不选，自行填写）"), "")
        for text in standard_reasons:
            self.standard_combo.addItem(text, text)
        self.reason_edit = text_box("refusal_reason")
        self.agency_edit = limit_line(QLineEdit(), "refusal_agency")
        self.agency_edit.setPlaceholderText(self.tr("如：县自然资源局（地址、电话）"))
        self.form.addRow(self.tr("不予受理情形"), self.ground_combo)
        if standard_reasons:
            self.form.addRow(self.tr("本事项常用理由"), self.standard_combo)
            self.standard_combo.currentIndexChanged.connect(self._standard_chosen)
        self.add_row(self.tr("理由（必填，打印在决定书上）"), self.reason_edit, "refusal_reason")
        self.add_row(self.tr("有权受理的机关"), self.agency_edit, "refusal_agency")
        self.ground_combo.currentIndexChanged.connect(self._ground_changed)
        self._ground_changed()

    def ground(self) -> RefusalGround:
        return RefusalGround(self.ground_combo.currentData())

    def _standard_chosen(self) -> None:
        """The chosen standard reason starts the text; what the clerk adds stays after it."""
        chosen = str(self.standard_combo.currentData() or "")
        current = self.reason_edit.toPlainText()
        for i in range(1, self.standard_combo.count()):
            known = str(self.standard_combo.itemData(i))
            if current.startswith(known):
                current = current[len(known) :].lstrip("；;")
                break
        self.reason_edit.setPlainText(
            f"{chosen}；{current}" if chosen and current else chosen or current
        )

    def _ground_changed(self) -> None:
        self.agency_edit.setEnabled(self.ground() is RefusalGround.OUT_OF_JURISDICTION)

    def problem(self) -> str:
        if not self.reason_edit.toPlainText().strip():
            return self.tr("请填写不予受理的理由")
        if (
            self.ground() is RefusalGround.OUT_OF_JURISDICTION
            and not self.agency_edit.text().strip()
        ):
            return self.tr("不属于本机关职权范围的，须写明有权受理的机关")
        return ""

    def choice(self) -> RefusalChoice:
        agency = self.agency_edit.text().strip() if self.agency_edit.isEnabled() else ""
        return RefusalChoice(self.ground(), self.reason_edit.toPlainText().strip(), agency)


class ReferDialog(FormDialog):
    """转办: the receiving department (and window); a guide slip is printed."""

    def __init__(
        self,
        departments: list[DepartmentChoice],
        windows: list[WindowChoice],
        matter: str,
        own_department: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("转办至其他部门"), parent)
        self.windows = windows
        self.department_combo = QComboBox()
        for d in departments:
            if d.id != own_department:
                self.department_combo.addItem(d.name, d.id)
        self.window_combo = QComboBox()
        self.matter_edit = text_box("referral_matter")
        self.matter_edit.setPlainText(matter)
        self.form.addRow(self.tr("接收部门"), self.department_combo)
        self.form.addRow(self.tr("接收窗口"), self.window_combo)
        self.add_row(self.tr("转办事由"), self.matter_edit, "referral_matter")
        self.department_combo.currentIndexChanged.connect(self._department_changed)
        self._department_changed()

    def _department_changed(self) -> None:
        dept = self.department_combo.currentData()
        self.window_combo.clear()
        self.window_combo.addItem(self.tr("该部门任一窗口"), None)
        for w in self.windows:
            if w.department_id == dept:
                self.window_combo.addItem(f"{w.code} {w.name}", w.id)

    def problem(self) -> str:
        if self.department_combo.currentData() is None:
            return self.tr("请选择接收部门")
        if not self.matter_edit.toPlainText().strip():
            return self.tr("请填写转办事由")
        return ""

    def choice(self) -> ReferralChoice:
        return ReferralChoice(
            department_id=str(self.department_combo.currentData()),
            window_id=self.window_combo.currentData(),
            matter=self.matter_edit.toPlainText().strip(),
        )


class TellDialog(FormDialog):
    """当场告知: what the applicant was told (the matter needs no licence)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("当场告知"), parent)
        self.note_edit = text_box("told_note", 110)
        self.add_row(self.tr("告知内容（必填）"), self.note_edit, "told_note")

    def problem(self) -> str:
        return "" if self.note_edit.toPlainText().strip() else self.tr("请写明告知的内容")

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

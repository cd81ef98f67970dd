"""登记效能投诉 wherever a complaint is made: the back office, the counter, the front desk.
The form takes the channel (现场, 12345/县长热线 …) and the hotline's work-order number;
:func:`file_complaint` loads the names in a worker, opens the form and files it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from clerk_app.domain.complaints import WORK_ORDER_MAX, Channel
from clerk_app.domain.text_limits import LOOKUP_MAX
from clerk_app.services import board, casework, complaints
from clerk_app.services.board import Names
from clerk_app.ui.common.dialog_base import FormDialog, text_box
from clerk_app.ui.common.labels import label
from clerk_app.ui.common.search_combo import SearchCombo
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import QueryOp, WriteOp


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
        self.work_order_edit.setMaxLength(WORK_ORDER_MAX)
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


def filing_op(session: SignedOn, form: ComplaintForm) -> WriteOp[str]:
    """登记投诉, on the case whose number was given (if one was)."""
    ctx, actor = session.ctx, session.actor

    def work() -> str:
        case_id = casework.find_by_number(ctx, form.case_no).id if form.case_no else None
        return complaints.file_complaint(
            ctx,
            actor,
            complainant=form.complainant,
            content=form.content,
            phone=form.phone,
            staff_id=form.staff_id,
            department_id=form.department_id,
            case_id=case_id,
            channel=form.channel,
            work_order_no=form.work_order_no,
        )

    return WriteOp(session.tasks, work)


class ComplaintFiling:
    """The 登记投诉 button's job at the counter and the front desk: the names are read in a
    worker, then the form opens (on site by default) and stays open until filed."""

    def __init__(self, session: SignedOn, parent: QWidget) -> None:
        self.session = session
        self.parent = parent
        self.dialog: FileComplaintDialog | None = None

    def open(self) -> None:
        ctx = self.session.ctx
        QueryOp(self.session.tasks, lambda: board.names(ctx)).success(self._show).run()

    def _show(self, names: Names) -> None:
        dialog = FileComplaintDialog(names, self.parent)
        dialog.submit_with(lambda: filing_op(self.session, dialog.value()), lambda _id: None)
        self.dialog = dialog
        dialog.start()

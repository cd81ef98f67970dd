"""The editors of the organisation: the centre, a department, a queue, a window, a member of
staff. Each is a :class:`FormDialog`: OK saves through the service; a refusal keeps the
dialog open with everything typed and the reason under the field it is about."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from clerk_app.services.context import Role
from clerk_app.services.setup_records import (
    CenterRecord,
    DepartmentRecord,
    Organisation,
    QueueRecord,
    StaffRecord,
    WindowRecord,
)
from clerk_app.ui.administration import ops
from clerk_app.ui.administration.fields import CheckList, choice
from clerk_app.ui.administration.models import window_kinds
from clerk_app.ui.common.dialog_base import FormDialog, text_box
from clerk_app.ui.common.labels import label
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.text_limits import limit_count, limit_line
from clerk_app.ui.session import SignedOn


def _line(field: str, value: str, placeholder: str = "") -> QLineEdit:
    edit = limit_line(QLineEdit(value), field)
    edit.setObjectName(field)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _departments(org: Organisation) -> list[tuple[str, object]]:
    return [(f"{d.code} {d.short_name or d.name}", d.id) for d in org.departments]


class _Editor(FormDialog):
    """A form over one record; ``saved`` carries what the service returned."""

    saved = Signal(object)

    def __init__(
        self, session: SignedOn, title: str, parent: QWidget | None, *, scroll: bool = False
    ) -> None:
        super().__init__(title, parent, scroll=scroll)
        self.session = session

    def _saved(self, result: object) -> None:
        emit(self.saved, result)


class CenterDialog(_Editor):
    def __init__(
        self, session: SignedOn, record: CenterRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, self.tr("服务中心信息"), parent, scroll=True)
        self.record = record
        self.name_edit = _line("center_name", record.name)
        self.address_edit = _line("center_address", record.address)
        self.query_edit = _line("center_phone", record.query_phone, self.tr("咨询电话"))
        self.complaint_edit = _line("center_phone", record.complaint_phone, self.tr("投诉电话"))
        self.supervision_edit = _line("supervision_phone", record.supervision_phone)
        self.hours_edit = _line(
            "center_hours", record.opening_hours, self.tr("如：工作日 9:00-12:00，13:30-17:00")
        )
        self.url_edit = _line(
            "center_query_url", record.progress_query_url, "https://zwfw.example.gov.cn/query"
        )
        self.seal_edit = _line("center_seal", record.seal_text)
        self.body_edit = _line(
            "reconsideration_body", record.reconsideration_body, self.tr("部门未设置时使用")
        )
        self.court_edit = _line(
            "litigation_court", record.litigation_court, self.tr("部门未设置时使用")
        )
        self.notice_edit = text_box("hall_notice", 60)
        self.notice_edit.setPlainText(record.hall_notice)
        self.add_row(self.tr("中心名称"), self.name_edit, "center_name")
        self.add_row(self.tr("地址"), self.address_edit, "center_address")
        self.add_row(self.tr("咨询电话"), self.query_edit, "center_phone")
        self.add_row(self.tr("投诉电话"), self.complaint_edit)
        self.add_row(self.tr("监督电话"), self.supervision_edit, "supervision_phone")
        self.add_row(self.tr("办公时间"), self.hours_edit, "center_hours")
        self.add_row(self.tr("进度查询网址"), self.url_edit, "center_query_url")
        self.add_row(self.tr("印章文字"), self.seal_edit, "center_seal")
        self.add_row(self.tr("行政复议机关（默认）"), self.body_edit, "reconsideration_body")
        self.add_row(self.tr("管辖法院（默认）"), self.court_edit, "litigation_court")
        self.add_row(self.tr("大厅公告"), self.notice_edit, "hall_notice")
        self.submit_with(lambda: ops.save_center(session, self.values()), self._saved)

    def values(self) -> CenterRecord:
        return replace(
            self.record,
            name=self.name_edit.text(),
            address=self.address_edit.text(),
            query_phone=self.query_edit.text(),
            complaint_phone=self.complaint_edit.text(),
            supervision_phone=self.supervision_edit.text(),
            opening_hours=self.hours_edit.text(),
            progress_query_url=self.url_edit.text(),
            seal_text=self.seal_edit.text(),
            reconsideration_body=self.body_edit.text(),
            litigation_court=self.court_edit.text(),
            hall_notice=self.notice_edit.toPlainText(),
        )


class DepartmentDialog(_Editor):
    def __init__(
        self,
        session: SignedOn,
        org: Organisation,
        record: DepartmentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = record is None
        super().__init__(session, self.tr("新建部门") if new else self.tr("修改部门"), parent)
        self.record = record or DepartmentRecord()
        r = self.record
        leaders = [
            (f"{p.name}（{p.staff_no}）", p.id)
            for p in org.staff
            if p.role == Role.LEADER and p.active
        ]
        self.code_edit = _line("department_code", r.code, self.tr("如：SW"))
        self.name_edit = _line("department_name", r.name, self.tr("发文机关全称"))
        self.short_edit = _line("department_short_name", r.short_name)
        self.head_combo = choice(leaders, r.head_staff_id, none=self.tr("（未设置）"))
        self.deputy_combo = choice(leaders, r.deputy_staff_id, none=self.tr("（未设置）"))
        self.body_edit = _line(
            "department_reconsideration",
            r.reconsideration_body,
            self.tr("如：国家税务总局某市税务局；空：同中心"),
        )
        self.court_edit = _line("department_court", r.litigation_court, self.tr("空：同中心"))
        self.phone_edit = _line("department_phone", r.phone)
        self.active_box = QCheckBox(self.tr("在用"))
        self.active_box.setChecked(r.active)
        self.add_row(self.tr("部门编码"), self.code_edit, "department_code")
        self.add_row(self.tr("部门全称"), self.name_edit, "department_name")
        self.add_row(self.tr("简称"), self.short_edit, "department_short_name")
        self.add_row(self.tr("主要负责人"), self.head_combo, "department_head")
        self.add_row(self.tr("分管负责人"), self.deputy_combo, "department_deputy")
        self.add_row(self.tr("行政复议机关"), self.body_edit, "department_reconsideration")
        self.add_row(self.tr("管辖法院"), self.court_edit, "department_court")
        self.add_row(self.tr("电话"), self.phone_edit, "department_phone")
        self.add_row("", self.active_box)
        self.submit_with(lambda: ops.save_department(session, self.values()), self._saved)

    def values(self) -> DepartmentRecord:
        return replace(
            self.record,
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            short_name=self.short_edit.text(),
            head_staff_id=self.head_combo.currentData(),
            deputy_staff_id=self.deputy_combo.currentData(),
            reconsideration_body=self.body_edit.text(),
            litigation_court=self.court_edit.text(),
            phone=self.phone_edit.text(),
            active=self.active_box.isChecked(),
        )


class QueueDialog(_Editor):
    def __init__(
        self,
        session: SignedOn,
        org: Organisation,
        record: QueueRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = record is None
        super().__init__(session, self.tr("新建队列") if new else self.tr("修改队列"), parent)
        self.record = record or QueueRecord()
        r = self.record
        self.code_edit = _line("queue_code", r.code)
        self.name_edit = _line("queue_name", r.name)
        self.prefix_edit = QLineEdit(r.prefix)
        self.prefix_edit.setObjectName("queue_prefix")
        self.prefix_edit.setMaxLength(2)
        self.prefix_edit.setPlaceholderText(self.tr("一到两个字母，如 A"))
        self.dept_combo = choice(_departments(org), r.department_id, none=self.tr("（综合）"))
        self.minutes_spin = limit_count(QSpinBox(), "minutes_per_visitor")
        self.minutes_spin.setValue(r.minutes_per_visitor)
        self.active_box = QCheckBox(self.tr("在用"))
        self.active_box.setChecked(r.active)
        self.add_row(self.tr("队列编码"), self.code_edit, "queue_code")
        self.add_row(self.tr("队列名称"), self.name_edit, "queue_name")
        self.add_row(self.tr("号码前缀"), self.prefix_edit, "queue_prefix")
        self.add_row(self.tr("部门"), self.dept_combo, "queue_department")
        self.add_row(self.tr("每人平均分钟数"), self.minutes_spin, "minutes_per_visitor")
        self.add_row("", self.active_box)
        self.submit_with(lambda: ops.save_queue(session, self.values()), self._saved)

    def values(self) -> QueueRecord:
        return replace(
            self.record,
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            prefix=self.prefix_edit.text(),
            department_id=self.dept_combo.currentData(),
            minutes_per_visitor=self.minutes_spin.value(),
            active=self.active_box.isChecked(),
        )


class WindowDialog(_Editor):
    def __init__(
        self,
        session: SignedOn,
        org: Organisation,
        record: WindowRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = record is None
        super().__init__(session, self.tr("新建窗口") if new else self.tr("修改窗口"), parent)
        self.record = record or WindowRecord()
        r = self.record
        self.code_edit = _line("window_code", r.code, self.tr("如：A01"))
        self.name_edit = _line("window_name", r.name, self.tr("如：市场监管1号窗口"))
        self.kind_combo = choice([(v, k) for k, v in window_kinds().items()], r.kind)
        self.dept_combo = choice(_departments(org), r.department_id, none=self.tr("（无）"))
        self.extra_list = CheckList(
            [(text, str(value)) for text, value in _departments(org)], r.extra_department_ids
        )
        self.queue_list = CheckList(
            [(f"{q.prefix} {q.name}", q.id) for q in org.queues], r.queue_ids
        )
        self.zone_edit = _line("window_zone", r.zone, self.tr("如：二楼B区"))
        self.active_box = QCheckBox(self.tr("开放"))
        self.active_box.setChecked(r.active)
        self.add_row(self.tr("窗口编码"), self.code_edit, "window_code")
        self.add_row(self.tr("窗口名称"), self.name_edit, "window_name")
        self.add_row(self.tr("类型"), self.kind_combo, "window_kind")
        self.add_row(self.tr("部门"), self.dept_combo, "window_department")
        self.add_row(self.tr("其他部门"), self.extra_list, "window_extra_departments")
        self.add_row(self.tr("服务队列（按顺序）"), self.queue_list, "window_queues")
        self.add_row(self.tr("候办区域"), self.zone_edit, "window_zone")
        self.add_row("", self.active_box)
        self.submit_with(lambda: ops.save_window(session, self.values()), self._saved)

    def values(self) -> WindowRecord:
        return replace(
            self.record,
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            kind=str(self.kind_combo.currentData()),
            department_id=self.dept_combo.currentData(),
            extra_department_ids=self.extra_list.checked(),
            queue_ids=self.queue_list.checked(),
            zone=self.zone_edit.text(),
            active=self.active_box.isChecked(),
        )


class StaffDialog(_Editor):
    """A member of staff; a new one gets a temporary password (``saved`` carries it)."""

    def __init__(
        self,
        session: SignedOn,
        org: Organisation,
        record: StaffRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        new = record is None
        super().__init__(
            session, self.tr("新建工作人员") if new else self.tr("修改工作人员"), parent
        )
        self.record = record or StaffRecord()
        r = self.record
        roles = [(label(role), role.value) for role in Role if role is not Role.SYSTEM]
        self.no_edit = _line("staff_no", r.staff_no, self.tr("如：C001"))
        self.name_edit = _line("staff_name", r.name)
        self.role_combo = choice(roles, r.role)
        self.dept_combo = choice(_departments(org), r.department_id, none=self.tr("（无）"))
        self.title_edit = _line("staff_title", r.title)
        self.window_list = CheckList(
            [(f"{w.code} {w.name}", w.id) for w in org.windows], r.window_ids
        )
        self.active_box = QCheckBox(self.tr("在岗（取消勾选：已离岗）"))
        self.active_box.setChecked(r.active)
        self.add_row(self.tr("工号"), self.no_edit, "staff_no")
        self.add_row(self.tr("姓名"), self.name_edit, "staff_name")
        self.add_row(self.tr("角色"), self.role_combo, "staff_role")
        self.add_row(self.tr("部门"), self.dept_combo, "staff_department")
        self.add_row(self.tr("职务"), self.title_edit, "staff_title")
        self.add_row(self.tr("可坐窗口（不选：不限）"), self.window_list, "staff_windows")
        self.add_row("", self.active_box)
        self.submit_with(lambda: ops.save_staff(session, self.values()), self._saved)

    def values(self) -> StaffRecord:
        return replace(
            self.record,
            staff_no=self.no_edit.text(),
            name=self.name_edit.text(),
            role=str(self.role_combo.currentData()),
            department_id=self.dept_combo.currentData(),
            title=self.title_edit.text(),
            window_ids=self.window_list.checked(),
            active=self.active_box.isChecked(),
        )

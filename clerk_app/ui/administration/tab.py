"""系统管理: the administrator sets up and keeps the centre. A checklist on top says what a
new centre still lacks (centre → departments → windows → staff → items); below, one
section per kind of record, each a searchable list with its editor; then 导入导出 (the
Excel workbook: export, template, import with a preview) and 公示公告 (the 事项公示表 and
the 调整/取消事项公告 of a period).

Counters can open as soon as one window, one member of counter staff and one item exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.setup_records import (
    Organisation,
    StaffRecord,
    counters_usable,
    setup_steps,
)
from clerk_app.ui.administration import ops
from clerk_app.ui.administration.editors import (
    CenterDialog,
    DepartmentDialog,
    QueueDialog,
    StaffDialog,
    WindowDialog,
)
from clerk_app.ui.administration.item_editor import ItemDialog
from clerk_app.ui.administration.models import (
    OrgModel,
    department_model,
    item_model,
    matches,
    queue_model,
    staff_model,
    window_model,
)
from clerk_app.ui.administration.publishing import PublishingPage
from clerk_app.ui.administration.workbook_page import WorkbookPage
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.session import SignedOn

SECTION_CENTER, SECTION_DEPARTMENTS, SECTION_WINDOWS, SECTION_QUEUES = range(4)
SECTION_STAFF, SECTION_ITEMS, SECTION_WORKBOOK, SECTION_PUBLISHING = 4, 5, 6, 7
_SECTION_OF_STEP = {
    "center": SECTION_CENTER,
    "departments": SECTION_DEPARTMENTS,
    "windows": SECTION_WINDOWS,
    "staff": SECTION_STAFF,
    "items": SECTION_ITEMS,
}


class Section(QWidget):
    """A searchable list of one kind of record with 新建 / 修改 and extra actions."""

    def __init__(
        self,
        model: OrgModel[Any],
        rows: Callable[[Organisation], tuple[Any, ...]],
        search: Callable[[Any], tuple[str, ...]],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.rows = rows
        self.search = search
        self.org: Organisation | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}Search")
        self.search_edit.setPlaceholderText(self.tr("输入编码或名称筛选"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.fill)
        self.table: QTableView = make_table(model, 1, sort=True, striped=True)
        self.new_button = QPushButton(self.tr("新建"))
        self.new_button.setObjectName(f"{name}New")
        self.edit_button = QPushButton(self.tr("修改"))
        self.edit_button.setObjectName(f"{name}Edit")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.search_edit, 1)
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.edit_button)
        self.notice = QLabel()
        self.notice.setObjectName(f"{name}Notice")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)

    def set_org(self, org: Organisation) -> None:
        self.org = org
        self.model.org = org
        self.fill()

    def fill(self) -> None:
        if self.org is None:
            return
        text = self.search_edit.text()
        self.model.set_rows([r for r in self.rows(self.org) if matches(text, *self.search(r))])

    def selected(self) -> Any:
        return selected_row(self.table)


class AdministrationTab(QWidget):
    status = Signal(str)

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.org: Organisation | None = None
        self.dialog: QWidget | None = None  # the editor open now (tests reach it here)
        self.checklist = QLabel()
        self.checklist.setObjectName("setupChecklist")
        self.checklist.setWordWrap(True)
        self.center_label = QLabel()
        self.center_label.setObjectName("centerSummary")
        self.center_label.setWordWrap(True)
        self.center_button = QPushButton(self.tr("修改中心信息"))
        self.center_button.setObjectName("centerEdit")
        center_page = QWidget()
        center_layout = QVBoxLayout(center_page)
        center_layout.addWidget(self.center_label)
        center_layout.addWidget(self.center_button)
        center_layout.addStretch(1)

        self.departments = Section(
            department_model(self),
            lambda o: o.departments,
            lambda d: (d.code, d.name, d.short_name),
            "departments",
        )
        self.windows = Section(
            window_model(self), lambda o: o.windows, lambda w: (w.code, w.name), "windows"
        )
        self.queues = Section(
            queue_model(self), lambda o: o.queues, lambda q: (q.code, q.name), "queues"
        )
        self.staff = Section(
            staff_model(self), lambda o: o.staff, lambda p: (p.staff_no, p.name), "staff"
        )
        self.reset_button = QPushButton(self.tr("重置密码"))
        self.reset_button.setObjectName("staffReset")
        self.unlock_button = QPushButton(self.tr("解除锁定"))
        self.unlock_button.setObjectName("staffUnlock")
        self.staff.buttons.addWidget(self.reset_button)
        self.staff.buttons.addWidget(self.unlock_button)
        self.items = Section(
            item_model(self), lambda o: o.items, lambda i: (i.code, i.name), "items"
        )

        self.sections = QTabWidget()
        self.sections.addTab(center_page, self.tr("服务中心"))
        self.sections.addTab(self.departments, self.tr("部门"))
        self.sections.addTab(self.windows, self.tr("窗口"))
        self.sections.addTab(self.queues, self.tr("队列"))
        self.sections.addTab(self.staff, self.tr("工作人员"))
        self.sections.addTab(self.items, self.tr("事项目录"))
        self.workbook = WorkbookPage(session)
        self.workbook.status.connect(self.status)
        self.workbook.imported.connect(lambda _report: self.refresh())
        self.sections.addTab(self.workbook, self.tr("导入导出"))
        self.publishing = PublishingPage(session)
        self.publishing.status.connect(self.status)
        self.sections.addTab(self.publishing, self.tr("公示公告"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        layout.addWidget(self.sections, 1)

        self.center_button.clicked.connect(self.edit_center)
        self.departments.new_button.clicked.connect(lambda: self.edit_department(None))
        self.departments.edit_button.clicked.connect(
            lambda: self._edit_selected(self.departments, self.edit_department)
        )
        self.windows.new_button.clicked.connect(lambda: self.edit_window(None))
        self.windows.edit_button.clicked.connect(
            lambda: self._edit_selected(self.windows, self.edit_window)
        )
        self.queues.new_button.clicked.connect(lambda: self.edit_queue(None))
        self.queues.edit_button.clicked.connect(
            lambda: self._edit_selected(self.queues, self.edit_queue)
        )
        self.staff.new_button.clicked.connect(lambda: self.edit_staff(None))
        self.staff.edit_button.clicked.connect(
            lambda: self._edit_selected(self.staff, self.edit_staff)
        )
        self.items.new_button.clicked.connect(lambda: self.edit_item(None))
        self.items.edit_button.clicked.connect(
            lambda: self._edit_selected(self.items, self.edit_item)
        )
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.checklist.linkActivated.connect(self._go_to_step)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        ops.load(self.session).success(self._loaded).run()

    def _loaded(self, org: Organisation) -> None:
        first = self.org is None
        self.org = org
        for section in (self.departments, self.windows, self.queues, self.staff, self.items):
            section.set_org(org)
        c = org.center
        if c is not None:
            self.center_label.setText(
                self.tr(
                    "{name}\n地址：{address}\n咨询电话：{query}　投诉电话：{complaint}"
                    "　监督电话：{supervision}\n办公时间：{hours}\n"
                    "行政复议机关（默认）：{body}　管辖法院（默认）：{court}"
                ).format(
                    name=c.name,
                    address=c.address,
                    query=c.query_phone,
                    complaint=c.complaint_phone,
                    supervision=c.supervision_phone,
                    hours=c.opening_hours,
                    body=c.reconsideration_body,
                    court=c.litigation_court,
                )
            )
        self._show_checklist(org)
        if first:  # a new centre: open where the set-up goes on
            missing = next((s for s in setup_steps(org) if not s.done), None)
            if missing is not None:
                self._go_to_step(missing.key)

    def _show_checklist(self, org: Organisation) -> None:
        parts = []
        for n, step in enumerate(setup_steps(org), 1):
            mark = "✔" if step.done else "✘"
            colour = "#2e7d32" if step.done else "#c62828"
            parts.append(
                f'<span style="color:{colour}">{mark}</span> '
                f'<a href="{step.key}">{n}. {step.label}</a>：{step.what}'
            )
        ready = (
            self.tr("窗口已可使用：工作人员可在窗口登录办件。")
            if counters_usable(org)
            else self.tr("至少设置一个窗口、一名窗口工作人员和一个事项后，窗口即可使用。")
        )
        self.checklist.setText(self.tr("设置进度：") + "　".join(parts) + "<br>" + ready)

    def _go_to_step(self, key: str) -> None:
        self.sections.setCurrentIndex(_SECTION_OF_STEP.get(key, 0))

    # --- editors -------------------------------------------------------------------------

    def _edit_selected(self, section: Section, edit: Callable[[Any], None]) -> None:
        row = section.selected()
        if row is None:
            section.notice.setText(self.tr("请先在列表中选择一行"))
            return
        edit(row)

    def _open(self, dialog: Any, said: str) -> None:
        def saved(_result: object) -> None:
            emit(self.status, said)
            self.refresh()

        dialog.saved.connect(saved)
        self.dialog = dialog
        dialog.start()

    def edit_center(self) -> None:
        if self.org is None or self.org.center is None:
            return
        self._open(CenterDialog(self.session, self.org.center, self), self.tr("中心信息已保存"))

    def edit_department(self, record: Any) -> None:
        if self.org is not None:
            dialog = DepartmentDialog(self.session, self.org, record, self)
            self._open(dialog, self.tr("部门已保存"))

    def edit_window(self, record: Any) -> None:
        if self.org is not None:
            self._open(WindowDialog(self.session, self.org, record, self), self.tr("窗口已保存"))

    def edit_queue(self, record: Any) -> None:
        if self.org is not None:
            self._open(QueueDialog(self.session, self.org, record, self), self.tr("队列已保存"))

    def edit_item(self, record: Any) -> None:
        if self.org is not None:
            self._open(ItemDialog(self.session, self.org, record, self), self.tr("事项已保存"))

    def edit_staff(self, record: Any) -> None:
        if self.org is None:
            return
        dialog = StaffDialog(self.session, self.org, record, self)
        dialog.saved.connect(self._staff_saved)
        self._open(dialog, self.tr("工作人员已保存"))

    def _staff_saved(self, result: tuple[str, str | None]) -> None:
        _staff_id, password = result
        if password:
            self.staff.notice.setText(
                self.tr(
                    "已建立账号，临时密码：{password}（请当面告知本人，首次登录须修改）"
                ).format(password=password)
            )

    # --- staff actions -------------------------------------------------------------------

    def _selected_staff(self) -> StaffRecord | None:
        row = self.staff.selected()
        if not isinstance(row, StaffRecord):
            self.staff.notice.setText(self.tr("请先在列表中选择一名工作人员"))
            return None
        return row

    def reset_password(self) -> None:
        person = self._selected_staff()
        if person is None:
            return

        def done(password: str) -> None:
            self.staff.notice.setText(
                self.tr("{name}的临时密码：{password}（请当面告知本人，登录时须修改）").format(
                    name=person.name, password=password
                )
            )
            self.refresh()

        ops.reset_password(self.session, person.id).success(done).run()

    def unlock(self) -> None:
        person = self._selected_staff()
        if person is None:
            return

        def done(_none: None) -> None:
            self.staff.notice.setText(self.tr("{name}的账号已解除锁定").format(name=person.name))
            self.refresh()

        ops.unlock(self.session, person.id).success(done).run()

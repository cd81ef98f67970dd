"""督查: tasks given to departments (谁去落实、怎么落实、何时落实), their progress reports,
and 落实成效 when the supervisor accepts them; a late task is red (and escalates)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from clerk_app.domain.text_limits import COUNT_FIELDS
from clerk_app.services.board import Names
from clerk_app.services.tasks import Effect, TaskView
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.common import ListPanel


def effect_text(effect: str) -> str:
    return {
        Effect.GOOD.value: QCoreApplication.translate("Tasks", "好"),
        Effect.FAIR.value: QCoreApplication.translate("Tasks", "一般"),
        Effect.POOR.value: QCoreApplication.translate("Tasks", "差"),
    }.get(effect, effect)


def _status(t: TaskView) -> str:
    if t.status == "done":
        return QCoreApplication.translate("Tasks", "已落实（成效：{e}）").format(
            e=effect_text(t.effect)
        )
    if t.late:
        return QCoreApplication.translate("Tasks", "逾期未落实（已升级问责）")
    return QCoreApplication.translate("Tasks", "落实中")


class TaskModel(RowTableModel[TaskView]):
    COL_STATUS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Tasks", "督查事项"), lambda t: t.title),
                Column(
                    QCoreApplication.translate("Tasks", "谁去落实"),
                    lambda t: " ".join(x for x in (t.department_name, t.owner_name) if x),
                ),
                Column(QCoreApplication.translate("Tasks", "怎么落实"), lambda t: t.method),
                Column(
                    QCoreApplication.translate("Tasks", "何时落实"),
                    lambda t: t.due_date.isoformat(),
                    sort=lambda t: t.due_date.isoformat(),
                ),
                Column(
                    QCoreApplication.translate("Tasks", "状态"),
                    _status,
                    color=lambda t: LIGHT_RED if t.late else None,
                ),
                Column(
                    QCoreApplication.translate("Tasks", "最新进展"),
                    lambda t: t.reports[-1][2] if t.reports else "—",
                ),
                Column(QCoreApplication.translate("Tasks", "落实成效"), lambda t: t.result or "—"),
            ],
            parent,
        )


class NewTaskDialog(FormDialog):
    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("下达督查任务"), parent)
        self.title_edit = limit_line(QLineEdit(), "task_title")
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("（请选择）"), None)
        for dept_id, name in sorted(names.departments.items(), key=lambda d: d[1]):
            self.department_combo.addItem(name, dept_id)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("（部门负责落实）"), None)
        for staff_id, name, _dept in names.clerks:
            self.owner_combo.addItem(name, staff_id)
        self.method_edit = text_box("task_method", 80)
        spec = COUNT_FIELDS["task_workdays"]
        self.workdays_spin = QSpinBox()
        self.workdays_spin.setRange(spec.minimum, spec.maximum)
        self.workdays_spin.setValue(10)
        self.workdays_spin.setSuffix(self.tr(" 个工作日内落实"))
        self.add_row(self.tr("督查事项"), self.title_edit, "task_title")
        self.add_row(self.tr("负责部门"), self.department_combo)
        self.add_row(self.tr("具体负责人"), self.owner_combo)
        self.add_row(self.tr("怎么落实"), self.method_edit, "task_method")
        self.add_row(self.tr("何时落实"), self.workdays_spin, "task_workdays")

    def problem(self) -> str:
        if not self.title_edit.text().strip():
            return self.tr("请填写督查事项")
        if self.department_combo.currentData() is None:
            return self.tr("请选择负责落实的部门")
        if not self.method_edit.toPlainText().strip():
            return self.tr("请填写落实方式")
        return ""


class CompleteTaskDialog(FormDialog):
    def __init__(self, task: TaskView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("验收督查任务"), parent)
        self.effect_combo = QComboBox()
        self.effect_combo.addItem(self.tr("（请选择）"), None)
        for effect in Effect:
            self.effect_combo.addItem(effect_text(effect.value), effect.value)
        self.result_edit = text_box("task_result", 90)
        self.add_row(self.tr("督查事项"), wrapped_label(task.title))
        self.add_row(self.tr("落实成效"), self.result_edit, "task_result")
        self.add_row(self.tr("成效评价"), self.effect_combo, "task_effect")

    def problem(self) -> str:
        if not self.result_edit.toPlainText().strip():
            return self.tr("请填写落实成效")
        if self.effect_combo.currentData() is None:
            return self.tr("请选择成效评价")
        return ""


class TasksPanel(ListPanel):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, TaskModel(), 2, parent)
        self.new_button = self.add_button(self.tr("下达督查任务…"), self.new_task, needs_row=False)
        self.new_button.setObjectName("primaryAction")
        self.report_button = self.add_button(self.tr("报告进展…"), self.report)
        self.complete_button = self.add_button(self.tr("验收…"), self.complete)
        self.names = Names({}, {}, ())
        self.form_dialog: FormDialog | None = None
        self.finish_buttons()

    def refresh(self) -> None:
        ops.list_tasks(self.session).success(self._loaded).run()

    def _loaded(self, result: tuple[Names, list[TaskView]]) -> None:
        self.names, rows = result
        late = sum(1 for t in rows if t.late)
        title = self.tr("督查任务：{n} 项").format(n=len(rows))
        if late:
            title += self.tr("（逾期未落实 {n} 项）").format(n=late)
        self.show_rows(rows, title)

    def update_buttons(self) -> None:
        super().update_buttons()
        task: TaskView | None = self.selected()
        still_open = task is not None and task.status == "open"
        self.report_button.setEnabled(still_open)
        self.complete_button.setEnabled(still_open)

    def _run(self, dialog: FormDialog, start: object, message: str) -> None:
        def done(_result: object) -> None:
            emit(self.status, message)
            self.refresh()

        dialog.submit_with(start, done)  # type: ignore[arg-type]
        self.form_dialog = dialog
        dialog.start()

    def new_task(self) -> NewTaskDialog:
        d = NewTaskDialog(self.names, self)
        self._run(
            d,
            lambda: ops.create_task(
                self.session,
                title=d.title_edit.text().strip(),
                department_id=d.department_combo.currentData(),
                owner_staff_id=d.owner_combo.currentData(),
                method=d.method_edit.toPlainText().strip(),
                workdays=d.workdays_spin.value(),
            ),
            self.tr("已下达督查任务"),
        )
        return d

    def report(self) -> None:
        task: TaskView | None = self.selected()
        if task is None:
            return
        from clerk_app.ui.supervision.dialogs import NoteDialog

        d = NoteDialog(
            self.tr("报告进展"),
            task.title,
            self.tr("进展情况"),
            self,
            field="task_report",
            required=True,
        )
        self._run(
            d,
            lambda: ops.report_task_progress(self.session, task.id, d.note()),
            self.tr("已记录进展"),
        )

    def complete(self) -> None:
        task: TaskView | None = self.selected()
        if task is None:
            return
        d = CompleteTaskDialog(task, self)
        self._run(
            d,
            lambda: ops.complete_task(
                self.session,
                task.id,
                result=d.result_edit.toPlainText().strip(),
                effect=d.effect_combo.currentData(),
            ),
            self.tr("督查任务已验收"),
        )

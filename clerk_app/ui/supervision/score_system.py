"""配置指标体系: every standard of the indicator system — the centre's default, those of a
department type (naming their departments) and those of a post (naming staff roles) —
with its indicators (included or not, weight, target of a rate, deduction per count),
and how many bottom ranks are flagged. Standards are chosen in a list, added and removed;
what is typed is checked as the service checks it (each standard's weights add up to 100
points, none is 0) and the reason stands next to the field, the form staying open. The
whole system is saved through the service as one event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.scores import WEIGHT_TOTAL, Indicator, Source, Standard, System
from clerk_app.services.context import Role
from clerk_app.ui.common.dialog_base import FormDialog
from clerk_app.ui.common.labels import role_label

DEFAULT, DEPARTMENTS, POSTS = "default", "departments", "posts"
#: The posts (staff roles) a standard may score.
POST_ROLES = (Role.CLERK, Role.GUIDE, Role.LEADER, Role.SUPERVISOR)
NAME_FIELD, SCOPE_FIELD, GRID_FIELD = "score_standard_name", "score_scope", "score_system"


def _post_label(post: str) -> str:
    try:
        return role_label(Role(post))
    except ValueError:
        return post


def _kind(standard: Standard) -> str:
    if standard.posts:
        return POSTS
    return DEPARTMENTS if standard.department_ids else DEFAULT


class ScoreSystemDialog(FormDialog):
    def __init__(
        self,
        system: System,
        departments: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("配置绩效考核指标体系"), parent, scroll=True)
        self.setMinimumWidth(1000)
        self.departments = dict(departments or {})
        self.standards: list[Standard] = list(system.standards)
        self.kinds: list[str] = [_kind(s) for s in system.standards]
        self.current = -1
        self.loading = False  # a standard is being put on the form

        self.standard_combo = QComboBox()
        self.add_departments_button = QPushButton(self.tr("新增部门类型标准"))
        self.add_post_button = QPushButton(self.tr("新增岗位标准"))
        self.remove_button = QPushButton(self.tr("删除该标准"))
        chooser = QWidget()
        chooser_row = QHBoxLayout(chooser)
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(self.standard_combo, 1)
        chooser_row.addWidget(self.add_departments_button)
        chooser_row.addWidget(self.add_post_button)
        chooser_row.addWidget(self.remove_button)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.scope_hint = QLabel()
        self.scope_hint.setObjectName("hintLabel")
        self.scope_hint.setWordWrap(True)
        self.scope_list = QListWidget()
        self.scope_list.setMinimumWidth(260)
        scope_error = QLabel()
        scope_error.setObjectName("fieldError")
        scope_error.setWordWrap(True)
        scope_error.setVisible(False)
        scope_box = QWidget()
        scope_column = QVBoxLayout(scope_box)
        scope_column.setContentsMargins(0, 0, 0, 0)
        scope_column.addWidget(QLabel(self.tr("适用范围")))
        scope_column.addWidget(self.scope_hint)
        scope_column.addWidget(self.scope_list, 1)
        scope_column.addWidget(scope_error)

        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, head in enumerate(
            (self.tr("考核指标"), self.tr("权重（分）"), self.tr("目标值"), self.tr("每件扣分"))
        ):
            grid.addWidget(QLabel(head), 0, col)
        self.rows: dict[Source, tuple[QCheckBox, QDoubleSpinBox, QDoubleSpinBox]] = {}
        for line, source in enumerate(Source, start=1):
            use = QCheckBox(source.label)
            weight = QDoubleSpinBox()
            weight.setRange(0, WEIGHT_TOTAL)  # never negative
            weight.setDecimals(1)
            extra = QDoubleSpinBox()
            extra.setRange(0, 100)
            if source.rule == "rate":
                extra.setSuffix("%")
                grid.addWidget(extra, line, 2)
            elif source.rule == "count":
                grid.addWidget(extra, line, 3)
            else:
                extra.setVisible(False)
            grid.addWidget(use, line, 0)
            grid.addWidget(weight, line, 1)
            self.rows[source] = (use, weight, extra)
            use.toggled.connect(self._show_total)
            weight.valueChanged.connect(self._show_total)
        self.total_label = QLabel()
        grid.addWidget(self.total_label, len(Source) + 1, 0, 1, 4)
        both = QWidget()
        side_by_side = QHBoxLayout(both)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.addWidget(grid_box, 3)
        side_by_side.addWidget(scope_box, 2)

        self.bottom_spin = QSpinBox()
        self.bottom_spin.setRange(0, 10)
        self.bottom_spin.setValue(system.bottom)
        self.add_row(self.tr("考核标准"), chooser)
        self.add_row(self.tr("标准名称"), self.name_edit, NAME_FIELD)
        self.add_row(self.tr("考核指标"), both, GRID_FIELD)
        self.field_errors[SCOPE_FIELD] = scope_error  # under the list, beside the grid
        self._field_widgets[SCOPE_FIELD] = self.scope_list
        self.add_row(self.tr("标记末位名次数"), self.bottom_spin, "score_bottom")

        self._fill_combo()
        self.standard_combo.currentIndexChanged.connect(self._switch)
        self.add_departments_button.clicked.connect(lambda: self._add(DEPARTMENTS))
        self.add_post_button.clicked.connect(lambda: self._add(POSTS))
        self.name_edit.textChanged.connect(lambda _t: self._relabel())
        self.scope_list.itemChanged.connect(lambda _i: self._relabel())
        self.remove_button.clicked.connect(self._remove)
        self._show(0)

    # --- the standards' list -------------------------------------------------------------

    def _label(self, index: int) -> str:
        standard, kind = self.standards[index], self.kinds[index]
        if kind == DEFAULT:
            return self.tr("{name}（通用：未列入其他标准的部门）").format(name=standard.name)
        if kind == DEPARTMENTS:
            return self.tr("{name}（部门类型：{n} 个部门）").format(
                name=standard.name, n=len(standard.department_ids)
            )
        posts = "、".join(_post_label(p) for p in standard.posts)
        return self.tr("{name}（岗位：{posts}）").format(name=standard.name, posts=posts or "—")

    def _fill_combo(self) -> None:
        self.standard_combo.blockSignals(True)
        self.standard_combo.clear()
        for index in range(len(self.standards)):
            self.standard_combo.addItem(self._label(index))
        self.standard_combo.blockSignals(False)

    def _switch(self, index: int) -> None:
        self._store()
        self._show(index)

    def _add(self, kind: str) -> None:
        """A new standard, named after its kind, with the default's indicators to start."""
        self._store()
        default = self.standards[self.kinds.index(DEFAULT)]
        base = self.tr("部门类型标准") if kind == DEPARTMENTS else self.tr("岗位标准")
        names = {s.name for s in self.standards}
        name, n = base, 1
        while name in names:
            n += 1
            name = f"{base}{n}"
        self.standards.append(Standard(name, default.indicators))
        self.kinds.append(kind)
        self._fill_combo()
        self._show(len(self.standards) - 1)

    def _remove(self) -> None:
        if self.kinds[self.current] == DEFAULT:
            return
        del self.standards[self.current]
        del self.kinds[self.current]
        self.current = -1  # nothing to keep of the removed one
        self._fill_combo()
        self._show(0)

    # --- one standard on the form ----------------------------------------------------------

    def _relabel(self) -> None:
        """The list names the standard as it is typed."""
        if not self.loading:
            self._store()

    def _show(self, index: int) -> None:
        self.loading = True
        try:
            self._fill_form(index)
        finally:
            self.loading = False

    def _fill_form(self, index: int) -> None:
        self.current = index
        self.standard_combo.blockSignals(True)
        self.standard_combo.setCurrentIndex(index)
        self.standard_combo.blockSignals(False)
        standard, kind = self.standards[index], self.kinds[index]
        self.remove_button.setEnabled(kind != DEFAULT)
        self.name_edit.setText(standard.name)
        self.scope_list.clear()
        self.scope_list.setVisible(kind != DEFAULT)
        if kind == DEFAULT:
            self.scope_hint.setText(self.tr("通用标准适用于未列入部门类型标准的所有部门"))
        elif kind == DEPARTMENTS:
            self.scope_hint.setText(self.tr("勾选适用该标准的部门（每个部门只能适用一个标准）"))
            for dept_id, name in sorted(self.departments.items(), key=lambda d: d[1]):
                self._scope_item(name, dept_id, dept_id in standard.department_ids)
        else:
            self.scope_hint.setText(
                self.tr(
                    "勾选按该标准考核的岗位，其工作人员按本人数据计分（每个岗位只能适用一个标准）"
                )
            )
            for role in POST_ROLES:
                self._scope_item(role_label(role), role.value, role.value in standard.posts)
        current = {i.source: i for i in standard.indicators}
        for source, (use, weight, extra) in self.rows.items():
            found = current.get(source)
            use.setChecked(found is not None)
            weight.setValue(found.weight if found else 0)
            if source.rule == "rate":
                extra.setValue(found.target * 100 if found else 90)
            elif source.rule == "count":
                extra.setValue(found.per_unit if found else 1)
        self._show_total()

    def _scope_item(self, text: str, data: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.scope_list.addItem(item)

    def _chosen_scope(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.scope_list.item(i) for i in range(self.scope_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def _indicators(self) -> tuple[Indicator, ...]:
        found = []
        for source, (use, weight, extra) in self.rows.items():
            if use.isChecked():
                found.append(
                    Indicator(
                        source,
                        weight.value(),
                        target=extra.value() / 100 if source.rule == "rate" else 0.0,
                        per_unit=extra.value() if source.rule == "count" else 0.0,
                    )
                )
        return tuple(found)

    def _store(self) -> None:
        """Keep what the form shows in the standard it shows."""
        if not 0 <= self.current < len(self.standards):
            return
        kind = self.kinds[self.current]
        scope = self._chosen_scope()
        self.standards[self.current] = Standard(
            self.name_edit.text().strip(),
            self._indicators(),
            department_ids=scope if kind == DEPARTMENTS else (),
            posts=scope if kind == POSTS else (),
        )
        self.standard_combo.setItemText(self.current, self._label(self.current))

    def _show_total(self) -> None:
        total = sum(w.value() for use, w, _e in self.rows.values() if use.isChecked())
        text = self.tr("权重合计：{total:g} 分").format(total=total)
        if abs(total - WEIGHT_TOTAL) > 1e-6:
            text += self.tr("（须为 {full:g} 分）").format(full=WEIGHT_TOTAL)
        self.total_label.setText(text)

    # --- checking and sending ----------------------------------------------------------------

    def _first_problem(self) -> tuple[int, str, str] | None:
        """(standard, field, reason) of the first thing the service would refuse."""
        names: set[str] = set()
        owner: dict[str, str] = {}
        for index, (standard, kind) in enumerate(zip(self.standards, self.kinds, strict=True)):
            if not standard.name:
                return index, NAME_FIELD, self.tr("请填写考核标准的名称")
            if standard.name in names:
                return (
                    index,
                    NAME_FIELD,
                    self.tr("考核标准名称“{name}”重复").format(name=standard.name),
                )
            names.add(standard.name)
            scope = standard.department_ids or standard.posts
            if kind != DEFAULT and not scope:
                what = self.tr("部门") if kind == DEPARTMENTS else self.tr("岗位")
                return index, SCOPE_FIELD, self.tr("请勾选该标准适用的{what}").format(what=what)
            for key in scope:
                if key in owner:
                    shown = (
                        self.departments.get(key, key) if kind == DEPARTMENTS else _post_label(key)
                    )
                    return (
                        index,
                        SCOPE_FIELD,
                        self.tr("“{what}”已适用考核标准“{other}”").format(
                            what=shown, other=owner[key]
                        ),
                    )
                owner[key] = standard.name
            problem = self._indicator_problem(standard)
            if problem:
                return index, GRID_FIELD, problem
        return None

    def _indicator_problem(self, standard: Standard) -> str:
        if not standard.indicators:
            return self.tr("请至少勾选一项考核指标")
        for i in standard.indicators:
            if i.weight <= 0:
                return self.tr("“{what}”的权重须大于 0 分").format(what=i.source.label)
            if i.source.rule == "rate" and i.target <= 0:
                return self.tr("“{what}”的目标值须大于 0%").format(what=i.source.label)
            if i.source.rule == "count" and i.per_unit <= 0:
                return self.tr("“{what}”的每件扣分须大于 0").format(what=i.source.label)
        total = sum(i.weight for i in standard.indicators)
        if abs(total - WEIGHT_TOTAL) > 1e-6:
            return self.tr("“{name}”的权重合计为 {total:g} 分，须为 {full:g} 分").format(
                name=standard.name, total=total, full=WEIGHT_TOTAL
            )
        return ""

    def accept(self) -> None:
        """Refused input: the standard it concerns is shown, the reason next to its field,
        and the form stays open; else the service is asked."""
        if self.busy:
            return
        self._clear_errors()
        self._store()
        found = self._first_problem()
        if found is None:
            super().accept()
            return
        index, field, reason = found
        if index != self.current:
            self._show(index)
        label = self.field_errors[field]
        label.setText(reason)
        label.setVisible(True)
        self._field_widgets[field].setFocus()

    def value(self) -> System:
        self._store()
        return System(tuple(self.standards), self.bottom_spin.value())

"""配置指标体系: the default standard's indicators (included or not, weight, target of a
rate, deduction per count) and how many bottom ranks are flagged. Standards for a
department type or a post are kept as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from clerk_app.domain.scores import Indicator, Source, Standard, System
from clerk_app.ui.common.dialog_base import FormDialog


class ScoreSystemDialog(FormDialog):
    def __init__(self, system: System, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("配置绩效考核指标体系"), parent)
        self.system = system
        default = next(s for s in system.standards if not s.department_ids and not s.posts)
        self.default = default
        current = {i.source: i for i in default.indicators}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, head in enumerate(
            (self.tr("考核指标"), self.tr("权重（分）"), self.tr("目标值"), self.tr("每件扣分"))
        ):
            grid.addWidget(QLabel(head), 0, col)
        self.rows: dict[Source, tuple[QCheckBox, QDoubleSpinBox, QDoubleSpinBox]] = {}
        for line, source in enumerate(Source, start=1):
            found = current.get(source)
            use = QCheckBox(source.label)
            use.setChecked(found is not None)
            weight = QDoubleSpinBox()
            weight.setRange(0, 100)
            weight.setDecimals(1)
            weight.setValue(found.weight if found else 0)
            extra = QDoubleSpinBox()
            if source.rule == "rate":
                extra.setRange(0, 100)
                extra.setSuffix("%")
                extra.setValue(found.target * 100 if found else 90)
                grid.addWidget(extra, line, 2)
            elif source.rule == "count":
                extra.setRange(0, 100)
                extra.setValue(found.per_unit if found else 1)
                grid.addWidget(extra, line, 3)
            grid.addWidget(use, line, 0)
            grid.addWidget(weight, line, 1)
            self.rows[source] = (use, weight, extra)
        self.bottom_spin = QSpinBox()
        self.bottom_spin.setRange(0, 10)
        self.bottom_spin.setValue(system.bottom)
        self.add_row(self.tr("通用标准"), grid_box, "score_system")
        self.add_row(self.tr("标记末位名次数"), self.bottom_spin, "score_bottom")

    def value(self) -> System:
        indicators = []
        for source, (use, weight, extra) in self.rows.items():
            if not use.isChecked():
                continue
            indicators.append(
                Indicator(
                    source,
                    weight.value(),
                    target=extra.value() / 100 if source.rule == "rate" else 0.0,
                    per_unit=extra.value() if source.rule == "count" else 0.0,
                )
            )
        standards = tuple(
            Standard(self.default.name, tuple(indicators)) if s is self.default else s
            for s in self.system.standards
        )
        return System(standards, self.bottom_spin.value())

    def problem(self) -> str:
        total = sum(w.value() for use, w, _e in self.rows.values() if use.isChecked())
        if abs(total - 100) > 1e-6:
            return self.tr("权重合计为 {total:g} 分，须为 100 分").format(total=total)
        return ""

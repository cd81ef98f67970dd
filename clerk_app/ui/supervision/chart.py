"""A bar chart of the on-time rate per department (QtCharts), with the target as a line and
each bar labelled with its value, so the chart reads without colour."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from clerk_app.services.statistics import PerformanceRow
from clerk_app.ui.common.theme import ACCENT, LIGHT_RED

MAX_BARS = 30


def short_names(names: list[str], width: int = 4) -> list[str]:
    """Department names are long and share the county's name (清溪县…): drop the prefix
    most of them share, and wrap what is left in lines of ``width`` characters, never
    cut (three 公安局 departments must not all read "公安局…"). Equal labels get a number."""
    common = Counter(n[:3] for n in names).most_common(1)
    stem = common[0][0] if common and common[0][1] > 1 else ""
    out: list[str] = []
    for name in names:
        name = name.removeprefix("国家税务总局").removeprefix(stem) or name
        label = "\n".join(name[i : i + width] for i in range(0, len(name), width))
        while label in out:  # a category axis merges equal labels
            label += "\u200b"
        out.append(label)
    return out


class OnTimeChart:
    """Holds the chart and its view; ``set_rows`` redraws it from department rows."""

    def __init__(self, target: float) -> None:
        self.target = target
        self.chart = QChart()
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setTitle(QCoreApplication.translate("OnTimeChart", "各部门按时办结率"))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.categories: list[str] = []
        self.values: list[float] = []

    def set_rows(self, rows: list[PerformanceRow]) -> None:
        measured = [(r.name, r.counts.on_time_rate) for r in rows]
        shown = [(n, v * 100) for n, v in measured if v is not None][:MAX_BARS]
        short = {r.name: r.short_name for r in rows}
        self.categories = short_names([short.get(n) or n for n, _ in shown])
        self.values = [v for _, v in shown]
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(QCoreApplication.translate("OnTimeChart", "按时办结率（%）"))
        bars.setColor(QColor(ACCENT))
        bars.append(self.values)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPrecision(3)
        self.chart.addSeries(series)
        line = QLineSeries()
        line.setName(
            QCoreApplication.translate("OnTimeChart", "目标 {t}%").format(
                t=round(self.target * 100)
            )
        )
        line.setColor(QColor(LIGHT_RED))
        line.append(-0.5, self.target * 100)
        line.append(max(len(self.values), 1) - 0.5, self.target * 100)
        self.chart.addSeries(line)
        x = QBarCategoryAxis()
        x.append(self.categories or [QCoreApplication.translate("OnTimeChart", "（无数据）")])
        x.setLabelsAngle(0)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        hidden = QValueAxis()
        hidden.setRange(-0.5, max(len(self.values), 1) - 0.5)
        hidden.setVisible(False)
        self.chart.addAxis(hidden, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(hidden)
        line.attachAxis(y)

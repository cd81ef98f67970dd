"""实时看板: the windows (state, clerk, current number, waiting, longest wait) and the
deadline lights per department with the red and yellow cases, refreshed every 15 s in a
worker while the board is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.clock import to_local
from clerk_app.services.board import Escalations, LightCase
from clerk_app.services.orders import Source
from clerk_app.services.oversight import SweepResult
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.tables import make_table, selected_row
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.board_model import (
    DepartmentLightsModel,
    LightCaseModel,
    WindowBoardModel,
)
from clerk_app.ui.supervision.common import section_title
from clerk_app.ui.supervision.ops import BoardData
from clerk_app.ui.supervision.orders import OrderTarget

REFRESH_MS = 15_000


class BoardPanel(QWidget):
    status = Signal(str)
    orderRequested = Signal(object)  # an OrderTarget: 督办 the selected case

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.windows_model = WindowBoardModel(self)
        self.lights_model = DepartmentLightsModel(self)
        self.cases_model = LightCaseModel(self)
        self.windows_table = make_table(
            self.windows_model, WindowBoardModel.COL_NAME, sort=True, striped=True
        )
        self.lights_table = make_table(self.lights_model, 0, striped=True)
        self.cases_table = make_table(self.cases_model, 6, sort=True, striped=True)
        self.windows_title = section_title(self.tr("窗口"))
        self.lights_title = section_title(self.tr("时限预警"))
        self.cases_title = section_title(self.tr("红灯、黄灯办件"))
        self.updated_label = QLabel()
        self.updated_label.setObjectName("hintLabel")
        self.escalation_label = QLabel()
        self.escalation_label.setObjectName("errorLabel")
        self.order_button = QPushButton(self.tr("督办该办件…"))
        self.order_button.setToolTip(self.tr("对选中的红灯、黄灯办件向其部门下达督办"))
        self.order_button.setEnabled(False)
        self.sweep_button = QPushButton(self.tr("立即执行时限监察"))
        self.sweep_button.setToolTip(
            self.tr("标记超期办件、处理超时默认和视为受理，并立责任追究记录（系统也会定时执行）")
        )
        refresh = QPushButton(self.tr("刷新"))
        top = QHBoxLayout()
        top.addWidget(self.windows_title)
        top.addStretch(1)
        top.addWidget(self.updated_label)
        top.addWidget(self.sweep_button)
        top.addWidget(refresh)

        lights = QWidget()
        lights_layout = QVBoxLayout(lights)
        lights_layout.setContentsMargins(0, 0, 0, 0)
        lights_layout.addWidget(self.lights_title)
        lights_layout.addWidget(self.lights_table)
        cases = QWidget()
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_top = QHBoxLayout()
        cases_top.addWidget(self.cases_title)
        cases_top.addStretch(1)
        cases_top.addWidget(self.order_button)
        cases_layout.addLayout(cases_top)
        cases_layout.addWidget(self.cases_table)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(lights)
        bottom.addWidget(cases)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 5)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.windows_table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.escalation_label)
        layout.addWidget(split, 1)
        self.cases_table.selectionModel().selectionChanged.connect(
            lambda *_: self.order_button.setEnabled(self.selected_case() is not None)
        )
        self.order_button.clicked.connect(self._order_case)
        refresh.clicked.connect(self.refresh)
        self.sweep_button.clicked.connect(self.sweep)
        self.loading = False
        self.escalations = Escalations((), ())
        self.escalation_label.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # --- loading -----------------------------------------------------------------------

    def tick(self) -> None:
        """The 15 s refresh: only while on screen, never two loads at once."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.loading:
            return
        self.loading = True
        ops.load_board(self.session).success(self._loaded).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.updated_label.setText(self.tr("看板刷新失败，将在 15 秒后重试"))
        self.session.tasks.show_error(exc)

    def _loaded(self, data: BoardData) -> None:
        self.loading = False
        windows, lights, escalated = data
        self.escalations = escalated
        self.escalation_label.setText(self.escalation_text(escalated))
        self.escalation_label.setVisible(escalated.count > 0)
        self.windows_model.set_rows(windows)
        self.lights_model.set_rows(list(lights.departments))
        self.cases_model.set_rows(list(lights.cases))
        open_windows = sum(1 for w in windows if not w.paused)
        waiting = sum(w.waiting for w in windows if w.waiting)
        self.windows_title.setText(
            self.tr("窗口：{open}/{n} 开放").format(open=open_windows, n=len(windows))
        )
        green = sum(d.green for d in lights.departments)
        yellow = sum(d.yellow for d in lights.departments)
        red = sum(d.red for d in lights.departments)
        self.lights_title.setText(
            self.tr("时限预警：绿灯 {g} · 黄灯 {y} · 红灯 {r}").format(g=green, y=yellow, r=red)
        )
        self.cases_title.setText(
            self.tr("红灯（已超期）{r} 件、黄灯（临近期限）{y} 件").format(r=red, y=yellow)
        )
        now = to_local(self.session.ctx.now())
        self.updated_label.setText(
            self.tr("{time} 更新 · 等候 {n} 人").format(time=now.strftime("%H:%M:%S"), n=waiting)
        )

    def escalation_text(self, escalated: Escalations) -> str:
        """The red line: what escalated, counted ("" when nothing did)."""
        if not escalated.count:
            return ""
        text = self.tr(
            "● 升级督办：逾期未办结的责任追究记录 {r} 条，逾期未反馈的督办 {o} 件"
        ).format(r=escalated.late_records, o=len(escalated.orders))
        if escalated.complaints:
            text += self.tr("，超过办理时限未办结的投诉 {c} 件").format(c=len(escalated.complaints))
        if escalated.tasks:
            text += self.tr("，逾期未落实的督查任务 {t} 件").format(t=len(escalated.tasks))
        return text

    def selected_case(self) -> LightCase | None:
        row: LightCase | None = selected_row(self.cases_table)
        return row

    def _order_case(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        emit(
            self.orderRequested,
            OrderTarget(
                Source.CASE,
                self.tr("办件 {no}（{item}），办结期限 {due}").format(
                    no=case.case_no, item=case.item_name, due=case.due_date.isoformat()
                ),
                source_id=case.case_id,
                case_id=case.case_id,
                department_id=case.department_id,
            ),
        )

    # --- the sweep ---------------------------------------------------------------------

    def sweep(self) -> None:
        ops.sweep(self.session).success(self._swept).run()

    def _swept(self, result: SweepResult) -> None:
        emit(
            self.status,
            self.tr(
                "时限监察完成：新超期 {o} 件，超时默认 {a} 件，视为受理 {c} 件，"
                "超时环节与督办立案 {e} 件"
            ).format(
                o=len(result.overdue),
                a=len(result.deemed_approved),
                c=len(result.deemed_accepted),
                e=len(result.escalated),
            ),
        )
        self.refresh()

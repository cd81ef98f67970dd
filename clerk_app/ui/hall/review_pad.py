"""The review pad (服务评价器) on the customer-facing screen of a window.

While a visitor is served it shows the clerk's badge (挂牌上岗). When the service ends it
asks for one of the five levels, nothing pre-selected; the two lowest need a reason (tick
boxes and/or text). One review per service; then thanks, and back to the badge. A visitor
can also rate a case later by its number. The pad never asks who the rater is, so the
clerk can never see it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.reviews import ReviewLevel
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import DuplicateRequest
from clerk_app.services.hall import PadState
from clerk_app.services.reviews import ReviewView
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.hall import ops
from clerk_app.ui.tasks import Tasks, error_message

LEVELS = (
    ReviewLevel.VERY_SATISFIED,
    ReviewLevel.SATISFIED,
    ReviewLevel.BASICALLY_SATISFIED,
    ReviewLevel.DISSATISFIED,
    ReviewLevel.VERY_DISSATISFIED,
)
REASONS = ("服务态度不好", "等候时间太长", "办事效率低", "告知不清楚", "让我多次跑动", "其他")

STYLE = """
QWidget#reviewPad { background: #f4f7fb; }
QLabel#padTitle { font-size: 34px; font-weight: bold; color: #1f4e79; }
QLabel#initials { font-size: 72px; font-weight: bold; color: white; background: #1f4e79;
  border-radius: 70px; min-width: 140px; max-width: 140px; min-height: 140px; max-height: 140px; }
QLabel#badgeName { font-size: 44px; font-weight: bold; }
QLabel#badgeLine { font-size: 26px; color: #37474f; }
QPushButton#level { font-size: 30px; min-height: 84px; border: 2px solid #90a4ae;
  border-radius: 12px; background: white; }
QPushButton#level:checked { background: #1f4e79; color: white; border-color: #1f4e79; }
QPushButton#submit, QPushButton#padButton { font-size: 28px; min-height: 64px; padding: 0 28px; }
QCheckBox { font-size: 26px; min-height: 56px; }
QCheckBox::indicator { width: 36px; height: 36px; }
QLineEdit { font-size: 24px; min-height: 48px; }
QLabel#refusal { font-size: 24px; color: #c62828; }
QLabel#thanks { font-size: 48px; font-weight: bold; color: #2e7d32; }
"""


class ReviewPad(QWidget):
    """One window's pad. Its state is read every ``refresh_ms`` on the I/O pool."""

    submitted = Signal(object)  # ReviewView

    BADGE, RATE, THANKS, CASE = range(4)

    def __init__(
        self,
        tasks: Tasks,
        ctx: ServiceContext,
        window_id: str,
        *,
        refresh_ms: int = 3000,
        thanks_ms: int = 8000,
        rate_ms: int = 90_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.tasks, self.ctx, self.window_id = tasks, ctx, window_id
        self.state: PadState | None = None
        self.rating: tuple[str | None, str | None] = (None, None)  # (ticket_id, case_id)
        self._done_tickets: set[str] = set()  # rated or let go here: not asked again
        self._request_id = ""
        self.pages = QStackedWidget()
        self.pages.addWidget(self._badge_page())
        self.pages.addWidget(self._rate_page())
        self.pages.addWidget(self._thanks_page())
        self.pages.addWidget(self._case_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._back = QTimer(self)
        self._back.setSingleShot(True)
        self._back.timeout.connect(self._time_out)
        self.thanks_ms, self.rate_ms = thanks_ms, rate_ms
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.refresh)
        self._poll.start(refresh_ms)
        QTimer.singleShot(0, self.refresh)

    # --- pages -------------------------------------------------------------------------

    def _badge_page(self) -> QWidget:
        page = QWidget()
        self.window_title = QLabel()
        self.window_title.setObjectName("padTitle")
        self.initials = QLabel()
        self.initials.setObjectName("initials")
        self.initials.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge_name = QLabel()
        self.badge_name.setObjectName("badgeName")
        self.badge_no = QLabel()
        self.badge_dept = QLabel()
        self.serving = QLabel()
        for label in (self.badge_no, self.badge_dept, self.serving):
            label.setObjectName("badgeLine")
        case_button = QPushButton(self.tr("按办件编号评价"))
        case_button.setObjectName("padButton")
        case_button.clicked.connect(self._ask_case)
        card = QVBoxLayout()
        card.addWidget(self.badge_name)
        card.addWidget(self.badge_no)
        card.addWidget(self.badge_dept)
        row = QHBoxLayout()
        row.addWidget(self.initials)
        row.addSpacing(32)
        row.addLayout(card, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.window_title)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(24)
        layout.addWidget(self.serving)
        layout.addStretch(1)
        layout.addWidget(case_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _rate_page(self) -> QWidget:
        page = QWidget()
        self.rate_title = QLabel()
        self.rate_title.setObjectName("padTitle")
        self.rate_title.setWordWrap(True)
        self.levels = QButtonGroup(self)
        self.levels.setExclusive(True)
        buttons = QHBoxLayout()
        self.level_buttons: dict[ReviewLevel, QPushButton] = {}
        for level in LEVELS:
            button = QPushButton(level.label)
            button.setObjectName("level")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.levels.addButton(button, int(level))
            self.level_buttons[level] = button
            buttons.addWidget(button)
        self.levels.idClicked.connect(self._level_chosen)
        self.reason_box = QWidget()
        reasons = QGridLayout(self.reason_box)
        reasons.setContentsMargins(0, 0, 0, 0)
        self.reason_prompt = QLabel(self.tr("请告诉我们哪里做得不好（至少选一项或填写）："))
        self.reason_prompt.setObjectName("badgeLine")
        reasons.addWidget(self.reason_prompt, 0, 0, 1, 3)
        self.reason_checks = [QCheckBox(self.tr(text)) for text in REASONS]
        for i, check in enumerate(self.reason_checks):
            reasons.addWidget(check, 1 + i // 3, i % 3)
        self.reason_text = QLineEdit()
        self.reason_text.setMaxLength(200)
        self.reason_text.setPlaceholderText(self.tr("其他意见（可选）"))
        reasons.addWidget(self.reason_text, 3, 0, 1, 3)
        self.reason_box.hide()
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("提交评价"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setEnabled(False)
        self.submit_button.setAutoDefault(False)
        self.submit_button.clicked.connect(self.submit)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rate_title)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.reason_box)
        layout.addStretch(1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        self.thanks = QLabel()
        self.thanks.setObjectName("thanks")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.thanks)
        return page

    def _case_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("请输入受理通知书上的办件编号"))
        title.setObjectName("padTitle")
        self.case_no = QLineEdit()
        self.case_no.setMaxLength(40)
        self.case_refusal = QLabel()
        self.case_refusal.setObjectName("refusal")
        find = QPushButton(self.tr("查找"))
        back = QPushButton(self.tr("返回"))
        for button in (find, back):
            button.setObjectName("padButton")
            button.setAutoDefault(False)
        find.clicked.connect(self._find_case)
        back.clicked.connect(self.show_badge)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        row.addWidget(find)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.case_no)
        layout.addWidget(self.case_refusal)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    # --- following the window ----------------------------------------------------------

    def refresh(self) -> None:
        op = ops.load_pad(self.tasks, self.ctx, self.window_id)
        op.success(self._apply).failure(lambda _exc: None).run()

    def _apply(self, state: PadState) -> None:
        self.state = state
        self.window_title.setText(
            self.tr("{code} 窗口 · {name}").format(code=state.window_code, name=state.window_name)
        )
        clerk = state.clerk
        self.initials.setText(clerk.initials if clerk else "")
        self.badge_name.setText(clerk.name if clerk else self.tr("本窗口暂无工作人员"))
        self.badge_no.setText(self.tr("工号：{no}").format(no=clerk.staff_no) if clerk else "")
        dept = " ".join(p for p in (clerk.department_name, clerk.title) if p) if clerk else ""
        self.badge_dept.setText(dept)
        self.serving.setText(
            self.tr("正在为 {n} 号办理，请稍候").format(n=state.serving.number)
            if state.serving
            else ""
        )
        page = self.pages.currentIndex()
        ticket = state.to_rate
        if (
            page == self.BADGE
            and state.serving is None
            and ticket is not None
            and ticket.ticket_id not in self._done_tickets
        ):
            self.ask(
                ticket_id=ticket.ticket_id,
                title=self.tr("{n} 号，请为本次服务评价").format(n=ticket.number),
            )

    def ask(self, *, ticket_id: str | None = None, case_id: str | None = None, title: str) -> None:
        """Show the five levels, none chosen."""
        self.rating = (ticket_id, case_id)
        self._request_id = str(uuid.uuid4())
        self.rate_title.setText(title)
        self.levels.setExclusive(False)
        for button in self.level_buttons.values():
            button.setChecked(False)
        self.levels.setExclusive(True)
        for check in self.reason_checks:
            check.setChecked(False)
        self.reason_text.clear()
        self.reason_box.hide()
        self.refusal.clear()
        self.submit_button.setEnabled(False)
        self.pages.setCurrentIndex(self.RATE)
        self._back.start(self.rate_ms)

    def chosen(self) -> ReviewLevel | None:
        level = self.levels.checkedId()
        return None if level < 0 else ReviewLevel(level)

    def _level_chosen(self, _level: int) -> None:
        level = self.chosen()
        self.reason_box.setVisible(level is not None and level.is_bad)
        self.submit_button.setEnabled(level is not None)
        self.refusal.clear()
        self._back.start(self.rate_ms)

    def comment(self) -> str:
        ticked = [c.text() for c in self.reason_checks if c.isChecked()]
        text = self.reason_text.text().strip()
        parts = []
        if ticked:
            parts.append(self.tr("原因：{r}").format(r="、".join(ticked)))
        if text:
            parts.append(text)
        return "；".join(parts)

    def submit(self) -> None:
        level = self.chosen()
        if level is None:
            self.refusal.setText(self.tr("请先选择一个评价等级"))
            return
        comment = self.comment() if level.is_bad else self.reason_text.text().strip()
        if level.is_bad and not comment:
            self.refusal.setText(self.tr("选择“不满意”或“非常不满意”时，请勾选或填写原因"))
            return
        ticket_id, case_id = self.rating
        self.submit_button.setEnabled(False)
        op = ops.submit_review(
            self.tasks,
            self.ctx,
            level=int(level),
            ticket_id=ticket_id,
            case_id=case_id,
            comment=comment,
            request_id=self._request_id,
        )
        op.success(self._submitted).failure(self._refused).run()

    def _submitted(self, review: ReviewView) -> None:
        if review.ticket_id:
            self._done_tickets.add(review.ticket_id)
        emit(self.submitted, review)
        self._thank(self.tr("感谢您的评价！\n我们会不断改进服务"))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, DuplicateRequest):
            ticket_id = self.rating[0]
            if ticket_id:
                self._done_tickets.add(ticket_id)
            self._thank(self.tr("本次服务已经评价过，谢谢您！"))
            return
        self.submit_button.setEnabled(True)
        self.refusal.setText(error_message(exc))

    def _thank(self, text: str) -> None:
        self.thanks.setText(text)
        self.pages.setCurrentIndex(self.THANKS)
        self._back.start(self.thanks_ms)

    def _time_out(self) -> None:
        if self.pages.currentIndex() == self.RATE:  # nobody answered: let it go, politely
            ticket_id = self.rating[0]
            if ticket_id:
                self._done_tickets.add(ticket_id)
            self._thank(self.tr("感谢您的光临，祝您生活愉快！"))
            return
        self.show_badge()

    def show_badge(self) -> None:
        self._back.stop()
        self.pages.setCurrentIndex(self.BADGE)

    # --- rating a case later -----------------------------------------------------------

    def _ask_case(self) -> None:
        self.case_no.clear()
        self.case_refusal.clear()
        self.pages.setCurrentIndex(self.CASE)
        self._back.start(self.rate_ms)
        self.case_no.setFocus()

    def _find_case(self) -> None:
        number = self.case_no.text().strip()
        if not number:
            self.case_refusal.setText(self.tr("请输入办件编号"))
            return
        op = ops.find_case(self.tasks, self.ctx, number)
        op.success(
            lambda found: self.ask(
                case_id=found[0],
                title=self.tr("请为办件 {no}（{item}）评价").format(no=number, item=found[1]),
            )
        ).failure(lambda exc: self.case_refusal.setText(error_message(exc))).run()

    def stop(self) -> None:
        self._poll.stop()
        self._back.stop()

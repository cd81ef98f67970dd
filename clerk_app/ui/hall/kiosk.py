"""The ticket kiosk (自助取号机): a touch screen in the hall.

A visitor picks a department, then an item (large buttons, no pinyin), and takes a normal
ticket, printed at once on the kiosk's printer. Priority and green-channel tickets stay
with the front desk. The kiosk cannot be left: no frame, no close, no Esc; only an
administrator's staff number and password (checked by the login service) let it exit.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services import auth
from clerk_app.services.context import Role, ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.hall import KioskDepartment, KioskItem
from clerk_app.services.tickets import TicketView
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.hall import ops
from clerk_app.ui.ports import Printout, PrintSink
from clerk_app.ui.tasks import QueryOp, Tasks, WriteOp, error_message

log = logging.getLogger("clerk.ui")

COLUMNS = 4
WRAP_AT = 10  # a longer name is set on two lines
UNLOCK_TAPS = 5  # taps on the top-left corner open the administrator's exit

STYLE = """
QWidget#kiosk { background: #eef3f8; }
QLabel#kioskTitle { font-size: 52px; font-weight: bold; color: #1f4e79; }
QLabel#kioskHint { font-size: 30px; color: #37474f; }
QPushButton#choice { font-size: 30px; min-height: 104px; border-radius: 16px;
  background: white; border: 2px solid #1f4e79; color: #1f4e79; padding: 8px 16px; }
QPushButton#choice:pressed { background: #1f4e79; color: white; }
QPushButton#big { font-size: 40px; min-height: 96px; border-radius: 16px;
  background: #1f4e79; color: white; padding: 0 40px; }
QPushButton#back { font-size: 30px; min-height: 90px; padding: 0 36px; }
QPushButton#key { font-size: 32px; min-height: 60px; min-width: 120px; }
QLabel#ticketNumber { font-size: 160px; font-weight: bold; color: #1f4e79; }
QLabel#refusal { font-size: 28px; color: #c62828; }
QLineEdit { font-size: 30px; min-height: 64px; }
"""


class Kiosk(QWidget):
    """The whole kiosk screen; ``print_sink`` prints each ticket without a dialog."""

    issued = Signal(object)  # TicketView
    exitRequested = Signal()  # an administrator unlocked it

    MENU, ITEMS, CONFIRM, TICKET, ADMIN = range(5)

    def __init__(
        self,
        tasks: Tasks,
        ctx: ServiceContext,
        print_sink: PrintSink,
        *,
        idle_ms: int = 45_000,
        render_ticket: Callable[[ServiceContext, str], bytes] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.tasks, self.ctx, self.print_sink = tasks, ctx, print_sink
        self.render_ticket = render_ticket or _render_ticket
        self.menu: list[KioskDepartment] = []
        self.department: KioskDepartment | None = None
        self.item: KioskItem | None = None
        self.ticket: TicketView | None = None
        self.may_close = False
        self._taps = 0
        self._request_id = ""

        self.title = QLabel(self.tr("自助取号"))
        self.title.setObjectName("kioskTitle")
        self.title.installEventFilter(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._menu_page())
        self.pages.addWidget(self._items_page())
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._ticket_page())
        self.pages.addWidget(self._admin_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.home)
        self.load()

    # --- pages -------------------------------------------------------------------------

    def _menu_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(self.tr("请选择办事部门"))
        hint.setObjectName("kioskHint")
        self.department_grid = QGridLayout()
        self.department_grid.setSpacing(24)
        self.menu_refusal = QLabel()
        self.menu_refusal.setObjectName("refusal")
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(self.department_grid)
        layout.addWidget(self.menu_refusal)
        layout.addStretch(1)
        return page

    def _items_page(self) -> QWidget:
        page = QWidget()
        self.items_hint = QLabel()
        self.items_hint.setObjectName("kioskHint")
        self.item_grid = QGridLayout()
        self.item_grid.setSpacing(24)
        back = self._back_button()
        layout = QVBoxLayout(page)
        layout.addWidget(self.items_hint)
        layout.addLayout(self.item_grid)
        layout.addStretch(1)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        self.confirm_item = QLabel()
        self.confirm_item.setObjectName("kioskTitle")
        self.confirm_item.setWordWrap(True)
        note = QLabel(
            self.tr("本机只发普通号。老年人、残疾人优先号和重点项目绿色通道，请到导服台办理。")
        )
        note.setObjectName("kioskHint")
        note.setWordWrap(True)
        mobile_hint = QLabel(self.tr("手机号码（选填，过号或需要补充材料时便于窗口联系您）："))
        mobile_hint.setObjectName("kioskHint")
        self.mobile = QLineEdit()
        self.mobile.setMaxLength(13)
        self.mobile.setReadOnly(True)  # typed on the keypad below (no system keyboard)
        keypad = QGridLayout()
        keys = [*"123456789", "清除", "0", "删除"]
        for i, key in enumerate(keys):
            button = QPushButton(self.tr(key) if len(key) > 1 else key)
            button.setObjectName("key")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=key: self._key(k))
            keypad.addWidget(button, i // 3, i % 3)
        self.confirm_refusal = QLabel()
        self.confirm_refusal.setObjectName("refusal")
        self.take_button = QPushButton(self.tr("确认取号"))
        self.take_button.setObjectName("big")
        self.take_button.setAutoDefault(False)
        self.take_button.clicked.connect(self.take)
        row = QHBoxLayout()
        row.addWidget(self._back_button(self.ITEMS))
        row.addStretch(1)
        row.addWidget(self.take_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.confirm_item)
        layout.addWidget(note)
        layout.addSpacing(12)
        mobile_row = QHBoxLayout()
        mobile_column = QVBoxLayout()
        mobile_column.addWidget(mobile_hint)
        mobile_column.addWidget(self.mobile)
        mobile_column.addWidget(self.confirm_refusal)
        mobile_column.addStretch(1)
        mobile_row.addLayout(mobile_column, 1)
        mobile_row.addSpacing(24)
        mobile_row.addLayout(keypad)
        layout.addLayout(mobile_row)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _ticket_page(self) -> QWidget:
        page = QWidget()
        head = QLabel(self.tr("您的号码"))
        head.setObjectName("kioskHint")
        self.number = QLabel()
        self.number.setObjectName("ticketNumber")
        self.ticket_info = QLabel()
        self.ticket_info.setObjectName("kioskHint")
        self.ticket_info.setWordWrap(True)
        done = QPushButton(self.tr("完成"))
        done.setObjectName("big")
        done.clicked.connect(self.home)
        for label in (head, self.number, self.ticket_info):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(head)
        layout.addWidget(self.number)
        layout.addWidget(self.ticket_info)
        layout.addStretch(1)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _admin_page(self) -> QWidget:
        page = QWidget()
        head = QLabel(self.tr("管理员退出取号机"))
        head.setObjectName("kioskHint")
        self.admin_no = QLineEdit()
        self.admin_no.setPlaceholderText(self.tr("管理员工号"))
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password.setPlaceholderText(self.tr("密码"))
        self.admin_refusal = QLabel()
        self.admin_refusal.setObjectName("refusal")
        leave = QPushButton(self.tr("退出"))
        leave.setObjectName("back")
        leave.setAutoDefault(False)
        leave.clicked.connect(self.unlock)
        row = QHBoxLayout()
        row.addWidget(self._back_button(self.MENU))
        row.addStretch(1)
        row.addWidget(leave)
        layout = QVBoxLayout(page)
        layout.addWidget(head)
        layout.addWidget(self.admin_no)
        layout.addWidget(self.admin_password)
        layout.addWidget(self.admin_refusal)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _back_button(self, page: int | None = None) -> QPushButton:
        button = QPushButton(self.tr("返回"))
        button.setObjectName("back")
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._go(self.MENU if page is None else page))
        return button

    # --- the visitor's path ------------------------------------------------------------

    def load(self) -> None:
        op = ops.load_menu(self.tasks, self.ctx)
        op.success(self._show_menu).failure(
            lambda exc: self.menu_refusal.setText(
                self.tr("暂时无法取号，请到导服台：{why}").format(why=error_message(exc))
            )
        ).run()

    def _show_menu(self, menu: list[KioskDepartment]) -> None:
        self.menu = menu
        _fill(
            self.department_grid,
            [(d.name, lambda _c=False, d=d: self.choose_department(d)) for d in menu],
        )

    def choose_department(self, department: KioskDepartment) -> None:
        self.department = department
        self.items_hint.setText(self.tr("{d}：请选择要办理的事项").format(d=department.name))
        _fill(
            self.item_grid,
            [(i.name, lambda _c=False, i=i: self.choose_item(i)) for i in department.items],
        )
        self._go(self.ITEMS)

    def choose_item(self, item: KioskItem) -> None:
        self.item = item
        self._request_id = str(uuid.uuid4())  # one ticket, however often it is pressed
        self.confirm_item.setText(item.name)
        self.mobile.clear()
        self.confirm_refusal.clear()
        self.take_button.setEnabled(True)
        self._go(self.CONFIRM)

    def take(self) -> None:
        if self.item is None:
            return
        self.take_button.setEnabled(False)
        mobile = self.mobile.text()
        op = ops.issue_at_kiosk(self.tasks, self.ctx, self.item.id, mobile, self._request_id)
        op.success(self._issued).failure(self._refused).run()

    def _key(self, key: str) -> None:
        text = self.mobile.text()
        if key == "清除":
            text = ""
        elif key == "删除":
            text = text[:-1]
        elif len(text) < 11:
            text += key
        self.mobile.setText(text)
        self.confirm_refusal.clear()
        self._idle.start()

    def _issued(self, ticket: TicketView) -> None:
        self.ticket = ticket
        self.number.setText(ticket.number)
        self.ticket_info.setText(
            self.tr("{item}\n前面还有 {n} 人，预计等候约 {m} 分钟。请取走号票，留意叫号。").format(
                item=ticket.item_name, n=ticket.people_ahead, m=ticket.estimated_wait_minutes
            )
        )
        self._go(self.TICKET)
        emit(self.issued, ticket)
        self._print(ticket)

    def _refused(self, exc: BaseException) -> None:
        self.take_button.setEnabled(True)
        self.confirm_refusal.setText(error_message(exc))

    def _print(self, ticket: TicketView) -> None:
        ctx, render, ticket_id = self.ctx, self.render_ticket, ticket.id
        title = f"ticket-{ticket.number}"

        def printed_pdf() -> Printout:
            return Printout(title=title, pdf=render(ctx, ticket_id), kind="ticket", thermal=True)

        QueryOp(self.tasks, printed_pdf).success(self._printed).failure(self._print_failed).run()

    def _printed(self, printout: Printout) -> None:
        self.print_sink.show(printout, self)

    def _print_failed(self, exc: BaseException) -> None:
        log.error("kiosk ticket not printed", exc_info=exc)
        self.ticket_info.setText(
            self.ticket_info.text() + "\n" + self.tr("号票打印失败，请记住您的号码或到导服台补打")
        )

    def home(self) -> None:
        self.department = self.item = None
        self._go(self.MENU)

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page == self.MENU:
            self._idle.stop()
        else:
            self._idle.start()

    # --- staying put -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            self._taps += 1
            if self._taps >= UNLOCK_TAPS:
                self._taps = 0
                self.ask_admin()
        return False

    def ask_admin(self) -> None:
        self.admin_no.clear()
        self.admin_password.clear()
        self.admin_refusal.clear()
        self._go(self.ADMIN)

    def unlock(self) -> None:
        ctx, number, password = self.ctx, self.admin_no.text(), self.admin_password.text()

        def check() -> None:
            badge = auth.log_in(ctx, number, password)
            auth.sign_off(ctx, badge.actor())
            if badge.role is not Role.ADMIN:
                raise PermissionDenied("只有系统管理员可以退出取号机")

        WriteOp(self.tasks, check).success(self._unlocked).failure(
            lambda exc: self.admin_refusal.setText(error_message(exc))
        ).run()

    def _unlocked(self, _result: object) -> None:
        self.may_close = True
        emit(self.exitRequested)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            event.accept()
        else:
            event.ignore()

    def stop(self) -> None:
        self._idle.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # no way out by the keyboard
            return
        super().keyPressEvent(event)


def _fill(grid: QGridLayout, choices: list[tuple[str, Callable[..., None]]]) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    for column in range(COLUMNS):
        grid.setColumnStretch(column, 1)
    for i, (text, action) in enumerate(choices):
        button = QPushButton(_wrapped(text))
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        button.setObjectName("choice")
        button.setAutoDefault(False)
        button.clicked.connect(action)
        grid.addWidget(button, i // COLUMNS, i % COLUMNS)


def _wrapped(text: str) -> str:
    """A long item name on two lines, split near its middle (a touch button does not wrap)."""
    if len(text) <= WRAP_AT:
        return text
    half = (len(text) + 1) // 2
    return text[:half] + "\n" + text[half:]


def _render_ticket(ctx: ServiceContext, ticket_id: str) -> bytes:
    """The 80 mm ticket as PDF (on the I/O pool): the front desk's own document."""
    from clerk_app import printing
    from clerk_app.ui.common.printing import builders

    return printing.render(builders().ticket_doc(ctx, ticket_id))

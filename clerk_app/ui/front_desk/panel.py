"""导服 tab: find the item, show its guide, issue and print a ticket, record a first contact
(referred if need be, with its guide slip). The actions are the operations of ``ops``."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.tickets import TicketKind
from clerk_app.services.catalogue import ItemView
from clerk_app.services.first_contact import FirstContactRecord
from clerk_app.services.tickets import QueueRef, TicketView
from clerk_app.ui.common.complaint_filing import ComplaintFiling
from clerk_app.ui.common.labels import kind_label
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.table_model import ROW_ROLE
from clerk_app.ui.common.tables import make_table
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.front_desk import ops
from clerk_app.ui.front_desk.first_contact import (
    FirstContactDialog,
    FirstContactRequest,
    matter_item,
)
from clerk_app.ui.front_desk.item_guide import ItemGuideView
from clerk_app.ui.front_desk.items_model import COL_NAME, ItemTableModel
from clerk_app.ui.ports import Printout, WindowChoice
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import Op

SEARCH_DELAY_MS = 250


class FrontDeskTab(QWidget):
    status = Signal(str)
    ticketIssued = Signal(object)
    firstContactRecorded = Signal(object)  # FirstContactRecord

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.windows: list[WindowChoice] = []
        self.item: ItemView | None = None
        self._search_generation = 0

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("事项名称 / 事项编码 / 拼音首字母，如 yyzz"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = ItemTableModel(self)
        self.table = make_table(self.model, COL_NAME)
        self.guide = ItemGuideView()
        self.guide.setMinimumHeight(160)  # it scrolls; the ticket box stays on the screen

        self.queue_combo = QComboBox()
        self.kind_combo = QComboBox()
        for kind in TicketKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.reason_edit = limit_line(QLineEdit(), "ticket_reason")
        self.reason_edit.setPlaceholderText(self.tr("重点项目名称或原因"))
        self.reason_edit.setEnabled(False)
        self.issue_button = QPushButton(self.tr("取号并打印"))
        self.issue_button.setObjectName("primaryAction")
        self.issue_button.setEnabled(False)
        self.last_ticket = QLabel()
        self.last_ticket.setObjectName("lastTicket")
        self.first_contact_button = QPushButton(self.tr("首问登记 / 转办"))
        self.print_guide_button = QPushButton(self.tr("打印办事指南"))
        self.complaint_button = QPushButton(self.tr("登记投诉…"))
        self.complaint_button.setToolTip(self.tr("来访人当场投诉：登记后由效能监督员处理"))
        self.complaint_filing = ComplaintFiling(session, self)
        self.complaint_button.clicked.connect(self.complaint_filing.open)
        self.print_guide_button.setEnabled(False)
        self.print_guide_button.clicked.connect(self.print_item_guide)

        ticket_box = QGroupBox(self.tr("取号"))
        form = QFormLayout(ticket_box)
        form.addRow(self.tr("队列"), self.queue_combo)
        form.addRow(self.tr("类别"), self.kind_combo)
        form.addRow(self.tr("绿色通道原因"), self.reason_edit)
        form.addRow(self.issue_button)
        self.preview_ticket_button = QPushButton(self.tr("预览号票"))
        self.preview_ticket_button.setToolTip(self.tr("再看一遍刚打印的号票（可从预览中重打）"))
        self.preview_ticket_button.setEnabled(False)
        self.last_printout: Printout | None = None
        form.addRow(self.preview_ticket_button)
        form.addRow(self.last_ticket)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.guide, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(ticket_box, 1)
        right_layout.addLayout(buttons)
        desk = QHBoxLayout()
        desk.addWidget(self.first_contact_button, 1)
        desk.addWidget(self.print_guide_button)
        desk.addWidget(self.complaint_button)
        right_layout.addLayout(desk)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(splitter)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_and_go)
        self.search_edit.installEventFilter(self)
        self._into_results = False  # Enter: once found, the keyboard goes to the results
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.issue_button.clicked.connect(self.issue_ticket)
        self.preview_ticket_button.clicked.connect(self.preview_ticket)
        self.first_contact_button.clicked.connect(self.first_contact)
        self.first_contact_dialog: FirstContactDialog | None = None  # the form open, if any
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        self._load_lookups()

    def _load_lookups(self) -> None:
        ops.load_lookups(self.session).success(self._lookups_loaded).run()

    def _lookups_loaded(self, data: tuple[list[QueueRef], list[WindowChoice]]) -> None:
        queues, self.windows = data
        self.queue_combo.clear()
        for queue in queues:
            self.queue_combo.addItem(queue.name, queue.id)
        self.issue_button.setEnabled(bool(queues))
        self.search()

    # --- search ----------------------------------------------------------------------------

    def search(self) -> None:
        self.search_timer.stop()
        self._search_generation += 1
        op = ops.search_items(self.session, self.search_edit.text())
        op.success(partial(self._found, self._search_generation)).run()

    def _search_and_go(self) -> None:
        self._into_results = True
        self.search()

    def go_to_results(self) -> None:
        """The keyboard into the results (Enter or Down in the search), the first chosen."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.go_to_results()
            return True
        return super().eventFilter(watched, event)

    def _found(self, generation: int, items: list[ItemView]) -> None:
        if generation == self._search_generation:  # else a newer search has been typed
            self.model.set_rows(items)  # the selection goes with the old rows
            self._show_nothing()
            if len(items) == 1:
                self.table.selectRow(0)
            if self._into_results:
                self._into_results = False
                self.go_to_results()

    def _show_nothing(self) -> None:
        """No item chosen: the guide says how to find one, and nothing is about an item."""
        self.item = None
        self.guide.show_placeholder()
        self.print_guide_button.setEnabled(False)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._show_nothing()
            return
        item: ItemView = self.model.data(rows[0], ROW_ROLE)
        self.item = item
        self.guide.show_item(item, self.windows)
        self.print_guide_button.setEnabled(True)
        if item.queue_id is not None:
            index = self.queue_combo.findData(item.queue_id)
            if index >= 0:
                self.queue_combo.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        green = self.kind_combo.currentData() == TicketKind.GREEN_CHANNEL.value
        self.reason_edit.setEnabled(green)

    def print_item_guide(self) -> None:
        """办事指南 of the chosen item for the visitor (printed, not archived)."""
        if self.item is not None:
            ops.print_item_guide(self.printer, self.item, self)

    # --- ticket ----------------------------------------------------------------------------

    def issue_ticket(self) -> None:
        queue_id = self.queue_combo.currentData()
        if queue_id is None:
            return
        kind = TicketKind(self.kind_combo.currentData())
        reason = self.reason_edit.text()
        item_id = self.item.id if self.item and self.item.queue_id == queue_id else None
        self.issue_button.setEnabled(False)  # while it waits (on the centre, at most)
        self.last_ticket.setText(self.tr("正在取号…"))
        op = ops.issue_ticket(
            self.session, queue_id=queue_id, kind=kind, reason=reason, item_id=item_id
        )
        op.success(self._issued).failure(self._not_issued).run()

    def _not_issued(self, exc: BaseException) -> None:
        self.issue_button.setEnabled(True)
        self.last_ticket.setText("")
        self.session.tasks.show_error(exc)

    def _issued(self, ticket: TicketView) -> None:
        self.issue_button.setEnabled(True)
        self.last_ticket.setText(
            self.tr("已取号 {number}，前面 {n} 人").format(
                number=ticket.number, n=ticket.people_ahead
            )
        )
        self.reason_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        emit(self.ticketIssued, ticket)
        self.print_ticket(ticket)

    def print_ticket(self, ticket: TicketView) -> None:
        ops.print_ticket(self.printer, ticket, self, partial(self._ticket_printed, ticket))

    def _ticket_printed(self, ticket: TicketView, printout: Printout) -> None:
        """已打印 only when it went to the printer; a preview is said to be one."""
        self.last_printout = printout
        self.preview_ticket_button.setEnabled(True)
        if printout.sent:
            message = self.tr("号票 {number} 已送打印机").format(number=ticket.number)
        else:
            message = self.tr("号票 {number} 已生成，请在预览窗口中打印").format(
                number=ticket.number
            )
        self._say(message)

    def preview_ticket(self) -> None:
        """The last ticket's preview, on demand (where tickets print straight away)."""
        printout, sink = self.last_printout, self.session.app.printer
        if printout is None:
            return
        preview = getattr(sink, "preview", None)
        if callable(preview):
            preview(printout, self)
        else:
            sink.show(printout, self)

    def _say(self, message: str, _result: object = None) -> None:
        emit(self.status, message)

    # --- first contact ---------------------------------------------------------------------

    def first_contact(self) -> FirstContactDialog:
        """The form records the contact itself and stays open, all typed, when refused."""
        dialog = FirstContactDialog(self.session, self.item, self)
        dialog.submit_with(self._first_contact_op, lambda _record: None)
        self.first_contact_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _first_contact_op(self, req: FirstContactRequest) -> Op[FirstContactRecord]:
        item = matter_item(self.item, req)
        item_id = item.id if item else None
        op = ops.record_first_contact(self.session, req, item_id, str(uuid.uuid4()))
        return op.success(partial(self._recorded, req.print_slip, item_id is not None))

    def record_first_contact(self, req: FirstContactRequest) -> None:
        """Record (and refer) in one use case, then print the guide slip if asked for. The
        item looked up goes with it only if it is the matter's (``matter_item``)."""
        self._first_contact_op(req).run()

    def _recorded(self, print_slip: bool, has_item: bool, record: FirstContactRecord) -> None:
        emit(self.firstContactRecorded, record)
        if record.referral_id is not None:
            self._say(self.tr("已登记并转办，可在“我的转办”中跟踪"))
        else:
            self._say(self.tr("首问登记已保存"))
        if print_slip:
            printed = partial(self._say, self.tr("引导单已打印"))
            ops.print_guide_slip(self.printer, record, has_item, printed)

"""读卡: the ID-card reader's button beside the applicant form.

Shown only where a reader's library was found at start-up (``AppServices.id_reader``).
The card is read on the io pool (the SDK blocks for up to a second); the name and ID number
fill the applicant's fields (an enterprise's: the agent's). A failure is said next to the
button; the form keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from clerk_app.devices.id_card import IdCardData, IdCardReader
from clerk_app.domain.errors import InvalidInput
from clerk_app.ui.common.applicant_form import PERSON, ApplicantForm
from clerk_app.ui.tasks import QueryOp, Tasks


class IdCardRow(QWidget):
    def __init__(
        self,
        tasks: Tasks,
        reader: IdCardReader,
        form: ApplicantForm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.reader, self.form = tasks, reader, form
        self.button = QPushButton(self.tr("读卡"))
        self.button.setToolTip(self.tr("从身份证阅读器读取姓名和身份证号"))
        self.button.setAutoDefault(False)  # Enter never reads a card by itself
        self.button.clicked.connect(self.read)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.message, 1)

    def read(self) -> None:
        self.button.setEnabled(False)
        self.message.setText(self.tr("正在读卡…"))
        QueryOp(self.tasks, self.reader.read).success(self._filled).failure(self._failed).run()

    def _filled(self, card: IdCardData) -> None:
        self.button.setEnabled(True)
        self.message.clear()
        person = self.form.kind == PERSON
        name, id_no = ("name", "id_no") if person else ("agent_name", "agent_id_no")
        self.form.edits[name].setText(card.name)
        self.form.edits[id_no].setText(card.id_number)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("读卡失败，请重新放置身份证后再读"))

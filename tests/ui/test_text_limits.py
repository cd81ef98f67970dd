"""The widgets mirror the domain's text table: capped lengths, refused control characters."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.domain.text_limits import TEXT_FIELDS
from clerk_app.services.board import Names
from clerk_app.ui.cases.decisions import ReferDialog, RefuseDialog, TellDialog
from clerk_app.ui.common.applicant_form import ApplicantForm
from clerk_app.ui.common.dialog_base import text_box
from clerk_app.ui.counter.pause import PauseDialog
from clerk_app.ui.shell.first_run import FirstRunDialog
from clerk_app.ui.supervision.dialogs import FileComplaintDialog, NoteDialog

QT_DEFAULT_MAX = 32767


def test_a_text_box_never_holds_more_than_its_field(qtbot: QtBot) -> None:
    box = text_box("refusal_reason")
    qtbot.addWidget(box)
    box.setPlainText("理" * 1500)
    assert len(box.toPlainText()) == TEXT_FIELDS["refusal_reason"].max_length == 1000
    box.setPlainText("理由")
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.insertPlainText("粘贴" * 600)  # a paste
    assert box.toPlainText() == "理由" + ("粘贴" * 600)[:998]


def test_the_applicant_form_caps_and_refuses_as_the_service_does(qtbot: QtBot) -> None:
    form = ApplicantForm()
    qtbot.addWidget(form)
    name = form.edits["name"]
    assert name.maxLength() == 200  # an enterprise's name may be that long
    assert form.edits["agent_name"].maxLength() == 50
    assert form.edits["phone"].maxLength() == 40
    assert form.edits["id_no"].maxLength() < 30
    name.insert("张\x00三")
    assert name.text() == ""  # the validator refused it
    name.insert("张" * 51)
    assert form.messages["name"].text() == "申请人姓名不能超过 50 字（现在 51 字）"
    form.set_kind("enterprise")
    assert form.messages["name"].text() == ""
    agent = form.edits["agent_name"]
    agent.insert("李四1")
    assert agent.text() == ""  # a digit in a person's name
    agent.insert("阿卜杜·热西提")
    assert agent.text() == "阿卜杜·热西提"


def _uncapped(widget: QWidget) -> list[str]:
    lines = [
        e.objectName() or type(e.parent()).__name__
        for e in widget.findChildren(QLineEdit)
        if e.maxLength() >= QT_DEFAULT_MAX and e.echoMode() is QLineEdit.EchoMode.Normal
    ]
    boxes = [
        type(b.parent()).__name__
        for b in widget.findChildren(QPlainTextEdit)
        if b.property("maxLength") is None
    ]
    return lines + boxes


def test_every_text_field_of_the_forms_is_capped(qtbot: QtBot) -> None:
    names = Names(staff={}, departments={"d": "税务局"}, clerks=(("s", "李窗口", "d"),))
    forms: list[QWidget] = [
        RefuseDialog(),
        ReferDialog([], [], "事由", None),
        TellDialog(),
        NoteDialog("审核", "事由", "意见", field="contest_note"),
        FileComplaintDialog(names),
        PauseDialog(),
        FirstRunDialog(demo_available=False),
    ]
    for widget in forms:
        qtbot.addWidget(widget)
        assert _uncapped(widget) == [], type(widget).__name__

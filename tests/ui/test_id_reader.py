"""身份证阅读器: 读卡 fills the applicant's name and ID number from a (fake) reader, is shown
only where a reader is installed, and says why when no card could be read."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.devices.id_card import (
    IdCardData,
    IdCardError,
    TermbReader,
    find_reader,
    parse_wz,
)
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.ui.session import SignedOn
from tests.helpers.factories import SmallCenter, valid_id_card
from tests.ui.test_intake import open_intake


class FakeReader:
    def __init__(self, card: IdCardData | None) -> None:
        self.card = card
        self.reads = 0

    def read(self) -> IdCardData:
        self.reads += 1
        if self.card is None:
            raise IdCardError("未检测到身份证，请将身份证放在阅读器上")
        return self.card


def test_read_card_fills_name_and_id_number(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    number = valid_id_card()
    session = sign_on(small.clerk)
    reader = FakeReader(None)
    session.app.id_reader = reader
    _tab, dialog = open_intake(qtbot, session, ui_ctx, small, small.promised_item)
    row = dialog.id_card_row
    assert row is not None and row.button.isVisibleTo(dialog)
    dialog.applicant.edits["phone"].setText("13800138000")
    row.button.click()  # no card on the reader: said beside the button, nothing lost
    assert "未检测到身份证" in row.message.text()
    assert dialog.applicant.edits["phone"].text() == "13800138000"
    assert dialog.isVisible()
    reader.card = IdCardData(name="李四", id_number=number)
    row.button.click()
    assert dialog.applicant.edits["name"].text() == "李四"
    assert dialog.applicant.edits["id_no"].text() == number
    assert not dialog.applicant.errors()  # the ID number read passes the form's checks
    assert row.message.text() == "" and reader.reads == 2


def test_without_a_reader_the_intake_form_is_unchanged(
    qtbot: QtBot, sign_on: Callable[[Badge], SignedOn], small: SmallCenter, ui_ctx: ServiceContext
) -> None:
    session = sign_on(small.clerk)
    assert session.app.id_reader is None
    _tab, dialog = open_intake(qtbot, session, ui_ctx, small, small.promised_item)
    assert dialog.id_card_row is None
    assert not any(b.text() == "读卡" for b in dialog.findChildren(type(dialog.close_button)))


def _wz(name: str, number: str) -> bytes:
    fields = (name.ljust(15), "1", "01", "19900101", "青山县城关镇人民路1号".ljust(35), number)
    return "".join(fields).ljust(128).encode("utf-16-le")


def test_wz_txt_fields_are_parsed_and_a_short_record_refused() -> None:
    card = parse_wz(_wz("张三", "36112319900101001x"))
    assert (card.name, card.id_number, card.address) == (
        "张三",
        "36112319900101001X",
        "青山县城关镇人民路1号",
    )
    with pytest.raises(IdCardError):
        parse_wz("".ljust(128).encode("utf-16-le"))


class FakeTermb:
    """The vendor SDK's calls as ctypes exposes them: a USB reader on port 1001."""

    def __init__(self, out: Path, card: bytes | None) -> None:
        self.out, self.card, self.closed = out, card, 0

    def InitComm(self, port: int) -> int:
        return 1 if port == 1001 else 0

    def Authenticate(self) -> int:
        return 1 if self.card is not None else 0

    def Read_Content(self, kind: int) -> int:
        assert kind == 1 and self.card is not None
        (self.out / "wz.txt").write_bytes(self.card)
        return 1

    def CloseComm(self) -> int:
        self.closed += 1
        return 1


def test_termb_reader_reads_the_card_and_leaves_no_file(tmp_path: Path) -> None:
    number = valid_id_card()
    lib = FakeTermb(tmp_path, _wz("王五", number))
    reader = TermbReader(lib, (tmp_path,))  # type: ignore[arg-type]
    assert reader.read() == IdCardData("王五", number, "青山县城关镇人民路1号")
    assert not (tmp_path / "wz.txt").exists() and lib.closed == 1
    lib.card = None
    with pytest.raises(IdCardError, match="未检测到身份证"):
        reader.read()
    assert lib.closed == 2  # the port is closed after a failed read too


def test_no_vendor_library_means_no_reader() -> None:
    def missing(_path: str) -> ctypes.CDLL:
        raise OSError("not found")

    assert find_reader(missing) is None

"""The shared pieces of every panel: the list table and the form fields."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from clerk_app.ui.common.dialog_base import text_box, wrapped_label
from clerk_app.ui.common.table_model import Column, RowTableModel
from clerk_app.ui.common.tables import make_table, selected_row


@dataclass(frozen=True)
class Line:
    name: str
    waiting: int


def _model() -> RowTableModel[Line]:
    model: RowTableModel[Line] = RowTableModel(
        [
            Column("名称", lambda r: r.name),
            Column("等候", lambda r: str(r.waiting), sort=lambda r: r.waiting),
        ]
    )
    model.set_rows([Line("甲", 10), Line("乙", 9), Line("丙", 100)])
    return model


def _select(table: QTableView, row: int) -> None:
    table.selectionModel().select(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_a_table_is_read_only_single_row_selection_without_row_numbers(qtbot: QtBot) -> None:
    model = _model()
    table = make_table(model, 0)
    qtbot.addWidget(table)
    assert table.model() is model
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isHidden()
    assert not table.alternatingRowColors()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    assert selected_row(table) is None
    _select(table, 1)
    assert selected_row(table) == Line("乙", 9)


def test_a_sorted_table_sorts_by_value_and_keeps_the_service_order_until_asked(
    qtbot: QtBot,
) -> None:
    table = make_table(_model(), sort=True, striped=True)
    qtbot.addWidget(table)
    proxy = table.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    assert table.alternatingRowColors()
    assert table.horizontalHeader().stretchLastSection()

    def names() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert names() == ["甲", "乙", "丙"]  # as the service gave them
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert names() == ["乙", "甲", "丙"]  # 9 < 10 < 100: by number, not by text
    _select(table, 0)
    assert selected_row(table) == Line("乙", 9)  # the row behind the proxy


def test_form_fields(qtbot: QtBot) -> None:
    box, default = text_box("told_note", 110), text_box("refusal_reason")
    label = wrapped_label("JB-2026-0001  ·  设立登记  ·  张三")
    qtbot.addWidget(box)
    qtbot.addWidget(default)
    qtbot.addWidget(label)
    assert (box.minimumHeight(), box.maximumHeight()) == (110, 110)
    assert default.maximumHeight() == 80
    assert label.wordWrap() and label.text().startswith("JB-2026-0001")

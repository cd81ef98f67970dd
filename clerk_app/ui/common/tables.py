"""The one way a list is shown: a read-only, row-wise table over a :class:`RowTableModel`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from clerk_app.ui.common.table_model import ROW_ROLE, SORT_ROLE, RowTableModel


def make_table(
    model: RowTableModel[Any],
    stretch: int | None = None,
    *,
    sort: bool = False,
    striped: bool = False,
) -> QTableView:
    """A single-selection, row-wise, read-only table without row numbers; columns fit their
    contents and ``stretch`` (else the last one) takes the rest of the width. ``sort`` adds
    a sorting proxy (the service's order stands until a header is clicked); ``striped``
    alternates the row colours (the dense supervision tables)."""
    table = QTableView()
    if sort:
        proxy = QSortFilterProxyModel(table)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        # keep the order the service gave (by code, by urgency) until a header is clicked
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    else:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(striped)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


def selected_row(table: QTableView) -> Any:
    """The plain row behind the selected line (through a proxy if any), or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().data(rows[0], ROW_ROLE) if rows else None

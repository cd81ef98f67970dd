"""同步冲突: events a workstation or the central database journaled but could not apply
(two offline windows called the same visitor…), both sides in words, and closing them.

The list is read in a worker; the detail pane shows the selected line from memory; marking
one as handled asks for a note and runs :func:`~clerk_app.services.conflicts.resolve_conflict`
on the writer. The page's tab title carries the number still open ("同步冲突 (3)"); it is
re-read whenever the sync status line changes (a sync round may bring new conflicts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QSplitter, QTextBrowser, QWidget

from clerk_app.services.conflicts import ConflictView
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.common import ListPanel
from clerk_app.ui.supervision.conflicts_model import (
    ConflictModel,
    conflict_detail_html,
    side_summary,
)
from clerk_app.ui.supervision.dialogs import NoteDialog
from clerk_app.ui.sync_status import StatusView


class ConflictsPanel(ListPanel):
    model: ConflictModel
    titleChanged = Signal(str)  # the page's tab title, with the number still open

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, ConflictModel(), ConflictModel.COL_REASON, parent)
        self.open_count = 0
        self._generation = 0  # a slower, older read never overwrites a newer one
        self.show_resolved = QCheckBox(self.tr("同时显示已处理的冲突"))
        self.detail = QTextBrowser()
        self.detail.setPlaceholderText(self.tr("选择一条冲突，查看双方的操作"))
        split = QSplitter(Qt.Orientation.Horizontal)
        column = self.layout()  # ListPanel's: title, table, buttons
        assert column is not None
        column.replaceWidget(self.table, split)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.resolve_button = self.add_button(self.tr("标记已处理…"), self.resolve_selected)
        self.resolve_button.setObjectName("primaryAction")
        self.buttons.addWidget(self.show_resolved)
        self.finish_buttons()
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        link = session.app.sync_status
        self._link_text = link.current.text
        link.changed.connect(self._link_changed)

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        op = ops.list_conflicts(self.session, open_only=not self.show_resolved.isChecked())
        op.success(lambda rows: self._loaded(generation, rows)).run()

    def _loaded(self, generation: int, rows: list[ConflictView]) -> None:
        if generation != self._generation:
            return
        chosen: ConflictView | None = self.selected()
        self.open_count = sum(1 for view in rows if view.is_open)
        if self.show_resolved.isChecked():
            title = self.tr("同步冲突：共 {n} 件，其中待处理 {open} 件").format(
                n=len(rows), open=self.open_count
            )
        else:
            title = self.tr("待处理的同步冲突：{n} 件").format(n=self.open_count)
        self.show_rows(rows, title)
        line = self.model.find(chosen.id) if chosen is not None else None
        if line is not None:
            self.table.selectRow(line)
        self.show_detail()
        emit(self.titleChanged, self.tab_title())

    def tab_title(self) -> str:
        if not self.open_count:
            return self.tr("同步冲突")
        return self.tr("同步冲突 ({n})").format(n=self.open_count)

    def _link_changed(self, view: StatusView) -> None:
        if view.text != self._link_text:  # its line counts the conflicts, among others
            self._link_text = view.text
            self.refresh()

    # --- showing -----------------------------------------------------------------------

    def show_detail(self) -> None:
        view: ConflictView | None = self.selected()
        if view is None:
            self.detail.clear()
        else:
            self.detail.setHtml(conflict_detail_html(view))

    def update_buttons(self) -> None:
        super().update_buttons()
        view: ConflictView | None = self.selected()
        self.resolve_button.setEnabled(view is not None and view.is_open)

    # --- resolving ---------------------------------------------------------------------

    def note_dialog(self, view: ConflictView) -> NoteDialog:
        dialog = NoteDialog(
            self.tr("标记同步冲突已处理"),
            side_summary(view.refused),
            self.tr("处理意见"),
            self,
            field="conflict_note",
            required=True,
        )
        dialog.note_edit.setPlaceholderText(
            self.tr("例如：已与哪个窗口核实、以哪一方为准、是否已补办")
        )
        return dialog

    def ask_note(self, view: ConflictView) -> str | None:
        """How it was settled, required (tests replace this); None: cancelled."""
        dialog = self.note_dialog(view)
        return dialog.note() if dialog.exec() else None

    def resolve_selected(self) -> None:
        view: ConflictView | None = self.selected()
        if view is None or not view.is_open:
            return
        note = self.ask_note(view)
        if note is None:
            return

        def done(resolved: ConflictView) -> None:
            emit(
                self.status,
                self.tr("已将同步冲突标记为已处理：{what}").format(
                    what=side_summary(resolved.refused)
                ),
            )
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.session.tasks.show_error(exc)
            self.refresh()  # e.g. settled meanwhile by another supervisor: show it so

        ops.resolve_conflict(self.session, view.id, note).success(done).failure(failed).run()

"""责任追究: the records with the three responsible persons, the four points (四不放过)
closed one by one with a note, an outcome (on the responsibility point) and an optional
attachment reference; the record closes with the fourth point."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from clerk_app.domain.accountability import Outcome, Point
from clerk_app.services.accountability import RecordDetail
from clerk_app.services.board import AccountabilityView
from clerk_app.ui.common.dialog_base import FormDialog, text_box, wrapped_label
from clerk_app.ui.common.labels import accountability_cause_label, label
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.text_limits import limit_line
from clerk_app.ui.session import SignedOn
from clerk_app.ui.supervision import ops
from clerk_app.ui.supervision.board_model import AccountabilityModel, staff_text
from clerk_app.ui.supervision.common import ListPanel
from clerk_app.ui.tasks import WriteOp


@dataclass(frozen=True)
class PointForm:
    point: Point
    outcome: str  # an Outcome code, "" for the other points
    note: str
    attachment: str


class PointDialog(FormDialog):
    """Close one of the record's open points; the outcome only for 责任落实."""

    def __init__(
        self, detail: RecordDetail, row: AccountabilityView, parent: QWidget | None = None
    ):
        super().__init__(self.tr("办理责任追究要点"), parent)
        self.point_combo = QComboBox()
        for point in detail.missing:
            self.point_combo.addItem(label(point), point.value)
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("（请选择）"), "")
        for outcome in Outcome:
            self.outcome_combo.addItem(label(outcome), outcome.value)
        self.note_edit = text_box("accountability_note", 90)
        self.attachment_edit = limit_line(QLineEdit(), "accountability_attachment")
        self.attachment_edit.setPlaceholderText(
            self.tr("处理决定、整改报告等的文件名或文号，可不填")
        )
        done = [f"{label(p.point)}：{p.note}（{p.closed_by}）" for p in detail.points if p.closed]
        self.add_row(
            self.tr("事由"),
            wrapped_label(f"{accountability_cause_label(row.cause)} · {row.note}"),
        )
        self.add_row(self.tr("责任人"), wrapped_label(staff_text(row)))
        self.add_row(self.tr("已办结"), wrapped_label("\n".join(done) or self.tr("（无）")))
        self.add_row(self.tr("要点"), self.point_combo)
        self.add_row(self.tr("处理结果"), self.outcome_combo, "accountability_outcome")
        self.add_row(self.tr("情况说明"), self.note_edit, "accountability_note")
        self.add_row(self.tr("附件"), self.attachment_edit, "accountability_attachment")
        self.point_combo.currentIndexChanged.connect(self._point_changed)
        self._point_changed()

    def _point_changed(self) -> None:
        responsibility = self.point_combo.currentData() == Point.RESPONSIBILITY.value
        self.outcome_combo.setEnabled(responsibility)
        if not responsibility:
            self.outcome_combo.setCurrentIndex(0)

    def problem(self) -> str:
        form = self.value()
        if form.point is Point.RESPONSIBILITY and not form.outcome:
            return self.tr("请选择责任追究的处理结果")
        if not form.note:
            return self.tr("请填写情况说明")
        return ""

    def value(self) -> PointForm:
        return PointForm(
            point=Point(self.point_combo.currentData()),
            outcome=self.outcome_combo.currentData() or "",
            note=self.note_edit.toPlainText().strip(),
            attachment=self.attachment_edit.text().strip(),
        )


class AccountabilityPanel(ListPanel):
    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(session, AccountabilityModel(), 8, parent)
        self.point_button = self.add_button(self.tr("办理要点…"), self.close_point)
        self.point_button.setObjectName("primaryAction")
        self.form_dialog: PointDialog | None = None
        self.finish_buttons()

    def refresh(self) -> None:
        ops.accountability_records(self.session).success(self._loaded).run()

    def _loaded(self, rows: list[AccountabilityView]) -> None:
        still_open = sum(1 for r in rows if r.status == "open")
        late = sum(1 for r in rows if r.overdue)
        title = self.tr("责任追究记录：{n} 条（待处理 {open} 条）").format(
            n=len(rows), open=still_open
        )
        if late:
            title += self.tr("，逾期未办结 {n} 条").format(n=late)
        self.show_rows(rows, title)

    def update_buttons(self) -> None:
        super().update_buttons()
        row: AccountabilityView | None = self.selected()
        self.point_button.setEnabled(row is not None and row.status == "open")

    def close_point(self) -> None:
        row: AccountabilityView | None = self.selected()
        if row is None or row.status != "open":
            return
        ops.record_detail(self.session, row.id).success(lambda d: self._open_form(d, row)).run()

    def _open_form(self, detail: RecordDetail, row: AccountabilityView) -> None:
        dialog = PointDialog(detail, row, self)

        def start() -> WriteOp[RecordDetail]:
            return ops.close_accountability_point(self.session, row.id, dialog.value())

        def done(result: RecordDetail) -> None:
            message = (
                self.tr("四项要点均已办结，责任追究记录已办结")
                if result.status == "closed"
                else self.tr("已办结要点，尚余 {n} 项").format(n=len(result.missing))
            )
            emit(self.status, message)
            self.refresh()

        dialog.submit_with(start, done)
        self.form_dialog = dialog
        dialog.start()

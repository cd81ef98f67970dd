"""导入导出: the organisation and catalogue to and from an Excel workbook in the
administration tab. 导出工作簿 writes the workbook (I/O pool); 下载模板 saves the shipped
empty template; 导入工作簿 checks the chosen file (every row, rolled back) and shows a
preview: every row's errors (sheet, row, column, what is wrong), or the rows that would be
applied. 全部导入 applies all or nothing on the writer and shows, once, the temporary
passwords of the new accounts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.workbook import SHEETS, ImportReport, WorkbookRefused
from clerk_app.ui.administration import ops
from clerk_app.ui.common.dialog_base import enter_moves_on
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import error_message

_XLSX = "Excel 工作簿 (*.xlsx)"


def _counts(report: ImportReport) -> str:
    return "、".join(
        f"{sheet} {report.counts[sheet]} 行" for sheet in SHEETS if report.counts.get(sheet)
    )


class ImportPreviewDialog(QDialog):
    """What an import of ``path`` would do; 全部导入 only when there is no error."""

    applied = Signal(object)  # ImportReport

    def __init__(
        self, session: SignedOn, path: Path, report: ImportReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.setWindowTitle(self.tr("导入工作簿：{name}").format(name=path.name))
        self.resize(960, 600)  # fits 1366×768
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.errors = QTableWidget(0, 4)
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels(
            [self.tr("工作表"), self.tr("行"), self.tr("列"), self.tr("问题")]
        )
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.verticalHeader().setVisible(False)
        self.errors.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.passwords = QPlainTextEdit()
        self.passwords.setObjectName("importPasswords")
        self.passwords.setReadOnly(True)
        self.passwords.setVisible(False)
        self.hint = QLabel()
        self.hint.setObjectName("errorLabel")
        self.hint.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("全部导入"))
        self.apply_button.setObjectName("importApply")
        self.close_button = QPushButton(self.tr("取消"))
        self.close_button.setObjectName("importClose")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.passwords, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        enter_moves_on(self)
        self.busy = False
        self.show_report(report)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter as the preview opens must not import: the focus starts on 取消.
        self.close_button.setFocus()

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.errors.setRowCount(len(report.errors))
        for n, e in enumerate(report.errors):
            for col, value in enumerate((e.sheet, str(e.row), e.column, e.message)):
                self.errors.setItem(n, col, QTableWidgetItem(value))
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if report.errors:
            self.summary.setText(
                self.tr(
                    "工作簿有 {n} 处错误，不能导入。请按下表（工作表、行、列）改正后重新选择文件；"
                    "在改正之前不会导入任何数据。"
                ).format(n=len(report.errors))
            )
        else:
            self.summary.setText(
                self.tr("没有发现错误。全部导入将写入：{counts}。").format(
                    counts=_counts(report) or self.tr("（没有数据行）")
                )
            )
        self.errors.setVisible(bool(report.errors))
        self.apply_button.setEnabled(not report.errors and bool(report.counts))

    def apply(self) -> None:
        if self.busy or self.report.errors:
            return
        self.busy = True
        self.apply_button.setEnabled(False)
        self.hint.clear()
        ops.apply_import(self.session, self.path).success(self._applied).failure(self._failed).run()

    def _applied(self, report: ImportReport) -> None:
        self.busy = False
        self.report = report
        self.errors.setVisible(False)
        self.apply_button.setVisible(False)
        self.close_button.setText(self.tr("关闭"))
        text = self.tr("已导入：{counts}。").format(counts=_counts(report))
        if report.passwords:
            text += self.tr("新建账号的临时密码只显示这一次，请当面告知本人（首次登录须修改）：")
            self.passwords.setPlainText(
                "\n".join(
                    self.tr("工号 {no}：{password}").format(no=no, password=password)
                    for no, password in report.passwords.items()
                )
            )
            self.passwords.setVisible(True)
        self.summary.setText(text)
        emit(self.applied, report)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, WorkbookRefused):  # the file changed since the preview
            self.show_report(exc.report)
            return
        self.apply_button.setEnabled(True)
        self.hint.setText(error_message(exc))

    def reject(self) -> None:
        if not self.busy:
            self.passwords.clear()  # shown once
            super().reject()


class WorkbookPage(QWidget):
    """The 导入导出 page of the administration tab."""

    status = Signal(str)
    imported = Signal(object)  # ImportReport

    def __init__(self, session: SignedOn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: ImportPreviewDialog | None = None
        about = QLabel(
            self.tr(
                "事项目录和组织机构可以用 Excel 工作簿整体导出、导入（每张工作表一类记录，"
                "以编码相互引用）。导入前先预览：有任何错误时不导入任何数据；"
                "没有错误时全部导入。新工作人员的临时密码在导入后显示一次。"
            )
        )
        about.setWordWrap(True)
        self.export_button = QPushButton(self.tr("导出工作簿"))
        self.export_button.setObjectName("workbookExport")
        self.template_button = QPushButton(self.tr("下载模板"))
        self.template_button.setObjectName("workbookTemplate")
        self.import_button = QPushButton(self.tr("导入工作簿"))
        self.import_button.setObjectName("workbookImport")
        self.notice = QLabel()
        self.notice.setObjectName("workbookNotice")
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.template_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.export)
        self.template_button.clicked.connect(self.template)
        self.import_button.clicked.connect(self.choose_import)

    # --- file dialogs (tests replace these) -------------------------------------------

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(self, title, suggested, self.tr(_XLSX))
        return Path(name) if name else None

    def ask_open_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的工作簿"), "", self.tr(_XLSX)
        )
        return Path(name) if name else None

    # --- actions ----------------------------------------------------------------------

    def _said(self, text: str) -> None:
        self.notice.setText(text)
        emit(self.status, text)

    def _failed(self, exc: BaseException) -> None:
        self.notice.setText(error_message(exc))

    def export(self) -> None:
        path = self.ask_save_path(
            self.tr("导出工作簿"), f"事项目录和组织机构-{self.session.ctx.today().isoformat()}.xlsx"
        )
        if path is None:
            return
        ops.export_workbook(self.session, path).success(
            lambda saved: self._said(self.tr("已导出：{path}").format(path=saved))
        ).failure(self._failed).run()

    def template(self) -> None:
        path = self.ask_save_path(self.tr("下载模板"), "事项目录和组织机构-模板.xlsx")
        if path is None:
            return
        ops.save_template(self.session, path).success(
            lambda saved: self._said(self.tr("模板已保存：{path}").format(path=saved))
        ).failure(self._failed).run()

    def choose_import(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        self.notice.setText(self.tr("正在检查工作簿……"))
        ops.preview_import(self.session, path).success(
            lambda report: self._preview(path, report)
        ).failure(self._failed).run()

    def _preview(self, path: Path, report: ImportReport) -> None:
        self.notice.clear()
        dialog = ImportPreviewDialog(self.session, path, report, self)
        dialog.applied.connect(self._applied)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _applied(self, report: ImportReport) -> None:
        self._said(self.tr("工作簿已导入：{counts}").format(counts=_counts(report)))
        emit(self.imported, report)

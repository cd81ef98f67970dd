"""The organisation and the catalogue to and from an Excel workbook (openpyxl): one sheet
per table, records referring to each other by code, never by database id.

:func:`import_workbook` reads every row, checks it with the same use cases as the
administration tab (each row in a savepoint of ONE unit of work), and lists every row's
errors in Chinese (sheet, row, column, what is wrong). A preview, or an import with any
error, rolls the whole unit of work back: all or nothing. Existing records are matched by
their code (staff by staff number) and updated; new staff get a temporary password.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from clerk_app.domain.errors import ClerkError
from clerk_app.domain.organisation import (
    AUTHORISATION_NAMES,
    CATEGORY_NAMES,
    ITEM_STATUS_NAMES,
    WINDOW_KIND_NAMES,
)
from clerk_app.services import item_admin, organisation, staff_admin
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.rows import new_id
from clerk_app.services.setup_records import (
    CenterRecord,
    DepartmentRecord,
    ItemRecord,
    MaterialRecord,
    Organisation,
    QueueRecord,
    StaffRecord,
    StepRecord,
    WindowRecord,
)
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.services.workbook_format import (
    _FIELD_COLUMNS,
    _KINDS,
    _ROLES,
    NO,
    SHEETS,
    YES,
    ImportReport,
    RowError,
    WorkbookRefused,
    _names,
    export_workbook,
    read_workbook,
    rows_of,
    write_workbook,
)
from clerk_app.store.models import Center

__all__ = [
    "SHEETS",
    "ImportReport",
    "RowError",
    "WorkbookRefused",
    "export_workbook",
    "import_workbook",
    "read_workbook",
    "rows_of",
    "write_workbook",
]


# --- import ----------------------------------------------------------------------------------


class _Row:
    def __init__(self, sheet: str, number: int, values: Sequence[Any]) -> None:
        self.sheet = sheet
        self.number = number
        self.values = dict(
            zip(SHEETS[sheet], list(values) + [None] * len(SHEETS[sheet]), strict=False)
        )

    def text(self, column: str) -> str:
        value = self.values.get(column)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, datetime):
            return value.date().isoformat()
        return str(value).strip()

    def count(self, column: str, default: int = 0) -> int:
        text = self.text(column)
        if not text:
            return default
        try:
            return int(text)
        except ValueError:
            raise _CellError(column, f"应为整数，现在是“{text[:20]}”") from None

    def flag(self, column: str, default: bool = True) -> bool:
        text = self.text(column)
        if not text:
            return default
        if text in (YES, "Y", "y", "1", "TRUE", "True", "true"):
            return True
        if text in (NO, "N", "n", "0", "FALSE", "False", "false"):
            return False
        raise _CellError(column, f"应填“是”或“否”，现在是“{text[:20]}”")

    def codes(self, column: str) -> list[str]:
        text = self.text(column).replace(",", "、").replace("，", "、")
        return [c.strip() for c in text.split("、") if c.strip()]


class _CellError(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _label_code(names: dict[str, str], text: str, column: str) -> str:
    for code, label in names.items():
        if text in (code, label):
            return code
    raise _CellError(column, f"“{text[:20]}”不是可选的值（可选：{'、'.join(names.values())}）")


class _Rollback(Exception):
    pass


class _Importer:
    def __init__(self, uow: UnitOfWork, rows: dict[str, list[list[Any]]]) -> None:
        self.uow = uow
        self.rows = rows
        self.report = ImportReport()
        org = _org_in(uow)
        self.depts = {d.code: d for d in org.departments}
        self.queues = {q.code: q for q in org.queues}
        self.windows = {w.code: w for w in org.windows}
        self.staff = {p.staff_no: p for p in org.staff}
        self.items = {i.code: i for i in org.items}
        self.pending_leaders: list[_Row] = []
        self.extras: dict[
            str, tuple[list[MaterialRecord], list[str], list[tuple[_Row, str, int]]]
        ] = {}

    def each(self, sheet: str) -> Iterator[_Row]:
        for n, values in enumerate(self.rows.get(sheet, []), start=2):
            yield _Row(sheet, n, values)

    def attempt(self, row: _Row, work: Callable[[_Row], object]) -> bool:
        try:
            with self.uow.savepoint():
                work(row)
        except _CellError as exc:
            self.report.errors.append(RowError(row.sheet, row.number, exc.column, exc.message))
            return False
        except ClerkError as exc:
            key = getattr(exc, "field", "")
            column = _FIELD_COLUMNS.get(key, "")
            if column and column not in SHEETS[row.sheet]:
                column = ""
            self.report.errors.append(RowError(row.sheet, row.number, column, exc.message))
            return False
        self.report.counts[row.sheet] = self.report.counts.get(row.sheet, 0) + 1
        return True

    def ref(self, table: dict[str, Any], code: str, column: str, what: str) -> str | None:
        if not code:
            return None
        found = table.get(code)
        if found is None:
            raise _CellError(column, f"{what}“{code}”不存在（请先在对应工作表中列出）")
        return str(found.id)

    def run(self) -> ImportReport:
        self.center()
        for row in self.each("部门"):
            self.attempt(row, self.department)
        for row in self.each("队列"):
            self.attempt(row, self.queue)
        for row in self.each("窗口"):
            self.attempt(row, self.window)
        for row in self.each("工作人员"):
            self.attempt(row, self.person)
        for row in self.pending_leaders:
            self.attempt(row, self.leaders)
        self.extras = self._item_extras()
        for row in self.each("事项"):
            self.attempt(row, self.item)
        return self.report

    def center(self) -> None:
        rows = list(self.each("中心"))
        if len(rows) > 1:
            self.report.errors.append(RowError("中心", 3, "", "“中心”工作表只能有一行"))
        if not rows:
            return
        row = rows[0]

        def work(row: _Row) -> None:
            s = self.uow.session
            existing = s.scalar(select(Center).limit(1))
            if existing is None:
                code = row.text("编码")
                if not code:
                    raise _CellError("编码", "新建服务中心须填写中心编码")
                center_id = new_id()
                self.uow.emit(
                    "center.created",
                    dict(
                        id=center_id,
                        code=code,
                        name=row.text("名称"),
                        address="",
                        query_phone="",
                        complaint_phone="",
                        reconsideration_body="",
                        litigation_court="",
                    ),
                )
            else:
                center_id = existing.id
            record = CenterRecord(
                id=center_id,
                name=row.text("名称"),
                address=row.text("地址"),
                query_phone=row.text("咨询电话"),
                complaint_phone=row.text("投诉电话"),
                supervision_phone=row.text("监督电话"),
                opening_hours=row.text("办公时间"),
                progress_query_url=row.text("进度查询网址"),
                seal_text=row.text("印章文字"),
                hall_notice=row.text("大厅公告"),
                reconsideration_body=row.text("行政复议机关"),
                litigation_court=row.text("管辖法院"),
            )
            self.uow.emit("center.updated", organisation.checked_center(record))

        self.attempt(row, work)

    def department(self, row: _Row) -> None:
        code = row.text("编码")
        old = self.depts.get(code)
        record = replace(
            old or DepartmentRecord(),
            code=code,
            name=row.text("全称"),
            short_name=row.text("简称"),
            reconsideration_body=row.text("行政复议机关"),
            litigation_court=row.text("管辖法院"),
            phone=row.text("电话"),
            active=row.flag("在用"),
        )
        dept_id = organisation.save_department_in(self.uow, record)
        self.depts[code] = replace(record, id=dept_id)
        if row.text("主要负责人工号") or row.text("分管负责人工号") or old is not None:
            self.pending_leaders.append(row)

    def leaders(self, row: _Row) -> None:
        code = row.text("编码")
        record = replace(
            self.depts[code],
            head_staff_id=self.ref(
                self.staff, row.text("主要负责人工号"), "主要负责人工号", "工号"
            ),
            deputy_staff_id=self.ref(
                self.staff, row.text("分管负责人工号"), "分管负责人工号", "工号"
            ),
        )
        organisation.save_department_in(self.uow, record)
        self.depts[code] = record

    def queue(self, row: _Row) -> None:
        code = row.text("编码")
        record = replace(
            self.queues.get(code) or QueueRecord(),
            code=code,
            name=row.text("名称"),
            prefix=row.text("号码前缀"),
            department_id=self.ref(self.depts, row.text("部门编码"), "部门编码", "部门"),
            minutes_per_visitor=row.count("每人分钟数", 8),
            active=row.flag("在用"),
        )
        self.queues[code] = replace(record, id=organisation.save_queue_in(self.uow, record))

    def window(self, row: _Row) -> None:
        code = row.text("编码")
        record = replace(
            self.windows.get(code) or WindowRecord(),
            code=code,
            name=row.text("名称"),
            kind=_label_code(_names(WINDOW_KIND_NAMES), row.text("类型") or "普通窗口", "类型"),
            department_id=self.ref(self.depts, row.text("部门编码"), "部门编码", "部门"),
            extra_department_ids=tuple(
                str(self.ref(self.depts, c, "其他部门编码", "部门"))
                for c in row.codes("其他部门编码")
            ),
            queue_ids=tuple(
                str(self.ref(self.queues, c, "队列编码", "队列")) for c in row.codes("队列编码")
            ),
            zone=row.text("候办区域"),
            active=row.flag("开放"),
        )
        self.windows[code] = replace(record, id=organisation.save_window_in(self.uow, record))

    def person(self, row: _Row) -> None:
        no = row.text("工号")
        record = replace(
            self.staff.get(no) or StaffRecord(),
            staff_no=no,
            name=row.text("姓名"),
            role=_label_code(_ROLES, row.text("角色") or "窗口首席代表", "角色"),
            department_id=self.ref(self.depts, row.text("部门编码"), "部门编码", "部门"),
            window_ids=tuple(
                str(self.ref(self.windows, c, "可坐窗口", "窗口")) for c in row.codes("可坐窗口")
            ),
            title=row.text("职务"),
            active=row.flag("在岗"),
        )
        staff_id, password = staff_admin.save_staff_in(self.uow, record)
        self.staff[no] = replace(record, id=staff_id)
        if password:
            self.report.passwords[no] = password

    def _item_extras(
        self,
    ) -> dict[str, tuple[list[MaterialRecord], list[str], list[tuple[_Row, str, int]]]]:
        extras: dict[str, tuple[list[MaterialRecord], list[str], list[tuple[_Row, str, int]]]] = {}

        def of(code: str) -> tuple[list[MaterialRecord], list[str], list[tuple[_Row, str, int]]]:
            return extras.setdefault(code, ([], [], []))

        item_codes = {_Row("事项", 0, v).text("编码") for v in self.rows.get("事项", [])}
        for sheet in ("材料", "不予受理理由", "联办环节"):
            for row in self.each(sheet):
                code = row.text("事项编码")
                if code not in item_codes and code not in self.items:
                    self.report.errors.append(
                        RowError(sheet, row.number, "事项编码", f"事项“{code}”不存在")
                    )
                    continue
                try:
                    if sheet == "材料":
                        of(code)[0].append(
                            MaterialRecord(
                                name=row.text("名称"),
                                originals=row.count("原件", 1),
                                copies=row.count("复印件", 0),
                                required=row.flag("必交"),
                                note=row.text("要求"),
                                sample=row.text("示范文本"),
                            )
                        )
                    elif sheet == "不予受理理由":
                        of(code)[1].append(row.text("理由"))
                    else:
                        of(code)[2].append((row, row.text("部门编码"), row.count("环节时限")))
                except _CellError as exc:
                    self.report.errors.append(RowError(sheet, row.number, exc.column, exc.message))
        return extras

    def item(self, row: _Row) -> None:
        code = row.text("编码")
        old = self.items.get(code)
        materials, reasons, steps = self.extras.get(code, ([], [], []))
        kept = {m.name: m.id for m in old.materials} if old else {}
        step_ids = {st.department_id: st.id for st in old.steps} if old else {}
        step_records = []
        for _step_row, dept_code, limit in steps:
            dept_id = self.ref(self.depts, dept_code, "联办环节", "部门")
            assert dept_id is not None
            step_records.append(StepRecord(dept_id, limit, step_ids.get(dept_id, "")))
        status_from = row.text("生效日期")
        try:
            day = date.fromisoformat(status_from) if status_from else None
        except ValueError:
            raise _CellError(
                "生效日期", f"应为日期（如 2026-12-31），现在是“{status_from}”"
            ) from None
        record = replace(
            old or ItemRecord(),
            code=code,
            name=row.text("名称"),
            department_id=self.ref(self.depts, row.text("部门编码"), "部门编码", "部门") or "",
            queue_id=self.ref(self.queues, row.text("队列编码"), "队列编码", "队列"),
            kind=_label_code(_KINDS, row.text("办件类型") or "承诺件", "办件类型"),
            category=_label_code(
                _names(CATEGORY_NAMES), row.text("事项类别") or "行政许可", "事项类别"
            ),
            statutory_limit=row.count("法定时限"),
            promised_limit=row.count("承诺时限"),
            max_extension=row.count("可延期"),
            supplement_days=row.count("补正期限", 20),
            deemed_approval=row.flag("超时默认", False),
            deemed_approval_basis=row.text("超时默认依据"),
            needs_licence=row.flag("须经许可"),
            on_site=row.flag("现场办结"),
            authorisation=_label_code(
                _names(AUTHORISATION_NAMES), row.text("授权") or "充分授权", "授权"
            ),
            conditions=row.text("办理条件"),
            fees=row.text("收费标准") or "不收费",
            fee_basis=row.text("收费依据"),
            legal_basis=row.text("设定依据"),
            result_document=row.text("办理结果"),
            status=_label_code(_names(ITEM_STATUS_NAMES), row.text("状态") or "在用", "状态"),
            status_from=day,
            status_note=row.text("调整说明"),
            materials=tuple(replace(m, id=kept.get(m.name, "")) for m in materials),
            refusal_reasons=tuple(reasons),
            steps=tuple(step_records),
        )
        item_id = item_admin.save_item_in(self.uow, record)
        self.items[code] = replace(record, id=item_id)


def _org_in(uow: UnitOfWork) -> Organisation:
    """The organisation as this unit of work sees it (the import may run on an empty one)."""
    from clerk_app.services.setup_records import organisation_in

    return organisation_in(uow.session, uow.now)


def import_workbook(
    ctx: ServiceContext, actor: Actor, path: Path, *, apply: bool = True
) -> ImportReport:
    """Check every row of ``path``; with ``apply`` and no error, keep it all (else nothing).
    With ``apply`` and errors: :class:`WorkbookRefused` listing them."""
    organisation.require_admin(actor, "导入事项目录和组织机构")
    rows = read_workbook(path)
    report: ImportReport | None = None
    try:
        with ctx.unit_of_work(actor) as uow:
            report = _Importer(uow, rows).run()
            if report.errors or not apply:
                raise _Rollback
            report.applied = True
    except _Rollback:
        pass
    assert report is not None
    if apply and report.errors:
        report.passwords.clear()
        raise WorkbookRefused(report)
    if not report.applied:
        report.passwords.clear()
    return report

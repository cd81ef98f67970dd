"""The workbook's layout (one sheet per table, Chinese headers), the export of the
organisation and catalogue into it, and reading it back as cell values; what an import
reports. The import itself is :mod:`clerk_app.services.workbook`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clerk_app.domain.cases import ItemKind
from clerk_app.domain.errors import ClerkError, InvalidInput
from clerk_app.domain.organisation import (
    AUTHORISATION_NAMES,
    CATEGORY_NAMES,
    ITEM_STATUS_NAMES,
    WINDOW_KIND_NAMES,
)
from clerk_app.services.context import ROLE_NAMES, Role, ServiceContext
from clerk_app.services.setup_records import Organisation
from clerk_app.services.setup_records import organisation as read_organisation

YES, NO = "是", "否"

SHEETS: dict[str, tuple[str, ...]] = {
    "中心": (
        "编码",
        "名称",
        "地址",
        "咨询电话",
        "投诉电话",
        "监督电话",
        "办公时间",
        "进度查询网址",
        "印章文字",
        "大厅公告",
        "行政复议机关",
        "管辖法院",
    ),
    "部门": (
        "编码",
        "全称",
        "简称",
        "主要负责人工号",
        "分管负责人工号",
        "行政复议机关",
        "管辖法院",
        "电话",
        "在用",
    ),
    "队列": ("编码", "名称", "号码前缀", "部门编码", "每人分钟数", "在用"),
    "窗口": ("编码", "名称", "类型", "部门编码", "其他部门编码", "队列编码", "候办区域", "开放"),
    "工作人员": ("工号", "姓名", "角色", "部门编码", "可坐窗口", "职务", "在岗"),
    "事项": (
        "编码",
        "名称",
        "部门编码",
        "队列编码",
        "办件类型",
        "事项类别",
        "法定时限",
        "承诺时限",
        "可延期",
        "补正期限",
        "超时默认",
        "超时默认依据",
        "须经许可",
        "现场办结",
        "授权",
        "办理条件",
        "收费标准",
        "收费依据",
        "设定依据",
        "办理结果",
        "状态",
        "生效日期",
        "调整说明",
    ),
    "材料": ("事项编码", "名称", "原件", "复印件", "必交", "要求", "示范文本"),
    "不予受理理由": ("事项编码", "理由"),
    "联办环节": ("事项编码", "部门编码", "环节时限"),
}

#: The column a refusal's field is about, per sheet (``InvalidInput.field`` → header).
_FIELD_COLUMNS: dict[str, str] = {
    "center_name": "名称",
    "center_address": "地址",
    "center_phone": "咨询电话",
    "supervision_phone": "监督电话",
    "center_hours": "办公时间",
    "center_query_url": "进度查询网址",
    "department_code": "编码",
    "department_name": "全称",
    "department_short_name": "简称",
    "department_head": "主要负责人工号",
    "department_deputy": "分管负责人工号",
    "department_reconsideration": "行政复议机关",
    "department_court": "管辖法院",
    "queue_code": "编码",
    "queue_name": "名称",
    "queue_prefix": "号码前缀",
    "minutes_per_visitor": "每人分钟数",
    "window_code": "编码",
    "window_name": "名称",
    "window_kind": "类型",
    "window_queues": "队列编码",
    "window_extra_departments": "其他部门编码",
    "window_zone": "候办区域",
    "staff_no": "工号",
    "staff_name": "姓名",
    "staff_role": "角色",
    "staff_department": "部门编码",
    "staff_windows": "可坐窗口",
    "staff_title": "职务",
    "item_code": "编码",
    "item_name": "名称",
    "item_department": "部门编码",
    "item_queue": "队列编码",
    "item_kind": "办件类型",
    "item_category": "事项类别",
    "statutory_limit": "法定时限",
    "promised_limit": "承诺时限",
    "max_extension": "可延期",
    "supplement_days": "补正期限",
    "item_deemed_basis": "超时默认依据",
    "item_authorisation": "授权",
    "item_status": "状态",
    "item_status_from": "生效日期",
    "item_status_note": "调整说明",
    "item_steps": "联办环节",
    "material_name": "材料",
    "originals": "材料",
    "copies": "材料",
    "refusal_reason_text": "不予受理理由",
}


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int  # the Excel row number (the header is row 1)
    column: str
    message: str

    def __str__(self) -> str:
        where = f"“{self.sheet}”第 {self.row} 行" + (f"“{self.column}”列" if self.column else "")
        return f"{where}：{self.message}"


@dataclass
class ImportReport:
    errors: list[RowError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)  # new staff: temporary password
    applied: bool = False


class WorkbookRefused(ClerkError):
    code = "workbook_refused"

    def __init__(self, report: ImportReport) -> None:
        lines = "\n".join(str(e) for e in report.errors[:50])
        more = f"\n……共 {len(report.errors)} 处错误" if len(report.errors) > 50 else ""
        super().__init__(f"工作簿有 {len(report.errors)} 处错误，未导入任何数据：\n{lines}{more}")
        self.report = report


# --- export ----------------------------------------------------------------------------------


def _yes(flag: bool) -> str:
    return YES if flag else NO


def _names(names: dict[Any, str]) -> dict[str, str]:
    return {str(k.value if hasattr(k, "value") else k): v for k, v in names.items()}


_KINDS = {k.value: k.label for k in ItemKind}
_ROLES = {r.value: ROLE_NAMES[r] for r in Role if r is not Role.SYSTEM}


def rows_of(org: Organisation) -> dict[str, list[list[Any]]]:
    """Every sheet's rows (without the header), as cell values."""
    dept = {d.id: d.code for d in org.departments}
    queue = {q.id: q.code for q in org.queues}
    window = {w.id: w.code for w in org.windows}
    staff = {p.id: p.staff_no for p in org.staff}
    c = org.center
    out: dict[str, list[list[Any]]] = {name: [] for name in SHEETS}
    if c is not None:
        out["中心"].append(
            [
                c.code,
                c.name,
                c.address,
                c.query_phone,
                c.complaint_phone,
                c.supervision_phone,
                c.opening_hours,
                c.progress_query_url,
                c.seal_text,
                c.hall_notice,
                c.reconsideration_body,
                c.litigation_court,
            ]
        )
    for d in org.departments:
        out["部门"].append(
            [
                d.code,
                d.name,
                d.short_name,
                staff.get(d.head_staff_id or "", ""),
                staff.get(d.deputy_staff_id or "", ""),
                d.reconsideration_body,
                d.litigation_court,
                d.phone,
                _yes(d.active),
            ]
        )
    for q in org.queues:
        out["队列"].append(
            [
                q.code,
                q.name,
                q.prefix,
                dept.get(q.department_id or "", ""),
                q.minutes_per_visitor,
                _yes(q.active),
            ]
        )
    kinds = _names(WINDOW_KIND_NAMES)
    for w in org.windows:
        out["窗口"].append(
            [
                w.code,
                w.name,
                kinds.get(w.kind, w.kind),
                dept.get(w.department_id or "", ""),
                "、".join(dept[d] for d in w.extra_department_ids),
                "、".join(queue[q] for q in w.queue_ids),
                w.zone,
                _yes(w.active),
            ]
        )
    for p in org.staff:
        out["工作人员"].append(
            [
                p.staff_no,
                p.name,
                _ROLES.get(p.role, p.role),
                dept.get(p.department_id or "", ""),
                "、".join(sorted(window[w] for w in p.window_ids)),
                p.title,
                _yes(p.active),
            ]
        )
    categories, auths, statuses = (
        _names(CATEGORY_NAMES),
        _names(AUTHORISATION_NAMES),
        _names(ITEM_STATUS_NAMES),
    )
    for i in org.items:
        out["事项"].append(
            [
                i.code,
                i.name,
                dept.get(i.department_id, ""),
                queue.get(i.queue_id or "", ""),
                _KINDS.get(i.kind, i.kind),
                categories.get(i.category, i.category),
                i.statutory_limit,
                i.promised_limit,
                i.max_extension,
                i.supplement_days,
                _yes(i.deemed_approval),
                i.deemed_approval_basis,
                _yes(i.needs_licence),
                _yes(i.on_site),
                auths.get(i.authorisation, i.authorisation),
                i.conditions,
                i.fees,
                i.fee_basis,
                i.legal_basis,
                i.result_document,
                statuses.get(i.status, i.status),
                i.status_from.isoformat() if i.status_from else "",
                i.status_note,
            ]
        )
        for m in i.materials:
            out["材料"].append(
                [i.code, m.name, m.originals, m.copies, _yes(m.required), m.note, m.sample]
            )
        for reason in i.refusal_reasons:
            out["不予受理理由"].append([i.code, reason])
        for st in i.steps:
            out["联办环节"].append([i.code, dept.get(st.department_id, ""), st.step_limit])
    return out


def export_workbook(ctx: ServiceContext, path: Path) -> dict[str, int]:
    """Write the organisation and catalogue to ``path``; rows per sheet."""
    return write_workbook(rows_of(read_organisation(ctx)), path)


def write_workbook(rows: dict[str, list[list[Any]]], path: Path) -> dict[str, int]:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    first = True
    for name, headers in SHEETS.items():
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = name
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows.get(name, []):
            sheet.append(row)
        sheet.freeze_panes = "A2"
    book.save(path)
    return {name: len(rows.get(name, [])) for name in SHEETS}


def read_workbook(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's rows as cell values (a sheet missing: no rows)."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError, BadZipFile) as exc:  # not an .xlsx: BadZipFile
        raise InvalidInput(f"无法读取工作簿 {path.name}：{exc}") from None
    out: dict[str, list[list[Any]]] = {}
    try:
        for name, headers in SHEETS.items():
            if name not in book.sheetnames:
                out[name] = []
                continue
            rows = list(book[name].iter_rows(values_only=True))
            if rows and [str(h or "").strip() for h in rows[0][: len(headers)]] != list(headers):
                raise InvalidInput(
                    f"工作表“{name}”的表头应为：{'、'.join(headers)}（请使用导出的模板）"
                )
            out[name] = [list(r) for r in rows[1:] if any(v not in (None, "") for v in r)]
    finally:
        book.close()
    return out

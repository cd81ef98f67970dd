"""Import of a hotline platform's work-order export (12345 / 县长热线, 部门热线) as
complaints: an .xlsx or a .csv with a header row; a work order already registered (or
repeated in the file) is recognised by its number and skipped. All or nothing: one bad
line refuses the file with every line's reason, and nothing is written.

Columns (header names as the platforms export them; the others are ignored):
工单编号, 来电时间 (or 受理时间), 诉求人 (or 来电人), 联系电话, 诉求内容, 承办部门 (name or
short name), and optionally 办理时限 (a date; else the configured working days) and 渠道
(部门热线; else 12345/县长热线).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from clerk_app.domain import complaints as channels
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.complaints import Channel
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.text_limits import check_phone, check_text
from clerk_app.services.complaints import limit_workdays_in
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.rows import new_id
from clerk_app.store.models import Complaint, Department

MAX_ROWS = 5000
COLUMNS = {
    "work_order_no": ("工单编号", "工单号"),
    "received_at": ("来电时间", "受理时间", "登记时间"),
    "complainant": ("诉求人", "来电人", "投诉人"),
    "phone": ("联系电话", "来电号码"),
    "content": ("诉求内容", "投诉内容", "内容"),
    "department": ("承办部门", "责任单位", "被投诉部门"),
    "due_date": ("办理时限", "办结时限"),
    "channel": ("渠道", "来源"),
}
REQUIRED = ("work_order_no", "received_at", "content", "department")


@dataclass(frozen=True)
class ImportResult:
    imported: int
    duplicates: tuple[str, ...]  # work-order numbers already registered or repeated


def read_rows(data: bytes, filename: str) -> list[list[str]]:
    """The cells of the first sheet (.xlsx) or of the CSV (UTF-8 or GB18030), as text."""
    if filename.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        except Exception as exc:  # a damaged or mislabelled file: say so, do not crash
            raise InvalidInput("无法读取该 Excel 文件", field="import_file") from exc
        if sheet is None:
            return []
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidInput("无法识别该 CSV 文件的编码", field="import_file")
    return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _moment(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=SHANGHAI)
        except ValueError:
            continue
    raise InvalidInput(f"时间“{text}”无法识别")


def import_work_orders(
    ctx: ServiceContext, actor: Actor, data: bytes, filename: str
) -> ImportResult:
    """导入热线工单 as complaints (supervisors)."""
    require_role(actor, Role.SUPERVISOR, action="导入热线工单")
    rows = [r for r in read_rows(data, filename) if any(r)]
    if not rows:
        raise InvalidInput("文件中没有工单", field="import_file")
    header = rows[0]
    where: dict[str, int] = {}
    for key, names in COLUMNS.items():
        for i, name in enumerate(header):
            if name.strip() in names:
                where[key] = i
                break
    missing = [COLUMNS[k][0] for k in REQUIRED if k not in where]
    if missing:
        raise InvalidInput(f"文件缺少列：{'、'.join(missing)}", field="import_file")
    if len(rows) - 1 > MAX_ROWS:
        raise InvalidInput(f"一次最多导入 {MAX_ROWS} 条工单", field="import_file")

    def get(row: list[str], key: str) -> str:
        i = where.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    with ctx.unit_of_work(actor) as uow:
        s = uow.session
        departments: dict[str, str] = {}
        for dept_id, name, short in s.execute(
            select(Department.id, Department.name, Department.short_name)
        ):
            departments[name] = dept_id
            if short:
                departments.setdefault(short, dept_id)
        known = set(
            s.scalars(select(Complaint.work_order_no).where(Complaint.work_order_no.is_not(None)))
        )
        limit = limit_workdays_in(s)
        problems: list[str] = []
        duplicates: list[str] = []
        events = []
        for line, row in enumerate(rows[1:], start=2):
            try:
                channel = channels.parse_channel(get(row, "channel") or Channel.MAYOR_HOTLINE.value)
                number = channels.check_work_order(channel, get(row, "work_order_no"))
                if not number:
                    raise InvalidInput("缺少工单编号")
                if number in known:
                    duplicates.append(number)
                    continue
                received = _moment(get(row, "received_at"))
                content = check_text("complaint_content", get(row, "content"))
                if not content:
                    raise InvalidInput("诉求内容为空")
                department_id = departments.get(get(row, "department"))
                if department_id is None:
                    raise InvalidInput(f"找不到承办部门“{get(row, 'department')}”")
                due_text = get(row, "due_date")
                due = (
                    _moment(due_text).date()
                    if due_text
                    else uow.calendar.add_workdays(received.date(), limit)
                )
                events.append(
                    dict(
                        id=new_id(),
                        complainant=check_text("complainant", get(row, "complainant") or "匿名"),
                        phone=check_phone("complainant_phone", get(row, "phone")),
                        content=content,
                        staff_id=None,
                        department_id=department_id,
                        case_id=None,
                        received_at=received,
                        channel=channel,
                        work_order_no=number,
                        due_date=due,
                    )
                )
                known.add(number)
            except InvalidInput as exc:
                problems.append(f"第 {line} 行：{exc}")
        if problems:
            more = f"（另有 {len(problems) - 5} 行）" if len(problems) > 5 else ""
            raise InvalidInput("；".join(problems[:5]) + more, field="import_file")
        for payload in events:
            uow.emit("complaint.filed", payload)
    return ImportResult(len(events), tuple(duplicates))

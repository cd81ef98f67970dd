"""The demo center (清溪县政务服务中心) as typed, checked data.

The data lives in ``resources/demo/center.json`` (package ``clerk_app.resources``). This
module only reads and checks it; the demo set-up puts it into a database through
:mod:`clerk_app.services.catalogue` and :mod:`clerk_app.services.auth`, so every field here
maps onto a parameter of those services. Records refer to each other by code (department,
queue, window, staff number), never by database id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from importlib import resources
from typing import Any, TypeVar

from clerk_app.domain.cases import ItemKind
from clerk_app.domain.deadlines import check_joint_steps, check_limits
from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.domain.passwords import MIN_LENGTH
from clerk_app.services.catalogue import MaterialSpec
from clerk_app.services.context import Role

_T = TypeVar("_T", "DemoDepartment", "DemoQueue", "DemoWindow", "DemoItem")

RESOURCE_PACKAGE = "clerk_app.resources"
_ROOT = "演示数据"
_TOP_KEYS = (
    "format_version",
    "description",
    "center",
    "demo_password",
    "departments",
    "queues",
    "windows",
    "items",
    "staff",
)
RESOURCE_PATH = ("demo", "center.json")


@dataclass(frozen=True)
class DemoCenter:
    code: str
    name: str
    address: str
    query_phone: str
    complaint_phone: str
    reconsideration_body: str
    litigation_court: str


@dataclass(frozen=True)
class DemoDepartment:
    code: str
    name: str
    short_name: str


@dataclass(frozen=True)
class DemoQueue:
    code: str
    name: str
    prefix: str
    department: str | None  # department code; None for the center's general queue
    minutes_per_visitor: int


@dataclass(frozen=True)
class DemoWindow:
    code: str
    name: str
    department: str | None
    queues: tuple[str, ...]  # queue codes, in the order the window calls from them
    is_green_channel: bool


@dataclass(frozen=True)
class DemoStep:
    department: str
    step_limit: int


@dataclass(frozen=True)
class DemoItem:
    code: str
    name: str
    department: str
    queue: str | None
    kind: ItemKind
    statutory_limit: int
    promised_limit: int
    max_extension: int
    deemed_approval: bool
    needs_licence: bool
    conditions: str
    fees: str
    legal_basis: str
    materials: tuple[MaterialSpec, ...]
    steps: tuple[DemoStep, ...] = ()  # joint items only: each department's own limit


@dataclass(frozen=True)
class DemoStaff:
    staff_no: str
    name: str
    role: Role
    department: str | None
    title: str
    window: str | None  # the window a clerk sits at


@dataclass(frozen=True)
class DemoCatalogue:
    center: DemoCenter
    password: str  # the one password of every demo account
    departments: tuple[DemoDepartment, ...]
    queues: tuple[DemoQueue, ...]
    windows: tuple[DemoWindow, ...]
    items: tuple[DemoItem, ...]
    staff: tuple[DemoStaff, ...]

    def department(self, code: str) -> DemoDepartment:
        return _by_code(self.departments, code, "部门")

    def queue(self, code: str) -> DemoQueue:
        return _by_code(self.queues, code, "队列")

    def window(self, code: str) -> DemoWindow:
        return _by_code(self.windows, code, "窗口")

    def item(self, code: str) -> DemoItem:
        return _by_code(self.items, code, "事项")

    def staff_member(self, staff_no: str) -> DemoStaff:
        for member in self.staff:
            if member.staff_no == staff_no:
                return member
        raise KeyError(f"演示数据中没有工号 {staff_no}")

    def staff_at(self, window_code: str) -> tuple[DemoStaff, ...]:
        """The clerks who sit at a window, chief representative first."""
        return tuple(m for m in self.staff if m.window == window_code)


def _by_code(records: Iterable[_T], code: str, what: str) -> _T:
    for record in records:
        if record.code == code:
            return record
    raise KeyError(f"演示数据中没有{what} {code}")


def load_demo_catalogue() -> DemoCatalogue:
    """Read ``resources/demo/center.json`` and check it (raises :class:`InvalidInput`)."""
    path = resources.files(RESOURCE_PACKAGE)
    for part in RESOURCE_PATH:
        path = path / part
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise InvalidInput(f"演示数据不是有效的 JSON：第 {err.lineno} 行 {err.msg}") from err
    return parse_demo_catalogue(data)


def parse_demo_catalogue(data: object) -> DemoCatalogue:
    """Turn the decoded JSON into a :class:`DemoCatalogue`, checking every reference."""
    root = _Record(data, _ROOT, *_TOP_KEYS)
    if root.integer("format_version") != 1:
        raise InvalidInput("演示数据的 format_version 应为 1")
    c = root.record("center", *_keys(DemoCenter))
    center = DemoCenter(
        c.text("code"),
        c.text("name"),
        c.text("address", True),
        c.text("query_phone", True),
        c.text("complaint_phone", True),
        c.text("reconsideration_body", True),
        c.text("litigation_court", True),
    )
    password = root.text("demo_password")
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"演示密码至少 {MIN_LENGTH} 位")
    departments = tuple(
        DemoDepartment(r.text("code"), r.text("name"), r.text("short_name"))
        for r in root.records("departments", *_keys(DemoDepartment))
    )
    _unique("部门编码", (d.code for d in departments))
    dept_codes = {d.code for d in departments}
    queues = tuple(_queue(r, dept_codes) for r in root.records("queues", *_keys(DemoQueue)))
    _unique("队列编码", (q.code for q in queues))
    _unique("队列号码前缀", (q.prefix for q in queues))
    queue_codes = {q.code for q in queues}
    windows = tuple(
        _window(r, dept_codes, queue_codes) for r in root.records("windows", *_keys(DemoWindow))
    )
    _unique("窗口编码", (w.code for w in windows))
    items = tuple(
        _item(r, dept_codes, queue_codes) for r in root.records("items", *_keys(DemoItem))
    )
    _unique("事项编码", (i.code for i in items))
    windows_by_code = {w.code: w for w in windows}
    staff = tuple(
        _staff(r, dept_codes, windows_by_code) for r in root.records("staff", *_keys(DemoStaff))
    )
    _unique("工号", (m.staff_no for m in staff))
    return DemoCatalogue(center, password, departments, queues, windows, items, staff)


def _queue(r: _Record, dept_codes: set[str]) -> DemoQueue:
    prefix = r.text("prefix")
    if not (prefix.isascii() and prefix.isalpha() and prefix.isupper() and len(prefix) <= 2):
        raise InvalidInput(f"{r.where}：号码前缀应为一到两个大写字母")
    minutes = r.integer("minutes_per_visitor")
    if minutes <= 0:
        raise InvalidInput(f"{r.where}：每人办理分钟数应大于 0")
    return DemoQueue(
        r.text("code"), r.text("name"), prefix, r.opt_ref("department", dept_codes, "部门"), minutes
    )


def _window(r: _Record, dept_codes: set[str], queue_codes: set[str]) -> DemoWindow:
    queues = tuple(r.strs("queues"))
    if not queues:
        raise InvalidInput(f"{r.where}：窗口至少要从一个队列叫号")
    for code in queues:
        if code not in queue_codes:
            raise InvalidInput(f"{r.where}：队列 {code} 不存在")
    _unique(f"{r.where} 的队列", queues)
    return DemoWindow(
        r.text("code"),
        r.text("name"),
        r.opt_ref("department", dept_codes, "部门"),
        queues,
        r.flag("is_green_channel"),
    )


def _item(r: _Record, dept_codes: set[str], queue_codes: set[str]) -> DemoItem:
    try:
        kind = ItemKind(r.text("kind"))
    except ValueError:
        raise InvalidInput(f"{r.where}：办件类型 {r.text('kind')} 无效") from None
    statutory, promised = r.integer("statutory_limit"), r.integer("promised_limit")
    try:
        check_limits(statutory, promised)
    except RuleViolation as err:
        raise InvalidInput(f"{r.where}：{err.message}") from None
    if kind is ItemKind.INSTANT and promised != 0:
        raise InvalidInput(f"{r.where}：即办件的承诺时限应为 0 个工作日")
    max_extension = r.integer("max_extension")
    if max_extension < 0:
        raise InvalidInput(f"{r.where}：最长延期不能为负数")
    materials = tuple(_material(m) for m in r.records("materials", *_keys(MaterialSpec)))
    if not materials:
        raise InvalidInput(f"{r.where}：事项至少要有一项申请材料")
    steps = tuple(
        DemoStep(m.ref("department", dept_codes, "部门"), m.integer("step_limit"))
        for m in (r.records("steps", *_keys(DemoStep)) if r.has("steps") else [])
    )
    try:
        if kind is ItemKind.JOINT:
            check_joint_steps(promised, [(st.department, st.step_limit) for st in steps])
        elif steps:
            raise InvalidInput(f"{r.where}：只有联办件才设置联办部门")
    except RuleViolation as err:
        raise InvalidInput(f"{r.where}：{err.message}") from None
    return DemoItem(
        code=r.text("code"),
        name=r.text("name"),
        department=r.ref("department", dept_codes, "部门"),
        queue=r.opt_ref("queue", queue_codes, "队列"),
        kind=kind,
        statutory_limit=statutory,
        promised_limit=promised,
        max_extension=max_extension,
        deemed_approval=r.flag("deemed_approval"),
        needs_licence=r.flag("needs_licence"),
        conditions=r.text("conditions"),
        fees=r.text("fees"),
        legal_basis=r.text("legal_basis"),
        materials=materials,
        steps=steps,
    )


def _material(r: _Record) -> MaterialSpec:
    originals, copies = r.integer("originals"), r.integer("copies")
    if originals < 0 or copies < 0 or originals + copies == 0:
        raise InvalidInput(f"{r.where}：原件、复印件份数不能为负数，且至少要有一份")
    return MaterialSpec(r.text("name"), originals, copies, r.flag("required"), r.text("note", True))


def _staff(r: _Record, dept_codes: set[str], windows: Mapping[str, DemoWindow]) -> DemoStaff:
    try:
        role = Role(r.text("role"))
    except ValueError:
        raise InvalidInput(f"{r.where}：角色 {r.text('role')} 无效") from None
    if role is Role.SYSTEM:
        raise InvalidInput(f"{r.where}：演示账号不能是系统角色")
    department = r.opt_ref("department", dept_codes, "部门")
    window_code = r.opt_ref("window", set(windows), "窗口")
    if role is Role.CLERK:
        if window_code is None:
            raise InvalidInput(f"{r.where}：窗口首席代表应指定所在窗口")
        window = windows[window_code]
        if window.department is not None and window.department != department:
            raise InvalidInput(f"{r.where}：窗口 {window_code} 属于其他部门")
    elif window_code is not None:
        raise InvalidInput(f"{r.where}：只有窗口人员才坐窗口")
    return DemoStaff(
        r.text("staff_no"), r.text("name"), role, department, r.text("title", True), window_code
    )


def _keys(cls: type[object]) -> tuple[str, ...]:
    """JSON objects use the field names of the dataclass they become."""
    return tuple(f.name for f in fields(cls))  # type: ignore[arg-type]


def _unique(what: str, values: Iterable[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise InvalidInput(f"演示数据中{what} {value} 重复")
        seen.add(value)


class _Record:
    """One JSON object, read field by field with its place in the file for messages."""

    def __init__(self, data: object, where: str, *keys: str) -> None:
        if not isinstance(data, dict):
            raise InvalidInput(f"{where} 应为对象")
        self._data: dict[str, Any] = data
        self.where = where
        unknown = sorted(set(data) - set(keys))
        if unknown:
            raise InvalidInput(f"{where}：未知字段 {', '.join(map(str, unknown))}")

    def has(self, key: str) -> bool:
        return key in self._data

    def _get(self, key: str) -> object:
        if key not in self._data:
            raise InvalidInput(f"{self.where}：缺少字段 {key}")
        return self._data[key]

    def text(self, key: str, may_be_empty: bool = False) -> str:
        value = self._get(key)
        if not isinstance(value, str) or (not may_be_empty and not value.strip()):
            raise InvalidInput(f"{self.where}.{key} 应为非空文字")
        return value

    def opt_str(self, key: str) -> str | None:
        return None if self._get(key) is None else self.text(key)

    def integer(self, key: str) -> int:
        value = self._get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidInput(f"{self.where}.{key} 应为整数")
        return value

    def flag(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise InvalidInput(f"{self.where}.{key} 应为 true 或 false")
        return value

    def strs(self, key: str) -> list[str]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidInput(f"{self.where}.{key} 应为文字列表")
        return list(value)

    def ref(self, key: str, known: set[str], what: str) -> str:
        code = self.text(key)
        if code not in known:
            raise InvalidInput(f"{self.where}：{what} {code} 不存在")
        return code

    def opt_ref(self, key: str, known: set[str], what: str) -> str | None:
        return None if self._get(key) is None else self.ref(key, known, what)

    def record(self, key: str, *keys: str) -> _Record:
        return _Record(self._get(key), f"{self.where}.{key}", *keys)

    def records(self, key: str, *keys: str) -> list[_Record]:
        """The objects of a list; each may have only the fields ``keys``."""
        value = self._get(key)
        if not isinstance(value, list):
            raise InvalidInput(f"{self.where}.{key} 应为列表")
        prefix = "" if self.where == _ROOT else f"{self.where}."
        return [_Record(v, f"{prefix}{key}[{n}]", *keys) for n, v in enumerate(value)]


def refusal_reason(name: str, conditions: str, standard: tuple[str, ...] = ()) -> str:
    """A refusal reason that fits the item: its first standard reason, else what its own
    conditions require (a demo must not refuse a housing-fund withdrawal for its
    "business premises")."""
    if standard:
        return standard[0]
    wanted = conditions.strip().rstrip("。")
    if not wanted:
        return f"申请人提交的材料不能证明其符合“{name}”的申请条件"
    return f"经审查，申请不符合本事项的申请条件（{wanted}）"

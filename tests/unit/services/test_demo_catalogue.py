"""The demo center's catalogue (resources/demo/center.json): counts, rules and references."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest
from sqlalchemy import String

from clerk_app.demo.catalogue import (
    DemoCatalogue,
    load_demo_catalogue,
    parse_demo_catalogue,
)
from clerk_app.domain.cases import ItemKind
from clerk_app.domain.errors import InvalidInput
from clerk_app.services.catalogue import MaterialSpec
from clerk_app.services.context import Role
from clerk_app.store.models import (
    Center,
    Department,
    ItemMaterial,
    Queue,
    ServiceItem,
    Staff,
    Window,
)


@pytest.fixture(scope="module")
def demo() -> DemoCatalogue:
    return load_demo_catalogue()


@pytest.fixture
def raw() -> dict[str, Any]:
    text = (resources.files("clerk_app.resources") / "demo" / "center.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def test_the_center_is_a_whole_county_center(demo: DemoCatalogue) -> None:
    assert demo.center.name == "清溪县政务服务中心"
    assert demo.center.complaint_phone == "12345"
    assert demo.center.query_phone.startswith("0571-")
    assert demo.center.reconsideration_body == "清溪县人民政府"
    assert demo.center.litigation_court == "清溪县人民法院"
    assert len(demo.departments) >= 14
    assert len(demo.windows) >= 40
    assert len(demo.items) >= 60
    assert len(demo.staff) >= 70


def test_accounts_the_readme_lists(demo: DemoCatalogue) -> None:
    assert demo.password == "demo1234"
    clerk = demo.staff_member("QX0101")
    assert (clerk.role, clerk.window, clerk.department) == (Role.CLERK, "A01", "SCJG")
    assert demo.department("SCJG").name == "清溪县市场监督管理局"
    assert demo.staff_member("QX9001").role is Role.SUPERVISOR
    assert demo.staff_member("QX8001").role is Role.GUIDE
    assert demo.staff_member("QX0001").role is Role.ADMIN
    roles = Counter(m.role for m in demo.staff)
    assert (roles[Role.GUIDE], roles[Role.SUPERVISOR], roles[Role.ADMIN]) == (2, 3, 1)


def test_one_queue_per_department_plus_green_channel_and_general(demo: DemoCatalogue) -> None:
    by_dept = Counter(q.department for q in demo.queues if q.department is not None)
    assert set(by_dept) == {d.code for d in demo.departments}
    assert len(demo.queues) == len(demo.departments) + 2
    green = [q for q in demo.queues if q.prefix == "V"]
    general = [q for q in demo.queues if q.name == "综合受理"]
    assert [q.name for q in green] == ["重点项目绿色通道"]
    assert len(general) == 1
    assert len({q.prefix for q in demo.queues}) == len(demo.queues)


def test_every_window_is_staffed_by_its_own_department(demo: DemoCatalogue) -> None:
    per_dept = Counter(w.department for w in demo.windows if not w.is_green_channel)
    assert all(1 <= n <= 4 for n in per_dept.values())
    assert set(per_dept) == {d.code for d in demo.departments}
    for window in demo.windows:
        clerks = demo.staff_at(window.code)
        assert 1 <= len(clerks) <= 2, window.code
        assert all(c.role is Role.CLERK and c.department == window.department for c in clerks)
        if not window.is_green_channel:
            assert window.queues == (f"Q-{window.department}",)
    seated = {m.staff_no for m in demo.staff if m.window is not None}
    assert seated == {m.staff_no for m in demo.staff if m.role is Role.CLERK}


def test_green_channel_windows_call_key_projects_then_general(demo: DemoCatalogue) -> None:
    green = [w for w in demo.windows if w.is_green_channel]
    assert 1 <= len(green) <= 2
    general = next(q.code for q in demo.queues if q.name == "综合受理")
    key_projects = next(q.code for q in demo.queues if q.prefix == "V")
    assert all(w.queues == (key_projects, general) for w in green)


def test_time_limits_follow_the_law(demo: DemoCatalogue) -> None:
    assert all(0 <= i.promised_limit <= i.statutory_limit for i in demo.items)
    instant = [i for i in demo.items if i.kind is ItemKind.INSTANT]
    assert len(instant) >= 12
    assert all(i.promised_limit == 0 and i.max_extension == 0 for i in instant)
    joint = [i for i in demo.items if i.kind is ItemKind.JOINT]
    assert len(joint) >= 3
    assert all((i.statutory_limit, i.max_extension) == (45, 15) for i in joint)
    # 行政许可法 Art. 42: 20 working days, extendable by 10.
    licences_20 = [i for i in demo.items if "-XK-" in i.code and i.statutory_limit == 20]
    assert len(licences_20) >= 5
    assert all(i.max_extension == 10 for i in licences_20)
    assert all(i.max_extension <= i.statutory_limit for i in demo.items)
    assert {k for k in ItemKind} == {i.kind for i in demo.items}


def test_deemed_approval_and_no_licence_items_are_a_few(demo: DemoCatalogue) -> None:
    deemed = [i for i in demo.items if i.deemed_approval]
    assert 3 <= len(deemed) <= 8
    assert all(i.kind is ItemKind.PROMISED for i in deemed)
    assert all(any(w in i.name for w in ("延续", "变更")) for i in deemed)
    no_licence = [i for i in demo.items if not i.needs_licence]
    assert 2 <= len(no_licence) <= 3
    assert all("备案" in i.name for i in no_licence)


def test_items_are_complete_catalogue_entries(demo: DemoCatalogue) -> None:
    code = re.compile(r"^330188-([A-Z]+)-(XK|QR|JF|GF|QT)-\d{4}$")
    for item in demo.items:
        match = code.match(item.code)
        assert match is not None and match.group(1) == item.department, item.code
        assert item.queue == f"Q-{item.department}"
        assert 2 <= len(item.materials) <= 6, item.code
        assert all(
            isinstance(m, MaterialSpec) and m.originals + m.copies >= 1 for m in item.materials
        )
        assert any(m.required for m in item.materials)
        assert item.conditions.endswith("。") and item.fees
        assert re.search(r"《[^》]+》", item.legal_basis), item.code
    names = {i.name for i in demo.items}
    assert len(names) == len(demo.items)
    for expected in (
        "营业执照设立登记（公司）",
        "食品经营许可证核发",
        "建筑工程施工许可证核发",
        "社会保障卡申领",
        "居民身份证换领",
        "内地居民结婚登记",
        "不动产抵押登记",
        "住房公积金提取（租房）",
        "企业投资项目备案",
    ):
        assert expected in names


def _max_len(column: Any) -> int:
    assert isinstance(column.type, String) and column.type.length is not None
    return int(column.type.length)


def test_every_text_fits_its_database_column(demo: DemoCatalogue) -> None:
    c = demo.center
    assert len(c.code) <= _max_len(Center.code) and len(c.address) <= _max_len(Center.address)
    for d in demo.departments:
        assert len(d.name) <= _max_len(Department.name)
        assert len(d.short_name) <= _max_len(Department.short_name)
    for q in demo.queues:
        assert q.prefix.isalpha() and len(q.prefix) <= min(2, _max_len(Queue.prefix))
    assert all(len(w.code) <= _max_len(Window.code) for w in demo.windows)
    for m in demo.staff:
        assert len(m.staff_no) <= _max_len(Staff.staff_no)
        assert len(m.title) <= _max_len(Staff.title)
    for i in demo.items:
        assert len(i.code) <= _max_len(ServiceItem.code)
        assert len(i.fees) <= _max_len(ServiceItem.fees)
        for mat in i.materials:
            assert len(mat.name) <= _max_len(ItemMaterial.name)
            assert len(mat.note) <= _max_len(ItemMaterial.note)


def _set(section: str, index: int, key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data[section][index][key] = value

    return change


def _duplicate(section: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data[section].append(copy.deepcopy(data[section][-1]))

    return change


def _misplaced_clerk(data: dict[str, Any]) -> None:
    clerk = next(m for m in data["staff"] if m["staff_no"] == "QX0101")
    clerk["window"] = next(w["code"] for w in data["windows"] if w["department"] == "SW")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_duplicate("items"), "事项编码"),
        (_duplicate("departments"), "部门编码"),
        (_duplicate("staff"), "工号"),
        (_set("items", 0, "promised_limit", 99), "不得超过法定时限"),
        (_set("items", 0, "promised_limit", 1), "即办件"),
        (_set("items", 3, "department", "NOPE"), "部门 NOPE 不存在"),
        (_set("items", 3, "queue", "Q-NOPE"), "队列 Q-NOPE 不存在"),
        (_set("items", 3, "kind", "urgent"), "办件类型"),
        (_set("windows", 0, "queues", ["Q-NOPE"]), "队列 Q-NOPE 不存在"),
        (_set("windows", 0, "department", "NOPE"), "部门 NOPE 不存在"),
        (_set("queues", 1, "prefix", "A"), "队列号码前缀"),
        (_set("staff", 1, "window", "X99"), "窗口 X99 不存在"),
        (_set("staff", 1, "window", None), "应指定所在窗口"),
        (_set("staff", 1, "role", "boss"), "角色"),
        (_set("staff", 1, "password", "123456"), "未知字段 password"),
        (_misplaced_clerk, "属于其他部门"),
    ],
)
def test_broken_data_is_refused_with_the_place(
    raw: dict[str, Any], change: Callable[[dict[str, Any]], None], message: str
) -> None:
    parse_demo_catalogue(raw)  # the untouched data is fine
    change(raw)
    with pytest.raises(InvalidInput, match=message):
        parse_demo_catalogue(raw)

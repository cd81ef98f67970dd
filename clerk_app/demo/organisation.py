"""What the administrator of the demo centre set up beyond the catalogue: each
department's head and deputy (role 部门负责人, the demo password), its reconsideration
agency and court where they are not the county's (the tax office's is the next tax office
up, a municipal branch's the city's department), its phone; the waiting zone of each
window; each item's category, result document and the refusal reasons offered at the
counter.

The people and places are in ``resources/demo/organisation.json``; the item columns follow
the item codes (…-XK- 行政许可, -QR- 行政确认, -JF- 行政给付, -GF- 公共服务) and names.
Everything goes through the administration services, so the demo's journal has it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from typing import Any

from clerk_app.demo.catalogue import RESOURCE_PACKAGE, DemoCatalogue
from clerk_app.services import auth, item_admin, organisation
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.services.setup_records import ItemRecord
from clerk_app.services.setup_records import organisation as read_organisation

RESOURCE_PATH = ("demo", "organisation.json")

_CATEGORY_OF_CODE = {
    "XK": "licence",
    "QR": "confirmation",
    "JF": "benefit",
    "GF": "public_service",
}

#: Reasons a counter offers for refusing, by category (the clerk may still type another).
REFUSAL_REASONS = {
    "licence": (
        "申请事项依法不需要取得行政许可",
        "申请事项不属于本机关职权范围",
        "申请人隐瞒有关情况或者提供虚假材料",
    ),
    "confirmation": (
        "申请事项不属于本机关职权范围",
        "申请人不具备申请主体资格",
    ),
    "benefit": (
        "申请人不符合享受条件",
        "申请事项不属于本机关职权范围",
    ),
    "filing": ("申请事项不属于备案范围",),
    "public_service": ("申请事项不属于本机关职责范围",),
    "other": ("申请事项不属于本机关职权范围",),
}


def _data() -> dict[str, Any]:
    path = resources.files(RESOURCE_PACKAGE)
    for part in RESOURCE_PATH:
        path = path / part
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def category_of(code: str, name: str) -> str:
    if "备案" in name:
        return "filing"
    parts = code.split("-")
    return _CATEGORY_OF_CODE.get(parts[2] if len(parts) > 2 else "", "other")


#: Items whose result the name does not spell (a name part, its result document).
_RESULTS = (
    ("注销登记", "准予注销登记通知书"),
    ("个体工商户设立登记", "营业执照"),
    ("不动产首次登记", "不动产权证书"),
    ("不动产转移登记", "不动产权证书"),
    ("不动产抵押登记", "不动产登记证明"),
    ("结婚登记", "结婚证"),
    ("出生登记", "居民户口簿"),
    ("特种设备使用登记", "特种设备使用登记证"),
    ("临时居民身份证", "临时居民身份证"),
    ("居民身份证", "居民身份证"),
    ("社会保障卡", "社会保障卡"),
    ("就业创业证", "就业创业证"),
    ("道路运输证", "道路运输证"),
    ("检验合格标志", "机动车检验合格标志"),
)


def result_document_of(name: str) -> str:
    """The document an item ends in, where its name says it (…许可证核发 → …许可证)."""
    for part, result in _RESULTS:
        if part in name:
            return result
    for mark in ("许可证", "登记证", "合格证", "执照", "护照", "通行证", "驾驶证", "证明"):
        at = name.find(mark)
        if at >= 0:
            head = name[: at + len(mark)]
            return head.split("（")[-1] if "（" in head else head
    if name.endswith("备案"):
        return "备案回执"
    return ""


def complete_organisation(
    ctx: ServiceContext, cat: DemoCatalogue, departments: dict[str, str]
) -> list[str]:
    """Leaders, agencies, zones and item columns; the staff numbers of the leaders."""
    system = Actor.system()
    data = _data()
    leaders: list[str] = []
    records = {d.code: d for d in read_organisation(ctx).departments}
    for entry in data["departments"]:
        dept_id = departments[entry["code"]]
        people = {}
        for key in ("head", "deputy"):
            person = entry[key]
            people[key] = auth.add_staff(
                ctx,
                system,
                staff_no=person["staff_no"],
                name=person["name"],
                role=Role.LEADER,
                password=cat.password,
                department_id=dept_id,
                title=person["title"],
            )
            leaders.append(person["staff_no"])
        organisation.save_department(
            ctx,
            system,
            replace(
                records[entry["code"]],
                head_staff_id=people["head"],
                deputy_staff_id=people["deputy"],
                reconsideration_body=entry["reconsideration_body"],
                litigation_court=entry["litigation_court"],
                phone=entry["phone"],
            ),
        )
    zones: dict[str, str] = data["window_zones"]
    for window in read_organisation(ctx).windows:
        kind = "green" if window.code.startswith("V") else window.kind
        organisation.save_window(
            ctx, system, replace(window, zone=zones.get(window.code, ""), kind=kind)
        )
    for item in read_organisation(ctx).items:
        item_admin.save_item(ctx, system, _item_columns(item))
    return leaders


def _item_columns(item: ItemRecord) -> ItemRecord:
    category = category_of(item.code, item.name)
    return replace(
        item,
        category=category,
        result_document=result_document_of(item.name),
        refusal_reasons=REFUSAL_REASONS[category],
        deemed_approval_basis=(
            "清溪县人民政府办公室关于推行超时默认制度的通知（清政办〔2026〕12号）"
            if item.deemed_approval
            else ""
        ),
        on_site=item.kind != "reported",
    )

"""The tables of the administration tab: one row model per kind of record, each filtered
by the section's search line (code, name, pinyin of nothing: what the administrator typed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from clerk_app.domain.cases import ItemKind
from clerk_app.services.context import Role
from clerk_app.services.setup_records import (
    DepartmentRecord,
    ItemRecord,
    Organisation,
    QueueRecord,
    StaffRecord,
    WindowRecord,
)
from clerk_app.ui.common.labels import label
from clerk_app.ui.common.table_model import Column, RowTableModel

R = TypeVar("R")


def _t(text: str) -> str:
    return QCoreApplication.translate("AdministrationModels", text)


def _yes(flag: bool) -> str:
    return _t("是") if flag else _t("否")


def _active(flag: bool) -> str:
    return _t("在用") if flag else _t("停用")


def window_kinds() -> dict[str, str]:
    return {
        "ordinary": _t("普通窗口"),
        "comprehensive": _t("综合窗口"),
        "green": _t("绿色通道窗口"),
        "joint": _t("并联审批窗口"),
    }


def item_statuses() -> dict[str, str]:
    return {"active": _t("在用"), "adjusted": _t("已调整"), "cancelled": _t("已取消")}


def authorisations() -> dict[str, str]:
    return {"full": _t("充分授权"), "partial": _t("部分授权"), "none": _t("未授权")}


def categories() -> dict[str, str]:
    return {
        "licence": _t("行政许可"),
        "confirmation": _t("行政确认"),
        "filing": _t("备案"),
        "benefit": _t("行政给付"),
        "public_service": _t("公共服务"),
        "other": _t("其他"),
    }


def matches(text: str, *fields: str) -> bool:
    needle = text.strip().lower()
    return not needle or any(needle in f.lower() for f in fields)


class OrgModel(RowTableModel[R]):
    """A table of one kind of record that knows the organisation (names of departments…)."""

    def __init__(
        self, columns: Callable[[OrgModel[R]], list[Column[R]]], parent: QObject | None = None
    ) -> None:
        self.org: Organisation | None = None
        super().__init__(columns(self), parent)

    def dept(self, dept_id: str | None) -> str:
        return self.org.department_name(dept_id) if self.org else ""

    def person(self, staff_id: str | None) -> str:
        return self.org.staff_name(staff_id) if self.org else ""


def department_model(parent: QObject | None = None) -> OrgModel[DepartmentRecord]:
    def columns(m: OrgModel[DepartmentRecord]) -> list[Column[DepartmentRecord]]:
        return [
            Column(_t("编码"), lambda d: d.code),
            Column(_t("部门全称"), lambda d: d.name),
            Column(_t("简称"), lambda d: d.short_name),
            Column(_t("主要负责人"), lambda d: m.person(d.head_staff_id)),
            Column(_t("分管负责人"), lambda d: m.person(d.deputy_staff_id)),
            Column(_t("行政复议机关"), lambda d: d.reconsideration_body or _t("（同中心）")),
            Column(_t("电话"), lambda d: d.phone),
            Column(_t("状态"), lambda d: _active(d.active)),
        ]

    return OrgModel(columns, parent)


def queue_model(parent: QObject | None = None) -> OrgModel[QueueRecord]:
    def columns(m: OrgModel[QueueRecord]) -> list[Column[QueueRecord]]:
        return [
            Column(_t("编码"), lambda q: q.code),
            Column(_t("队列名称"), lambda q: q.name),
            Column(_t("号码前缀"), lambda q: q.prefix),
            Column(_t("部门"), lambda q: m.dept(q.department_id)),
            Column(_t("状态"), lambda q: _active(q.active)),
        ]

    return OrgModel(columns, parent)


def window_model(parent: QObject | None = None) -> OrgModel[WindowRecord]:
    def queues(w: WindowRecord, m: OrgModel[WindowRecord]) -> str:
        names = {q.id: q.name for q in m.org.queues} if m.org else {}
        return "、".join(names.get(q, "") for q in w.queue_ids)

    def columns(m: OrgModel[WindowRecord]) -> list[Column[WindowRecord]]:
        return [
            Column(_t("编码"), lambda w: w.code),
            Column(_t("窗口名称"), lambda w: w.name),
            Column(_t("类型"), lambda w: window_kinds().get(w.kind, w.kind)),
            Column(_t("部门"), lambda w: m.dept(w.department_id)),
            Column(_t("服务队列"), lambda w: queues(w, m)),
            Column(_t("区域"), lambda w: w.zone),
            Column(_t("状态"), lambda w: _t("开放") if w.active else _t("关闭")),
        ]

    return OrgModel(columns, parent)


def staff_model(parent: QObject | None = None) -> OrgModel[StaffRecord]:
    def state(p: StaffRecord) -> str:
        if not p.active:
            return _t("已离岗")
        if p.locked:
            return _t("已锁定")
        if p.must_change_password:
            return _t("待改密码")
        return _t("在岗")

    def columns(m: OrgModel[StaffRecord]) -> list[Column[StaffRecord]]:
        return [
            Column(_t("工号"), lambda p: p.staff_no),
            Column(_t("姓名"), lambda p: p.name),
            Column(_t("角色"), lambda p: label(Role(p.role))),
            Column(_t("部门"), lambda p: m.dept(p.department_id)),
            Column(_t("职务"), lambda p: p.title),
            Column(_t("状态"), state),
        ]

    return OrgModel(columns, parent)


def item_model(parent: QObject | None = None) -> OrgModel[ItemRecord]:
    def limit(i: ItemRecord) -> str:
        return _t("{s} / {p} 个工作日").format(s=i.statutory_limit, p=i.promised_limit)

    def status(i: ItemRecord) -> str:
        name = item_statuses().get(i.status, i.status)
        return f"{name} {i.status_from.isoformat()}" if i.status_from else name

    def columns(m: OrgModel[ItemRecord]) -> list[Column[ItemRecord]]:
        return [
            Column(_t("事项编码"), lambda i: i.code),
            Column(_t("事项名称"), lambda i: i.name),
            Column(_t("部门"), lambda i: m.dept(i.department_id)),
            Column(_t("类型"), lambda i: label(ItemKind(i.kind))),
            Column(_t("法定/承诺时限"), limit, sort=lambda i: i.promised_limit),
            Column(_t("超时默认"), lambda i: _yes(i.deemed_approval)),
            Column(_t("授权"), lambda i: authorisations().get(i.authorisation, i.authorisation)),
            Column(_t("状态"), status),
        ]

    return OrgModel(columns, parent)

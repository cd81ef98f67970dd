"""Rules for what an administrator sets up: window kinds, item status and authorisation,
the last administrator, and the pure checks behind each editor.

Nothing here touches a database: the services load what they need and ask.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import TypeVar

from clerk_app.domain.errors import InvalidInput, RuleViolation


class WindowKind(StrEnum):
    ORDINARY = "ordinary"  # 普通窗口
    COMPREHENSIVE = "comprehensive"  # 综合窗口
    GREEN = "green"  # 重点项目绿色通道
    JOINT = "joint"  # 并联审批窗口


class ItemStatus(StrEnum):
    ACTIVE = "active"  # 在用
    ADJUSTED = "adjusted"  # 调整（自某日起，附说明）
    CANCELLED = "cancelled"  # 取消（自某日起）


class Authorisation(StrEnum):
    FULL = "full"  # 充分授权
    PARTIAL = "partial"  # 部分授权
    NONE = "none"  # 未授权


class ItemCategory(StrEnum):
    LICENCE = "licence"  # 行政许可
    CONFIRMATION = "confirmation"  # 行政确认、登记
    FILING = "filing"  # 备案
    BENEFIT = "benefit"  # 行政给付
    PUBLIC_SERVICE = "public_service"  # 公共服务
    OTHER = "other"


WINDOW_KIND_NAMES = {
    WindowKind.ORDINARY: "普通窗口",
    WindowKind.COMPREHENSIVE: "综合窗口",
    WindowKind.GREEN: "绿色通道窗口",
    WindowKind.JOINT: "并联审批窗口",
}
ITEM_STATUS_NAMES = {
    ItemStatus.ACTIVE: "在用",
    ItemStatus.ADJUSTED: "已调整",
    ItemStatus.CANCELLED: "已取消",
}
AUTHORISATION_NAMES = {
    Authorisation.FULL: "充分授权",
    Authorisation.PARTIAL: "部分授权",
    Authorisation.NONE: "未授权",
}
CATEGORY_NAMES = {
    ItemCategory.LICENCE: "行政许可",
    ItemCategory.CONFIRMATION: "行政确认",
    ItemCategory.FILING: "备案",
    ItemCategory.BENEFIT: "行政给付",
    ItemCategory.PUBLIC_SERVICE: "公共服务",
    ItemCategory.OTHER: "其他",
}


E = TypeVar("E", bound=StrEnum)


def _one_of(kind: type[E], value: str, *, label: str, field: str) -> E:
    try:
        return kind(value)
    except ValueError:
        raise InvalidInput(f"{label}“{value[:20]}”无效", field=field) from None


def window_kind(value: str) -> WindowKind:
    return _one_of(WindowKind, value, label="窗口类型", field="window_kind")


def item_status(value: str) -> ItemStatus:
    return _one_of(ItemStatus, value, label="事项状态", field="item_status")


def authorisation(value: str) -> Authorisation:
    return _one_of(Authorisation, value, label="授权情况", field="item_authorisation")


def item_category(value: str) -> ItemCategory:
    return _one_of(ItemCategory, value, label="事项类别", field="item_category")


def check_item_status(status: ItemStatus, status_from: date | None, note: str) -> None:
    """调整 and 取消 need the date they take effect; 调整 also says what changed."""
    if status is ItemStatus.ACTIVE:
        if status_from is not None:
            raise InvalidInput("在用事项不设生效日期", field="item_status_from")
        return
    if status_from is None:
        name = ITEM_STATUS_NAMES[status]
        raise InvalidInput(f"{name}事项须填写生效日期", field="item_status_from")
    if status is ItemStatus.ADJUSTED and not note:
        raise InvalidInput("调整事项须说明调整内容", field="item_status_note")


def is_cancelled(status: str, status_from: date | None, on: date) -> bool:
    """The item may no longer be taken in on ``on`` (its cancellation took effect)."""
    return status == ItemStatus.CANCELLED and (status_from is None or status_from <= on)


def check_deemed_approval(deemed: bool, basis: str) -> None:
    """超时默认 is a county policy: an item flagged for it names the document that says so."""
    if deemed and not basis:
        raise InvalidInput("实行超时默认的事项须填写依据文件", field="item_deemed_basis")


def check_green(kind: WindowKind, is_green_channel: bool) -> None:
    if (kind is WindowKind.GREEN) != is_green_channel:
        raise RuleViolation("绿色通道标记应与窗口类型一致")


def check_prefix(prefix: str) -> str:
    prefix = prefix.strip().upper()
    if not prefix or not prefix.isascii() or not prefix.isalpha() or len(prefix) > 2:
        raise InvalidInput("号码前缀应为一到两个字母", field="queue_prefix")
    return prefix


def check_no_duplicates(values: Sequence[str], *, label: str, field: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise InvalidInput(f"{label}“{value}”重复", field=field)
        seen.add(value)


def check_keeps_an_admin(
    active_admins: Sequence[str], staff_id: str, *, role: str, active: bool
) -> None:
    """Nobody may deactivate or demote the last active administrator."""
    if staff_id in active_admins and len(active_admins) == 1 and (role != "admin" or not active):
        raise RuleViolation(
            "这是本中心唯一在用的系统管理员，不能停用或改为其他角色；请先另设一名管理员",
            field="staff_role",
        )

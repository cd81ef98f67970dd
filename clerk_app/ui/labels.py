"""Translated labels of domain enumerations (the domain keeps its own Chinese labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clerk_app.domain.tickets import TicketKind, TicketState
from clerk_app.services.context import Role


def role_label(role: Role) -> str:
    return {
        Role.GUIDE: QCoreApplication.translate("Labels", "导服人员"),
        Role.CLERK: QCoreApplication.translate("Labels", "窗口首席代表"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "效能监督员"),
        Role.ADMIN: QCoreApplication.translate("Labels", "系统管理员"),
        Role.SYSTEM: QCoreApplication.translate("Labels", "系统"),
    }[role]


def kind_label(kind: TicketKind) -> str:
    return {
        TicketKind.NORMAL: QCoreApplication.translate("Labels", "普通"),
        TicketKind.PRIORITY: QCoreApplication.translate("Labels", "老弱病残孕优先"),
        TicketKind.APPOINTMENT: QCoreApplication.translate("Labels", "预约"),
        TicketKind.GREEN_CHANNEL: QCoreApplication.translate("Labels", "绿色通道（重点项目）"),
    }[kind]


def state_label(state: TicketState) -> str:
    return {
        TicketState.WAITING: QCoreApplication.translate("Labels", "等候中"),
        TicketState.CALLED: QCoreApplication.translate("Labels", "已叫号"),
        TicketState.SERVING: QCoreApplication.translate("Labels", "办理中"),
        TicketState.DONE: QCoreApplication.translate("Labels", "已办结"),
        TicketState.NO_SHOW: QCoreApplication.translate("Labels", "已过号"),
    }[state]


def item_kind_label(kind: str) -> str:
    return {
        "instant": QCoreApplication.translate("Labels", "即办件"),
        "promised": QCoreApplication.translate("Labels", "承诺件"),
        "reported": QCoreApplication.translate("Labels", "上报件"),
        "joint": QCoreApplication.translate("Labels", "联办件"),
    }.get(kind, kind)

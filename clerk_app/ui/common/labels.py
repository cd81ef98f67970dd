"""Translated labels of domain enumerations (the domain keeps its own Chinese labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clerk_app.domain.cases import CaseState, Decision, RefusalGround, SuspensionReason
from clerk_app.domain.deadlines import Light
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


def refusal_ground_label(ground: RefusalGround) -> str:
    return {
        RefusalGround.OUT_OF_JURISDICTION: QCoreApplication.translate(
            "Labels", "不属于本机关职权范围"
        ),
        RefusalGround.NOT_ELIGIBLE: QCoreApplication.translate("Labels", "不符合受理条件"),
        RefusalGround.FALSE_MATERIALS: QCoreApplication.translate(
            "Labels", "隐瞒有关情况或者提供虚假材料"
        ),
        RefusalGround.SUPPLEMENT_NOT_MADE: QCoreApplication.translate("Labels", "逾期未补正材料"),
        RefusalGround.OTHER: QCoreApplication.translate("Labels", "其他"),
    }[ground]


def suspension_reason_label(reason: SuspensionReason) -> str:
    return {
        SuspensionReason.HEARING: QCoreApplication.translate("Labels", "听证"),
        SuspensionReason.TENDER: QCoreApplication.translate("Labels", "招标"),
        SuspensionReason.AUCTION: QCoreApplication.translate("Labels", "拍卖"),
        SuspensionReason.INSPECTION: QCoreApplication.translate("Labels", "检验"),
        SuspensionReason.TESTING: QCoreApplication.translate("Labels", "检测"),
        SuspensionReason.QUARANTINE: QCoreApplication.translate("Labels", "检疫"),
        SuspensionReason.APPRAISAL: QCoreApplication.translate("Labels", "鉴定"),
        SuspensionReason.EXPERT_REVIEW: QCoreApplication.translate("Labels", "专家评审"),
    }[reason]


def decision_label(decision: Decision) -> str:
    return {
        Decision.APPROVED: QCoreApplication.translate("Labels", "准予许可"),
        Decision.DENIED: QCoreApplication.translate("Labels", "不予许可"),
    }[decision]


def case_state_label(state: CaseState) -> str:
    return {
        CaseState.RECEIVED: QCoreApplication.translate("Labels", "已收件"),
        CaseState.ACCEPTED: QCoreApplication.translate("Labels", "办理中"),
        CaseState.SUPPLEMENT_NOTICE: QCoreApplication.translate("Labels", "已一次性告知补正"),
        CaseState.REFUSED: QCoreApplication.translate("Labels", "不予受理"),
        CaseState.REFERRED: QCoreApplication.translate("Labels", "已转办"),
        CaseState.COMPLETED_ON_SPOT: QCoreApplication.translate("Labels", "现场办结"),
        CaseState.TOLD_ON_SPOT: QCoreApplication.translate("Labels", "当场告知"),
        CaseState.SUSPENDED: QCoreApplication.translate("Labels", "特别程序中"),
        CaseState.COMPLETED: QCoreApplication.translate("Labels", "已办结"),
        CaseState.DEEMED_APPROVED: QCoreApplication.translate("Labels", "超时默认"),
    }[state]


def light_label(light: Light | None) -> str:
    """The deadline light in words (never colour alone)."""
    if light is None:
        return QCoreApplication.translate("Labels", "未计时")
    return {
        Light.GREEN: QCoreApplication.translate("Labels", "绿灯 正常"),
        Light.YELLOW: QCoreApplication.translate("Labels", "黄灯 临近期限"),
        Light.RED: QCoreApplication.translate("Labels", "红灯 已超期"),
    }[light]


def document_kind_label(kind: str) -> str:
    return {
        "ticket": QCoreApplication.translate("Labels", "排队号票"),
        "receipt": QCoreApplication.translate("Labels", "受理通知书"),
        "supplement_notice": QCoreApplication.translate("Labels", "补正材料一次性告知书"),
        "refusal": QCoreApplication.translate("Labels", "不予受理决定书"),
        "extension_notice": QCoreApplication.translate("Labels", "延期告知书"),
        "suspension_notice": QCoreApplication.translate("Labels", "特别程序告知书"),
        "completion_notice": QCoreApplication.translate("Labels", "办结通知书"),
        "deemed_approval_notice": QCoreApplication.translate("Labels", "超时默认通知书"),
        "referral_slip": QCoreApplication.translate("Labels", "转办引导单"),
    }.get(kind, kind)

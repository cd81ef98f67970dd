"""Every label the screens show for a code: the one registry, translated through Qt.

Services return codes (enum members or the strings stored in the database); widgets and
models turn them into words here and nowhere else. The Chinese source text of each label
is the shipped wording; ``resources/i18n/clerk_en.ts`` holds the English one. Printed
documents are Chinese only and take their wording from ``clerk_app.printing.templates``
and the domain; a test keeps both in agreement with these labels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from clerk_app.domain.accountability import Cause, Outcome, Point
from clerk_app.domain.cases import (
    CaseState,
    Decision,
    ItemKind,
    RefusalGround,
    SuspensionReason,
)
from clerk_app.domain.complaints import Channel, ReplyMethod
from clerk_app.domain.deadlines import Light
from clerk_app.domain.metrics import format_rate
from clerk_app.domain.reviews import (
    ComplaintOutcome,
    ContestReason,
    ContestStatus,
    FollowUpKind,
    FollowUpOutcome,
    ReviewLevel,
)
from clerk_app.domain.tickets import TicketKind, TicketState
from clerk_app.services.context import Role
from clerk_app.services.event_schemas import EVENT_PAYLOADS

# --- enumerations -------------------------------------------------------------------------


def _roles() -> Mapping[Role, str]:
    return {
        Role.GUIDE: QCoreApplication.translate("Labels", "导服人员"),
        Role.LEADER: QCoreApplication.translate("Labels", "部门负责人"),
        Role.CLERK: QCoreApplication.translate("Labels", "窗口首席代表"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "效能监督员"),
        Role.ADMIN: QCoreApplication.translate("Labels", "系统管理员"),
        Role.SYSTEM: QCoreApplication.translate("Labels", "系统"),
    }


def _ticket_kinds() -> Mapping[TicketKind, str]:
    return {
        TicketKind.NORMAL: QCoreApplication.translate("Labels", "普通"),
        TicketKind.PRIORITY: QCoreApplication.translate("Labels", "老弱病残孕优先"),
        TicketKind.APPOINTMENT: QCoreApplication.translate("Labels", "预约"),
        TicketKind.GREEN_CHANNEL: QCoreApplication.translate("Labels", "绿色通道（重点项目）"),
    }


def _ticket_states() -> Mapping[TicketState, str]:
    return {
        TicketState.WAITING: QCoreApplication.translate("Labels", "等候中"),
        TicketState.CALLED: QCoreApplication.translate("Labels", "已叫号"),
        TicketState.SERVING: QCoreApplication.translate("Labels", "办理中"),
        TicketState.DONE: QCoreApplication.translate("Labels", "已办结"),
        TicketState.NO_SHOW: QCoreApplication.translate("Labels", "已过号"),
    }


def _item_kinds() -> Mapping[ItemKind, str]:
    return {
        ItemKind.INSTANT: QCoreApplication.translate("Labels", "即办件"),
        ItemKind.PROMISED: QCoreApplication.translate("Labels", "承诺件"),
        ItemKind.REPORTED: QCoreApplication.translate("Labels", "上报件"),
        ItemKind.JOINT: QCoreApplication.translate("Labels", "联办件"),
    }


def _refusal_grounds() -> Mapping[RefusalGround, str]:
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
    }


def _suspension_reasons() -> Mapping[SuspensionReason, str]:
    return {
        SuspensionReason.HEARING: QCoreApplication.translate("Labels", "听证"),
        SuspensionReason.TENDER: QCoreApplication.translate("Labels", "招标"),
        SuspensionReason.AUCTION: QCoreApplication.translate("Labels", "拍卖"),
        SuspensionReason.INSPECTION: QCoreApplication.translate("Labels", "检验"),
        SuspensionReason.TESTING: QCoreApplication.translate("Labels", "检测"),
        SuspensionReason.QUARANTINE: QCoreApplication.translate("Labels", "检疫"),
        SuspensionReason.APPRAISAL: QCoreApplication.translate("Labels", "鉴定"),
        SuspensionReason.EXPERT_REVIEW: QCoreApplication.translate("Labels", "专家评审"),
    }


def _decisions() -> Mapping[Decision, str]:
    return {
        Decision.APPROVED: QCoreApplication.translate("Labels", "准予许可"),
        Decision.DENIED: QCoreApplication.translate("Labels", "不予许可"),
    }


def _case_states() -> Mapping[CaseState, str]:
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
        CaseState.WITHDRAWN: QCoreApplication.translate("Labels", "逾期未补正视为撤回"),
    }


def _lights() -> Mapping[Light, str]:
    return {
        Light.GREEN: QCoreApplication.translate("Labels", "绿灯 正常"),
        Light.YELLOW: QCoreApplication.translate("Labels", "黄灯 临近期限"),
        Light.RED: QCoreApplication.translate("Labels", "红灯 已超期"),
    }


def _review_levels() -> Mapping[ReviewLevel, str]:
    return {
        ReviewLevel.VERY_SATISFIED: QCoreApplication.translate("Labels", "非常满意"),
        ReviewLevel.SATISFIED: QCoreApplication.translate("Labels", "满意"),
        ReviewLevel.BASICALLY_SATISFIED: QCoreApplication.translate("Labels", "基本满意"),
        ReviewLevel.DISSATISFIED: QCoreApplication.translate("Labels", "不满意"),
        ReviewLevel.VERY_DISSATISFIED: QCoreApplication.translate("Labels", "非常不满意"),
    }


def _follow_up_kinds() -> Mapping[FollowUpKind, str]:
    return {
        FollowUpKind.CALLBACK: QCoreApplication.translate("Labels", "回访"),
        FollowUpKind.RECTIFICATION: QCoreApplication.translate("Labels", "整改"),
        FollowUpKind.ISSUE_RESULT: QCoreApplication.translate("Labels", "出具结果（超时默认）"),
    }


def _follow_up_outcomes() -> Mapping[FollowUpOutcome, str]:
    return {
        FollowUpOutcome.RESOLVED: QCoreApplication.translate("Labels", "已解决"),
        FollowUpOutcome.PARTLY_RESOLVED: QCoreApplication.translate("Labels", "部分解决"),
        FollowUpOutcome.EXPLAINED: QCoreApplication.translate("Labels", "解释说明"),
        FollowUpOutcome.UNREACHABLE: QCoreApplication.translate("Labels", "无法联系"),
        FollowUpOutcome.MISTAKEN_REVIEW: QCoreApplication.translate("Labels", "误评"),
        FollowUpOutcome.RECTIFIED: QCoreApplication.translate("Labels", "已整改"),
        FollowUpOutcome.NOT_APPLICABLE: QCoreApplication.translate("Labels", "无需整改"),
        FollowUpOutcome.RESULT_ISSUED: QCoreApplication.translate("Labels", "已出具结果"),
    }


def _complaint_outcomes() -> Mapping[ComplaintOutcome, str]:
    return {
        ComplaintOutcome.RECTIFICATION_ORDERED: QCoreApplication.translate("Labels", "责令整改"),
        ComplaintOutcome.CRITICISED: QCoreApplication.translate("Labels", "批评教育"),
        ComplaintOutcome.APOLOGISED: QCoreApplication.translate("Labels", "赔礼道歉"),
        ComplaintOutcome.EXPLAINED: QCoreApplication.translate("Labels", "解释说明"),
        ComplaintOutcome.REFERRED: QCoreApplication.translate("Labels", "转有关部门处理"),
        ComplaintOutcome.UNFOUNDED: QCoreApplication.translate("Labels", "投诉不属实"),
    }


def _points() -> Mapping[Point, str]:
    return {
        Point.FACTS: QCoreApplication.translate("Labels", "事实查清"),
        Point.RESPONSIBILITY: QCoreApplication.translate("Labels", "责任落实"),
        Point.RECTIFICATION: QCoreApplication.translate("Labels", "整改到位"),
        Point.EDUCATION: QCoreApplication.translate("Labels", "教育到位"),
    }


def _outcomes() -> Mapping[Outcome, str]:
    return {
        Outcome.NO_FAULT: QCoreApplication.translate("Labels", "不予追究（无过错）"),
        Outcome.CRITICISM: QCoreApplication.translate("Labels", "批评教育"),
        Outcome.NOTICE: QCoreApplication.translate("Labels", "通报批评"),
        Outcome.ADMONITION: QCoreApplication.translate("Labels", "诫勉"),
        Outcome.ORGANISATIONAL: QCoreApplication.translate("Labels", "组织处理"),
        Outcome.DISCIPLINE: QCoreApplication.translate("Labels", "移送纪检监察机关"),
    }


def _channels() -> Mapping[Channel, str]:
    return {
        Channel.ONSITE: QCoreApplication.translate("Labels", "现场"),
        Channel.MAYOR_HOTLINE: QCoreApplication.translate("Labels", "12345/县长热线"),
        Channel.DEPARTMENT_HOTLINE: QCoreApplication.translate("Labels", "部门热线"),
        Channel.ONLINE: QCoreApplication.translate("Labels", "网上"),
        Channel.LETTER: QCoreApplication.translate("Labels", "信件"),
    }


def _reply_methods() -> Mapping[ReplyMethod, str]:
    return {
        ReplyMethod.PHONE: QCoreApplication.translate("Labels", "电话"),
        ReplyMethod.SMS: QCoreApplication.translate("Labels", "短信"),
        ReplyMethod.IN_PERSON: QCoreApplication.translate("Labels", "当面"),
        ReplyMethod.LETTER: QCoreApplication.translate("Labels", "书面"),
        ReplyMethod.PLATFORM: QCoreApplication.translate("Labels", "热线平台回复"),
    }


def _contest_reasons() -> Mapping[ContestReason, str]:
    return {
        ContestReason.MISTAKEN: QCoreApplication.translate("Labels", "误评"),
        ContestReason.MALICIOUS: QCoreApplication.translate("Labels", "恶意差评"),
    }


def _contest_statuses() -> Mapping[ContestStatus, str]:
    return {
        ContestStatus.NONE: QCoreApplication.translate("Labels", "未申诉"),
        ContestStatus.PENDING: QCoreApplication.translate("Labels", "申诉待审核"),
        ContestStatus.UPHELD: QCoreApplication.translate("Labels", "申诉成立（不计入满意度）"),
        ContestStatus.REJECTED: QCoreApplication.translate("Labels", "申诉不成立"),
    }


#: Each enumeration the screens show, with its table of labels (built per call: the
#: translation follows the interface language).
REGISTRY: Mapping[type[Enum], Callable[[], Mapping[Any, str]]] = {
    Role: _roles,
    TicketKind: _ticket_kinds,
    TicketState: _ticket_states,
    ItemKind: _item_kinds,
    RefusalGround: _refusal_grounds,
    SuspensionReason: _suspension_reasons,
    Decision: _decisions,
    CaseState: _case_states,
    Light: _lights,
    ReviewLevel: _review_levels,
    FollowUpKind: _follow_up_kinds,
    FollowUpOutcome: _follow_up_outcomes,
    ComplaintOutcome: _complaint_outcomes,
    ContestReason: _contest_reasons,
    ContestStatus: _contest_statuses,
    Point: _points,
    Outcome: _outcomes,
    Channel: _channels,
    ReplyMethod: _reply_methods,
}


def label(member: Enum) -> str:
    """The label of any registered enumeration member, in the interface language."""
    return REGISTRY[type(member)]()[member]


def role_label(role: Role) -> str:
    return label(role)


def kind_label(kind: TicketKind) -> str:
    return label(kind)


def state_label(state: TicketState) -> str:
    return label(state)


def item_kind_label(kind: str) -> str:
    try:
        return label(ItemKind(kind))
    except ValueError:
        return kind


def refusal_ground_label(ground: RefusalGround) -> str:
    return label(ground)


def suspension_reason_label(reason: SuspensionReason) -> str:
    return label(reason)


def decision_label(decision: Decision) -> str:
    return label(decision)


def case_state_label(state: CaseState) -> str:
    return label(state)


def light_label(light: Light | None) -> str:
    """The deadline light in words (never colour alone)."""
    if light is None:
        return QCoreApplication.translate("Labels", "未计时")
    return label(light)


def level_label(level: ReviewLevel | None) -> str:
    return "—" if level is None else label(level)


# --- codes stored as strings --------------------------------------------------------------

#: The material statuses of a case's checklist, in the order the checklist offers them.
MATERIAL_STATUSES = ("received", "missing", "deficient")
#: Why an accountability record was opened (``AccountabilityRecord.cause``).
ACCOUNTABILITY_CAUSES = tuple(c.value for c in Cause)
#: Whether an accountability record is still to be dealt with.
RECORD_STATUSES = ("open", "closed")
#: Where a referral stands (``Referral.status``).
REFERRAL_STATUSES = ("open", "taken", "done")
#: The kinds of archived documents (``clerk_app.services.archive.KINDS``).
DOCUMENT_KINDS = (
    "ticket",
    "receipt",
    "supplement_notice",
    "refusal",
    "extension_notice",
    "suspension_notice",
    "completion_notice",
    "deemed_approval_notice",
    "deemed_acceptance_notice",
    "withdrawal_notice",
    "referral_slip",
)


def material_status_label(status: str) -> str:
    return {
        "received": QCoreApplication.translate("Labels", "已收"),
        "missing": QCoreApplication.translate("Labels", "缺少"),
        "deficient": QCoreApplication.translate("Labels", "需补正"),
    }.get(status, status)


def accountability_cause_label(cause: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Labels", "超期未办结"),
        "deemed_approval": QCoreApplication.translate("Labels", "超时默认"),
        "second_supplement": QCoreApplication.translate("Labels", "二次补正告知"),
        "complaint": QCoreApplication.translate("Labels", "效能投诉属实"),
        "late_referral": QCoreApplication.translate("Labels", "转办超时"),
        "late_step": QCoreApplication.translate("Labels", "联办环节超时"),
        "late_callback": QCoreApplication.translate("Labels", "回访超时"),
        "late_order": QCoreApplication.translate("Labels", "督办逾期未反馈"),
        "late_task": QCoreApplication.translate("Labels", "督查任务逾期未落实"),
        "late_complaint": QCoreApplication.translate("Labels", "投诉逾期未办结"),
        "inspection": QCoreApplication.translate("Labels", "明查暗访发现问题"),
        "manual": QCoreApplication.translate("Labels", "监督员立案"),
    }.get(cause, cause)


def record_status_label(status: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "待处理"),
        "closed": QCoreApplication.translate("Labels", "已处理"),
    }.get(status, status)


def referral_status_label(status: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "待接收"),
        "taken": QCoreApplication.translate("Labels", "办理中"),
        "done": QCoreApplication.translate("Labels", "已办结"),
    }.get(status, status)


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
        "deemed_acceptance_notice": QCoreApplication.translate("Labels", "视为受理通知书"),
        "withdrawal_notice": QCoreApplication.translate("Labels", "视为撤回申请告知书"),
        "referral_slip": QCoreApplication.translate("Labels", "转办引导单"),
    }.get(kind, kind)


def event_label(event_type: str) -> str:
    """What an event did, as a supervisor reads it (sync conflicts); the type itself only
    for a type this program does not know (a newer workstation's)."""
    return {
        "accountability.closed": QCoreApplication.translate("Labels", "问责结案"),
        "accountability.opened": QCoreApplication.translate("Labels", "问责立案"),
        "accountability.point_closed": QCoreApplication.translate("Labels", "问责事项办结"),
        "calendar.entry_set": QCoreApplication.translate("Labels", "设置工作日历"),
        "case.accepted": QCoreApplication.translate("Labels", "受理"),
        "case.completed": QCoreApplication.translate("Labels", "办结"),
        "case.completed_on_spot": QCoreApplication.translate("Labels", "即办办结"),
        "case.deemed_approved": QCoreApplication.translate("Labels", "超时默认"),
        "case.due_changed": QCoreApplication.translate("Labels", "调整办结期限"),
        "case.overdue": QCoreApplication.translate("Labels", "超期"),
        "case.received": QCoreApplication.translate("Labels", "收件"),
        "case.referred": QCoreApplication.translate("Labels", "转办办件"),
        "case.refused": QCoreApplication.translate("Labels", "不予受理"),
        "case.resumed": QCoreApplication.translate("Labels", "恢复计时"),
        "case.supplement_notice": QCoreApplication.translate("Labels", "一次性告知补正"),
        "case.supplement_received": QCoreApplication.translate("Labels", "收取补正材料"),
        "case.suspended": QCoreApplication.translate("Labels", "中止计时（特别程序）"),
        "case.told_on_spot": QCoreApplication.translate("Labels", "当场告知"),
        "case.withdrawn": QCoreApplication.translate("Labels", "逾期未补正视为撤回"),
        "case_step.completed": QCoreApplication.translate("Labels", "完成联办环节"),
        "center.created": QCoreApplication.translate("Labels", "建立服务中心"),
        "center.updated": QCoreApplication.translate("Labels", "修改服务中心信息"),
        "complaint.filed": QCoreApplication.translate("Labels", "登记效能投诉"),
        "complaint.followed_up": QCoreApplication.translate("Labels", "投诉回访"),
        "complaint.limit_set": QCoreApplication.translate("Labels", "设置投诉办结时限"),
        "complaint.replied": QCoreApplication.translate("Labels", "答复效能投诉"),
        "complaint.resolved": QCoreApplication.translate("Labels", "办结效能投诉"),
        "conflict.resolved": QCoreApplication.translate("Labels", "处理同步冲突"),
        "department.created": QCoreApplication.translate("Labels", "新增部门"),
        "department.leaders_set": QCoreApplication.translate("Labels", "设置部门负责人"),
        "department.updated": QCoreApplication.translate("Labels", "修改部门"),
        "document.archived": QCoreApplication.translate("Labels", "文书归档"),
        "extension.decided": QCoreApplication.translate("Labels", "审批延期"),
        "extension.requested": QCoreApplication.translate("Labels", "申请延期"),
        "first_contact.recorded": QCoreApplication.translate("Labels", "首问登记"),
        "follow_up.closed": QCoreApplication.translate("Labels", "办结回访整改"),
        "follow_up.opened": QCoreApplication.translate("Labels", "开启回访整改"),
        "inspection.checklist_set": QCoreApplication.translate("Labels", "设置明查暗访清单"),
        "inspection.finding_added": QCoreApplication.translate("Labels", "补充检查发现"),
        "inspection.recorded": QCoreApplication.translate("Labels", "登记明查暗访"),
        "item.created": QCoreApplication.translate("Labels", "新增事项"),
        "item.updated": QCoreApplication.translate("Labels", "修改事项"),
        "notice.delivered": QCoreApplication.translate("Labels", "登记文书送达"),
        "order.answered": QCoreApplication.translate("Labels", "反馈督办"),
        "order.issued": QCoreApplication.translate("Labels", "下发督办"),
        "period.closed": QCoreApplication.translate("Labels", "封存统计期间"),
        "personal_data.revealed": QCoreApplication.translate("Labels", "查看完整个人信息"),
        "queue.created": QCoreApplication.translate("Labels", "新增队列"),
        "queue.updated": QCoreApplication.translate("Labels", "修改队列"),
        "referral.closed": QCoreApplication.translate("Labels", "办结转办"),
        "referral.created": QCoreApplication.translate("Labels", "转办"),
        "referral.taken": QCoreApplication.translate("Labels", "接收转办"),
        "review.contest_decided": QCoreApplication.translate("Labels", "审核评价申诉"),
        "review.contested": QCoreApplication.translate("Labels", "评价申诉"),
        "review.follow_up_limits_set": QCoreApplication.translate("Labels", "设置回访整改时限"),
        "review.submitted": QCoreApplication.translate("Labels", "服务评价"),
        "score.rating_entered": QCoreApplication.translate("Labels", "录入考核评分"),
        "score.system_set": QCoreApplication.translate("Labels", "设置指标体系"),
        "staff.created": QCoreApplication.translate("Labels", "新增工作人员"),
        "staff.login_failed": QCoreApplication.translate("Labels", "登录失败"),
        "staff.password_changed": QCoreApplication.translate("Labels", "修改密码"),
        "staff.password_reset": QCoreApplication.translate("Labels", "重置密码"),
        "staff.signed_off": QCoreApplication.translate("Labels", "退出登录"),
        "staff.signed_on": QCoreApplication.translate("Labels", "挂牌上岗"),
        "staff.unlocked": QCoreApplication.translate("Labels", "解除账号锁定"),
        "staff.updated": QCoreApplication.translate("Labels", "修改工作人员"),
        "task.completed": QCoreApplication.translate("Labels", "督查任务办结"),
        "task.created": QCoreApplication.translate("Labels", "下达督查任务"),
        "task.progress_reported": QCoreApplication.translate("Labels", "报告督查任务进展"),
        "ticket.called": QCoreApplication.translate("Labels", "叫号"),
        "ticket.finished": QCoreApplication.translate("Labels", "办结号票"),
        "ticket.issued": QCoreApplication.translate("Labels", "取号"),
        "ticket.no_show": QCoreApplication.translate("Labels", "过号"),
        "ticket.recalled": QCoreApplication.translate("Labels", "重呼"),
        "ticket.serving": QCoreApplication.translate("Labels", "开始办理"),
        "ticket.transferred": QCoreApplication.translate("Labels", "转移号票"),
        "window.created": QCoreApplication.translate("Labels", "新增窗口"),
        "window.paused": QCoreApplication.translate("Labels", "窗口暂停"),
        "window.resumed": QCoreApplication.translate("Labels", "窗口恢复"),
        "window.updated": QCoreApplication.translate("Labels", "修改窗口"),
    }.get(event_type, event_type)


#: Every event type a journal may hold (the ones emitted now and the legacy ones).
EVENT_TYPES = tuple(sorted(EVENT_PAYLOADS))

#: What the records named in a sync conflict are (``services.conflicts.ConflictRecord.kind``).
CONFLICT_RECORD_KINDS = (
    "ticket",
    "case",
    "window",
    "referral",
    "staff",
    "queue",
    "department",
    "item",
)


def conflict_record_label(kind: str) -> str:
    return {
        "ticket": QCoreApplication.translate("Labels", "号票"),
        "case": QCoreApplication.translate("Labels", "办件"),
        "window": QCoreApplication.translate("Labels", "窗口"),
        "referral": QCoreApplication.translate("Labels", "转办"),
        "staff": QCoreApplication.translate("Labels", "工作人员"),
        "queue": QCoreApplication.translate("Labels", "队列"),
        "department": QCoreApplication.translate("Labels", "部门"),
        "item": QCoreApplication.translate("Labels", "事项"),
    }.get(kind, kind)


#: Each family of string codes with its label function, for the completeness test.
CODE_FAMILIES: Mapping[tuple[str, ...], Callable[[str], str]] = {
    MATERIAL_STATUSES: material_status_label,
    ACCOUNTABILITY_CAUSES: accountability_cause_label,
    RECORD_STATUSES: record_status_label,
    REFERRAL_STATUSES: referral_status_label,
    DOCUMENT_KINDS: document_kind_label,
    CONFLICT_RECORD_KINDS: conflict_record_label,
    EVENT_TYPES: event_label,
}


# --- targets in column headers --------------------------------------------------------------


def target_text(target: float) -> str:
    """A rate target as the headers show it: 0.9 → "90%", 0.995 → "99.5%"."""
    return format_rate(target).replace(".0%", "%")

"""The wording of every document: Chinese templates with ``{fields}`` (str.format).

Changing what a document says means changing this file only; the layout modules fill
the fields and place the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from clerk_app.domain.accountability import Cause, Outcome
from clerk_app.domain.cases import CaseState
from clerk_app.domain.tickets import TicketKind

# --- shared -------------------------------------------------------------------------
REPRINT_MARK: Final = "补打"
#: How a notice addresses the applicant: 你 (a person), 你单位 (an organisation).
YOU_EITHER: Final = "你（单位）"
YOU_PERSON: Final = "你"
YOU_ORGANISATION: Final = "你单位"
SEAL_PLACE: Final = "（盖章）"
SIGNATURE_LABEL: Final = "申请人（签字）："
SIGNATURE_DATE: Final = "年　　月　　日"
COPIES_NOTE: Final = "本文书一式两份，申请人与{agency}各执一份。"
CONTACT: Final = "联系人：{clerk}　　联系电话：{phone}"

# --- queue ticket ------------------------------------------------------------------
TICKET_CAPTION: Final = "排队号"
TICKET_QUEUE: Final = "办理事项：{queue}"
TICKET_ZONE: Final = "候号区域：{zone}"
TICKET_AHEAD: Final = "前面等候：{n}人"
TICKET_WAIT: Final = "预计等待：{wait}"
TICKET_WAIT_UNKNOWN: Final = "预计等待：请留意叫号"
TICKET_TIME: Final = "取号时间：{time}"
TICKET_KIND_MARK: Final = "【{kind}】"
TICKET_GUIDE: Final = "请留意叫号屏和语音提示，过号请到导服台重新取号。本号当日有效。"

# --- 受理通知书 ------------------------------------------------------------------------
RECEIPT_TITLE: Final = "受理通知书"
RECEIPT_BODY: Final = (
    "你（单位）于{accepted}提交的“{item}”申请，材料齐全、符合法定形式，决定予以受理。"
    "本事项承诺办理时限为{promised}个工作日{statutory}，自受理次日起计算，"
    "将于{due}前办结{provisional}。"
)
RECEIPT_STATUTORY: Final = "（法定时限{days}个工作日）"
RECEIPT_PROVISIONAL: Final = "（当年节假日安排公布后如有调整，将另行告知）"
RECEIPT_LIMIT: Final = "{promised}个工作日"
RECEIPT_MATERIALS: Final = "已收取申请材料"
RECEIPT_MATERIAL_HEAD: Final = ("序号", "材料名称", "形式", "份数")
RECEIPT_MATERIAL_HEAD_TWO: Final = ("序号", "材料名称", "形式份数")
RECEIPT_SCAN: Final = "扫码查询办理进度"
RECEIPT_APPEAL: Final = (
    "对本机关就本申请作出的决定不服的，可以依法向{reconsideration}申请行政复议，"
    "或者向{court}提起行政诉讼。"
)
NO_AGENT: Final = "无"

# --- 补正材料一次性告知书 ------------------------------------------------------------------
SUPPLEMENT_TITLE: Final = "补正材料一次性告知书"
SUPPLEMENT_BODY: Final = (
    "你（单位）于{received}提交的“{item}”申请材料（办件编号：{case}）已收悉。经审查，申请材料不齐全"
    "或者不符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，"
    "现一次性告知需要补正的全部内容如下："
)
SUPPLEMENT_LINE: Final = "{n}. {material}（{problem}）：{fix}"
SUPPLEMENT_DEADLINE: Final = (
    "请于{deadline}前将上述材料补正齐全后提交至{place}。补正材料齐全、符合法定形式的，"
    "本机关将予以受理；逾期未补正的，视为撤回申请，申请材料退回。"
)
SUPPLEMENT_NO_DEADLINE: Final = (
    "请将上述材料补正齐全后提交至{place}。补正材料齐全、符合法定形式的，本机关将予以受理。"
)
SUPPLEMENT_RECEIVED: Final = "申请人已收到本告知书，并知悉需补正的全部内容。"

# --- 不予受理决定书 -----------------------------------------------------------------------
REFUSAL_TITLE: Final = "不予受理决定书"
REFUSAL_BODY: Final = (
    "你（单位）于{received}提交的“{item}”申请（办件编号：{case}），经审查，"
    "因下列原因，本机关决定不予受理："
)
REFUSAL_BASIS: Final = "依据：{basis}。"
REFUSAL_COMPETENT: Final = "该申请事项依法不属于本机关职权范围，请向{agency}申请{contact}。"
REFUSAL_COMPETENT_CONTACT: Final = "（{contact}）"
REFUSAL_RIGHTS: Final = (
    "如不服本决定，可以自收到本决定书之日起六十日内向{reconsideration}申请行政复议，"
    "或者在六个月内依法向{court}提起行政诉讼。"
)

# --- 延期告知书 -----------------------------------------------------------------------
EXTENSION_TITLE: Final = "延期告知书"
EXTENSION_BODY: Final = (
    "你（单位）于{accepted}申请的“{item}”（办件编号：{case}），原定于{old_due}前办结。"
    "因{reason}，不能在承诺时限内作出决定，经{approver}批准，根据{basis}的规定，"
    "办理期限延长{days}个工作日，将于{new_due}前办结。特此告知。"
)
EXTENSION_APPROVER: Final = "批准人：{approver}　　批准日期：{date}"
EXTENSION_COUNTY: Final = "本件为联合审批事项，延期已报经县人民政府{approver}批准（{document}）。"

# --- 特别程序告知书 --------------------------------------------------------------------
SUSPENSION_TITLE: Final = "特别程序告知书"
SUSPENSION_BODY: Final = (
    "你（单位）申请的“{item}”（办件编号：{case}），因{reason}，需要进行{kind}。"
    "根据{basis}的规定，自{start}起进入特别程序，预计需要{days}个工作日{end}。"
    "特别程序所需时间不计算在办理时限内，特别程序结束后继续计算办理时限。特此告知。"
)
SUSPENSION_END: Final = "（预计于{date}结束）"
SUSPENSION_FIELDS: Final = "特别程序种类：{kind}　　预计时长：{days}个工作日"

# --- 办结通知书 -----------------------------------------------------------------------
COMPLETION_TITLE: Final = "办结通知书"
COMPLETION_BODY: Final = (
    "你（单位）于{accepted}申请的“{item}”（办件编号：{case}），已于{completed}办结，"
    "办理结果：{result}。{on_time}"
)
COMPLETION_ON_TIME: Final = "本件在承诺期限（{due}）内办结。"
COMPLETION_LATE: Final = "本件承诺期限为{due}，办结超出承诺期限，特此致歉。"
COMPLETION_DOCUMENT: Final = "结果文书：{document}。"
COMPLETION_REASONS: Final = "理由：{reasons}"
COMPLETION_RIGHTS: Final = (
    "如不服本决定，可以自收到本通知书之日起六十日内向{reconsideration}申请行政复议，"
    "或者在六个月内依法向{court}提起行政诉讼。"
)
COMPLETION_PICKUP: Final = "领取方式：{pickup}"

# --- 超时默认通知书 ---------------------------------------------------------------------
DEEMED_TITLE: Final = "超时默认通知书"
DEEMED_BODY: Final = (
    "你（单位）于{accepted}申请的“{item}”（办件编号：{case}），本机关未在{limit}"
    "内作出决定，该时限已于{due}届满。根据{basis}的规定，你（单位）的申请自{deemed}起"
    "视为{result}。本机关将在{days}个工作日内制发办理结果。"
)
DEEMED_LIMIT: Final = "{name}（{days}个工作日）"
DEEMED_PICKUP: Final = "领取方式：{pickup}"

# --- 视为受理通知书 ---------------------------------------------------------------------
DEEMED_ACCEPTANCE_TITLE: Final = "视为受理通知书"
DEEMED_ACCEPTANCE_BODY: Final = (
    "你（单位）于{received}提交的“{item}”申请（办件编号：{case}），本机关未在收到申请材料"
    "之日起五个工作日内作出受理决定或者一次性告知需要补正的全部内容。根据《中华人民共和国"
    "行政许可法》第三十二条第一款第（四）项的规定，自收到申请材料之日（{received}）起即为受理。"
)
DEEMED_ACCEPTANCE_LIMIT: Final = (
    "本事项承诺办理时限为{promised}个工作日{statutory}，自受理次日起计算，"
    "办结期限为{due}{provisional}。"
)
DEEMED_ACCEPTANCE_MATERIALS: Final = (
    "本机关收到的申请材料如下（共{received}项，事项目录所列材料{expected}项）："
)
DEEMED_ACCEPTANCE_CONTACT: Final = "如有疑问，请致电{phone}。"

# --- 视为撤回申请告知书 -----------------------------------------------------------------
WITHDRAWAL_TITLE: Final = "视为撤回申请告知书"
WITHDRAWAL_BODY: Final = (
    "你（单位）于{received}提交的“{item}”申请（办件编号：{case}），本机关已于{notice}"
    "出具补正材料一次性告知书（{number}），告知你（单位）于{deadline}前补正全部材料，"
    "逾期未补正的，视为撤回申请。截至补正期限届满，你（单位）未补正材料，本申请视为撤回。"
)
WITHDRAWAL_RETURN: Final = "请到{place}领回申请材料。如需办理该事项，可以重新提出申请。"

# --- 办事指南, 事项公示表, 调整/取消事项公告 (三公开) ---------------------------------------------
GUIDE_TITLE: Final = "办事指南"
GUIDE_FIELDS: Final = (
    ("事项名称", "{item}"),
    ("事项编码", "{code}"),
    ("事项类型", "{category}（{kind}）"),
    ("实施机关", "{agency}"),
    ("法定办结时限", "{statutory}个工作日"),
    ("承诺办结时限", "{promised}"),
    ("收费标准", "{fees}"),
    ("收费依据", "{fee_basis}"),
    ("办理结果", "{result}"),
    ("办理地点", "{place}"),
    ("办公时间", "{hours}"),
    ("咨询电话", "{consultation}"),
    ("投诉电话", "{complaint}"),
    ("监督电话", "{supervision}"),
)
GUIDE_PROMISED: Final = "{days}个工作日"
GUIDE_INSTANT: Final = "即办（当场办结）"
GUIDE_CONDITIONS: Final = "一、申请条件"
GUIDE_MATERIALS: Final = "二、申请材料"
GUIDE_MATERIAL_HEAD: Final = ("序号", "材料名称", "形式及份数", "必要性", "备注")
GUIDE_REQUIRED: Final = ("必须", "视情形")
GUIDE_PROCEDURE: Final = "三、办理流程"
GUIDE_BASIS: Final = "四、设定依据"
GUIDE_DEEMED: Final = "本事项实行超时默认办理：超过承诺时限未作出决定的，视为同意。依据：{basis}。"
GUIDE_STATUS: Final = "事项状态：{note}"
GUIDE_PROCEDURE_STEPS: Final = (
    "申请：申请人到窗口或网上提交申请材料。",
    "受理：材料齐全、符合法定形式的当场受理并出具受理通知书；材料不齐全的一次性告知需补正的全部内容。",
    "审查与决定：{agency}在承诺时限内审查并作出决定。",
    "办结：窗口通知申请人领取办理结果，也可选择邮寄送达。",
)
GUIDE_ISSUED: Final = "{center}　{date}公布"
CATALOGUE_TITLE: Final = "政务服务事项公示表"
CATALOGUE_HEAD: Final = ("序号", "事项编码", "事项名称", "类型", "承诺时限", "法定时限", "收费")
CATALOGUE_DAYS: Final = "{days}个工作日"
ADJUSTMENT_TITLE: Final = "调整、取消政务服务事项公告"
ADJUSTMENT_BODY: Final = "{start}至{end}期间，本中心进驻事项作如下调整、取消，特此公告。"
ADJUSTMENT_NONE: Final = "{start}至{end}期间，本中心进驻事项无调整、取消。特此公告。"
ADJUSTMENT_HEAD: Final = ("序号", "实施部门", "事项名称", "变更", "起始日期", "说明")

# --- 转办引导单 -------------------------------------------------------------------------
REFERRAL_TITLE: Final = "转办引导单"
REFERRAL_BODY: Final = (
    "你咨询办理的“{matter}”由{agency}负责办理，本中心已为你登记转办，请按以下指引前往办理。"
)
REFERRAL_FIELDS: Final = (
    ("办理部门", "{agency}"),
    ("办理地点", "{place}"),
    ("办理窗口", "{window}"),
    ("咨询电话", "{phone}"),
    ("办公时间", "{hours}"),
    ("转办编号", "{case}"),
)
REFERRAL_BRING: Final = "请携带：{materials}"
REFERRAL_FIRST: Final = (
    "首问负责人：{name}（工号{number}），联系电话{phone}。办理中遇到问题，"
    "请凭转办编号与首问负责人联系，我们将跟踪至办结。"
)


# --- codes in printed words ----------------------------------------------------------
# The one place the printed documents name a code. The screens name the same codes through
# ``clerk_app.ui.common.labels`` (translated); a test keeps the Chinese of both the same.

#: Why a ticket is called early, printed at its top; a normal ticket carries no mark.
TICKET_KIND_MARKS: Final[Mapping[TicketKind, str]] = {
    TicketKind.NORMAL: "",
    TicketKind.PRIORITY: "老弱病残孕优先",
    TicketKind.APPOINTMENT: "预约",
    TicketKind.GREEN_CHANNEL: "绿色通道（重点项目）",
}
#: A case's state in a report: the wording of the domain (its error messages use it too).
CASE_STATE_NAMES: Final[Mapping[str, str]] = {s.value: s.label for s in CaseState}
#: Why an accountability record was opened.
ACCOUNTABILITY_CAUSES: Final[Mapping[str, str]] = {c.value: c.label for c in Cause}
#: What fixing the responsibility decided (四不放过: 责任落实).
ACCOUNTABILITY_OUTCOMES: Final[Mapping[str, str]] = {o.value: o.label for o in Outcome}
#: Whether an accountability record is still to be dealt with.
RECORD_STATUSES: Final[Mapping[str, str]] = {"open": "待处理", "closed": "已处理"}
#: The parts of the staff named in an accountability record, in the order printed.
STAFF_PARTS: Final = ("主要负责人", "分管负责人", "直接责任人")
STAFF_PART: Final = "{part}：{name}"
STAFF_SEPARATOR: Final = "；"

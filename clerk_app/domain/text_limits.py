"""What a person may type into each text field, and the counts that make sense.

One declarative table (:data:`TEXT_FIELDS`) gives every free-text field the services take
its label, maximum length and kind of characters; :func:`check_text` is the one check.
The services call it before anything is written, the widgets read the same table for
their ``setMaxLength`` and validators, and a test holds each limit against the database
column the value ends up in (``columns``): nothing a counter accepts can be refused by
the central PostgreSQL later (over-long, NUL byte, a lone surrogate it cannot encode).

Lengths are counted in characters, as PostgreSQL's ``varchar(n)`` counts them, after
trimming. Counts (copies of a material, working days) have :data:`COUNT_FIELDS` and
:func:`check_count`. Each refusal is an :class:`InvalidInput` whose ``field`` is the key.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.validation import normalize_phone

__all__ = [
    "COUNT_FIELDS",
    "ID_TYPED_MAX",
    "LOOKUP_MAX",
    "NAME_MARKS",
    "TEXT_FIELDS",
    "CountField",
    "TextField",
    "TextKind",
    "char_problem",
    "check_count",
    "check_phone",
    "check_text",
]


class TextKind(Enum):
    NAME = "name"  # a person's name: letters, the middle dot, spaces, hyphen, apostrophe
    LINE = "line"  # one line of any printable text
    BLOCK = "block"  # several lines (a reason, an opinion): line breaks and tabs allowed


@dataclass(frozen=True)
class TextField:
    key: str
    label: str  # how the clerk knows the field, in the messages
    max_length: int
    kind: TextKind = TextKind.LINE
    columns: tuple[str, ...] = ()  # "table.column" the value is stored in


@dataclass(frozen=True)
class CountField:
    key: str
    label: str
    minimum: int
    maximum: int


# An ID number or a USCC as typed: 18 characters and a few grouping spaces or dashes.
ID_TYPED_MAX = 24
# A case or ticket number typed to look it up (case_file.case_no is 40 long).
LOOKUP_MAX = 40
# Middle dots typed in names of ethnic minorities and foreigners (阿卜杜·热西提): the
# Chinese · and what IMEs produce instead of it.
NAME_MARKS = frozenset("·•‧・．.-'’ \u3000")
# Format characters that reorder or hide text (bidi embeddings, overrides and isolates).
_BIDI = frozenset(chr(cp) for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_BLOCK_CONTROLS = frozenset("\n\t")

N, L, B = TextKind.NAME, TextKind.LINE, TextKind.BLOCK
_NOTE = 1000  # a reason, an opinion, a note: a few paragraphs
_LONG = 2000  # what a visitor said or the catalogue's conditions

TEXT_FIELDS: dict[str, TextField] = {
    f.key: f
    for f in (
        # the applicant (收件)
        TextField("applicant_name", "申请人姓名", 50, N, ("case_file.applicant_name",)),
        TextField("enterprise_name", "企业名称", 200, L, ("case_file.applicant_name",)),
        TextField("applicant_phone", "联系电话", 40, L, ("case_file.applicant_phone",)),
        TextField("agent_name", "经办人姓名", 50, N, ("case_file.agent_name",)),
        TextField("material_note", "材料说明", 300, L, ("case_material.note",)),
        # decisions on a case
        TextField("refusal_reason", "不予受理理由", _NOTE, B, ("case_file.refusal_reason",)),
        TextField("refusal_agency", "有权机关", 100, L, ("case_file.refusal_agency",)),
        TextField("decision_note", "办结意见", _NOTE, B, ("case_file.decision_note",)),
        TextField("told_note", "告知内容", _NOTE, B, ("case_file.decision_note",)),
        TextField("suspension_reason", "特别程序原因", 32, L, ("suspension.reason",)),
        TextField("suspension_detail", "特别程序内容", _NOTE, B, ("suspension.detail",)),
        TextField("extension_reason", "延期理由", _NOTE, B, ("extension_request.reason",)),
        TextField("extension_note", "审批意见", _NOTE, B, ("extension_request.decision_note",)),
        TextField("step_outcome", "联办办理意见", _NOTE, B, ("case_step.outcome",)),
        TextField("delivery_note", "送达情况", 300, L, ("notice_delivery.note",)),
        TextField(
            "county_approver", "县政府批准人", 100, L, ("extension_request.county_approver",)
        ),
        TextField("county_document", "批准文号", 100, L, ("extension_request.county_document",)),
        # front desk: first contact, referral, ticket
        TextField(
            "visitor_name",
            "来访人姓名",  # a person or an organisation, as the visitor gives it
            50,
            L,
            ("first_contact.visitor_name", "referral.visitor_name"),
        ),
        TextField(
            "visitor_phone",
            "来访人电话",
            40,
            L,
            ("first_contact.visitor_phone", "referral.visitor_phone"),
        ),
        TextField("question", "咨询事项", _LONG, B, ("first_contact.question",)),
        TextField("answer", "答复内容", _LONG, B, ("first_contact.answer",)),
        TextField("referral_matter", "转办事由", _NOTE, B, ("referral.matter",)),
        TextField("referral_outcome", "转办办理结果", _NOTE, B, ("referral.outcome",)),
        TextField("ticket_reason", "绿色通道原因", 200, L, ("ticket.kind_reason",)),
        TextField("pause_reason", "暂停原因", 200, L, ("service_window.pause_reason",)),
        TextField("reveal_reason", "查看完整号码的原因", 200, L, ("event.payload",)),
        # supervision
        TextField("complainant", "投诉人姓名", 50, L, ("complaint.complainant",)),
        TextField("complainant_phone", "投诉人电话", 40, L, ("complaint.phone",)),
        TextField("complaint_content", "投诉内容", _LONG, B, ("complaint.content",)),
        TextField(
            "complaint_note",
            "调查核实情况和处理意见",
            _NOTE,
            B,
            ("complaint.outcome", "accountability_record.note"),
        ),
        TextField("accountability_note", "情况说明", _NOTE, B, ("accountability_point.note",)),
        TextField(
            "accountability_attachment",
            "附件",
            300,
            L,
            ("accountability_point.attachment",),
        ),
        TextField("accountability_facts", "问题事实", _NOTE, B, ("accountability_record.note",)),
        TextField("order_content", "督办事项", _NOTE, B, ("supervision_order.content",)),
        TextField("order_answer", "办理情况反馈", _NOTE, B, ("supervision_order.answer",)),
        TextField("period_reason", "修订理由", _NOTE, B, ("closed_period.reason",)),
        TextField("score_note", "评议说明", 500, B, ("setting.value",)),
        TextField("reply_note", "答复情况", _NOTE, B, ("complaint.reply_note",)),
        TextField("complaint_follow_up", "跟进情况", _NOTE, B, ("complaint_follow_up.note",)),
        TextField("inspectors", "检查人员", 200, L, ("inspection.inspectors",)),
        TextField("task_title", "督查事项", 100, L, ("supervision_task.title",)),
        TextField("task_method", "落实方式", _NOTE, B, ("supervision_task.method",)),
        TextField("task_report", "进展情况", _NOTE, B, ("supervision_task_report.note",)),
        TextField("task_result", "落实成效", _NOTE, B, ("supervision_task.result",)),
        TextField("finding_note", "发现的问题", _NOTE, B, ("inspection_finding.note",)),
        TextField(
            "finding_evidence", "证据（照片、记录）", _NOTE, B, ("inspection_finding.evidence",)
        ),
        TextField("follow_up_note", "回访或整改情况", _NOTE, B, ("follow_up.outcome_note",)),
        TextField("review_comment", "评价意见", 500, B, ("review.comment",)),
        TextField("contest_detail", "申诉理由", _NOTE, B, ("review.contest_reason",)),
        TextField("contest_note", "审核意见", _NOTE, B, ("follow_up.outcome_note",)),
        TextField("conflict_note", "处理意见", 500, B, ("sync_conflict.resolution",)),
        TextField("calendar_doc_no", "依据文件文号", 100, L, ("calendar_entry.doc_no",)),
        TextField("calendar_note", "日历说明", 200, L, ("calendar_entry.note",)),
        # administration: staff and catalogue
        TextField("staff_no", "工号", 32, L, ("staff.staff_no",)),
        TextField("staff_name", "姓名", 50, N, ("staff.name",)),
        TextField("staff_title", "职务", 50, L, ("staff.title",)),
        TextField("center_code", "中心编码", 32, L, ("center.code",)),
        TextField("center_name", "中心名称", 100, L, ("center.name",)),
        TextField("center_address", "中心地址", 200, L, ("center.address",)),
        TextField(
            "center_phone", "中心电话", 40, L, ("center.query_phone", "center.complaint_phone")
        ),
        TextField("reconsideration_body", "复议机关", 100, L, ("center.reconsideration_body",)),
        TextField("litigation_court", "诉讼法院", 100, L, ("center.litigation_court",)),
        TextField("department_code", "部门编码", 32, L, ("department.code",)),
        TextField("department_name", "部门名称", 100, L, ("department.name",)),
        TextField("department_short_name", "部门简称", 40, L, ("department.short_name",)),
        TextField("queue_code", "队列编码", 32, L, ("queue.code",)),
        TextField("queue_name", "队列名称", 100, L, ("queue.name",)),
        TextField("window_code", "窗口编码", 16, L, ("service_window.code",)),
        TextField("window_name", "窗口名称", 100, L, ("service_window.name",)),
        TextField("item_code", "事项编码", 64, L, ("service_item.code",)),
        # the pinyin initials of the name (one per character) share its limit
        TextField(
            "item_name", "事项名称", 100, L, ("service_item.name", "service_item.pinyin_initials")
        ),
        TextField("item_conditions", "办理条件", _LONG, B, ("service_item.conditions",)),
        TextField("item_fees", "收费标准", 200, L, ("service_item.fees",)),
        TextField("item_legal_basis", "设定依据", _LONG, B, ("service_item.legal_basis",)),
        TextField("material_name", "材料名称", 200, L, ("item_material.name",)),
        TextField("catalogue_material_note", "材料要求", 300, L, ("item_material.note",)),
        TextField("material_sample", "示范文本", 300, L, ("item_material.sample",)),
        TextField("center_hours", "办公时间", 200, L, ("center.opening_hours",)),
        TextField("center_query_url", "进度查询网址", 300, L, ("center.progress_query_url",)),
        TextField("center_seal", "印章文字", 100, L, ("center.seal_text",)),
        TextField("hall_notice", "大厅公告", _NOTE, B, ("center.hall_notice",)),
        TextField("supervision_phone", "监督电话", 40, L, ("center.supervision_phone",)),
        TextField(
            "department_reconsideration",
            "行政复议机关",
            100,
            L,
            ("department.reconsideration_body",),
        ),
        TextField("department_court", "管辖法院", 100, L, ("department.litigation_court",)),
        TextField("department_phone", "部门电话", 40, L, ("department.phone",)),
        TextField("window_zone", "候办区域", 100, L, ("service_window.zone",)),
        TextField("item_status_note", "调整说明", _NOTE, B, ("service_item.status_note",)),
        TextField(
            "item_deemed_basis", "超时默认依据", _NOTE, B, ("service_item.deemed_approval_basis",)
        ),
        TextField("item_fee_basis", "收费依据", _NOTE, B, ("service_item.fee_basis",)),
        TextField("item_result_document", "办理结果", 100, L, ("service_item.result_document",)),
        TextField("refusal_reason_text", "不予受理理由", 200, L, ("item_refusal_reason.text",)),
    )
}

COUNT_FIELDS: dict[str, CountField] = {
    f.key: f
    for f in (
        CountField("originals", "原件份数", 0, 99),
        CountField("copies", "复印件份数", 0, 99),
        CountField("suspension_workdays", "预计所需工作日", 1, 120),
        CountField("referral_workdays", "转办时限（工作日）", 1, 60),
        CountField("order_workdays", "督办期限（工作日）", 1, 60),
        CountField("task_workdays", "督查期限（工作日）", 1, 250),
        CountField("statutory_limit", "法定时限（工作日）", 0, 365),
        CountField("promised_limit", "承诺时限（工作日）", 0, 365),
        CountField("max_extension", "可延期工作日", 0, 60),
        CountField("step_limit", "联办环节时限（工作日）", 1, 365),
        CountField("minutes_per_visitor", "每人平均办理分钟数", 1, 240),
        CountField("supplement_days", "补正期限（工作日）", 1, 60),
    )
}


def char_problem(kind: TextKind, ch: str) -> str | None:
    """Why ``ch`` may not appear in a field of ``kind`` (a phrase), or None."""
    category = unicodedata.category(ch)
    if category == "Cs":
        return "无法识别的字符（残缺的代理字符）"
    if category == "Cc" and not (kind is TextKind.BLOCK and ch in _BLOCK_CONTROLS):
        return "不可见的控制字符"
    if category in ("Zl", "Zp") or ch in _BIDI:
        return "不可见的排版控制字符"
    if kind is TextKind.NAME and not (category[0] in "LM" or ch in NAME_MARKS):
        return f"字符“{ch}”（姓名只能包含文字、间隔号“·”、空格和连字符）"
    return None


def check_text(key: str, value: str) -> str:
    """``value`` trimmed if field ``key`` may hold it; else :class:`InvalidInput` naming it.

    Whether the field may be empty is the use case's rule, not this one's.
    """
    spec = TEXT_FIELDS[key]
    if not isinstance(value, str):
        raise InvalidInput(f"{spec.label}应为文字", field=key)
    text = value.strip()
    if spec.kind is TextKind.BLOCK:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in text:
        problem = char_problem(spec.kind, ch)
        if problem is not None:
            raise InvalidInput(f"{spec.label}含有{problem}，请删除后重新输入", field=key)
    if len(text) > spec.max_length:
        raise InvalidInput(
            f"{spec.label}不能超过 {spec.max_length} 字（现在 {len(text)} 字）", field=key
        )
    return text


def check_phone(key: str, value: str) -> str:
    """An optional telephone field: "" if left empty, else the normalised number."""
    text = check_text(key, value)
    if not text:
        return ""
    try:
        return normalize_phone(text)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, field=key) from None


def check_count(key: str, value: int) -> int:
    """``value`` if it is a sensible count for ``key``; else :class:`InvalidInput`."""
    spec = COUNT_FIELDS[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{spec.label}应为整数", field=key)
    if not spec.minimum <= value <= spec.maximum:
        raise InvalidInput(
            f"{spec.label}应在 {spec.minimum} 至 {spec.maximum} 之间（现在是 {value}）",
            field=key,
        )
    return value

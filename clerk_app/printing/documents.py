"""Plain data for every printed document: frozen dataclasses, no widgets, no session.

Identity numbers are held in full (``Party.id_number``); the renderer masks them.
Every class is keyword-only, so callers name what they fill in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from clerk_app.domain.tickets import TicketKind


class IdKind(Enum):
    ID_CARD = "居民身份证"
    USCC = "统一社会信用代码"
    OTHER = "其他证件"


class MaterialForm(Enum):
    ORIGINAL = "原件"
    COPY = "复印件"
    ORIGINAL_AND_COPY = "原件及复印件"
    ELECTRONIC = "电子件"


class Problem(Enum):
    MISSING = "缺少"
    DEFICIENT = "需补正"


@dataclass(frozen=True, slots=True, kw_only=True)
class Party:
    """An applicant or an agent: a person (ID card) or an organisation (USCC)."""

    name: str
    id_number: str = ""  # full number; printed masked
    id_kind: IdKind = IdKind.ID_CARD
    phone: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class MaterialLine:
    name: str
    form: MaterialForm = MaterialForm.ORIGINAL
    count: int = 1  # 份数
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SupplementLine:
    material: str
    problem: Problem
    what_to_fix: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TicketDoc:
    """Queue ticket on the 80 mm thermal roll."""

    center_name: str
    ticket_number: str  # "A023"
    queue_name: str  # the queue (printed when no item is named)
    people_ahead: int
    issued_at: datetime
    estimated_wait_minutes: int | None = None
    kind: TicketKind = TicketKind.NORMAL  # a priority ticket is marked at its top
    guide_line: str = ""  # empty: the standard guide text
    item_name: str = ""  # the item asked for, printed instead of the queue
    wait_zone: str = ""  # where to wait: the zone / floor of the windows serving the queue


@dataclass(frozen=True, slots=True, kw_only=True)
class NoticeHeader:
    """Fields every A4 notice carries."""

    center_name: str  # 青山县政务服务中心
    agency_name: str  # the department that issues it: 青山县市场监督管理局
    document_number: str  # 文号: 青山县政务服务中心〔2026〕受字第0012号 ("" to omit)
    case_number: str  # 办件编号
    issue_date: date  # 成文日期, printed under the seal
    item_name: str  # 事项名称
    applicant: Party


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiptDoc(NoticeHeader):
    """受理通知书 (receipt of acceptance)."""

    item_code: str
    agent: Party | None
    materials: tuple[MaterialLine, ...]
    accepted_at: datetime
    promised_days: int  # 承诺时限, working days
    due_date: date  # computed from the calendar
    window_name: str  # "5号窗口"
    clerk_name: str
    query_phone: str
    complaint_phone: str
    statutory_days: int | None = None  # 法定时限
    due_date_provisional: bool = False  # the holiday arrangement is not published yet
    clerk_number: str = ""  # 工号
    #: Where a decision on this case may be challenged: the department's agency and court.
    reconsideration_body: str = ""
    court: str = ""
    qr_payload: str = ""  # the progress-query address with the case number; "": the number


@dataclass(frozen=True, slots=True, kw_only=True)
class SupplementNoticeDoc(NoticeHeader):
    """补正材料一次性告知书: every missing or deficient material at once."""

    received_at: datetime
    lines: tuple[SupplementLine, ...]
    deadline: date | None  # 补正期限; None: no deadline stated
    submit_place: str  # where to bring the materials: "县政务服务中心二楼5号窗口"
    clerk_name: str
    contact_phone: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RefusalDoc(NoticeHeader):
    """不予受理决定书."""

    received_at: datetime
    reasons: tuple[str, ...]
    reconsideration_body: str  # 青山县人民政府
    court: str  # 青山县人民法院
    legal_basis: str = ""  # 《…》第…条
    competent_agency: str = ""  # the agency the matter belongs to, if that is the reason
    competent_agency_contact: str = ""  # its address / phone, if known


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtensionNoticeDoc(NoticeHeader):
    """延期告知书."""

    accepted_date: date
    original_due_date: date
    extension_days: int  # working days
    new_due_date: date
    reason: str
    approver_name: str
    approver_title: str = ""
    approved_on: date | None = None
    legal_basis: str = "《中华人民共和国行政许可法》第四十二条"
    county_approver: str = ""  # a joint case: the county government leader who approved
    county_document: str = ""  # and the document number of that approval


@dataclass(frozen=True, slots=True, kw_only=True)
class SuspensionNoticeDoc(NoticeHeader):
    """特别程序告知书 (clock suspension for 听证、检验、检测、鉴定、专家评审…)."""

    procedure_type: str  # 专家评审
    reason: str
    start_date: date
    expected_days: int  # expected duration, working days
    expected_end_date: date | None = None
    legal_basis: str = "《中华人民共和国行政许可法》第四十五条"


@dataclass(frozen=True, slots=True, kw_only=True)
class CompletionNoticeDoc(NoticeHeader):
    """办结通知书."""

    accepted_date: date
    due_date: date
    completed_date: date
    result: str  # 准予许可 / 准予登记 / 予以备案 / 不予许可 …
    result_document: str = ""  # 营业执照（正本1份、副本1份）
    pickup: str = ""  # how and where to collect the result
    denial_reasons: str = ""  # a denial: why, printed as a paragraph of its own
    reconsideration_body: str = ""  # a denial: where to ask for reconsideration
    court: str = ""  # a denial: the competent court


@dataclass(frozen=True, slots=True, kw_only=True)
class DeemedApprovalNoticeDoc(NoticeHeader):
    """超时默认通知书 (county rule: undecided after the due date counts as approved)."""

    accepted_date: date
    due_date: date
    deemed_date: date  # the day after the due date, whenever the sweep noticed
    policy_basis: str  # the county document, with its number
    result_issue_days: int  # working days to issue the result
    pickup: str = ""
    limit_name: str = "承诺办理时限"  # the limit that ran out: 承诺办理时限 / 法定办理时限
    limit_days: int = 0  # its working days (0: not stated)
    result_wording: str = "准予许可"  # what the application counts as (准予登记, 予以备案…)


@dataclass(frozen=True, slots=True, kw_only=True)
class DeemedAcceptanceNoticeDoc(NoticeHeader):
    """视为受理通知书 (行政许可法 Art. 32(4)): no decision or notice within five working
    days, so the application counts as accepted from the day the materials came in."""

    received_at: datetime
    materials: tuple[MaterialLine, ...]  # what was actually received
    materials_expected: int  # how many the item's catalogue lists
    promised_days: int
    due_date: date  # counted from the day of receipt
    statutory_days: int | None = None
    due_date_provisional: bool = False
    contact_phone: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class WithdrawalNoticeDoc(NoticeHeader):
    """视为撤回申请告知书: the supplement deadline passed without the materials."""

    received_at: datetime
    notice_date: date  # the one-time notice
    notice_number: str  # its 文号
    deadline: date
    return_place: str  # where the materials can be collected


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferralSlipDoc(NoticeHeader):
    """转办引导单: where to go next, and who to call back (首问负责人)."""

    matter: str  # what the visitor needs
    target_agency: str
    target_place: str  # address / floor / hall
    target_window: str
    first_responder_name: str
    first_responder_number: str  # 工号
    first_responder_phone: str
    target_phone: str = ""
    target_hours: str = ""
    materials_to_bring: tuple[str, ...] = ()


Document = (
    TicketDoc
    | ReceiptDoc
    | SupplementNoticeDoc
    | RefusalDoc
    | ExtensionNoticeDoc
    | SuspensionNoticeDoc
    | CompletionNoticeDoc
    | DeemedApprovalNoticeDoc
    | DeemedAcceptanceNoticeDoc
    | WithdrawalNoticeDoc
    | ReferralSlipDoc
)


# --- the published guide (三公开) ---------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class GuideMaterial:
    name: str
    form: str  # 原件1份、复印件1份
    required: bool = True
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemGuideDoc:
    """办事指南 of one item, as published (A4, may run over several pages)."""

    center_name: str
    agency_name: str
    item_name: str
    item_code: str
    kind: str  # 承诺件 …
    category: str  # 行政许可 …
    issue_date: date
    conditions: str
    materials: tuple[GuideMaterial, ...]
    procedure: tuple[str, ...]
    statutory_days: int
    promised_days: int
    fees: str
    fee_basis: str = ""
    legal_basis: str = ""
    result_document: str = ""
    windows: str = ""  # where: window names and zone
    address: str = ""
    opening_hours: str = ""
    consultation_phone: str = ""
    complaint_phone: str = ""
    supervision_phone: str = ""
    deemed_approval: str = ""  # the 超时默认 basis, when the item has it
    status_note: str = ""  # adjusted / cancelled, from a date


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogueRow:
    department: str
    code: str
    name: str
    kind: str
    promised_days: int
    statutory_days: int
    fees: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogueTableDoc:
    """事项公示表: the whole catalogue by department (items, limits, fees)."""

    center_name: str
    issue_date: date
    rows: tuple[CatalogueRow, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AdjustmentRow:
    department: str
    code: str
    name: str
    change: str  # 调整 / 取消
    since: date
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class AdjustmentNoticeDoc:
    """调整/取消事项公告 for a period."""

    center_name: str
    issue_date: date
    start: date
    end: date
    rows: tuple[AdjustmentRow, ...]

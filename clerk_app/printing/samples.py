"""Example documents with realistic content (a county market-regulation licence case).

Used by the tests, the benchmark, and as a fallback for ``print samples`` when there is
no demo data. The identity numbers are made up (valid check digits, fictitious people).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from clerk_app.domain.calendar import WorkCalendar

if TYPE_CHECKING:
    from clerk_app.printing import Printable
from clerk_app.printing.documents import (
    CompletionNoticeDoc,
    DeemedAcceptanceNoticeDoc,
    DeemedApprovalNoticeDoc,
    ExtensionNoticeDoc,
    IdKind,
    MaterialForm,
    MaterialLine,
    Party,
    Problem,
    ReceiptDoc,
    ReferralSlipDoc,
    RefusalDoc,
    SupplementLine,
    SupplementNoticeDoc,
    SuspensionNoticeDoc,
    TicketDoc,
    WithdrawalNoticeDoc,
)

CENTER = "青山县政务服务中心"
AGENCY = "青山县市场监督管理局"
ITEM = "个体工商户设立登记"
ITEM_CODE = "11361123MB1234567X4000117001"
CASE = "SL361123202600012"
APPLICANT_ID = "361123198506123016"
AGENT_ID = "361123199203084026"
COMPANY_USCC = "91361123MA38B6QK29"

APPLICANT = Party(name="张建华", id_number=APPLICANT_ID, phone="13907931234")
AGENT = Party(name="李敏", id_number=AGENT_ID)
COMPANY = Party(name="青山县绿源农产品有限公司", id_number=COMPANY_USCC, id_kind=IdKind.USCC)


_CALENDAR = WorkCalendar()


def _workdays_after(start: date, n: int) -> date:
    return _CALENDAR.add_workdays(start, n)


def example_documents(today: date) -> dict[str, Printable]:
    """One filled-in document of each kind, keyed by its sample file name."""
    at = datetime.combine(today, time(9, 42))
    due = _workdays_after(today, 5)
    head: dict[str, Any] = {
        "center_name": CENTER,
        "agency_name": AGENCY,
        "case_number": CASE,
        "issue_date": today,
        "item_name": ITEM,
        "applicant": APPLICANT,
    }
    y = today.year
    return {
        "ticket": TicketDoc(
            center_name=CENTER,
            ticket_number="A023",
            queue_name="市场监管综合窗口",
            item_name="个体工商户设立登记",
            wait_zone="二楼B区（市场监管候号区）",
            people_ahead=7,
            estimated_wait_minutes=25,
            issued_at=at,
        ),
        "receipt": ReceiptDoc(
            **head,
            document_number=f"青市监受字〔{y}〕第0012号",
            item_code=ITEM_CODE,
            agent=AGENT,
            materials=(
                MaterialLine(name="个体工商户登记（备案）申请书", form=MaterialForm.ORIGINAL),
                MaterialLine(name="经营者身份证明", form=MaterialForm.ORIGINAL_AND_COPY),
                MaterialLine(name="经营场所使用证明（房屋租赁合同）", form=MaterialForm.COPY),
                MaterialLine(name="委托代理人身份证明及授权委托书", form=MaterialForm.ORIGINAL),
                MaterialLine(
                    name="食品经营许可申请材料", form=MaterialForm.COPY, count=2, note="同步申报"
                ),
            ),
            accepted_at=at,
            promised_days=5,
            statutory_days=15,
            due_date=due,
            due_date_provisional=_CALENDAR.any_provisional(today, due),
            window_name="5号窗口（市场监管）",
            clerk_name="王丽",
            clerk_number="0517",
            query_phone="0793-5821234",
            complaint_phone="0793-12345",
        ),
        "supplement_notice": SupplementNoticeDoc(
            **head,
            document_number=f"青市监补字〔{y}〕第0031号",
            received_at=at,
            lines=(
                SupplementLine(
                    material="经营场所使用证明",
                    problem=Problem.MISSING,
                    what_to_fix="提交房屋产权证明复印件或经双方签字的租赁合同",
                ),
                SupplementLine(
                    material="个体工商户登记（备案）申请书",
                    problem=Problem.DEFICIENT,
                    what_to_fix="经营范围填写不规范，请按《经营范围登记规范表述目录》重新填写并由经营者本人签字",
                ),
                SupplementLine(
                    material="授权委托书",
                    problem=Problem.DEFICIENT,
                    what_to_fix="缺少委托期限和委托人签字，请补全后重新提交原件",
                ),
            ),
            deadline=_workdays_after(today, 10),
            submit_place="县政务服务中心二楼5号窗口",
            clerk_name="王丽",
            contact_phone="0793-5821234",
        ),
        "refusal": RefusalDoc(
            **(head | {"applicant": COMPANY, "item_name": "药品零售企业许可"}),
            document_number=f"青市监不受字〔{y}〕第0004号",
            received_at=at,
            reasons=(
                "申请事项依法不需要取得行政许可，属于药品网络销售备案事项，不属于本机关受理范围。",
                f"申请材料中统一社会信用代码{COMPANY_USCC}对应的企业经营范围不含药品零售。",
            ),
            legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
            competent_agency="上饶市市场监督管理局（药品监管科）",
            competent_agency_contact="上饶市信州区紫阳大道88号，电话0793-8201234",
            reconsideration_body="青山县人民政府",
            court="青山县人民法院",
        ),
        "extension_notice": ExtensionNoticeDoc(
            **head,
            document_number=f"青市监延字〔{y}〕第0002号",
            accepted_date=today - timedelta(days=14),
            original_due_date=today,
            extension_days=10,
            new_due_date=_workdays_after(today, 10),
            reason="申请人经营场所涉及消防安全条件核查，需会同县消防救援大队现场核实",
            approver_name="陈国强",
            approver_title="副局长",
            approved_on=today - timedelta(days=1),
        ),
        "suspension_notice": SuspensionNoticeDoc(
            **head,
            document_number=f"青市监特字〔{y}〕第0001号",
            procedure_type="专家评审",
            reason="申请人提交的食品生产工艺流程涉及新工艺",
            start_date=today,
            expected_days=15,
            expected_end_date=_workdays_after(today, 15),
        ),
        "completion_notice": CompletionNoticeDoc(
            **head,
            document_number=f"青市监结字〔{y}〕第0045号",
            accepted_date=today - timedelta(days=5),
            due_date=_workdays_after(today - timedelta(days=5), 5),
            completed_date=today,
            result="准予登记",
            result_document="营业执照（正本1份、副本1份）",
            pickup="请携带本通知书及本人身份证件到县政务服务中心一楼综合出件窗口领取，也可选择免费邮寄送达。",
        ),
        "deemed_approval_notice": DeemedApprovalNoticeDoc(
            **head,
            document_number=f"青市监默字〔{y}〕第0001号",
            accepted_date=today - timedelta(days=10),
            due_date=today - timedelta(days=3),
            deemed_date=today - timedelta(days=2),
            policy_basis="《青山县行政审批超时默认办理暂行办法》（青府办发〔2025〕18号）第六条",
            result_issue_days=2,
            pickup="请于结果制发后到县政务服务中心一楼综合出件窗口领取。",
            limit_name="承诺办理时限",
            limit_days=5,
            result_wording="准予登记",
        ),
        "deemed_acceptance_notice": DeemedAcceptanceNoticeDoc(
            **head,
            document_number=f"青市监受字〔{y}〕第0013号",
            received_at=at - timedelta(days=9),
            materials=(MaterialLine(name="个体工商户登记（备案）申请书"),),
            materials_expected=6,
            promised_days=5,
            statutory_days=15,
            due_date=_workdays_after((at - timedelta(days=9)).date(), 5),
            contact_phone="0793-5821234",
        ),
        "withdrawal_notice": WithdrawalNoticeDoc(
            **head,
            document_number=f"青市监撤字〔{y}〕第0002号",
            received_at=at - timedelta(days=40),
            notice_date=(at - timedelta(days=40)).date(),
            notice_number=f"青市监补字〔{y}〕第0021号",
            deadline=today - timedelta(days=3),
            return_place="县政务服务中心二楼5号窗口",
        ),
        "referral_slip": ReferralSlipDoc(
            **(head | {"item_name": "不动产转移登记"}),
            document_number=f"青政服转字〔{y}〕第0107号",
            matter="二手房买卖过户登记",
            target_agency="青山县不动产登记中心",
            target_place="县政务服务中心三楼不动产登记专区",
            target_window="12号至15号窗口（综合受理）",
            target_phone="0793-5826789",
            target_hours="工作日 8:30—12:00，14:30—17:30",
            first_responder_name="刘晓燕",
            first_responder_number="0203",
            first_responder_phone="0793-5821001",
            materials_to_bring=(
                "买卖双方身份证原件",
                "不动产权证书原件",
                "房屋买卖合同",
                "完税凭证",
            ),
        ),
    }

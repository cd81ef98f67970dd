"""The notices while a case runs and at its end: 延期告知书, 特别程序告知书, 办结通知书,
超时默认通知书."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.cases import CaseState, Decision, SuspensionReason
from clerk_app.domain.clock import local_date
from clerk_app.domain.errors import IllegalTransition
from clerk_app.printing.documents import (
    CompletionNoticeDoc,
    DeemedApprovalNoticeDoc,
    ExtensionNoticeDoc,
    SuspensionNoticeDoc,
)
from clerk_app.services.case_views import get_case, get_item
from clerk_app.services.context import ServiceContext
from clerk_app.services.documents.parts import (
    DEFAULT_DEEMED_BASIS,
    DEFAULT_RESULT_DAYS,
    DENIAL_DOCUMENTS,
    appeal_bodies,
    center_of,
    department_of,
    header,
    int_setting,
    place_of,
    result_words,
    setting,
    state_of,
    window_of,
    wrong_state,
)
from clerk_app.services.errors import NotFound
from clerk_app.store.models import ExtensionRequest, Staff, Suspension


def extension_notice_doc(ctx: ServiceContext, extension_request_id: str) -> ExtensionNoticeDoc:
    """延期告知书 for an approved extension."""
    with ctx.db.read_sessions() as s:
        req = s.get(ExtensionRequest, extension_request_id)
        if req is None:
            raise NotFound("找不到该延期申请")
        case = get_case(s, req.case_id)
        if req.status != "approved" or req.new_due is None:
            label = {"pending": "待审批", "denied": "未获批准"}.get(req.status, req.status)
            raise IllegalTransition(
                f"该延期申请{label}，不能出具延期告知书", state=req.status, action="extension"
            )
        assert case.accepted_on is not None
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        approver = s.get(Staff, req.decided_by) if req.decided_by else None
        approved_on = local_date(req.decided_at) if req.decided_at else None
        earlier = s.scalar(
            select(func.count(ExtensionRequest.id)).where(
                ExtensionRequest.case_id == case.id,
                ExtensionRequest.status == "approved",
                ExtensionRequest.requested_at < req.requested_at,
            )
        )
        return ExtensionNoticeDoc(
            **header(
                center,
                dept,
                item,
                case,
                word="延",
                issued=approved_on or ctx.today(),
                ordinal=earlier or 0,
            ),
            accepted_date=case.accepted_on,
            original_due_date=req.old_due,
            extension_days=req.workdays,
            new_due_date=req.new_due,
            reason=req.reason,
            approver_name=approver.name if approver else "",
            approver_title=approver.title if approver else "",
            approved_on=approved_on,
            county_approver=req.county_approver,
            county_document=req.county_document,
        )


def suspension_notice_doc(ctx: ServiceContext, case_id: str) -> SuspensionNoticeDoc:
    """特别程序告知书 for the open suspension of the case, or else its latest one."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        sus = s.scalar(
            select(Suspension)
            .where(Suspension.case_id == case.id)
            .order_by(Suspension.end_on.is_not(None), Suspension.start_on.desc())
            .limit(1)
        )
        if sus is None:
            raise wrong_state(case, "特别程序告知书（该办件没有中止计时记录）", "suspension")
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        labels = {r.value: r.label for r in SuspensionReason}
        cal = ctx.calendar_from(s)
        earlier = s.scalar(
            select(func.count(Suspension.id)).where(
                Suspension.case_id == case.id, Suspension.start_on < sus.start_on
            )
        )
        return SuspensionNoticeDoc(
            **header(
                center, dept, item, case, word="特", issued=sus.start_on, ordinal=earlier or 0
            ),
            procedure_type=labels.get(sus.reason, sus.reason),
            reason=sus.detail,
            start_date=sus.start_on,
            expected_days=sus.expected_workdays,
            expected_end_date=_expected_end(cal, sus) if sus.expected_workdays > 0 else None,
        )


def _expected_end(cal: WorkCalendar, sus: Suspension) -> date:
    # The start day counts when it is a working day: count from the day before.
    return cal.add_workdays(sus.start_on - timedelta(days=1), sus.expected_workdays)


def completion_notice_doc(ctx: ServiceContext, case_id: str) -> CompletionNoticeDoc:
    """办结通知书: the decision in the words of the item's category and result document;
    a denial's reasons and the rights of appeal in a paragraph of their own."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        state = state_of(case)
        if state not in (CaseState.COMPLETED, CaseState.COMPLETED_ON_SPOT) or not case.decision:
            raise wrong_state(case, "办结通知书", "completion")
        assert case.closed_on is not None
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        accepted = case.accepted_on or case.received_on
        decision = Decision(case.decision)
        window = window_of(s, case.window_id)
        place = place_of(center, window, dept)
        approved, denied, document = result_words(item)
        reconsideration, court = appeal_bodies(center, dept)
        reasons = ""
        if decision is Decision.APPROVED:
            result = approved
            pickup = f"请携带本通知书及身份证件到{place}领取办理结果。"
        else:
            result = denied
            document = DENIAL_DOCUMENTS.get(item.category, f"{denied}决定书")
            reasons = case.decision_note
            pickup = f"请携带本通知书及身份证件到{place}领取决定书和申请材料。"
        return CompletionNoticeDoc(
            **header(center, dept, item, case, word="结", issued=case.closed_on),
            accepted_date=accepted,
            due_date=case.due_date or case.closed_on,
            completed_date=case.closed_on,
            result=result,
            result_document=document,
            pickup=pickup,
            denial_reasons=reasons,
            reconsideration_body=reconsideration if decision is Decision.DENIED else "",
            court=court if decision is Decision.DENIED else "",
        )


def deemed_approval_notice_doc(ctx: ServiceContext, case_id: str) -> DeemedApprovalNoticeDoc:
    """超时默认通知书 in the deciding agency's voice: the limit that ran out, the basis of
    超时默认 with its document number, and the day after the due date as the day the
    application counts as approved, whenever the sweep noticed."""
    with ctx.db.read_sessions() as s:
        case = get_case(s, case_id)
        if state_of(case) is not CaseState.DEEMED_APPROVED:
            raise wrong_state(case, "超时默认通知书", "deemed_approval")
        assert case.accepted_on is not None and case.due_date is not None
        assert case.closed_on is not None
        item, dept, center = get_item(s, case.item_id), department_of(s, case), center_of(s)
        window = window_of(s, case.window_id)
        promised = 0 < item.promised_limit < item.statutory_limit
        basis = (
            item.deemed_approval_basis.strip()
            or setting(s, "documents.deemed_policy_basis")
            or DEFAULT_DEEMED_BASIS
        )
        return DeemedApprovalNoticeDoc(
            **header(center, dept, item, case, word="默", issued=case.closed_on),
            accepted_date=case.accepted_on,
            due_date=case.due_date,
            deemed_date=case.due_date + timedelta(days=1),
            policy_basis=basis,
            result_issue_days=int_setting(
                s, "documents.result_issue_workdays", DEFAULT_RESULT_DAYS
            ),
            pickup=f"请于结果制发后携带本通知书及身份证件到{place_of(center, window, dept)}领取。",
            limit_name="承诺办理时限" if promised else "法定办理时限",
            limit_days=case.limit_workdays,
            result_wording=result_words(item)[0],
        )

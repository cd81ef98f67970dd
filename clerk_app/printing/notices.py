"""A4 notices to the applicant (GB/T 9704-2012 geometry): supplement, refusal, extension,
suspension, completion, deemed approval and the referral guide slip."""

from __future__ import annotations

from reportlab.lib.units import mm

from clerk_app.printing import templates as t
from clerk_app.printing.documents import (
    CompletionNoticeDoc,
    DeemedAcceptanceNoticeDoc,
    DeemedApprovalNoticeDoc,
    ExtensionNoticeDoc,
    IdKind,
    NoticeHeader,
    ReferralSlipDoc,
    RefusalDoc,
    SupplementNoticeDoc,
    SuspensionNoticeDoc,
    WithdrawalNoticeDoc,
)
from clerk_app.printing.layout import TEXT_LEFT, TEXT_WIDTH, format_cn_date, text_width, wrap
from clerk_app.printing.pdf import Density, NoticeSheet, fitted


def opening(sheet: NoticeSheet, title: str, doc: NoticeHeader) -> None:
    """Title, document number (right) and the applicant addressed (主送)."""
    sheet.title(title)
    if doc.document_number:
        sheet.line(doc.document_number, align="right")
    if doc.applicant.name:
        sheet.line(doc.applicant.name + "：")


def addressed(doc: NoticeHeader, template: str) -> str:
    """The template speaking to this applicant: 你 to a person, 你单位 to an organisation
    (你（单位） only when it is not known which)."""
    kind = doc.applicant.id_kind
    you = {IdKind.ID_CARD: t.YOU_PERSON, IdKind.USCC: t.YOU_ORGANISATION}.get(kind)
    return template.replace(t.YOU_EITHER, you) if you else template


def _sheet(title: str, doc: NoticeHeader, reprint: bool, density: Density) -> NoticeSheet:
    return NoticeSheet(
        density=density,
        title=f"{title} {doc.case_number}",
        author=doc.agency_name,
        reprint=reprint,
        keep=(doc.case_number,),
        whole=(doc.agency_name, doc.center_name, doc.applicant.name),
    )


def render_supplement(doc: SupplementNoticeDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.SUPPLEMENT_TITLE, doc, reprint, density)
        opening(sheet, t.SUPPLEMENT_TITLE, doc)
        sheet.paragraph(
            addressed(doc, t.SUPPLEMENT_BODY).format(
                received=format_cn_date(doc.received_at.date()),
                item=doc.item_name,
                case=doc.case_number,
            )
        )
        rows = [("序号", "材料名称", "问题", "补正要求")] + [
            (str(i), ln.material, ln.problem.value, ln.what_to_fix)
            for i, ln in enumerate(doc.lines, 1)
        ]
        sheet.space(sheet.pitch * 0.2)
        sheet.table(
            rows, (1.2, 4.6, 1.8, 6.4), size=12, header=True, align=("center", "left", "center")
        )
        sheet.space(sheet.pitch * 0.3)
        if doc.deadline is not None:
            text = t.SUPPLEMENT_DEADLINE.format(
                deadline=format_cn_date(doc.deadline), place=doc.submit_place
            )
        else:
            text = t.SUPPLEMENT_NO_DEADLINE.format(place=doc.submit_place)
        sheet.paragraph(text)
        sheet.paragraph(t.CONTACT.format(clerk=doc.clerk_name, phone=doc.contact_phone))
        _signature_beside_seal(sheet, doc)
        return sheet

    return fitted(build)


def _signature_beside_seal(sheet: NoticeSheet, doc: NoticeHeader) -> None:
    """The applicant signs for the notice on the left of the agency's seal and date."""
    size = 12.0
    font = sheet.fonts.body
    width = TEXT_WIDTH / 2 - 12 * mm
    received = wrap(t.SUPPLEMENT_RECEIVED, font, size, width)
    step = size * 1.6
    band = step * (len(received) + 3)
    top, _bottom = sheet.seal_block(doc.agency_name, doc.issue_date, min_height=band)
    y = top - sheet.pitch * 0.5 - size
    for ln in received:
        sheet.text(TEXT_LEFT, y, ln, size)
        y -= step
    y -= step * 0.6
    sheet.text(TEXT_LEFT, y, t.SIGNATURE_LABEL, size)
    y -= step * 1.4
    date_x = TEXT_LEFT + width - text_width(t.SIGNATURE_DATE, font, size)
    sheet.text(date_x, y, t.SIGNATURE_DATE, size)


def render_refusal(doc: RefusalDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.REFUSAL_TITLE, doc, reprint, density)
        opening(sheet, t.REFUSAL_TITLE, doc)
        sheet.paragraph(
            addressed(doc, t.REFUSAL_BODY).format(
                received=format_cn_date(doc.received_at.date()),
                item=doc.item_name,
                case=doc.case_number,
            )
        )
        for i, reason in enumerate(doc.reasons, 1):
            sheet.paragraph(f"{i}. {reason}" if len(doc.reasons) > 1 else reason)
        if doc.legal_basis:
            sheet.paragraph(t.REFUSAL_BASIS.format(basis=doc.legal_basis))
        if doc.competent_agency:
            contact = (
                t.REFUSAL_COMPETENT_CONTACT.format(contact=doc.competent_agency_contact)
                if doc.competent_agency_contact
                else ""
            )
            sheet.paragraph(
                t.REFUSAL_COMPETENT.format(agency=doc.competent_agency, contact=contact)
            )
        sheet.paragraph(
            t.REFUSAL_RIGHTS.format(reconsideration=doc.reconsideration_body, court=doc.court)
        )
        sheet.seal_block(doc.agency_name, doc.issue_date)
        return sheet

    return fitted(build)


def render_extension(doc: ExtensionNoticeDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.EXTENSION_TITLE, doc, reprint, density)
        opening(sheet, t.EXTENSION_TITLE, doc)
        approver = (
            f"{doc.approver_title}{doc.approver_name}" if doc.approver_title else doc.approver_name
        )
        sheet.paragraph(
            addressed(doc, t.EXTENSION_BODY).format(
                accepted=format_cn_date(doc.accepted_date),
                item=doc.item_name,
                case=doc.case_number,
                old_due=format_cn_date(doc.original_due_date),
                reason=doc.reason,
                approver=approver,
                basis=doc.legal_basis,
                days=doc.extension_days,
                new_due=format_cn_date(doc.new_due_date),
            )
        )
        approved_on = format_cn_date(doc.approved_on) if doc.approved_on else ""
        if doc.county_approver:
            sheet.paragraph(
                t.EXTENSION_COUNTY.format(
                    approver=doc.county_approver, document=doc.county_document
                )
            )
        sheet.paragraph(t.EXTENSION_APPROVER.format(approver=approver, date=approved_on))
        sheet.seal_block(doc.agency_name, doc.issue_date)
        return sheet

    return fitted(build)


def render_suspension(doc: SuspensionNoticeDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.SUSPENSION_TITLE, doc, reprint, density)
        opening(sheet, t.SUSPENSION_TITLE, doc)
        end = (
            t.SUSPENSION_END.format(date=format_cn_date(doc.expected_end_date))
            if doc.expected_end_date
            else ""
        )
        sheet.paragraph(
            addressed(doc, t.SUSPENSION_BODY).format(
                item=doc.item_name,
                case=doc.case_number,
                reason=doc.reason,
                kind=doc.procedure_type,
                basis=doc.legal_basis,
                start=format_cn_date(doc.start_date),
                days=doc.expected_days,
                end=end,
            )
        )
        sheet.paragraph(t.SUSPENSION_FIELDS.format(kind=doc.procedure_type, days=doc.expected_days))
        sheet.seal_block(doc.agency_name, doc.issue_date)
        return sheet

    return fitted(build)


def render_completion(doc: CompletionNoticeDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.COMPLETION_TITLE, doc, reprint, density)
        opening(sheet, t.COMPLETION_TITLE, doc)
        due = format_cn_date(doc.due_date)
        on_time = (
            t.COMPLETION_ON_TIME.format(due=due)
            if doc.completed_date <= doc.due_date
            else t.COMPLETION_LATE.format(due=due)
        )
        sheet.paragraph(
            addressed(doc, t.COMPLETION_BODY).format(
                accepted=format_cn_date(doc.accepted_date),
                item=doc.item_name,
                case=doc.case_number,
                completed=format_cn_date(doc.completed_date),
                result=doc.result,
                on_time=on_time,
            )
        )
        if doc.denial_reasons:
            reasons = doc.denial_reasons.rstrip("。；;.") + "。"
            sheet.paragraph(t.COMPLETION_REASONS.format(reasons=reasons))
        if doc.reconsideration_body and doc.court:
            sheet.paragraph(
                t.COMPLETION_RIGHTS.format(
                    reconsideration=doc.reconsideration_body, court=doc.court
                )
            )
        if doc.result_document:
            sheet.paragraph(t.COMPLETION_DOCUMENT.format(document=doc.result_document))
        if doc.pickup:
            sheet.paragraph(t.COMPLETION_PICKUP.format(pickup=doc.pickup))
        sheet.seal_block(doc.agency_name, doc.issue_date)
        return sheet

    return fitted(build)


def render_deemed_approval(doc: DeemedApprovalNoticeDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.DEEMED_TITLE, doc, reprint, density)
        opening(sheet, t.DEEMED_TITLE, doc)
        limit = (
            t.DEEMED_LIMIT.format(name=doc.limit_name, days=doc.limit_days)
            if doc.limit_days
            else doc.limit_name
        )
        sheet.paragraph(
            addressed(doc, t.DEEMED_BODY).format(
                accepted=format_cn_date(doc.accepted_date),
                item=doc.item_name,
                case=doc.case_number,
                limit=limit,
                due=format_cn_date(doc.due_date),
                basis=doc.policy_basis,
                deemed=format_cn_date(doc.deemed_date),
                result=doc.result_wording,
                days=doc.result_issue_days,
            )
        )
        if doc.pickup:
            sheet.paragraph(t.DEEMED_PICKUP.format(pickup=doc.pickup))
        sheet.seal_block(doc.agency_name, doc.issue_date)
        return sheet

    return fitted(build)


def render_deemed_acceptance(doc: DeemedAcceptanceNoticeDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.DEEMED_ACCEPTANCE_TITLE, doc, reprint, density)
        opening(sheet, t.DEEMED_ACCEPTANCE_TITLE, doc)
        received = format_cn_date(doc.received_at.date())
        sheet.paragraph(
            t.DEEMED_ACCEPTANCE_BODY.format(
                received=received, item=doc.item_name, case=doc.case_number
            )
        )
        statutory = (
            t.RECEIPT_STATUTORY.format(days=doc.statutory_days) if doc.statutory_days else ""
        )
        sheet.paragraph(
            t.DEEMED_ACCEPTANCE_LIMIT.format(
                promised=doc.promised_days,
                statutory=statutory,
                due=format_cn_date(doc.due_date),
                provisional=t.RECEIPT_PROVISIONAL if doc.due_date_provisional else "",
            )
        )
        sheet.paragraph(
            t.DEEMED_ACCEPTANCE_MATERIALS.format(
                received=len(doc.materials), expected=doc.materials_expected
            )
        )
        rows = [t.RECEIPT_MATERIAL_HEAD] + [
            (str(i), m.name, m.form.value, str(m.count)) for i, m in enumerate(doc.materials, 1)
        ]
        sheet.table(
            rows, (1.2, 9.0, 2.6, 1.2), header=True, align=("center", "left", "center", "center")
        )
        if doc.contact_phone:
            sheet.space(sheet.pitch * 0.3)
            sheet.paragraph(t.DEEMED_ACCEPTANCE_CONTACT.format(phone=doc.contact_phone))
        sheet.seal_block(doc.agency_name, doc.issue_date)
        return sheet

    return fitted(build)


def render_withdrawal(doc: WithdrawalNoticeDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.WITHDRAWAL_TITLE, doc, reprint, density)
        opening(sheet, t.WITHDRAWAL_TITLE, doc)
        sheet.paragraph(
            t.WITHDRAWAL_BODY.format(
                received=format_cn_date(doc.received_at.date()),
                item=doc.item_name,
                case=doc.case_number,
                notice=format_cn_date(doc.notice_date),
                number=doc.notice_number,
                deadline=format_cn_date(doc.deadline),
            )
        )
        sheet.paragraph(t.WITHDRAWAL_RETURN.format(place=doc.return_place))
        sheet.seal_block(doc.agency_name, doc.issue_date)
        return sheet

    return fitted(build)


def render_referral(doc: ReferralSlipDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = _sheet(t.REFERRAL_TITLE, doc, reprint, density)
        opening(sheet, t.REFERRAL_TITLE, doc)
        sheet.paragraph(t.REFERRAL_BODY.format(matter=doc.matter, agency=doc.target_agency))
        values = {
            "agency": doc.target_agency,
            "place": doc.target_place,
            "window": doc.target_window,
            "phone": doc.target_phone,
            "hours": doc.target_hours,
            "case": doc.case_number,
        }
        rows = [
            (label, value.format(**values))
            for label, value in t.REFERRAL_FIELDS
            if value.format(**values)
        ]
        sheet.space(sheet.pitch * 0.2)
        sheet.table(rows, (3, 11), size=14, shade=(0,))
        sheet.space(sheet.pitch * 0.3)
        if doc.materials_to_bring:
            sheet.paragraph(t.REFERRAL_BRING.format(materials="；".join(doc.materials_to_bring)))
        sheet.paragraph(
            t.REFERRAL_FIRST.format(
                name=doc.first_responder_name,
                number=doc.first_responder_number,
                phone=doc.first_responder_phone,
            )
        )
        sheet.seal_block(doc.center_name, doc.issue_date, seal=False)
        return sheet

    return fitted(build)

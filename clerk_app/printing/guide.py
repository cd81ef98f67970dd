"""The published guide (三公开) on A4: an item's 办事指南, the 事项公示表 of the whole
catalogue by department, and the 调整/取消事项公告 of a period. Same sheet, fonts and line
breaking as the notices; no seal, dated by the centre."""

from __future__ import annotations

from itertools import groupby

from clerk_app.printing import templates as t
from clerk_app.printing.documents import AdjustmentNoticeDoc, CatalogueTableDoc, ItemGuideDoc
from clerk_app.printing.layout import format_cn_date
from clerk_app.printing.pdf import NoticeSheet

PITCH_SHARE = 0.8


def _sheet(title: str, center: str, whole: tuple[str, ...], reprint: bool) -> NoticeSheet:
    from clerk_app.printing.layout import LINE_PITCH

    return NoticeSheet(
        title=title, author=center, reprint=reprint, whole=whole, pitch=LINE_PITCH * PITCH_SHARE
    )


def render_item_guide(doc: ItemGuideDoc, *, reprint: bool = False) -> bytes:
    sheet = _sheet(f"{t.GUIDE_TITLE} {doc.item_name}", doc.center_name, (doc.agency_name,), reprint)
    sheet.title(doc.item_name)
    sheet.line(t.GUIDE_TITLE, align="center", size=18)
    sheet.space(sheet.pitch * 0.3)
    promised = (
        t.GUIDE_PROMISED.format(days=doc.promised_days) if doc.promised_days else t.GUIDE_INSTANT
    )
    place = "，".join(p for p in (doc.address, doc.windows) if p)
    values = {
        "item": doc.item_name,
        "code": doc.item_code,
        "category": doc.category,
        "kind": doc.kind,
        "agency": doc.agency_name,
        "statutory": doc.statutory_days,
        "promised": promised,
        "fees": doc.fees or "不收费",
        "fee_basis": doc.fee_basis,
        "result": doc.result_document,
        "place": place,
        "hours": doc.opening_hours,
        "consultation": doc.consultation_phone,
        "complaint": doc.complaint_phone,
        "supervision": doc.supervision_phone,
    }
    rows = []
    for label, template in t.GUIDE_FIELDS:
        text = template.format(**values)
        if text.strip() and not text.startswith("（"):
            rows.append((label, text))
    sheet.table(rows, (3, 11), size=12, shade=(0,))
    if doc.status_note:
        sheet.paragraph(t.GUIDE_STATUS.format(note=doc.status_note), size=14)
    sheet.space(sheet.pitch * 0.3)
    sheet.line(t.GUIDE_CONDITIONS, bold=True)
    sheet.paragraph(doc.conditions or "—", size=14)
    sheet.line(t.GUIDE_MATERIALS, bold=True)
    materials = [t.GUIDE_MATERIAL_HEAD] + [
        (
            str(i),
            m.name,
            m.form,
            t.GUIDE_REQUIRED[0] if m.required else t.GUIDE_REQUIRED[1],
            m.note,
        )
        for i, m in enumerate(doc.materials, 1)
    ]
    sheet.table(
        materials,
        (1.0, 5.4, 3.0, 1.4, 3.2),
        size=11,
        header=True,
        align=("center", "left", "center", "center", "left"),
    )
    sheet.space(sheet.pitch * 0.3)
    sheet.line(t.GUIDE_PROCEDURE, bold=True)
    for i, step in enumerate(doc.procedure, 1):
        sheet.paragraph(f"{i}. {step}", size=14)
    if doc.legal_basis or doc.deemed_approval:
        sheet.line(t.GUIDE_BASIS, bold=True)
        if doc.legal_basis:
            sheet.paragraph(doc.legal_basis, size=14)
        if doc.deemed_approval:
            sheet.paragraph(t.GUIDE_DEEMED.format(basis=doc.deemed_approval), size=14)
    sheet.space(sheet.pitch * 0.5)
    issued = t.GUIDE_ISSUED.format(center=doc.center_name, date=format_cn_date(doc.issue_date))
    sheet.line(issued, align="right", size=14)
    return sheet.finish()


def render_catalogue_table(doc: CatalogueTableDoc, *, reprint: bool = False) -> bytes:
    sheet = _sheet(t.CATALOGUE_TITLE, doc.center_name, (), reprint)
    sheet.title(t.CATALOGUE_TITLE)
    sheet.line(
        t.GUIDE_ISSUED.format(center=doc.center_name, date=format_cn_date(doc.issue_date)),
        align="center",
        size=14,
    )
    number = 0
    for department, rows in groupby(doc.rows, key=lambda r: r.department):
        sheet.space(sheet.pitch * 0.3)
        sheet.line(department, bold=True, size=14)
        table = [t.CATALOGUE_HEAD]
        for r in rows:
            number += 1
            promised = t.CATALOGUE_DAYS.format(days=r.promised_days) if r.promised_days else "即办"
            table.append(
                (
                    str(number),
                    r.code,
                    r.name,
                    r.kind,
                    promised,
                    t.CATALOGUE_DAYS.format(days=r.statutory_days),
                    r.fees,
                )
            )
        sheet.table(
            table,
            (1.0, 3.0, 4.6, 1.4, 1.6, 1.6, 1.8),
            size=10.5,
            header=True,
            align=("center", "left", "left", "center", "center", "center", "left"),
        )
    return sheet.finish()


def render_adjustment_notice(doc: AdjustmentNoticeDoc, *, reprint: bool = False) -> bytes:
    sheet = _sheet(t.ADJUSTMENT_TITLE, doc.center_name, (), reprint)
    sheet.title(t.ADJUSTMENT_TITLE)
    period = {"start": format_cn_date(doc.start), "end": format_cn_date(doc.end)}
    if not doc.rows:
        sheet.paragraph(t.ADJUSTMENT_NONE.format(**period))
    else:
        sheet.paragraph(t.ADJUSTMENT_BODY.format(**period))
        table = [t.ADJUSTMENT_HEAD] + [
            (str(i), r.department, r.name, r.change, format_cn_date(r.since), r.note)
            for i, r in enumerate(doc.rows, 1)
        ]
        sheet.table(
            table,
            (1.0, 3.2, 4.0, 1.2, 2.4, 3.2),
            size=11,
            header=True,
            align=("center", "left", "left", "center", "center", "left"),
        )
    sheet.space(sheet.pitch)
    sheet.line(doc.center_name, align="right")
    sheet.line(format_cn_date(doc.issue_date), align="right")
    return sheet.finish()

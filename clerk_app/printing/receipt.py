"""受理通知书 (receipt of acceptance) on A4, GB/T 9704 geometry, with QR code and barcode."""

from __future__ import annotations

from reportlab.lib.units import mm

from clerk_app.printing import templates as t
from clerk_app.printing.documents import ReceiptDoc
from clerk_app.printing.layout import TEXT_LEFT, format_cn_date, format_cn_datetime
from clerk_app.printing.marks import draw_barcode, draw_qr
from clerk_app.printing.masking import mask_party_id
from clerk_app.printing.notices import addressed, opening
from clerk_app.printing.pdf import Density, NoticeSheet, fitted

# A form with two tables: a tighter line pitch than 22 lines a page, tighter still (and
# the materials in two columns) until the whole receipt, seal and date, fits one page.
RECEIPT_DENSITIES = (
    Density(0.8),
    Density(0.74, 0.92),
    Density(0.68, 0.85),
    Density(0.68, 0.85, 2),
    Density(0.6, 0.78, 2),
    Density(0.6, 0.7, 1),
    Density(0.54, 0.7, 2),
    Density(0.54, 0.62, 1),
    Density(0.5, 0.56, 1),
    Density(0.5, 0.56, 2),
)
QR_SIZE = 24 * mm
BARCODE_WIDTH = 46 * mm  # beside the QR code, clear of the seal circle
BARCODE_HEIGHT = 10 * mm
LABELS = (2.2, 11.8)
FOUR = (2.2, 5.0, 2.2, 4.6)


def render_receipt(doc: ReceiptDoc, *, reprint: bool = False) -> bytes:
    def build(density: Density) -> NoticeSheet:
        sheet = NoticeSheet(
            density=density,
            title=f"{t.RECEIPT_TITLE} {doc.case_number}",
            author=doc.agency_name,
            reprint=reprint,
            keep=(doc.case_number,),
            whole=(doc.agency_name, doc.center_name, doc.applicant.name),
        )
        _body(sheet, doc)
        _marks_and_seal(sheet, doc)
        return sheet

    return fitted(build, RECEIPT_DENSITIES)


def _body(sheet: NoticeSheet, doc: ReceiptDoc) -> None:
    opening(sheet, t.RECEIPT_TITLE, doc)
    statutory = t.RECEIPT_STATUTORY.format(days=doc.statutory_days) if doc.statutory_days else ""
    sheet.paragraph(
        addressed(doc, t.RECEIPT_BODY).format(
            accepted=format_cn_date(doc.accepted_at.date()),
            item=doc.item_name,
            promised=doc.promised_days,
            statutory=statutory,
            due=format_cn_date(doc.due_date),
            provisional=t.RECEIPT_PROVISIONAL if doc.due_date_provisional else "",
        )
    )
    sheet.space(sheet.pitch * 0.25)

    a, agent = doc.applicant, doc.agent
    clerk = f"{doc.clerk_name}（工号{doc.clerk_number}）" if doc.clerk_number else doc.clerk_name
    shade = (0, 2)
    sheet.table(
        [("办件编号", doc.case_number, "受理时间", format_cn_datetime(doc.accepted_at))],
        FOUR,
        shade=shade,
    )
    sheet.table([("事项名称", doc.item_name), ("事项编码", doc.item_code)], LABELS, shade=(0,))
    sheet.table(
        [
            ("申请人", a.name, a.id_kind.value, mask_party_id(a)),
            (
                "代理人",
                agent.name if agent else t.NO_AGENT,
                agent.id_kind.value if agent else "证件号码",
                mask_party_id(agent) if agent else t.NO_AGENT,
            ),
            (
                "承诺时限",
                t.RECEIPT_LIMIT.format(promised=doc.promised_days),
                "办结期限",
                format_cn_date(doc.due_date),
            ),
            ("受理窗口", doc.window_name, "受理人", clerk),
            ("查询电话", doc.query_phone, "投诉电话", doc.complaint_phone),
        ],
        FOUR,
        shade=shade,
    )
    sheet.space(sheet.pitch * 0.3)
    sheet.line(t.RECEIPT_MATERIALS, size=14, pitch=sheet.pitch * 0.8, bold=True)
    if sheet.density.columns == 2 and len(doc.materials) > 1:
        _materials_in_two_columns(sheet, doc)
    else:
        materials = [t.RECEIPT_MATERIAL_HEAD] + [
            (str(i), m.name + (f"（{m.note}）" if m.note else ""), m.form.value, str(m.count))
            for i, m in enumerate(doc.materials, 1)
        ]
        sheet.table(
            materials,
            (1.2, 9.0, 2.6, 1.2),
            header=True,
            align=("center", "left", "center", "center"),
        )
    if doc.reconsideration_body:
        appeal = t.RECEIPT_APPEAL.format(reconsideration=doc.reconsideration_body, court=doc.court)
        sheet.line(appeal, size=10.5, pitch=sheet.pitch * 0.7)
    sheet.line(t.COPIES_NOTE.format(agency=doc.agency_name), size=10.5, pitch=sheet.pitch * 0.7)


def _marks_and_seal(sheet: NoticeSheet, doc: ReceiptDoc) -> None:
    """QR code and barcode on the left, seal, signer and date on the right, one band."""
    band = QR_SIZE + sheet.pitch * 0.3
    top, _bottom = sheet.seal_block(doc.agency_name, doc.issue_date, min_height=band)
    c = sheet.c
    qr_y = top - sheet.pitch * 0.3 - QR_SIZE
    draw_qr(c, doc.qr_payload or doc.case_number, TEXT_LEFT, qr_y, QR_SIZE)
    x = TEXT_LEFT + QR_SIZE + 3 * mm
    bar_y = qr_y + QR_SIZE - 2 * mm - BARCODE_HEIGHT
    if draw_barcode(c, doc.case_number, x, bar_y, BARCODE_WIDTH, BARCODE_HEIGHT):
        sheet.text(x, bar_y - 12, doc.case_number, 10.5)
    sheet.text(x, qr_y + 2 * mm, t.RECEIPT_SCAN, 10.5)


def _materials_in_two_columns(sheet: NoticeSheet, doc: ReceiptDoc) -> None:
    """A long list of materials side by side: number, name, form and count (原件1份)."""
    cells = [
        (str(i), m.name + (f"（{m.note}）" if m.note else ""), f"{m.form.value}{m.count}份")
        for i, m in enumerate(doc.materials, 1)
    ]
    half = (len(cells) + 1) // 2
    rows: list[tuple[str, ...]] = [t.RECEIPT_MATERIAL_HEAD_TWO * 2]
    for k in range(half):
        right = cells[half + k] if half + k < len(cells) else ("", "", "")
        rows.append(cells[k] + right)
    sheet.table(
        rows,
        (0.8, 4.4, 1.8) * 2,
        size=10.5,
        header=True,
        align=("center", "left", "center") * 2,
    )

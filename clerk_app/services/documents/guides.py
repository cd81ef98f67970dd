"""The published guide (三公开): an item's 办事指南, the 事项公示表 of the catalogue by
department, and the 调整/取消事项公告 of a period, built from the catalogue."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from clerk_app.domain.cases import ItemKind
from clerk_app.domain.errors import InvalidInput
from clerk_app.printing import templates as t
from clerk_app.printing.documents import (
    AdjustmentNoticeDoc,
    AdjustmentRow,
    CatalogueRow,
    CatalogueTableDoc,
    GuideMaterial,
    ItemGuideDoc,
)
from clerk_app.services.case_views import get_item
from clerk_app.services.context import ServiceContext
from clerk_app.services.documents.parts import center_of, forms_text
from clerk_app.store.models import Department, ItemMaterial, ServiceItem, Window

#: The item's category (行政许可 …) as the guide names it.
CATEGORY_NAMES = {
    "licence": "行政许可",
    "confirmation": "行政确认（登记）",
    "filing": "备案",
    "benefit": "行政给付",
    "public_service": "公共服务",
    "other": "其他行政权力",
}
STATUS_NAMES = {"adjusted": "调整", "cancelled": "取消"}


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _kind(item: ServiceItem) -> str:
    try:
        return ItemKind(item.kind).label
    except ValueError:
        return item.kind


def item_guide_doc(ctx: ServiceContext, item_id: str) -> ItemGuideDoc:
    """办事指南 of ``item_id`` as published: conditions, materials, procedure, limits, fees,
    legal basis, where and when, and the phones."""
    with ctx.db.read_sessions() as s:
        item = get_item(s, item_id)
        center = center_of(s)
        dept = s.get(Department, item.department_id)
        agency = dept.name if dept else ""
        windows = s.scalars(
            select(Window)
            .where(Window.department_id == item.department_id, Window.active.is_(True))
            .order_by(Window.code)
        ).all()
        zones = list(dict.fromkeys(w.zone for w in windows if w.zone))
        where = "、".join(w.name for w in windows)
        if zones:
            where = f"{where}（{'、'.join(zones)}）" if where else "、".join(zones)
        materials = tuple(
            GuideMaterial(
                name=m.name,
                form=forms_text(m.originals, m.copies),
                required=m.required,
                note=m.note,
            )
            for m in s.scalars(
                select(ItemMaterial)
                .where(ItemMaterial.item_id == item.id)
                .order_by(ItemMaterial.position)
            )
        )
        status = ""
        if item.status in STATUS_NAMES and item.status_from is not None:
            status = f"自{_cn_date(item.status_from)}起{STATUS_NAMES[item.status]}"
            if item.status_note:
                status += f"：{item.status_note}"
        return ItemGuideDoc(
            center_name=center.name,
            agency_name=agency,
            item_name=item.name,
            item_code=item.code,
            kind=_kind(item),
            category=CATEGORY_NAMES.get(item.category, item.category),
            issue_date=ctx.today(),
            conditions=item.conditions,
            materials=materials,
            procedure=tuple(step.format(agency=agency) for step in t.GUIDE_PROCEDURE_STEPS),
            statutory_days=item.statutory_limit,
            promised_days=item.promised_limit,
            fees=item.fees,
            fee_basis=item.fee_basis,
            legal_basis=item.legal_basis,
            result_document=item.result_document,
            windows=where,
            address=center.address,
            opening_hours=center.opening_hours,
            consultation_phone=(dept.phone if dept and dept.phone else center.query_phone),
            complaint_phone=center.complaint_phone,
            supervision_phone=center.supervision_phone,
            deemed_approval=item.deemed_approval_basis if item.deemed_approval else "",
            status_note=status,
        )


def catalogue_table_doc(ctx: ServiceContext) -> CatalogueTableDoc:
    """事项公示表: every item still taken in, by department, with limits and fees."""
    with ctx.db.read_sessions() as s:
        center = center_of(s)
        rows = s.execute(
            select(ServiceItem, Department.name)
            .join(Department, Department.id == ServiceItem.department_id)
            .where(ServiceItem.status != "cancelled", ServiceItem.active.is_(True))
            .order_by(Department.code, ServiceItem.code)
        ).all()
        return CatalogueTableDoc(
            center_name=center.name,
            issue_date=ctx.today(),
            rows=tuple(
                CatalogueRow(
                    department=dept,
                    code=item.code,
                    name=item.name,
                    kind=_kind(item),
                    promised_days=item.promised_limit,
                    statutory_days=item.statutory_limit,
                    fees=item.fees or "不收费",
                )
                for item, dept in rows
            ),
        )


def adjustment_notice_doc(ctx: ServiceContext, start: date, end: date) -> AdjustmentNoticeDoc:
    """调整/取消事项公告: the items adjusted or cancelled from a day in ``start``…``end``."""
    if end < start:
        raise InvalidInput("公告期间的结束日期不能早于开始日期", field="period")
    with ctx.db.read_sessions() as s:
        center = center_of(s)
        rows = s.execute(
            select(ServiceItem, Department.name)
            .join(Department, Department.id == ServiceItem.department_id)
            .where(
                ServiceItem.status.in_(tuple(STATUS_NAMES)),
                ServiceItem.status_from.is_not(None),
                ServiceItem.status_from >= start,
                ServiceItem.status_from <= end,
            )
            .order_by(ServiceItem.status_from, Department.code, ServiceItem.code)
        ).all()
        return AdjustmentNoticeDoc(
            center_name=center.name,
            issue_date=ctx.today(),
            start=start,
            end=end,
            rows=tuple(
                AdjustmentRow(
                    department=dept,
                    code=item.code,
                    name=item.name,
                    change=STATUS_NAMES[item.status],
                    since=item.status_from,
                    note=item.status_note,
                )
                for item, dept in rows
                if item.status_from is not None
            ),
        )

"""Complaints and hotlines: channel and work-order number, a deadline in working days,
follow-up, a reply to the complainant without which nothing closes, and the import of a
hotline platform's export with its duplicates recognised by work-order number."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import func, select

from clerk_app.domain.complaints import Channel
from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.reviews import ComplaintOutcome
from clerk_app.services import complaint_import, complaints
from clerk_app.services.complaints import Reply
from clerk_app.services.errors import PermissionDenied
from clerk_app.store.models import Complaint, Event
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_department_leaders


def _count(ctx, table) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def test_a_hotline_complaint_is_followed_up_answered_and_only_then_closed(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))  # a Monday
    with pytest.raises(InvalidInput, match="工单编号"):
        complaints.file_complaint(
            ctx,
            center.guide.actor(),
            complainant="刘女士",
            content="营业执照变更跑了三趟",
            department_id=center.market_dept,
            channel=Channel.MAYOR_HOTLINE,
        )
    complaint_id = complaints.file_complaint(  # filed at the front desk
        ctx,
        center.guide.actor(),
        complainant="刘女士",
        content="营业执照变更跑了三趟",
        department_id=center.market_dept,
        channel=Channel.MAYOR_HOTLINE,
        work_order_no="12345-20261102-0001",
    )
    view = complaints.get_complaint(ctx, complaint_id)
    assert (view.channel, view.work_order_no, view.due_date) == (
        Channel.MAYOR_HOTLINE,
        "12345-20261102-0001",
        date(2026, 11, 9),  # 5 working days
    )
    with pytest.raises(IllegalTransition, match="已经登记"):
        complaints.file_complaint(
            ctx,
            center.clerk.actor(),
            complainant="刘女士",
            content="同一工单",
            channel="hotline_12345",
            work_order_no="12345-20261102-0001",
        )
    complaints.follow_up(ctx, center.clerk.actor(), complaint_id, "已约申请人周三来窗口办理")
    with pytest.raises(PermissionDenied):  # another department's clerk
        complaints.follow_up(ctx, center.tax_clerk.actor(), complaint_id, "不是本部门的")
    [(_at, who, note)] = complaints.follow_ups(ctx, complaint_id)
    assert (who, note) == ("李窗口", "已约申请人周三来窗口办理")

    events = _count(ctx, Event)
    with pytest.raises(InvalidInput, match="答复投诉人"):
        complaints.resolve_complaint(
            ctx,
            center.supervisor.actor(),
            complaint_id,
            outcome=ComplaintOutcome.EXPLAINED,
            substantiated=False,
            note="已说明变更所需材料",
        )
    with pytest.raises(InvalidInput, match="答复"):
        complaints.resolve_complaint(
            ctx,
            center.supervisor.actor(),
            complaint_id,
            outcome=ComplaintOutcome.EXPLAINED,
            substantiated=False,
            note="已说明变更所需材料",
            reply=Reply("phone", True, " "),
        )
    assert _count(ctx, Event) == events  # nothing written
    leaders = add_department_leaders(ctx, center.market_dept)
    answered = complaints.reply_to_complainant(
        ctx, leaders.deputy.actor(), complaint_id, Reply("phone", False, "电话说明办理进度")
    )
    assert answered.replied and answered.reply_satisfied is False
    done = complaints.resolve_complaint(
        ctx,
        center.supervisor.actor(),
        complaint_id,
        outcome=ComplaintOutcome.EXPLAINED,
        substantiated=False,
        note="已说明变更所需材料",
    )
    assert done.status == "unfounded" and done.reply_method == "phone"


def test_the_handling_limit_is_configurable(ctx, center: SmallCenter, clock: FakeClock) -> None:
    clock.set_day(date(2026, 11, 2))
    with pytest.raises(PermissionDenied):
        complaints.set_limit(ctx, center.clerk.actor(), 3)
    with pytest.raises(InvalidInput):
        complaints.set_limit(ctx, center.supervisor.actor(), 0)
    complaints.set_limit(ctx, center.supervisor.actor(), 3)
    complaint_id = complaints.file_complaint(
        ctx,
        center.clerk.actor(),
        complainant="匿名",
        content="窗口午休无人",
        department_id=center.tax_dept,
        channel="letter",
    )
    assert complaints.get_complaint(ctx, complaint_id).due_date == date(2026, 11, 5)


CSV = (
    "工单编号,来电时间,来电人,联系电话,诉求内容,承办部门,办理时限\n"
    "WO-1,2026-11-02 09:30,刘女士,13912345678,材料反复退回,市场监管,\n"
    "WO-2,2026-11-02 10:00,王先生,,窗口态度差,国家税务总局测试县税务局,2026-11-06\n"
    "WO-3,2026/11/03 14:20,,,等候时间过长,市场监管,\n"
    "WO-2,2026-11-02 10:00,王先生,,窗口态度差,税务,\n"
)


def test_a_hotline_export_is_imported_once(ctx, center: SmallCenter, clock: FakeClock) -> None:
    clock.set_day(date(2026, 11, 4))
    complaints.file_complaint(
        ctx,
        center.supervisor.actor(),
        complainant="刘女士",
        content="材料反复退回",
        department_id=center.market_dept,
        channel="hotline_12345",
        work_order_no="WO-1",
    )
    boss = center.supervisor.actor()
    result = complaint_import.import_work_orders(ctx, boss, CSV.encode("gb18030"), "工单.csv")
    assert (result.imported, result.duplicates) == (2, ("WO-1", "WO-2"))
    by_no = {c.work_order_no: c for c in complaints.open_complaints(ctx)}
    assert by_no["WO-2"].department_id == center.tax_dept
    assert by_no["WO-2"].due_date == date(2026, 11, 6)  # the platform's deadline
    assert by_no["WO-3"].due_date == date(2026, 11, 10)  # 5 working days from receipt
    assert by_no["WO-3"].complainant == "匿名" and by_no["WO-3"].channel == Channel.MAYOR_HOTLINE
    again = complaint_import.import_work_orders(ctx, boss, CSV.encode(), "工单.csv")
    assert (again.imported, len(again.duplicates)) == (0, 4)

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["工单编号", "受理时间", "诉求内容", "承办部门", "渠道"])
    sheet.append(["WO-9", "2026-11-03 09:00", "窗口无人", "市场监管", "部门热线"])
    sheet.append(["WO-10", "2026-11-03 09:00", "窗口无人", "不存在的局", "部门热线"])
    out = io.BytesIO()
    book.save(out)
    before = _count(ctx, Complaint)
    with pytest.raises(InvalidInput, match="第 3 行：找不到承办部门"):
        complaint_import.import_work_orders(ctx, boss, out.getvalue(), "x.xlsx")
    assert _count(ctx, Complaint) == before  # all or nothing
    with pytest.raises(PermissionDenied):
        complaint_import.import_work_orders(ctx, center.clerk.actor(), CSV.encode(), "工单.csv")

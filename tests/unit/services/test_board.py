"""The supervisor's live board: windows, deadline lights, accountability, the reports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from clerk_app.domain.cases import Decision
from clerk_app.domain.deadlines import Light
from clerk_app.printing.report_docs import ReportKind
from clerk_app.services import (
    auth,
    board,
    casework,
    catalogue,
    complaints,
    counter_calls,
    intake,
    oversight,
    tickets,
)
from clerk_app.services.auth import Badge
from clerk_app.services.case_views import CaseView
from clerk_app.services.complaints import Reply
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.services.statistics import Grouping, performance
from clerk_app.store.models import Event
from tests.helpers.clock import FakeClock
from tests.helpers.factories import PASSWORD, SmallCenter, valid_id_card
from tests.unit.printing._pdf import pdf_text


def _accepted(ctx: ServiceContext, badge: Badge, item_id: str, name: str = "张三") -> CaseView:
    item = catalogue.get_item(ctx, item_id)
    received = intake.receive(
        ctx,
        badge.actor(),
        item_id=item_id,
        applicant=Applicant("person", name, valid_id_card()),
        materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
    )
    return intake.accept(ctx, badge.actor(), received.id)


def test_windows_show_state_clerk_current_number_and_waiting(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    guide = center.guide.actor()
    for _ in range(3):
        tickets.issue_ticket(ctx, guide, queue_id=center.market_queue)
        clock.advance(minutes=4)
    called = tickets.call_next(ctx, center.clerk.actor(), window_id=center.window_a)
    assert called is not None
    counter_calls.pause_window(ctx, center.clerk_b.actor(), center.window_b, "业务培训")
    clock.advance(minutes=10)

    rows = {w.code: w for w in board.windows_board(ctx)}
    assert list(rows) == ["A01", "A02", "B01"]
    a, b, tax = rows["A01"], rows["A02"], rows["B01"]
    assert (a.clerk_name, a.current_number, a.paused) == ("李窗口", called.number, False)
    assert a.department_name == "测试县市场监督管理局"
    # two still waiting in the shared queue, the older issued 18 minutes ago
    assert (a.waiting, a.longest_wait_minutes) == (2, 18)
    assert (b.paused, b.pause_reason, b.current_number, b.waiting) == (True, "业务培训", "", 2)
    assert (tax.clerk_name, tax.waiting, tax.longest_wait_minutes) == ("钱税务", 0, 0)


def test_lights_per_department_and_the_red_and_yellow_cases(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))  # Monday
    near = _accepted(ctx, center.clerk, center.promised_item)  # due 16 Nov
    late = _accepted(ctx, center.tax_clerk, center.tax_item)  # due 9 Nov
    clock.set_day(date(2026, 11, 12))
    fresh = _accepted(ctx, center.clerk, center.promised_item)
    done = _accepted(ctx, center.clerk, center.promised_item)
    casework.complete(ctx, center.clerk.actor(), done.id, decision=Decision.APPROVED)

    lights = board.deadline_lights(ctx)
    by_dept = {d.department_id: (d.green, d.yellow, d.red) for d in lights.departments}
    assert by_dept == {center.market_dept: (1, 1, 0), center.tax_dept: (0, 0, 1)}
    assert [(c.case_no, c.light) for c in lights.cases] == [
        (late.case_no, Light.RED),
        (near.case_no, Light.YELLOW),
    ]
    red, yellow = lights.cases
    assert red.workdays_left < 0 and red.clerk_name == "钱税务"
    assert red.department_name == "国家税务总局测试县税务局"
    assert (yellow.workdays_left, yellow.due_date) == (2, date(2026, 11, 16))
    assert yellow.item_name == "食品经营许可证核发"
    assert fresh.case_no not in {c.case_no for c in lights.cases}  # green is only counted


def test_accountability_records_name_the_staff_and_the_cause(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    late = _accepted(ctx, center.tax_clerk, center.tax_item)
    clock.set_day(date(2026, 11, 12))
    oversight.sweep(ctx, center.supervisor.actor())
    clock.advance(hours=1)
    complaint_id = complaints.file_complaint(
        ctx,
        center.guide.actor(),
        complainant="王先生",
        content="窗口人员态度生硬",
        staff_id=center.clerk.staff_id,
    )
    complaints.resolve_complaint(
        ctx,
        center.supervisor.actor(),
        complaint_id,
        outcome="批评教育",
        substantiated=True,
        note="经调阅录像属实",
        reply=Reply("phone", True, "已电话告知投诉人处理结果"),
    )

    records = board.accountability_records(ctx)
    assert [r.cause for r in records] == ["complaint", "overdue"]  # newest first
    complaint, overdue = records
    assert (overdue.case_no, overdue.direct_staff) == (late.case_no, "钱税务")
    assert (overdue.main_staff, overdue.supervising_staff) == ("", "")
    # no leaders set for the department: only the direct responsible staff is named
    assert (complaint.supervising_staff, complaint.direct_staff) == ("", "李窗口")
    assert complaint.status == "open"
    assert board.accountability_records(ctx, start=date(2026, 11, 13)) == []
    on_day = board.accountability_records(ctx, start=date(2026, 11, 12), end=date(2026, 11, 12))
    assert len(on_day) == 2


def test_names_of_staff_and_departments(ctx: ServiceContext, center: SmallCenter) -> None:
    found = board.names(ctx)
    assert found.staff[center.clerk.staff_id] == "李窗口（C001）"
    assert found.departments[center.tax_dept] == "国家税务总局测试县税务局"
    assert [label for _i, label, _d in found.clerks] == [
        "李窗口（C001）",
        "赵窗口（C002）",
        "钱税务（C101）",
    ]


def test_performance_report_matches_the_statistics_and_prints(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock, tmp_path: Path
) -> None:
    clock.set_day(date(2026, 11, 2))
    on_time = _accepted(ctx, center.clerk, center.promised_item)
    late = _accepted(ctx, center.tax_clerk, center.tax_item)
    casework.complete(ctx, center.clerk.actor(), on_time.id, decision=Decision.APPROVED)
    clock.set_day(date(2026, 11, 30))
    oversight.sweep(ctx, center.supervisor.actor())

    doc = board.performance_report(
        ctx,
        center.supervisor.actor(),
        date(2026, 11, 1),
        date(2026, 11, 30),
        kind=ReportKind.MONTHLY,
        generated_by="孙监督",
    )
    by_dept = performance(
        ctx,
        center.supervisor.actor(),
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        group=Grouping.DEPARTMENT,
    )
    assert [(r.name, r.counts) for r in doc.rows] == [(r.name, r.counts) for r in by_dept]
    assert (doc.total.accepted, doc.total.completed, doc.total.open_overdue) == (2, 1, 1)
    assert doc.center_name == "测试县政务服务中心"
    assert [o.case_number for o in doc.overdue] == [late.case_no]
    assert [(a.cause, a.case_number, a.direct_staff) for a in doc.accountability] == [
        ("overdue", late.case_no, "钱税务")
    ]

    ctx.archive_dir = tmp_path / "archive"
    report = board.archive_report(ctx, doc)
    pdf, path = report.pdf, report.path
    assert path is not None and path.read_bytes() == pdf
    assert path.parent == tmp_path / "archive" / "reports" / "2026"
    assert path.name.startswith("月报-2026-11-01_2026-11-30-")
    assert report.workbook == path.with_suffix(".xlsx")  # the tables as Excel beside it
    book = load_workbook(report.workbook)
    assert book.sheetnames == ["按部门", "超期未办件", "责任追究"]
    assert [c.value for c in book["按部门"]["A"]][-1] == "合计"
    assert book["超期未办件"]["A4"].value == late.case_no
    assert [c.value for c in book["责任追究"][4]][1:3] == ["超期未办结", late.case_no]
    second = board.archive_report(ctx, doc).path
    assert second is not None and second != path  # never overwritten
    text = pdf_text(pdf)
    for phrase in ("政务服务效能月报", "测试县政务服务中心", late.case_no, "超期未办结", "合计"):
        assert phrase in text


def test_signing_off_frees_the_window_on_the_board(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    def clerk_at(window_id: str) -> str:
        (status,) = [w for w in board.windows_board(ctx) if w.window_id == window_id]
        return status.clerk_name

    badge = auth.log_in(ctx, "C001", PASSWORD, window_id=center.window_b)
    assert clerk_at(center.window_b) == "李窗口"
    auth.sign_off(ctx, badge.actor())
    assert clerk_at(center.window_b) == ""
    with ctx.db.read_sessions() as s:
        last = s.scalars(select(Event.type).order_by(Event.position.desc()).limit(2)).all()
    assert last == ["staff.signed_off", "staff.signed_on"]


def test_a_late_sign_off_does_not_free_the_window_for_the_next_clerk(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    first = auth.log_in(ctx, "C001", PASSWORD, window_id=center.window_b)
    auth.log_in(ctx, "C002", PASSWORD, window_id=center.window_b)  # took the window over
    auth.sign_off(ctx, first.actor())
    (status,) = [w for w in board.windows_board(ctx) if w.window_id == center.window_b]
    assert status.clerk_name == "赵窗口"


def test_the_daily_report_counts_the_same_overdue_cases_in_its_table_and_its_list(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    late = _accepted(ctx, center.tax_clerk, center.tax_item)
    assert late.due_date is not None
    clock.set_day(late.due_date + timedelta(days=1))  # the first day past the due date
    today = ctx.today()
    doc = board.performance_report(
        ctx, center.supervisor.actor(), today, today, kind=ReportKind.DAILY
    )
    assert doc.total.open_overdue == len(doc.overdue) == 1  # one cut-off for both
    assert [o.case_number for o in doc.overdue] == [late.case_no]
    text = pdf_text(board.archive_report(ctx, doc).pdf)
    assert "超期未办结办件（1件）" in text.replace(" ", "")

"""绩效考核: a configured indicator system scoring a generated month with known answers,
entered ratings, ranks with the bottom flagged, and the rules a system must keep."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.scores import DEFAULT_SYSTEM, Indicator, Source, Standard, System
from clerk_app.services import scores
from clerk_app.services.errors import PermissionDenied
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter
from tests.helpers.month import generate_month

NOVEMBER = dict(start=date(2026, 11, 1), end=date(2026, 11, 30))

SYSTEM = System(
    standards=(
        Standard(
            "通用标准",
            (
                Indicator(Source.ON_TIME_RATE, 40, target=0.99),
                Indicator(Source.OVERDUE, 20, per_unit=5),
                Indicator(Source.PUBLIC_RATING, 20),
                Indicator(Source.EXPERT_RATING, 20),
            ),
        ),
    ),
    bottom=1,
)


def test_a_month_scores_ranks_and_flags_the_bottom(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    generate_month(ctx, center)  # market: 98 of 100 on time, 2 overdue
    clock.set_day(date(2026, 12, 1))
    boss = center.supervisor.actor()
    scores.set_system(ctx, boss, SYSTEM)
    scores.enter_rating(
        ctx, boss, **NOVEMBER, department_id=center.market_dept, kind="public_rating", score=80
    )
    scores.enter_rating(
        ctx, boss, **NOVEMBER, department_id=center.tax_dept, kind="expert_rating", score=95
    )
    scores.enter_rating(  # a second entry replaces the first
        ctx, boss, **NOVEMBER, department_id=center.tax_dept, kind="expert_rating", score=90
    )
    report = scores.department_scores(ctx, boss, **NOVEMBER)
    tax, market = report.rows
    # tax: nothing to count (full marks) + expert 90 → 18
    assert (tax.department_id, tax.total, tax.rank, tax.bottom) == (center.tax_dept, 98.0, 1, False)
    # market: 40 × 98 % ÷ 99 % = 39.6; 20 − 2 × 5 = 10; public 80 → 16; expert not entered → 20
    assert (market.department_id, market.total, market.rank, market.bottom) == (
        center.market_dept,
        85.6,
        2,
        True,
    )
    assert [(p.source, p.value, p.score) for p in market.breakdown] == [
        (Source.ON_TIME_RATE, "98.0%", 39.6),
        (Source.OVERDUE, "2 件", 10.0),
        (Source.PUBLIC_RATING, "80 分", 16.0),
        (Source.EXPERT_RATING, "未录入", 20.0),
    ]


def test_a_department_type_has_its_own_standard(ctx, center: SmallCenter) -> None:
    boss = center.supervisor.actor()
    tax_standard = Standard(
        "税务类", (Indicator(Source.EXPERT_RATING, 100),), department_ids=(center.tax_dept,)
    )
    scores.set_system(ctx, boss, System((*SYSTEM.standards, tax_standard), bottom=0))
    scores.enter_rating(
        ctx, boss, **NOVEMBER, department_id=center.tax_dept, kind="expert_rating", score=72.5
    )
    by_id = {r.department_id: r for r in scores.department_scores(ctx, boss, **NOVEMBER).rows}
    assert (by_id[center.tax_dept].standard, by_id[center.tax_dept].total) == ("税务类", 72.5)
    assert by_id[center.market_dept].standard == "通用标准"
    assert not any(r.bottom for r in by_id.values())  # bottom = 0: nobody flagged
    assert scores.system(ctx).standards[1].department_ids == (center.tax_dept,)


def test_a_system_must_weigh_100_and_only_supervisors_set_it(ctx, center: SmallCenter) -> None:
    assert scores.system(ctx) == DEFAULT_SYSTEM
    short = System((Standard("通用标准", (Indicator(Source.ON_TIME_RATE, 90, target=0.99),)),))
    with pytest.raises(InvalidInput, match="合计为 90 分"):
        scores.set_system(ctx, center.supervisor.actor(), short)
    no_target = System((Standard("通用标准", (Indicator(Source.ON_SITE_RATE, 100),)),))
    with pytest.raises(InvalidInput, match="目标值"):
        scores.set_system(ctx, center.supervisor.actor(), no_target)
    with pytest.raises(PermissionDenied):
        scores.set_system(ctx, center.clerk.actor(), SYSTEM)
    with pytest.raises(InvalidInput, match="0 至 100"):
        scores.enter_rating(
            ctx,
            center.supervisor.actor(),
            **NOVEMBER,
            department_id=center.tax_dept,
            kind="public_rating",
            score=101,
        )
    with pytest.raises(PermissionDenied):
        scores.department_scores(ctx, center.clerk.actor(), **NOVEMBER)
    assert scores.system(ctx) == DEFAULT_SYSTEM


def test_the_scoring_report_as_pdf_and_excel(ctx, center: SmallCenter, clock: FakeClock) -> None:
    import io

    from openpyxl import load_workbook

    from clerk_app import printing
    from tests.unit.printing._pdf import pdf_text

    generate_month(ctx, center)
    clock.set_day(date(2026, 12, 1))
    boss = center.supervisor.actor()
    scores.set_system(ctx, boss, SYSTEM)
    scores.enter_rating(
        ctx, boss, **NOVEMBER, department_id=center.market_dept, kind="public_rating", score=80
    )
    text = pdf_text(printing.render(scores.score_report(ctx, boss, **NOVEMBER)))
    assert "绩效考核得分表" in text and "85.60" in text and "末位" in text
    assert "按时办结率" in text and "98.0%" in text and "未录入" in text

    book = load_workbook(io.BytesIO(scores.score_excel(ctx, boss, **NOVEMBER)))
    ranking = [list(r) for r in book["得分排名"].iter_rows(min_row=3, values_only=True)]
    assert ranking[0][:5] == ["名次", "部门", "考核标准", "总分", "末位"]
    assert ranking[0][5:] == ["按时办结率", "超期未办结件", "公众评议", "专家评价"]
    assert [r[3] for r in ranking[1:]] == [100.0, 85.6]
    assert ranking[2][4] == "末位" and ranking[2][5:] == [39.6, 10.0, 16.0, 20.0]
    detail = list(book["得分明细"].iter_rows(min_row=2, values_only=True))
    assert len(detail) == 8


def test_window_staff_are_scored_by_their_post(ctx, center: SmallCenter, clock: FakeClock) -> None:
    from clerk_app.domain.inspections import FindingAction
    from clerk_app.services import inspections
    from clerk_app.services.context import Role

    boss = center.supervisor.actor()
    post = Standard(
        "窗口岗位",
        (
            Indicator(Source.FINDINGS, 50, per_unit=10),
            Indicator(Source.ACCOUNTABILITY, 50, per_unit=25),
        ),
        posts=(Role.CLERK.value,),
    )
    scores.set_system(ctx, boss, System((*SYSTEM.standards, post)))
    clock.set_day(date(2026, 11, 20))
    inspection_id = inspections.record_inspection(
        ctx,
        boss,
        held_on=date(2026, 11, 20),
        kind="open",
        inspectors="孙监督",
        window_ids=[center.window_a],
        results={"服务态度": False},
    )
    inspections.add_finding(
        ctx,
        boss,
        inspection_id,
        window_id=center.window_a,
        check_item="服务态度",
        note="对群众咨询不耐烦",
        action=FindingAction.ORDER,
    )
    report = scores.staff_scores(ctx, boss, **NOVEMBER)
    assert report.indicators == (Source.FINDINGS, Source.ACCOUNTABILITY)
    assert [(r.total, r.bottom) for r in report.rows] == [(100.0, False)] * 2 + [(90.0, True)]
    assert report.rows[-1].name.startswith("李窗口") and report.rows[-1].standard == "窗口岗位"
    # the department standard is unchanged by the post standard
    assert {r.standard for r in scores.department_scores(ctx, boss, **NOVEMBER).rows} == {
        "通用标准"
    }

"""From an unannounced inspection to the month's score, through the use cases the
supervision tab runs: a window found unstaffed opens an accountability record naming the
three responsible persons; its four points are closed, the record closes with a fault, and
the department's score for the month drops by the weight the supervisor configured."""

from __future__ import annotations

from datetime import date

from clerk_app.domain.accountability import Outcome, Point
from clerk_app.domain.inspections import FindingAction
from clerk_app.domain.scores import Indicator, Source, Standard, System
from clerk_app.services import accountability, board, inspections, scores
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_department_leaders

NOVEMBER = dict(start=date(2026, 11, 1), end=date(2026, 11, 30))
ACCOUNTABILITY_WEIGHT = 10.0


def _totals(ctx, center: SmallCenter) -> dict[str, float]:  # type: ignore[no-untyped-def]
    report = scores.department_scores(ctx, center.supervisor.actor(), **NOVEMBER)
    return {r.department_id: r.total for r in report.rows}


def test_an_unstaffed_window_costs_its_department_the_configured_weight(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    sup = center.supervisor.actor()
    leaders = add_department_leaders(ctx, center.market_dept)
    scores.set_system(
        ctx,
        sup,
        System(
            (
                Standard(
                    "通用标准",
                    (
                        Indicator(Source.ACCOUNTABILITY, ACCOUNTABILITY_WEIGHT, per_unit=10),
                        Indicator(Source.EXPERT_RATING, 90),
                    ),
                ),
            )
        ),
    )
    clock.set_day(date(2026, 11, 20))
    before = _totals(ctx, center)
    assert before[center.market_dept] == 100.0

    inspection_id = inspections.record_inspection(
        ctx,
        sup,
        held_on=date(2026, 11, 20),
        kind="unannounced",
        inspectors="孙监督、县效能办 陈科长",
        window_ids=[center.window_a],
        results={"在岗在位": False},
    )
    finding = inspections.add_finding(
        ctx,
        sup,
        inspection_id,
        window_id=center.window_a,
        check_item="在岗在位",
        note="10:05 至 10:25 窗口无人，未挂暂停服务牌",
        evidence="IMG_0931.jpg",
        action=FindingAction.RECORD,
    )
    [record] = board.accountability_records(ctx)
    assert record.id == finding.record_id
    assert (record.main_staff, record.supervising_staff, record.direct_staff) == (
        "吴局长",
        "郑副局长",
        "李窗口",
    )
    assert _totals(ctx, center) == before  # nothing decided yet

    record_id = record.id
    accountability.close_point(ctx, sup, record_id, point=Point.FACTS, note="监控录像核实属实")
    accountability.close_point(
        ctx,
        sup,
        record_id,
        point=Point.RESPONSIBILITY,
        note="当事人负直接责任",
        outcome=Outcome.NOTICE,
    )
    accountability.close_point(
        ctx, leaders.deputy.actor(), record_id, point=Point.RECTIFICATION, note="已排班补位"
    )
    detail = accountability.close_point(
        ctx, sup, record_id, point=Point.EDUCATION, note="全窗口学习在岗在位制度"
    )
    assert detail.status == "closed"

    after = _totals(ctx, center)
    assert after[center.market_dept] == before[center.market_dept] - ACCOUNTABILITY_WEIGHT
    assert after[center.tax_dept] == before[center.tax_dept]
    report = scores.department_scores(ctx, sup, **NOVEMBER)
    assert report.rows[-1].department_id == center.market_dept and report.rows[-1].bottom

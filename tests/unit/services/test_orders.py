"""督办: ordered to a department or a window, seen and answered by its clerks, red when late."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.services import orders
from clerk_app.services.errors import PermissionDenied
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


def test_an_order_to_a_window_reaches_its_clerk_who_answers(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    order_id = orders.issue_order(
        ctx,
        center.supervisor.actor(),
        content="请于两个工作日内补齐窗口公示材料",
        workdays=2,
        window_id=center.window_a,
        source=orders.Source.BOARD,
    )
    [seen] = orders.orders_for(ctx, center.clerk.actor())
    assert (seen.id, seen.department_id, seen.window_code) == (order_id, center.market_dept, "A01")
    assert seen.due_date == date(2026, 11, 4) and not seen.overdue
    assert orders.orders_for(ctx, center.clerk_b.actor()) == []  # the other window's clerk
    assert orders.orders_for(ctx, center.tax_clerk.actor()) == []
    with pytest.raises(PermissionDenied):
        orders.answer_order(ctx, center.tax_clerk.actor(), order_id, answer="不是我们")
    with pytest.raises(InvalidInput):
        orders.answer_order(ctx, center.clerk.actor(), order_id, answer="  ")
    answered = orders.answer_order(ctx, center.clerk.actor(), order_id, answer="已补齐并拍照")
    assert (answered.status, answered.answered_by) == ("answered", "李窗口")
    assert orders.orders_for(ctx, center.clerk.actor()) == []
    with pytest.raises(IllegalTransition):
        orders.answer_order(ctx, center.clerk.actor(), order_id, answer="again")


def test_an_unanswered_order_turns_red_after_its_date(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    orders.issue_order(
        ctx,
        center.supervisor.actor(),
        content="说明超期原因",
        workdays=1,
        department_id=center.tax_dept,
    )
    clock.set_day(date(2026, 11, 3))
    assert not orders.orders(ctx)[0].overdue
    clock.set_day(date(2026, 11, 4))
    [late] = orders.orders(ctx, open_only=True)
    assert late.overdue and late.department_name == "国家税务总局测试县税务局"


def test_only_supervisors_issue_and_an_order_needs_a_receiver(ctx, center: SmallCenter) -> None:
    with pytest.raises(PermissionDenied):
        orders.issue_order(
            ctx, center.clerk.actor(), content="x", workdays=1, department_id=center.tax_dept
        )
    with pytest.raises(InvalidInput):
        orders.issue_order(ctx, center.supervisor.actor(), content="x", workdays=1)
    with pytest.raises(InvalidInput):
        orders.issue_order(
            ctx,
            center.supervisor.actor(),
            content="x",
            workdays=0,
            department_id=center.tax_dept,
        )

"""Rates per center, department, window and clerk, as DESIGN §2 defines them."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.domain.cases import Decision
from clerk_app.domain.metrics import Counts, format_rate, rate
from clerk_app.services import casework, intake, oversight, reviews, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.services.statistics import Grouping, performance
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter
from tests.unit.services.test_cases import _received


def test_rate_has_no_value_without_anything_to_count() -> None:
    assert rate(0, 0) is None
    assert format_rate(None) == "—"
    assert format_rate(rate(9, 10)) == "90.0%"
    with pytest.raises(ValueError):
        rate(3, 2)
    both = Counts(accepted=2, on_spot=1, on_site=1) + Counts(accepted=2, on_spot=2, on_site=2)
    assert both.on_site_rate == 0.75 and both.same_visit_rate == 0.75


def test_rates_per_center_department_and_clerk(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    clerk = center.clerk.actor()
    # two on-site completions and one promised case at the market window
    for _ in range(2):
        intake.complete_on_spot(ctx, clerk, _received(ctx, center, center.instant_item).id)
    on_time = intake.accept(ctx, clerk, _received(ctx, center, center.promised_item).id)
    late = intake.accept(ctx, clerk, _received(ctx, center, center.promised_item).id)
    casework.complete(ctx, clerk, on_time.id, decision=Decision.APPROVED)
    # a served visitor rates the window: one satisfied review
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    called = tickets.call_next(ctx, clerk, window_id=center.window_a)
    assert called is not None
    tickets.start_serving(ctx, clerk, called.id)
    reviews.submit_review(ctx, clerk, ticket_id=called.id, level=4)
    clock.set_day(date(2026, 11, 30))
    oversight.sweep(ctx, center.supervisor.actor())

    [whole] = performance(
        ctx, center.supervisor.actor(), start=date(2026, 11, 1), end=date(2026, 11, 30)
    )
    c = whole.counts
    assert (c.accepted, c.on_spot, c.completed, c.on_time, c.open_overdue) == (4, 2, 3, 3, 1)
    # the promised case decided at the window counts as on-site; in the same visit: two
    assert (c.on_site, c.on_site_rate, c.same_visit_rate) == (3, 0.75, 0.5)
    assert (c.items, c.authorised, c.authorisation_rate) == (4, 4, 1.0)
    assert c.on_time_rate == 0.75
    assert c.satisfaction_rate == 1.0
    assert whole.name == "测试县政务服务中心"

    by_dept = {
        r.key: r.counts
        for r in performance(
            ctx,
            center.supervisor.actor(),
            start=date(2026, 11, 1),
            end=date(2026, 11, 30),
            group=Grouping.DEPARTMENT,
        )
    }
    assert set(by_dept) == {center.market_dept}
    assert by_dept[center.market_dept].authorisation_rate == 1.0  # its three items
    by_staff = performance(
        ctx,
        center.supervisor.actor(),
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        group=Grouping.STAFF,
    )
    assert [r.name for r in by_staff] == ["李窗口（C001）"]
    assert late.id  # still open, counted as overdue above

    # due on 16 Nov: on time that day, overdue the next
    clock.set_day(date(2026, 11, 16))
    assert (
        performance(
            ctx, center.supervisor.actor(), start=date(2026, 11, 1), end=date(2026, 11, 30)
        )[0].counts.open_overdue
        == 0
    )
    clock.set_day(date(2026, 11, 17))
    assert (
        performance(
            ctx, center.supervisor.actor(), start=date(2026, 11, 1), end=date(2026, 11, 30)
        )[0].counts.open_overdue
        == 1
    )

    # a period before any of it counts nothing
    assert (
        performance(ctx, center.supervisor.actor(), start=date(2026, 10, 1), end=date(2026, 10, 31))
        == []
    )

"""The hall's read models on both databases: the display's snapshot, the pad's state,
the kiosk's menu, and the kiosk's ticket."""

from __future__ import annotations

import pytest

from clerk_app.domain.tickets import TicketKind, TicketState
from clerk_app.services import hall, reviews, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import NotFound
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


def test_the_display_snapshot_has_calls_newest_first_and_waiting_counts(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    for _ in range(3):
        tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    first = tickets.call_next(ctx, center.clerk.actor(), window_id=center.window_a)
    assert first is not None
    tickets.start_serving(ctx, center.clerk.actor(), first.id)
    tickets.finish(ctx, center.clerk.actor(), first.id)
    clock.advance(minutes=1)
    second = tickets.call_next(ctx, center.clerk_b.actor(), window_id=center.window_b)
    assert second is not None

    snap = hall.display_snapshot(ctx)
    assert snap.center_name == "测试县政务服务中心"
    assert [(c.number, c.window_code, c.state) for c in snap.recent] == [
        ("A002", "A02", TicketState.CALLED),
        ("A001", "A01", TicketState.DONE),
    ]
    assert [c.number for c in snap.current] == ["A002"]
    assert {(q.prefix, q.waiting) for q in snap.queues} == {("A", 1), ("B", 0)}

    tickets.recall(ctx, center.clerk_b.actor(), second.id)
    again = hall.display_snapshot(ctx)
    assert again.current[0].key != snap.current[0].key  # a recall is a new announcement


def test_the_pad_follows_its_window_and_forgets_a_rated_service(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    called = tickets.call_next(ctx, center.clerk.actor(), window_id=center.window_a)
    assert called is not None
    tickets.start_serving(ctx, center.clerk.actor(), called.id)
    state = hall.pad_state(ctx, hall.find_window(ctx, "A01"))
    assert state.clerk is not None and state.clerk.name == "李窗口"
    assert state.serving is not None and state.to_rate is None
    tickets.finish(ctx, center.clerk.actor(), called.id)
    state = hall.pad_state(ctx, center.window_a)
    assert state.serving is None and state.to_rate is not None
    reviews.submit_review(ctx, hall.kiosk_actor(), level=5, ticket_id=called.id)
    assert hall.pad_state(ctx, center.window_a).to_rate is None
    with pytest.raises(NotFound):
        hall.find_window(ctx, "Z99")


def test_the_kiosk_menu_and_its_normal_ticket(ctx: ServiceContext, center: SmallCenter) -> None:
    menu = hall.kiosk_menu(ctx)
    assert [len(d.items) for d in menu] == [3, 1]
    ticket = hall.issue_at_kiosk(ctx, item_id=center.tax_item, mobile="138 0013 8000")
    assert (ticket.number, ticket.kind, ticket.item_name) == (
        "B001",
        TicketKind.NORMAL,
        "增值税发票领用",
    )

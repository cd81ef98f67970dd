"""Whole working days across workstations: each with its own embedded database, one central.

A case taken in at one counter is finished at another; the supervisor's statistics, the
reviews and the first responder's referrals add up at every workstation after syncing.
"""

from __future__ import annotations

from datetime import date

from clerk_app.domain.cases import CaseState, Decision
from clerk_app.services import casework, catalogue, first_contact, follow_ups, intake, reviews
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.services.statistics import Grouping, performance
from clerk_app.store.db import Database
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, build_small_center, valid_id_card
from tests.sync.stations import Station, StationFactory

PERSON = Applicant("person", "张三", valid_id_card(), "13812345678")
MONDAY = date(2026, 9, 28)


def _sync(*stations: Station) -> None:
    """Two rounds: after the first everyone has pushed, after the second everyone has all."""
    for _ in range(2):
        for station in stations:
            station.sync.run_once()


def _take_in(station: Station, center: SmallCenter, actor_badge: str, item_id: str) -> str:
    actor = getattr(center, actor_badge).actor()
    item = catalogue.get_item(station.ctx, item_id)
    checks = [MaterialCheck(m, "received", originals=1) for m in item.material_ids]
    case = intake.receive(station.ctx, actor, item_id=item_id, applicant=PERSON, materials=checks)
    return case.id


def _on(station: Station, db: Database) -> ServiceContext:
    from dataclasses import replace

    return replace(station.ctx, db=db)


def test_a_case_accepted_at_one_counter_is_completed_at_another_and_counted_everywhere(
    stations: StationFactory, central: Database, clock: FakeClock
) -> None:
    win_a, win_b, back = stations("WIN-A"), stations("WIN-B"), stations("BACK")
    clock.set_day(MONDAY)
    center = build_small_center(back.ctx)
    _sync(back, win_a, win_b)

    # Monday, counter A: two licences accepted.
    first = _take_in(win_a, center, "clerk", center.promised_item)
    accepted = intake.accept(win_a.ctx, center.clerk.actor(), first)
    forgotten = _take_in(win_a, center, "clerk", center.promised_item)
    intake.accept(win_a.ctx, center.clerk.actor(), forgotten)
    # Counter B: an instant item done on the spot, rated very satisfied.
    instant = _take_in(win_b, center, "clerk_b", center.instant_item)
    intake.complete_on_spot(win_b.ctx, center.clerk_b.actor(), instant)
    reviews.submit_review(win_b.ctx, center.clerk_b.actor(), level=5, case_id=instant)
    # The applicant of the forgotten case rates counter A badly.
    reviews.submit_review(win_a.ctx, center.clerk.actor(), level=1, case_id=forgotten)
    _sync(win_a, win_b, back)

    # Tuesday: counter B finishes the first case, which it only knows by syncing.
    clock.advance(days=1)
    done = casework.complete(win_b.ctx, center.clerk_b.actor(), first, decision=Decision.APPROVED)
    assert done.state is CaseState.COMPLETED
    _sync(win_b, win_a, back)

    # Weeks later the supervisor looks at the period at the back office.
    clock.set_day(date(2026, 10, 26))
    assert accepted.due_date is not None and accepted.due_date < date(2026, 10, 23)
    start, end = MONDAY, date(2026, 10, 23)
    center_row = performance(back.ctx, center.supervisor.actor(), start=start, end=end)
    assert len(center_row) == 1
    counts = center_row[0].counts
    assert (counts.accepted, counts.on_spot, counts.completed, counts.on_time) == (3, 1, 2, 2)
    assert counts.open_overdue == 1  # the forgotten case
    assert (counts.reviews, counts.satisfied) == (2, 1)
    assert counts.on_time_rate == 2 / 3
    # on-site: the instant case, and the promised one decided at counter B; same visit: one
    assert (counts.on_site_rate, counts.same_visit_rate) == (2 / 3, 1 / 3)

    by_window = {
        r.key: r.counts
        for r in performance(
            back.ctx, center.supervisor.actor(), start=start, end=end, group=Grouping.WINDOW
        )
    }
    window_a, window_b = by_window[center.window_a], by_window[center.window_b]
    # Cases count for the window that accepted them, wherever they were completed.
    assert (window_a.accepted, window_a.completed, window_a.open_overdue) == (2, 1, 1)
    assert (window_b.accepted, window_b.on_spot, window_b.completed) == (1, 1, 1)
    assert (window_a.reviews, window_a.satisfied, window_b.reviews, window_b.satisfied) == (
        1,
        0,
        1,
        1,
    )
    # The bad review opened its call-back and rectification, visible at the back office.
    assert len(follow_ups.open_follow_ups(back.ctx)) == 2

    # Every workstation and the central tell the same story.
    for where in (win_a.db, win_b.db, central):
        assert (
            performance(_on(back, where), center.supervisor.actor(), start=start, end=end)
            == center_row
        )
        assert casework.get(_on(back, where), first).state is CaseState.COMPLETED
    assert event_ids(win_a.db) == event_ids(win_b.db) == event_ids(back.db) == event_ids(central)
    for db in (win_a.db, win_b.db, back.db, central):
        assert verify_journal(db) == []
    assert all(s.sync.status().conflicts == 0 for s in (win_a, win_b, back))


def test_a_referral_from_the_front_desk_is_closed_at_the_department_and_seen_done(
    stations: StationFactory, central: Database, clock: FakeClock
) -> None:
    front, tax, back = stations("FRONT"), stations("WIN-TAX"), stations("BACK")
    center = build_small_center(back.ctx)
    _sync(back, front, tax)
    guide = center.guide.actor()

    contact = first_contact.record_first_contact(
        front.ctx, guide, visitor_name="李四", question="发票领用要带什么？"
    )
    referral = first_contact.refer(
        front.ctx,
        guide,
        to_department_id=center.tax_dept,
        matter="增值税发票领用咨询",
        first_contact_id=contact,
        visitor_name="李四",
    )
    _sync(front, tax, back)

    incoming = first_contact.incoming_referrals(tax.ctx, center.tax_dept)
    assert [(r.id, r.status, r.from_staff_name) for r in incoming] == [(referral, "open", "王导服")]
    assert [r.id for r in first_contact.open_referrals(back.ctx)] == [referral]
    clock.advance(hours=2)
    first_contact.take_referral(tax.ctx, center.tax_clerk.actor(), referral)
    first_contact.close_referral(tax.ctx, center.tax_clerk.actor(), referral, "已告知所需材料")
    # Before syncing, the front desk still sees it open.
    assert first_contact.get_referral(front.ctx, referral).status == "open"
    _sync(tax, front, back)

    seen = first_contact.my_referrals(front.ctx, center.guide.staff_id)
    assert [(r.id, r.status, r.outcome, r.late) for r in seen] == [
        (referral, "done", "已告知所需材料", False)
    ]
    assert seen[0].closed_at == clock.now
    assert first_contact.open_referrals(back.ctx) == []
    for db in (front.db, tax.db, back.db, central):
        assert verify_journal(db) == []

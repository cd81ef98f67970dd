"""Events a counter forged with a sound chain: the central refuses them by their author's
right to emit them, every replica journals but never applies them, the forger's
administrator sees the refusal, and sync goes on."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.services import auth, casework, catalogue, conflicts, intake, tickets
from clerk_app.services.context import Actor, Role
from clerk_app.services.errors import LoginFailed
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.models import Case, Staff
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.actors import make_actor
from tests.helpers.factories import PASSWORD, valid_id_card
from tests.security.conftest import Centre
from tests.security.forge import forge

pytestmark = pytest.mark.pg


def _staff_nos(centre: Centre, code: str | None = None) -> set[str]:
    db = centre.owner if code is None else centre.stations[code].db
    with db.sessions() as s:
        return set(s.scalars(Staff.__table__.select().with_only_columns(Staff.staff_no)))


def test_an_administrator_forged_by_a_clerk_never_signs_on_anywhere(centre: Centre) -> None:
    win_a, win_b = centre.stations["WIN-A"], centre.stations["WIN-B"]
    clerk = centre.center.clerk
    posing = make_actor(staff_id=clerk.staff_id, role=Role.ADMIN, window_id=clerk.window_id)
    auth.add_staff(
        win_a.ctx, posing, staff_no="EVIL1", name="冒名管理员", role=Role.ADMIN, password=PASSWORD
    )
    # Without an author at all, from a workstation that did not found the centre.
    auth.add_staff(
        win_a.ctx,
        Actor.system(),
        staff_no="EVIL2",
        name="无名管理员",
        role=Role.ADMIN,
        password=PASSWORD,
    )
    # What the clerk does after it still gets through.
    ticket = tickets.issue_ticket(win_a.ctx, clerk.actor(), queue_id=centre.center.market_queue)

    report = win_a.sync.run_once()
    assert report.conflicts == 2
    centre.sync_all()

    assert {"EVIL1", "EVIL2"}.isdisjoint(_staff_nos(centre))
    assert {"EVIL1", "EVIL2"}.isdisjoint(_staff_nos(centre, "WIN-B"))
    for staff_no in ("EVIL1", "EVIL2"):
        with pytest.raises(LoginFailed):
            auth.log_in(win_b.ctx, staff_no, PASSWORD)
    assert tickets.get_ticket(win_b.ctx, ticket.id).number == ticket.number  # sync went on
    seen = conflicts.list_conflicts(win_a.ctx)  # the forger's own supervisor sees both
    assert sorted(c.refused.event_type for c in seen) == ["staff.created", "staff.created"]
    assert any("无权" in c.reason for c in seen)
    assert any("建立服务中心的工作站FRONT" in c.reason for c in seen)
    assert event_ids(win_a.db) == event_ids(win_b.db) == event_ids(centre.owner)
    for db in (win_b.db, centre.owner):
        assert verify_journal(db) == []


def test_an_extension_approved_by_a_clerk_moves_no_due_date(centre: Centre) -> None:
    win_a, win_b = centre.stations["WIN-A"], centre.stations["WIN-B"]
    center, clerk = centre.center, centre.center.clerk
    item = catalogue.get_item(win_a.ctx, center.promised_item)
    case = intake.receive(
        win_a.ctx,
        clerk.actor(),
        item_id=item.id,
        applicant=Applicant("person", "张三", valid_id_card()),
        materials=[MaterialCheck(m, "received", 1, 1) for m in item.material_ids],
    )
    case = intake.accept(win_a.ctx, clerk.actor(), case.id)
    request = casework.request_extension(
        win_a.ctx, clerk.actor(), case.id, workdays=3, reason="现场核查"
    )
    forge(
        win_a,
        "extension.decided",
        dict(
            request_id=request,
            approve=True,
            note="",
            at=win_a.ctx.clock(),
            on=win_a.ctx.today(),
            new_due=date(2099, 12, 31),
        ),
        actor_id=clerk.staff_id,
        window_id=clerk.window_id,
    )
    centre.sync_all()

    for db in (win_b.db, centre.owner):
        with db.sessions() as s:
            row = s.get(Case, case.id)
            assert row is not None and row.due_date == case.due_date
    (refused,) = conflicts.list_conflicts(win_b.ctx)
    assert refused.refused.event_type == "extension.decided" and "无权" in refused.reason
    assert casework.pending_extensions(win_b.ctx)  # still waiting for a supervisor


def test_a_counter_cannot_act_on_another_windows_visitor(centre: Centre) -> None:
    front, win_a, win_b = (centre.stations[c] for c in ("FRONT", "WIN-A", "WIN-B"))
    center = centre.center
    ticket = tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
    centre.sync_all()
    called = tickets.call_next(win_a.ctx, center.clerk.actor(), window_id=center.window_a)
    assert called is not None and called.id == ticket.id
    centre.sync_all()
    clerk_b = center.clerk_b
    forge(
        win_b,
        "ticket.no_show",
        dict(ticket_id=ticket.id, at=win_b.ctx.clock()),
        actor_id=clerk_b.staff_id,
        window_id=clerk_b.window_id,
    )
    forge(  # and calling for window A from window B's workstation
        win_b,
        "ticket.called",
        dict(
            ticket_id=ticket.id,
            window_id=center.window_a,
            staff_id=clerk_b.staff_id,
            at=win_b.ctx.clock(),
        ),
        actor_id=clerk_b.staff_id,
    )
    assert win_b.sync.run_once().conflicts == 2
    centre.sync_all()
    for station in (front, win_a):
        assert tickets.get_ticket(station.ctx, ticket.id).state == called.state
    reasons = [c.reason for c in conflicts.list_conflicts(win_a.ctx)]
    assert len(reasons) == 2 and all("窗口A01不属于工作站WIN-B" in r for r in reasons)

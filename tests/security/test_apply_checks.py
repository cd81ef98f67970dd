"""Checked again on apply: an event that reached the central journal undecided-upon (a
central of an older version, or one whose owner let it through) is refused by every
workstation that pulls it — a conflict for a supervisor, never a crash — and the pull goes
on with what follows."""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa

from clerk_app.domain.audit import GENESIS
from clerk_app.services import casework, catalogue, conflicts, intake, tickets
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.models import Case, Event
from clerk_app.sync.central_apply import APPLY_LOCK
from clerk_app.sync.journal import INVALID_PAYLOAD
from tests.helpers.factories import valid_id_card
from tests.security.conftest import Centre
from tests.security.forge import await_decided, crafted

pytestmark = pytest.mark.pg


def _let_through(centre: Centre, events: list[dict[str, object]]) -> None:
    """Journal ``events`` as the owner and mark them decided without deciding."""
    with centre.owner.engine.begin() as conn:
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": APPLY_LOCK})
        answers = conn.execute(
            sa.text("SELECT clerk_push(CAST(:b AS jsonb))"), {"b": json.dumps(events)}
        ).scalar_one()
        assert all("stop" not in a for a in answers), answers
        conn.execute(
            sa.text(
                "UPDATE counter SET value = (SELECT max(central_seq) FROM event) "
                "WHERE key = 'central_decided'"
            )
        )


def test_a_pulled_event_without_authority_or_with_a_bad_payload_becomes_a_conflict(
    centre: Centre,
) -> None:
    win_a, win_b, front = (centre.stations[c] for c in ("WIN-A", "WIN-B", "FRONT"))
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
    centre.sync_all()

    approval = json.dumps(
        {
            "request_id": request,
            "approve": True,
            "note": "",
            "at": "2026-09-28T10:00:00+08:00",
            "on": "2026-09-28",
            "new_due": date(2099, 12, 31).isoformat(),
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    forged = crafted(
        "ROGUE",
        1,
        GENESIS,
        event_type="extension.decided",
        payload=approval,
        actor_id=clerk.staff_id,
    )
    garbage = crafted(
        "ROGUE",
        2,
        str(forged["hash"]),
        event_type="ticket.issued",
        payload=json.dumps({"id": 5, "queue_id": None}),
        actor_id=center.guide.staff_id,
    )
    _let_through(centre, [forged, garbage])
    later = tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.tax_queue)
    front.sync.run_once()
    await_decided(centre.owner)

    report = win_b.sync.run_once()  # no exception: the pull goes on past both

    assert report.conflicts == 2
    with win_b.db.sessions() as s:
        row = s.get(Case, case.id)
        assert row is not None and row.due_date == case.due_date
        assert s.get(Event, str(forged["id"])) is not None  # journaled, not applied
    assert tickets.get_ticket(win_b.ctx, later.id).number == later.number
    found = {c.refused.event_id: c for c in conflicts.list_conflicts(win_b.ctx)}
    assert "无权" in found[str(forged["id"])].reason
    reason = found[str(garbage["id"])].reason  # the payload check names what is wrong
    assert reason == INVALID_PAYLOAD or ("ticket.issued" in reason and "缺少字段" in reason)
    assert {c.detected_by for c in found.values()} == {"WIN-B"}
    assert win_b.sync.status().error is None

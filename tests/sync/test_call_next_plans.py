"""Call next keeps its plans (migration 0017) and, on them, still calls in call order."""

from __future__ import annotations

import sqlalchemy as sa

from clerk_app.store.db import Database
from clerk_app.sync.central_queue import CentralQueue
from tests.reliability.test_concurrent_call_next import DAY, seed_queue


def test_claim_runs_on_its_generic_plan_and_the_window_check_is_plpgsql(
    central: Database,
) -> None:
    with central.engine.connect() as conn:
        config = conn.execute(
            sa.text("SELECT proconfig FROM pg_proc WHERE proname = 'clerk_claim_next'")
        ).scalar_one()
        language = conn.execute(
            sa.text(
                "SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
                "WHERE p.proname = 'clerk_owns_window'"
            )
        ).scalar_one()
    assert "plan_cache_mode=force_generic_plan" in config
    assert any(c.startswith("search_path=") for c in config)  # still pinned
    assert language == "plpgsql"


def test_many_claims_in_one_session_still_come_in_call_order(central: Database) -> None:
    queue_id = seed_queue(central, 30)  # every tenth is a priority ticket
    with central.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT id, number FROM ticket WHERE queue_id = :q"), {"q": queue_id}
        ).all()
    numbers = {ticket_id: number for ticket_id, number in rows}
    queue = CentralQueue(central)
    called = []
    # Well past the five custom plans after which PostgreSQL's plan cache may switch.
    while (claim := queue.claim_next("window-01", [queue_id], DAY)) is not None:
        called.append(numbers[claim.ticket_id])
    assert called[:3] == ["L0010", "L0020", "L0030"]
    assert called[3:] == [f"L{n:04d}" for n in range(1, 30) if n % 10]

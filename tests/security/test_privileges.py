"""A workstation login writes no central table and reads no password hash; it changes the
central only through the owner's functions, for its own windows."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clerk_app.services import tickets
from clerk_app.sync.central_queue import CentralQueue
from clerk_app.sync.errors import CentralAuthFailed
from clerk_app.sync.verify import event_ids
from tests.security.conftest import Centre

pytestmark = pytest.mark.pg

WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")
TAMPERING = {
    "chain_head": ("UPDATE chain_head SET seq = 0", "DELETE FROM chain_head"),
    "counter": ("UPDATE counter SET value = 0", "DELETE FROM counter"),
    "ticket_claim": ("UPDATE ticket_claim SET window_id = 'x'", "DELETE FROM ticket_claim"),
    "queue_number": ("UPDATE queue_number SET value = 0", "DELETE FROM queue_number"),
    "ticket": ("UPDATE ticket SET state = 'finished'", "DELETE FROM ticket"),
    "staff": ("UPDATE staff SET role = 'admin'", "DELETE FROM staff"),
    "sync_conflict": ("UPDATE sync_conflict SET resolution = 'x'", "DELETE FROM sync_conflict"),
    "event": ("UPDATE event SET payload = '{}'", "DELETE FROM event"),
}


def test_no_write_privilege_on_any_central_table(centre: Centre) -> None:
    central = centre.login_db("WIN-A")
    with central.engine.connect() as conn:
        tables = conn.scalars(
            sa.text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).all()
        assert {"event", "staff", "ticket", "ticket_claim", "workstation_window"} <= set(tables)
        granted = {
            (table, priv)
            for table in tables
            for priv in WRITES
            if conn.scalar(
                sa.text("SELECT has_table_privilege(current_user, :t, :p)"),
                {"t": f"public.{table}", "p": priv},
            )
        }
        sequences = conn.scalars(
            sa.text(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' "
                "AND has_sequence_privilege(current_user, 'public.' || sequencename, 'USAGE')"
            )
        ).all()
    assert granted == set()
    assert sequences == []


@pytest.mark.parametrize("table", sorted(TAMPERING))
def test_tampering_with_central_tables_is_refused_and_others_sync_on(
    centre: Centre, table: str
) -> None:
    central = centre.login_db("WIN-A")
    for statement in (*TAMPERING[table], f"TRUNCATE {table}"):
        with central.engine.connect() as conn, pytest.raises(sa.exc.ProgrammingError) as caught:
            conn.execute(sa.text(statement))
        assert "permission denied" in str(caught.value)
    # Nothing changed for anyone: the others go on and converge.
    front, win_b = centre.stations["FRONT"], centre.stations["WIN-B"]
    tickets.issue_ticket(
        front.ctx, centre.center.guide.actor(), queue_id=centre.center.market_queue
    )
    centre.sync_all()
    assert event_ids(front.db) == event_ids(win_b.db) == event_ids(centre.owner)
    assert win_b.sync.status().online is True


def test_password_hashes_cannot_be_read(centre: Centre) -> None:
    central = centre.login_db("WIN-B")
    with central.engine.connect() as conn:
        names = conn.scalars(sa.text("SELECT staff_no FROM staff ORDER BY staff_no")).all()
        assert "ADM1" in names  # the rest of the staff table is there to read
    for statement in ("SELECT password_hash FROM staff", "SELECT * FROM staff"):
        with central.engine.connect() as conn, pytest.raises(sa.exc.ProgrammingError) as caught:
            conn.execute(sa.text(statement))
        assert "permission denied" in str(caught.value)


def test_claims_and_releases_only_for_its_own_windows(centre: Centre) -> None:
    center, front = centre.center, centre.stations["FRONT"]
    ticket = tickets.issue_ticket(front.ctx, center.guide.actor(), queue_id=center.market_queue)
    centre.sync_all()
    queue_a = CentralQueue(centre.login_db("WIN-A"))
    day = front.ctx.today()
    with pytest.raises(CentralAuthFailed):
        queue_a.claim_next(center.window_b, [center.market_queue], day)
    with pytest.raises(CentralAuthFailed):
        queue_a.release(ticket.id, center.window_b)
    claim = queue_a.claim_next(center.window_a, [center.market_queue], day)
    assert claim is not None and claim.ticket_id == ticket.id
    # Window B's own workstation finds nobody left to claim: the claim is A's alone.
    queue_b = CentralQueue(centre.login_db("WIN-B"))
    assert queue_b.claim_next(center.window_b, [center.market_queue], day) is None

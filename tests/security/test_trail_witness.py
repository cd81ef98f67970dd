"""The central is the witness of each workstation's chain: a counter that cuts the tail of
its journal and fixes its own chain head to match, or re-hashes its whole chain, passes
its local check but not the check against the central's copy — in ``audit verify`` and in
the sync engine's status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app import config
from clerk_app.cli import main
from clerk_app.domain.audit import GENESIS, canonical_payload, link_hash
from clerk_app.services import counter_calls, tickets
from clerk_app.services.audit import verify
from clerk_app.store.db import Database
from clerk_app.sync.errors import ChainBroken
from clerk_app.sync.witness import central_witness
from tests.security.conftest import Centre, as_login

pytestmark = pytest.mark.pg


def _issue(centre: Centre, n: int) -> None:
    front = centre.stations["FRONT"]
    for _ in range(n):
        tickets.issue_ticket(
            front.ctx, centre.center.guide.actor(), queue_id=centre.center.market_queue
        )


def _cut_tail_and_fix_head(db: Database, workstation: str, keep: int) -> None:
    """What an attacker with the counter's disk does: drop the last events, then set the
    local chain head to the new last event so the local check passes."""
    with db.engine.begin() as conn:
        conn.execute(
            sa.text("DELETE FROM event WHERE workstation = :w AND seq > :k"),
            {"w": workstation, "k": keep},
        )
        last = conn.execute(
            sa.text("SELECT seq, hash FROM event WHERE workstation = :w AND seq = :k"),
            {"w": workstation, "k": keep},
        ).one()
        conn.execute(
            sa.text("UPDATE chain_head SET seq = :s, hash = :h WHERE workstation = :w"),
            {"s": last.seq, "h": last.hash, "w": workstation},
        )


def _rehash_everything(db: Database, workstation: str, *, edit_seq: int) -> None:
    """Edit one event's payload and recompute every hash after it (and the head)."""
    with db.engine.begin() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT id, seq, type, actor_id, window_id, occurred_at, request_id, payload "
                "FROM event WHERE workstation = :w ORDER BY seq"
            ),
            {"w": workstation},
        ).all()
        prev = GENESIS
        for r in rows:
            payload = r.payload
            if r.seq == edit_seq:
                body = json.loads(payload)
                body["reason"] = "改写"
                payload = canonical_payload(body)
            digest = link_hash(
                id=r.id,
                workstation=workstation,
                seq=r.seq,
                type=r.type,
                actor_id=r.actor_id,
                window_id=r.window_id,
                occurred_at=r.occurred_at,
                request_id=r.request_id,
                payload=payload,
                prev_hash=prev,
            )
            conn.execute(
                sa.text("UPDATE event SET payload = :p, prev_hash = :ph, hash = :h WHERE id = :i"),
                {"p": payload, "ph": prev, "h": digest, "i": r.id},
            )
            prev = digest
        conn.execute(
            sa.text("UPDATE chain_head SET seq = :s, hash = :h WHERE workstation = :w"),
            {"s": rows[-1].seq, "h": prev, "w": workstation},
        )


@pytest.mark.expected_errors("disagrees with the central's witness")
def test_a_cut_tail_with_a_fixed_head_is_reported_against_the_central(centre: Centre) -> None:
    front = centre.stations["FRONT"]
    _issue(centre, 3)
    front.sync.run_once()  # the central acknowledges them
    with front.db.read_sessions() as s:
        last = s.scalar(sa.text("SELECT max(seq) FROM event WHERE workstation = 'FRONT'"))
    _cut_tail_and_fix_head(front.db, "FRONT", keep=last - 2)

    assert verify(front.db).ok  # the local head alone no longer tells
    witness = central_witness(front.db, centre.login_db("FRONT"), "FRONT")
    report = verify(front.db, witness=witness)
    assert report.witnessed and not report.ok
    assert any("tail removed" in p.what and p.workstation == "FRONT" for p in report.problems)

    with pytest.raises(ChainBroken, match="被删除"):
        front.sync.run_once()
    assert "被删除" in (front.sync.last_status.error or "")
    # The other counters are unaffected and still converge.
    centre.stations["WIN-A"].sync.run_once()
    centre.stations["WIN-B"].sync.run_once()


@pytest.mark.expected_errors("disagrees with the central's witness")
def test_a_fully_rehashed_chain_is_reported_against_the_central(centre: Centre) -> None:
    win_a = centre.stations["WIN-A"]
    counter_calls.pause_window(
        win_a.ctx, centre.center.clerk.actor(), centre.center.window_a, "午休"
    )
    win_a.sync.run_once()
    with win_a.db.read_sessions() as s:
        paused = s.scalar(
            sa.text("SELECT seq FROM event WHERE workstation = 'WIN-A' AND type = 'window.paused'")
        )
    _rehash_everything(win_a.db, "WIN-A", edit_seq=paused)

    assert verify(win_a.db).ok
    witness = central_witness(win_a.db, centre.login_db("WIN-A"), "WIN-A")
    problems = verify(win_a.db, witness=witness).problems
    assert any("rewritten" in p.what for p in problems)
    with pytest.raises(ChainBroken, match="改写"):
        win_a.sync.run_once()


def test_a_deleted_chain_head_is_reported_and_another_counter_lacking_pulled_events_too(
    centre: Centre,
) -> None:
    _issue(centre, 2)
    centre.sync_all()
    win_b = centre.stations["WIN-B"]
    with win_b.db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM chain_head"))
        front_last = conn.execute(
            sa.text("SELECT max(seq) FROM event WHERE workstation = 'FRONT'")
        ).scalar_one()
        conn.execute(
            sa.text("DELETE FROM event WHERE workstation = 'FRONT' AND seq = :s"), {"s": front_last}
        )
    assert verify(win_b.db).ok  # neither a head nor a gap left to see locally
    witness = central_witness(win_b.db, centre.login_db("WIN-B"), "WIN-B")
    problems = verify(win_b.db, witness=witness).problems
    assert [p.workstation for p in problems if "tail removed" in p.what] == ["FRONT"]


def test_cli_audit_verify_asks_the_central(
    centre: Centre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = centre.stations["FRONT"]
    _issue(centre, 2)
    front.sync.run_once()
    with front.db.read_sessions() as s:
        last = s.scalar(sa.text("SELECT max(seq) FROM event WHERE workstation = 'FRONT'"))
    _cut_tail_and_fix_head(front.db, "FRONT", keep=last - 1)
    url = str(front.db.engine.url)
    central = as_login(centre.url, centre.logins["FRONT"])
    data_dir = tmp_path / "cli"
    data_dir.mkdir()
    config.save(config.Settings(data_dir=data_dir, workstation="FRONT", db_url=url))

    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 0  # no central: blind
    assert "未设置中心数据库" in capsys.readouterr().out
    code = main(["--data-dir", str(data_dir), "audit", "verify", "--central", central])
    out = capsys.readouterr()
    assert code == 1
    assert "已与中心数据库" in out.out and "tail removed" in out.err


def test_deep_verify_of_the_central_and_a_counter_after_a_day_of_sync(centre: Centre) -> None:
    from clerk_app.services.audit_deep import deep_verify

    _issue(centre, 2)
    counter_calls.pause_window(
        centre.stations["WIN-A"].ctx, centre.center.clerk.actor(), centre.center.window_a, "午休"
    )
    centre.sync_all()
    for db in (centre.owner, centre.stations["WIN-B"].db):
        report = deep_verify(db)
        assert report.ok, report.differences
    with centre.stations["WIN-B"].db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE service_window SET state = 'open' WHERE state = 'paused'"))
    [difference] = deep_verify(centre.stations["WIN-B"].db).differences
    assert (difference.table, difference.key) == ("service_window", (centre.center.window_a,))

"""The shared queue, decided in the central database while it is reachable.

Numbers: one conditional upsert per ticket, so a number is never issued twice and the
series restarts each day per queue. Call next: the waiting tickets are read in call order
with ``FOR UPDATE SKIP LOCKED`` (windows never wait on each other), and the claim is an
insert into ``ticket_claim`` whose primary key is the ticket: if another window got there
first, the insert does nothing and this window moves on to the next ticket. The claim
only reserves the visitor; the window then emits ``ticket.called`` locally as usual and
the sync push brings that event to the central.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import text

from clerk_app.domain.clock import now_local
from clerk_app.domain.tickets import CALL_PRIORITY
from clerk_app.store.db import Database
from clerk_app.sync.central import translate_errors

_ORDER = " ".join(f"WHEN '{kind.value}' THEN {rank}" for kind, rank in CALL_PRIORITY.items())

_ISSUE = text("""
    INSERT INTO queue_number (queue_id, service_day, value) VALUES (:q, :day, 1)
    ON CONFLICT (queue_id, service_day) DO UPDATE SET value = queue_number.value + 1
    RETURNING value""")

_CANDIDATES = text(f"""
    SELECT t.id, t.number, t.queue_id FROM ticket t
    WHERE t.service_day = :day AND t.state = 'waiting'
      AND ((t.queue_id = ANY(:queues)
            AND (t.target_window_id IS NULL OR t.target_window_id = :window))
           OR t.target_window_id = :window)
      AND NOT EXISTS (SELECT 1 FROM ticket_claim c WHERE c.ticket_id = t.id)
    ORDER BY CASE t.kind {_ORDER} ELSE 9 END, t.issued_at, t.seq
    LIMIT :n
    FOR UPDATE OF t SKIP LOCKED""")

_CLAIM = text("""
    INSERT INTO ticket_claim (ticket_id, window_id, service_day, claimed_at)
    VALUES (:ticket, :window, :day, :at)
    ON CONFLICT (ticket_id) DO NOTHING
    RETURNING ticket_id""")

_OPEN_CLAIMS = text("""
    SELECT t.id, t.number, t.queue_id FROM ticket_claim c JOIN ticket t ON t.id = c.ticket_id
    WHERE c.window_id = :window AND c.service_day = :day AND t.state = 'waiting'
    ORDER BY c.claimed_at""")


@dataclass(frozen=True)
class Claim:
    ticket_id: str
    number: str
    queue_id: str


class CentralQueue:
    """Central queue decisions; every method is one short transaction on the central."""

    def __init__(self, central: Database, *, batch: int = 4) -> None:
        self.central = central
        self.batch = batch

    def issue_number(self, queue_id: str, day: date) -> int:
        """The next ticket number of ``queue_id`` on ``day`` (1, 2, 3… restarting daily)."""
        with translate_errors(), self.central.engine.begin() as conn:
            value = conn.execute(_ISSUE, {"q": queue_id, "day": day}).scalar_one()
        return int(value)

    def claim_next(
        self, window_id: str, queue_ids: Sequence[str], day: date, *, at: datetime | None = None
    ) -> Claim | None:
        """Reserve the next waiting visitor for ``window_id``; None when nobody waits."""
        params = {"day": day, "queues": list(queue_ids), "window": window_id, "n": self.batch}
        moment = at or now_local()
        with translate_errors(), self.central.engine.begin() as conn:
            while True:
                rows = conn.execute(_CANDIDATES, params).all()
                if not rows:
                    return None
                for ticket_id, number, queue_id in rows:
                    won = conn.execute(
                        _CLAIM,
                        {"ticket": ticket_id, "window": window_id, "day": day, "at": _utc(moment)},
                    ).first()
                    if won is not None:
                        return Claim(ticket_id, number, queue_id)
                # Every locked candidate had been claimed by a window that committed after
                # our snapshot: read again (a fresh snapshot) and move on.

    def release(self, ticket_id: str, window_id: str) -> None:
        """Give a claimed visitor back (the window could not call them after all)."""
        with translate_errors(), self.central.engine.begin() as conn:
            conn.execute(
                text("DELETE FROM ticket_claim WHERE ticket_id = :t AND window_id = :w"),
                {"t": ticket_id, "w": window_id},
            )

    def open_claims(self, window_id: str, day: date) -> list[Claim]:
        """Visitors this window reserved whose call the central has not seen yet (pending
        push, or the window stopped between the claim and the local call)."""
        with translate_errors(), self.central.engine.connect() as conn:
            rows = conn.execute(_OPEN_CLAIMS, {"window": window_id, "day": day}).all()
        return [Claim(*row) for row in rows]


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)

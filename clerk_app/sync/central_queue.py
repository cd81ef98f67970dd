"""The shared queue, decided in the central database while it is reachable.

Numbers: one conditional upsert per ticket, so a number is never issued twice and the
series restarts each day per queue; it continues after the highest number the central
knows of for the queue that day (tickets numbered before the centre was switched on and
pushed since, and the floor the asking workstation knows locally), so a centre switched
on mid-day never hands out a number already on a ticket. Call next: the waiting tickets
are read in call order with ``FOR UPDATE SKIP LOCKED`` (windows never wait on each
other), and the claim is an insert into ``ticket_claim`` whose primary key is the ticket:
if another window got there first, the insert does nothing and this window moves on to
the next ticket. The claim only reserves the visitor; the window then emits
``ticket.called`` locally as usual and the sync push brings that event to the central.

With a ``deadline`` every call is bounded as the caller sees it (:func:`call_within`):
past it the call is abandoned, its connection discarded, and ``CentralUnreachable``
(中心无响应) raised, so the counter goes on offline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TypeVar

from sqlalchemy import text

from clerk_app.domain.clock import now_local
from clerk_app.domain.tickets import CALL_PRIORITY
from clerk_app.store.db import Database
from clerk_app.sync.bounds import call_within
from clerk_app.sync.central import check_central, translate_errors

T = TypeVar("T")

_ORDER = " ".join(f"WHEN '{kind.value}' THEN {rank}" for kind, rank in CALL_PRIORITY.items())

_ISSUE = text("""
    INSERT INTO queue_number (queue_id, service_day, value)
    VALUES (CAST(:q AS VARCHAR), CAST(:day AS DATE), GREATEST(CAST(:floor AS INTEGER), (
        SELECT coalesce(max(t.seq), 0) FROM ticket t
        WHERE t.queue_id = CAST(:q AS VARCHAR) AND t.service_day = CAST(:day AS DATE)
          AND t.fallback_of IS NULL)) + 1)
    ON CONFLICT (queue_id, service_day)
    DO UPDATE SET value = GREATEST(queue_number.value, EXCLUDED.value - 1) + 1
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

    def __init__(self, central: Database, *, batch: int = 4, deadline: float | None = None) -> None:
        self.central = central
        self.batch = batch
        self.deadline = deadline
        self._schema_checked = False

    def _bounded(self, fn: Callable[[], T]) -> T:
        def checked() -> T:
            if not self._schema_checked:
                check_central(self.central)  # once per connection spell: wrong schema
                self._schema_checked = True
            return fn()

        try:
            return call_within(self.deadline, self.central.engine, checked)
        except BaseException:
            self._schema_checked = False
            raise

    def reachable(self) -> bool:
        """Whether to try the central at all (a plain queue always does)."""
        return True

    def issue_number(self, queue_id: str, day: date, *, at_least: int = 0) -> int:
        """The next ticket number of ``queue_id`` on ``day`` (1, 2, 3… restarting daily),
        above every number of that day the central knows and above ``at_least``."""

        def issue() -> int:
            with translate_errors(), self.central.engine.begin() as conn:
                params = {"q": queue_id, "day": day, "floor": at_least}
                return int(conn.execute(_ISSUE, params).scalar_one())

        return self._bounded(issue)

    def claim_next(
        self, window_id: str, queue_ids: Sequence[str], day: date, *, at: datetime | None = None
    ) -> Claim | None:
        """Reserve the next waiting visitor for ``window_id``; None when nobody waits."""
        params = {"day": day, "queues": list(queue_ids), "window": window_id, "n": self.batch}
        moment = at or now_local()
        return self._bounded(lambda: self._claim(params, window_id, day, moment))

    def _claim(
        self, params: dict[str, object], window_id: str, day: date, moment: datetime
    ) -> Claim | None:
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

        def release() -> None:
            with translate_errors(), self.central.engine.begin() as conn:
                conn.execute(
                    text("DELETE FROM ticket_claim WHERE ticket_id = :t AND window_id = :w"),
                    {"t": ticket_id, "w": window_id},
                )

        self._bounded(release)

    def open_claims(self, window_id: str, day: date) -> list[Claim]:
        """Visitors this window reserved whose call the central has not seen yet (pending
        push, or the window stopped between the claim and the local call)."""

        def read() -> list[Claim]:
            with translate_errors(), self.central.engine.connect() as conn:
                rows = conn.execute(_OPEN_CLAIMS, {"window": window_id, "day": day}).all()
            return [Claim(*row) for row in rows]

        return self._bounded(read)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)

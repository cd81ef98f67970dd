"""The shared queue, decided in the central database while it is reachable.

A workstation login writes none of the central's tables: each decision is one call of a
function the owner defined (``clerk_issue_number``, ``clerk_claim_next``,
``clerk_release``; migration 0005), one round trip; claims and releases are refused for a
window that is not the calling workstation's own.

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
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TypeVar

from sqlalchemy import Connection, text

from clerk_app.domain.clock import now_local
from clerk_app.domain.tickets import CALL_PRIORITY
from clerk_app.store.db import Database
from clerk_app.sync.bounds import call_within
from clerk_app.sync.central import check_central, translate_errors

T = TypeVar("T")

_KINDS = [kind.value for kind, _ in sorted(CALL_PRIORITY.items(), key=lambda kv: kv[1])]

_ISSUE = text("SELECT clerk_issue_number(:q, CAST(:day AS DATE), :floor)")
_CLAIM = text(
    "SELECT clerk_claim_next(:window, CAST(:queues AS TEXT[]), CAST(:day AS DATE), "
    "CAST(:at AS TIMESTAMP), :n, CAST(:kinds AS TEXT[]))"
)
_RELEASE = text("SELECT clerk_release(:t, :w)")

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

    def _one_call(self) -> AbstractContextManager[Connection]:
        """A connection whose one statement is its own transaction: the function call is
        the single round trip (no separate BEGIN and COMMIT)."""
        return self.central.engine.connect().execution_options(isolation_level="AUTOCOMMIT")

    def reachable(self) -> bool:
        """Whether to try the central at all (a plain queue always does)."""
        return True

    def issue_number(self, queue_id: str, day: date, *, at_least: int = 0) -> int:
        """The next ticket number of ``queue_id`` on ``day`` (1, 2, 3… restarting daily),
        above every number of that day the central knows and above ``at_least``."""

        def issue() -> int:
            with translate_errors(), self._one_call() as conn:
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
        with translate_errors(), self._one_call() as conn:
            got = conn.execute(_CLAIM, params | {"at": _utc(moment), "kinds": _KINDS}).scalar()
        return None if got is None else Claim(*got)

    def release(self, ticket_id: str, window_id: str) -> None:
        """Give a claimed visitor back (the window could not call them after all)."""

        def release() -> None:
            with translate_errors(), self._one_call() as conn:
                conn.execute(_RELEASE, {"t": ticket_id, "w": window_id})

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

"""The shared queue port: numbers and call-next decided centrally while it is reachable.

Services only know this protocol; the sync package supplies the PostgreSQL implementation
(``clerk_app.sync.central_queue.CentralQueue``) and raises :class:`SharedQueueUnavailable`
(through its ``CentralUnreachable``) when the central database cannot be used: no answer
within the call's deadline, login refused, wrong schema, missing privilege. A
workstation without a central database has no shared queue and numbers everything locally.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol


class ClaimedTicket(Protocol):
    @property
    def ticket_id(self) -> str: ...


class SharedQueue(Protocol):
    def reachable(self) -> bool:
        """False while the central is known to be down (no I/O): the counter is offline."""
        ...

    def issue_number(self, queue_id: str, day: date, *, at_least: int = 0) -> int:
        """The next number of the queue for the day, above every number of that day the
        central knows and above ``at_least`` (what this workstation knows); never the same
        one twice."""
        ...

    def claim_next(
        self, window_id: str, queue_ids: Sequence[str], day: date, *, at: datetime | None = None
    ) -> ClaimedTicket | None:
        """Reserve the next waiting visitor for the window; None when nobody waits."""
        ...

    def release(self, ticket_id: str, window_id: str) -> None:
        """Give back a visitor the window reserved but could not call."""
        ...

    def open_claims(self, window_id: str, day: date) -> Sequence[ClaimedTicket]:
        """Visitors the window reserved whose call the central has not seen yet."""
        ...

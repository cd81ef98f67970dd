"""The central's own decisions: apply what the door journaled, as the owner, in order.

Workstations cannot write the central's state: ``clerk_push`` only journals their events
(after checking chain, name and fields). This service, run as the owner role (``clerk-app
central serve`` on the database server), takes the journaled events in central order and,
for each, checks its author's right to emit it and its window
(:mod:`clerk_app.services.event_rules`, with the windows each workstation was given) and
applies it with the same appliers as every workstation — or records it as a conflict of
the central. ``central_decided`` (a row of ``counter``) says how far it got: workstations
pull only decided events, so every replica learns the central's verdict with the event.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

import psycopg
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from clerk_app.domain.clock import now_local
from clerk_app.store.db import Database
from clerk_app.store.models import Counter, Event, Window
from clerk_app.store.models.sync import CentralWorkstation, WorkstationWindow
from clerk_app.sync.central import translate_errors
from clerk_app.sync.journal import CENTRAL, apply_batch, conflicts_for, event_rows, journal_select

log = logging.getLogger("clerk.sync")

DECIDED = "central_decided"
APPLY_LOCK = 7_204_002  # one applier at a time, whoever starts it
CHANNEL = "clerk_pushed"


def decided_through(session: Session) -> int:
    """The central number up to which the central has decided on every event."""
    value = session.scalar(select(Counter.value).where(Counter.key == DECIDED))
    return int(value or 0)


class CentralApplier:
    """Decide on journaled events: apply them to the central's state, or refuse them."""

    def __init__(
        self,
        central: Database,
        *,
        batch: int = 1000,
        clock: Callable[[], datetime] = now_local,
    ) -> None:
        self.central, self.batch, self.clock = central, batch, clock

    def run_once(self) -> int:
        """Decide on everything journaled so far; returns how many events were decided."""
        done = 0
        while True:
            with self.central.sessions() as s, s.begin(), translate_errors():
                s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": APPLY_LOCK})
                through = decided_through(s)
                rows = event_rows(
                    s,
                    journal_select()
                    .where(Event.central_seq > through)
                    .order_by(Event.central_seq)
                    .limit(self.batch),
                )
                if not rows:
                    return done
                refused = conflicts_for(s, (r.id for r in rows), CENTRAL)
                apply_batch(
                    s,
                    rows,
                    here=CENTRAL,
                    now=self.clock(),
                    refused=refused,
                    windows_of=_windows_of(s),
                )
                last = rows[-1].central_seq
                assert last is not None
                counter = s.get(Counter, DECIDED)
                if counter is None:
                    s.add(Counter(key=DECIDED, value=last))
                else:
                    counter.value = last
            done += len(rows)

    def serve(self, stop: threading.Event, *, idle: float = 1.0) -> None:
        """Decide until ``stop`` is set: at each push notification, and every ``idle``
        seconds in case one was missed. A failed round is logged and tried again."""
        conninfo = (
            make_url(self.central.engine.url)
            .set(drivername="postgresql")
            .render_as_string(hide_password=False)
        )
        listener: psycopg.Connection[tuple[object, ...]] | None = None
        while not stop.is_set():
            try:
                if listener is None:
                    listener = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
                    listener.execute(f"LISTEN {CHANNEL}")
                self.run_once()
                for _ in listener.notifies(timeout=idle, stop_after=1):
                    pass
            except Exception as exc:  # the service outlives a failed round
                log.warning("central applier round failed: %s", type(exc).__name__)
                if listener is not None:
                    listener.close()
                    listener = None
                stop.wait(idle)
        if listener is not None:
            listener.close()


def _windows_of(s: Session) -> Callable[[str], frozenset[str] | None]:
    """The windows of each registered workstation (ids); None for an unregistered name
    (events the owner pushed itself, e.g. a repair)."""
    registered = set(s.scalars(select(CentralWorkstation.code)))

    def windows_of(code: str) -> frozenset[str] | None:
        if code not in registered:
            return None
        return frozenset(
            s.scalars(
                select(Window.id)
                .join(WorkstationWindow, WorkstationWindow.window_code == Window.code)
                .where(WorkstationWindow.workstation == code)
            )
        )

    return windows_of

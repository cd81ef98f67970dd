"""Checking a whole journal: every workstation's hash chain, and one database against others.

The chain check itself is the services' (:func:`clerk_app.services.audit.verify`, which
``clerk-app audit verify`` runs); the sync tests and tools ask it for the problems only.
"""

from __future__ import annotations

from sqlalchemy import select

from clerk_app.domain.audit import ChainProblem
from clerk_app.services.audit import verify
from clerk_app.store.db import Database
from clerk_app.store.models import Event


def verify_journal(db: Database) -> list[ChainProblem]:
    """Every workstation chain in this database, checked against its recorded head."""
    return list(verify(db).problems)


def event_ids(db: Database, workstation: str | None = None) -> set[str]:
    with db.read_sessions() as s:
        stmt = select(Event.id)
        if workstation is not None:
            stmt = stmt.where(Event.workstation == workstation)
        return set(s.scalars(stmt))

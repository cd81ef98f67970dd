"""Checking a whole journal: every workstation's hash chain, and one database against others."""

from __future__ import annotations

from itertools import groupby

from sqlalchemy import select

from clerk_app.domain.audit import ChainProblem, verify_chain
from clerk_app.services.journal import JournalRow
from clerk_app.store.db import Database
from clerk_app.store.models import ChainHead, Event


def verify_journal(db: Database) -> list[ChainProblem]:
    """Every workstation chain in this database, checked against its recorded head."""
    problems: list[ChainProblem] = []
    with db.sessions() as s:
        heads = {h.workstation: (h.seq, h.hash) for h in s.scalars(select(ChainHead))}
        rows = s.scalars(select(Event).order_by(Event.workstation, Event.seq))
        seen: set[str] = set()
        for ws, events in groupby(rows, key=lambda e: e.workstation):
            seen.add(ws)
            links = (JournalRow.of(e) for e in events)
            problems += verify_chain(ws, links, heads.get(ws))
        for ws in heads.keys() - seen:
            problems += verify_chain(ws, [], heads[ws])
    return problems


def event_ids(db: Database, workstation: str | None = None) -> set[str]:
    with db.sessions() as s:
        stmt = select(Event.id)
        if workstation is not None:
            stmt = stmt.where(Event.workstation == workstation)
        return set(s.scalars(stmt))

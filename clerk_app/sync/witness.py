"""The central as the witness of every workstation's chain.

A workstation's own chain head can be rewritten together with its journal (cut the tail
and fix the head, or re-hash everything). The central keeps its own copy of what it
acknowledged: ``chain_head`` for what each workstation pushed, and its journal for what
this database has pulled. A local chain shorter than that, or with another hash at the
acknowledged event, was rewritten here.
"""

from __future__ import annotations

from sqlalchemy import and_, func, select

from clerk_app.domain.audit import witness_problems
from clerk_app.store.db import Database
from clerk_app.store.models import ChainHead, Event
from clerk_app.store.models.sync import SyncState
from clerk_app.sync.central import translate_errors

PULLED_THROUGH = "pulled_through"  # the sync engine's cursor (sync_state key)


def central_witness(
    local: Database, central: Database, workstation: str
) -> dict[str, tuple[int, str]]:
    """(seq, hash) per workstation that ``local`` must hold: for ``workstation`` itself the
    central's head of its chain; for the others, their last event at or before the
    central number this database has pulled through."""
    with local.read_sessions() as s:
        cursor_row = s.get(SyncState, PULLED_THROUGH)
        cursor = int(cursor_row.value) if cursor_row is not None else 0
    witness: dict[str, tuple[int, str]] = {}
    with central.read_sessions() as cs, translate_errors():
        own = cs.get(ChainHead, workstation)
        if own is not None:
            witness[workstation] = (own.seq, own.hash)
        if cursor > 0:
            last = (
                select(Event.workstation, func.max(Event.seq).label("seq"))
                .where(Event.central_seq <= cursor, Event.workstation != workstation)
                .group_by(Event.workstation)
                .subquery()
            )
            rows = cs.execute(
                select(Event.workstation, Event.seq, Event.hash).join(
                    last, and_(Event.workstation == last.c.workstation, Event.seq == last.c.seq)
                )
            ).all()
            witness.update({ws: (seq, h) for ws, seq, h in rows})
    return witness


def own_chain_mismatch(local: Database, central: Database, workstation: str) -> str | None:
    """What the sync engine checks each round: this workstation's chain against the
    central's head of it. None when they agree; else the reason, for the status line."""
    with central.read_sessions() as cs, translate_errors():
        own = cs.get(ChainHead, workstation)
    if own is None:
        return None
    with local.read_sessions() as s:
        last = s.scalar(select(func.max(Event.seq)).where(Event.workstation == workstation))
        at = s.scalar(
            select(Event.hash).where(Event.workstation == workstation, Event.seq == own.seq)
        )
    problems = witness_problems(workstation, (own.seq, own.hash), int(last or 0), at)
    if not problems:
        return None
    if int(last or 0) < own.seq:
        return (
            f"本机审计链只到第{int(last or 0)}条事件，中心数据库已确认到第{own.seq}条："
            "本机的事件被删除过。请联系管理员运行 clerk-app audit verify"
        )
    return (
        f"本机第{own.seq}条事件与中心数据库确认的不一致：本机的审计链被改写过。"
        "请联系管理员运行 clerk-app audit verify"
    )

"""Service calls for complaints beyond filing and closing: the import of a hotline export
(the file is read in the worker), follow-ups and the handling limit."""

from __future__ import annotations

from pathlib import Path

from clerk_app.services import complaint_import, complaints
from clerk_app.services.complaint_import import ImportResult
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import WriteOp


def import_work_orders(session: SignedOn, path: Path) -> WriteOp[ImportResult]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: complaint_import.import_work_orders(ctx, actor, path.read_bytes(), path.name),
    )


def follow_up(session: SignedOn, complaint_id: str, note: str) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: complaints.follow_up(ctx, actor, complaint_id, note))

"""Service calls of the 绩效考核 page, off the GUI thread (reads on the I/O pool, writes on
the writer thread)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from clerk_app.domain.scores import System
from clerk_app.services import board, scores
from clerk_app.services.scores import ScoreReport
from clerk_app.ui.ports import Printout
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import QueryOp, WriteOp


def load(
    session: SignedOn, start: date, end: date, by_staff: bool = False
) -> QueryOp[tuple[ScoreReport, dict[str, str]]]:
    """The period's scores (departments, or staff by post), and the department names (for
    entering a rating)."""
    ctx, actor = session.ctx, session.actor
    scorer = scores.staff_scores if by_staff else scores.department_scores
    return QueryOp(
        session.tasks,
        lambda: (scorer(ctx, actor, start=start, end=end), board.names(ctx).departments),
    )


def enter_rating(
    session: SignedOn,
    start: date,
    end: date,
    department_id: str,
    kind: str,
    score: float,
    note: str,
) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(
        session.tasks,
        lambda: scores.enter_rating(
            ctx,
            actor,
            start=start,
            end=end,
            department_id=department_id,
            kind=kind,
            score=score,
            note=note,
        ),
    )


def export_excel(
    session: SignedOn, start: date, end: date, path: Path, by_staff: bool = False
) -> QueryOp[Path]:
    ctx, actor = session.ctx, session.actor

    def work() -> Path:
        from clerk_app.files import write_atomic

        data = scores.score_excel(ctx, actor, start=start, end=end, by_staff=by_staff)
        return write_atomic(path, data)

    return QueryOp(session.tasks, work)


def report_pdf(
    session: SignedOn, start: date, end: date, by_staff: bool = False
) -> QueryOp[Printout]:
    """The scoring report rendered for the preview (not archived: it can be rebuilt)."""
    ctx, actor, by = session.ctx, session.actor, session.badge.name

    def work() -> Printout:
        from clerk_app import printing

        doc = scores.score_report(
            ctx, actor, start=start, end=end, generated_by=by, by_staff=by_staff
        )
        title = f"绩效考核得分表 {start.isoformat()} 至 {end.isoformat()}"
        return Printout(title=title, pdf=printing.render(doc), kind="score_report")

    return QueryOp(session.tasks, work)


def score_system_form(session: SignedOn) -> QueryOp[tuple[System, dict[str, str]]]:
    """The indicator system and the department names (for a department type's standard)."""
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: (scores.system(ctx), board.names(ctx).departments))


def set_score_system(session: SignedOn, system: System) -> WriteOp[System]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: scores.set_system(ctx, actor, system))

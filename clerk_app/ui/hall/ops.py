"""The hall's user actions: reads on the I/O pool, the two writes (a review, a kiosk
ticket) on the single writer, through the existing use cases."""

from __future__ import annotations

from clerk_app.services import hall, reviews
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.hall import KioskDepartment, PadState
from clerk_app.services.reviews import ReviewView
from clerk_app.services.tickets import TicketView
from clerk_app.ui.tasks import QueryOp, Tasks, WriteOp

PAD_NAME = "服务评价器"


def pad_actor() -> Actor:
    """Who submits a review at the pad: the applicant, through the pad, never named."""
    return Actor.device(PAD_NAME)


def load_pad(tasks: Tasks, ctx: ServiceContext, window_id: str) -> QueryOp[PadState]:
    return QueryOp(tasks, lambda: hall.pad_state(ctx, window_id))


def find_case(tasks: Tasks, ctx: ServiceContext, case_no: str) -> QueryOp[tuple[str, str]]:
    return QueryOp(tasks, lambda: hall.case_to_rate(ctx, case_no))


def submit_review(
    tasks: Tasks,
    ctx: ServiceContext,
    *,
    level: int | None,
    ticket_id: str | None,
    case_id: str | None,
    comment: str,
    request_id: str,
) -> WriteOp[ReviewView]:
    return WriteOp(
        tasks,
        lambda: reviews.submit_review(
            ctx,
            pad_actor(),
            level=level,
            ticket_id=ticket_id,
            case_id=case_id,
            comment=comment,
            request_id=request_id,
        ),
    )


def load_menu(tasks: Tasks, ctx: ServiceContext) -> QueryOp[list[KioskDepartment]]:
    return QueryOp(tasks, lambda: hall.kiosk_menu(ctx))


def issue_at_kiosk(
    tasks: Tasks, ctx: ServiceContext, item_id: str, mobile: str, request_id: str
) -> WriteOp[TicketView]:
    return WriteOp(
        tasks,
        lambda: hall.issue_at_kiosk(ctx, item_id=item_id, mobile=mobile, request_id=request_id),
    )

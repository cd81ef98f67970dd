"""效能投诉: recorded at the front, resolved by a supervisor; a substantiated one opens an
accountability record naming the responsible staff."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.domain.reviews import ComplaintOutcome
from clerk_app.services import complaints
from clerk_app.services.complaints import Reply
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.store.models import AccountabilityRecord, Complaint, Event
from tests.helpers.factories import SmallCenter

# Until complaints is listed in events.load_appliers(), importing it registers its appliers.


def _counts(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.db.sessions() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
            for t in (Complaint, AccountabilityRecord, Event)
        )


def _file(ctx: ServiceContext, center: SmallCenter) -> str:
    return complaints.file_complaint(
        ctx,
        center.guide.actor(),
        complainant="刘女士",
        phone="13912345678",
        content="窗口人员办理期间长时间接打私人电话",
        staff_id=center.clerk.staff_id,
    )


def test_substantiated_complaint_opens_an_accountability_record(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    complaint_id = _file(ctx, center)
    [waiting] = complaints.open_complaints(ctx, department_id=center.market_dept)
    assert (waiting.id, waiting.department_id, waiting.status) == (
        complaint_id,
        center.market_dept,
        "open",
    )
    assert complaints.open_complaints(ctx, department_id=center.tax_dept) == []

    view = complaints.resolve_complaint(
        ctx,
        center.supervisor.actor(),
        complaint_id,
        outcome=ComplaintOutcome.CRITICISED,
        substantiated=True,
        note="调取监控属实，已对当事人批评教育",
        reply=Reply("phone", True, "已电话告知投诉人处理结果"),
    )
    assert view.status == "substantiated" and view.outcome.startswith("批评教育：")
    assert complaints.open_complaints(ctx) == []
    with ctx.db.sessions() as s:
        record = s.get(AccountabilityRecord, view.accountability_id)
        assert record is not None
        assert (record.cause, record.complaint_id, record.department_id, record.status) == (
            "complaint",
            complaint_id,
            center.market_dept,
            "open",
        )
        assert record.direct_staff_id == center.clerk.staff_id
        # the department has no leaders set in this centre
        assert (record.supervising_staff_id, record.main_staff_id) == (None, None)


def test_unfounded_complaint_opens_no_record(ctx: ServiceContext, center: SmallCenter) -> None:
    complaint_id = _file(ctx, center)
    view = complaints.resolve_complaint(
        ctx,
        center.supervisor.actor(),
        complaint_id,
        outcome="投诉不属实",
        substantiated=False,
        note="核实当时为工作电话",
        reply=Reply("phone", True, "已电话告知投诉人处理结果"),
    )
    assert view.status == "unfounded" and view.accountability_id is None
    assert _counts(ctx)[1] == 0
    with pytest.raises(IllegalTransition):
        complaints.resolve_complaint(
            ctx,
            center.supervisor.actor(),
            complaint_id,
            outcome=ComplaintOutcome.CRITICISED,
            substantiated=True,
            note="改判",
        )


def test_contradictory_or_incomplete_resolution_writes_nothing(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    complaint_id = _file(ctx, center)
    before = _counts(ctx)
    for outcome, substantiated, note in [
        (ComplaintOutcome.UNFOUNDED, True, "属实"),
        (ComplaintOutcome.APOLOGISED, False, "不属实"),
        ("随便处理", True, "属实"),
        (ComplaintOutcome.CRITICISED, True, "  "),
    ]:
        with pytest.raises(InvalidInput):
            complaints.resolve_complaint(
                ctx,
                center.supervisor.actor(),
                complaint_id,
                outcome=outcome,
                substantiated=substantiated,
                note=note,
            )
    assert _counts(ctx) == before


def test_who_may_file_and_resolve(ctx: ServiceContext, center: SmallCenter) -> None:
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        complaints.file_complaint(
            ctx, center.admin.actor(), complainant="刘女士", content="态度生硬"
        )
    with pytest.raises(InvalidInput):
        complaints.file_complaint(ctx, center.clerk.actor(), complainant=" ", content="态度生硬")
    with pytest.raises(NotFound):
        complaints.file_complaint(
            ctx,
            center.clerk.actor(),
            complainant="刘女士",
            content="态度生硬",
            staff_id="no-such-staff",
        )
    assert _counts(ctx) == before
    complaint_id = complaints.file_complaint(
        ctx,
        center.clerk_b.actor(),
        complainant="匿名",
        content="税务窗口午休无人",
        department_id=center.tax_dept,
    )
    for who in (center.clerk, center.guide, center.admin):
        with pytest.raises(PermissionDenied):
            complaints.resolve_complaint(
                ctx,
                who.actor(),
                complaint_id,
                outcome=ComplaintOutcome.EXPLAINED,
                substantiated=False,
                note="已解释",
            )
    assert complaints.get_complaint(ctx, complaint_id).status == "open"

"""Authority per object: a clerk acts on the cases of their department and the queue of
their own window; the statistics of the centre are for supervisors (and a department's
leader, for that department); an actor cannot be made up by a caller."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, select

from clerk_app.domain.cases import CaseState, Decision
from clerk_app.services import auth, board, casework, counter_calls, intake, joint, tickets
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.statistics import Grouping, performance
from clerk_app.store.models import Event
from tests.helpers.clock import FakeClock
from tests.helpers.factories import PASSWORD, SmallCenter, add_joint_item
from tests.unit.services.test_cases import PERSON, _all_received


def _accepted(ctx: ServiceContext, center: SmallCenter, who: auth.Badge, item_id: str) -> str:
    received = intake.receive(
        ctx,
        who.actor(),
        item_id=item_id,
        applicant=PERSON,
        materials=_all_received(ctx, item_id),
    )
    return intake.accept(ctx, who.actor(), received.id).id


def _events(ctx: ServiceContext) -> int:
    with ctx.db.read_sessions() as s:
        return s.scalar(select(func.count()).select_from(Event)) or 0


def test_a_market_clerk_cannot_complete_a_tax_case(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    tax_case = _accepted(ctx, center, center.tax_clerk, center.tax_item)
    before = _events(ctx)
    with pytest.raises(PermissionDenied, match="不属于本部门"):
        casework.complete(ctx, center.clerk.actor(), tax_case, decision=Decision.APPROVED)
    for refused in (
        lambda: casework.request_extension(
            ctx, center.clerk.actor(), tax_case, workdays=2, reason="核查"
        ),
        lambda: casework.suspend(
            ctx, center.clerk.actor(), tax_case, reason="检测", detail="送检", expected_workdays=2
        ),
    ):
        with pytest.raises(PermissionDenied):
            refused()
    assert _events(ctx) == before  # nothing written
    assert casework.get(ctx, tax_case).state is CaseState.ACCEPTED
    done = casework.complete(ctx, center.tax_clerk.actor(), tax_case, decision=Decision.APPROVED)
    assert done.state is CaseState.COMPLETED


def test_a_received_case_of_another_department_cannot_be_decided(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    received = intake.receive(
        ctx,
        center.tax_clerk.actor(),
        item_id=center.tax_item,
        applicant=PERSON,
        materials=_all_received(ctx, center.tax_item),
    )
    with pytest.raises(PermissionDenied, match="无权受理"):
        intake.accept(ctx, center.clerk.actor(), received.id)
    with pytest.raises(PermissionDenied):
        intake.tell_on_spot(ctx, center.clerk.actor(), received.id, "无需许可")


def test_a_colleague_of_the_same_department_may_complete_the_case(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    # Same department: allowed (the case follows the department, not one person).
    case_id = _accepted(ctx, center, center.clerk, center.promised_item)
    done = casework.complete(ctx, center.clerk_b.actor(), case_id, decision=Decision.APPROVED)
    assert done.state is CaseState.COMPLETED


def test_a_joint_step_lets_the_other_department_act_on_its_own_step_only(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    item = add_joint_item(ctx, center)
    case_id = _accepted(ctx, center, center.clerk, item)
    market_step, tax_step = joint.steps_of(ctx, case_id)
    with pytest.raises(PermissionDenied):
        joint.complete_step(ctx, center.tax_clerk.actor(), market_step.id, "同意")
    joint.complete_step(ctx, center.tax_clerk.actor(), tax_step.id, "同意")
    # The joint step makes the case one the tax clerk may act on (e.g. ask an extension).
    casework.request_extension(ctx, center.tax_clerk.actor(), case_id, workdays=2, reason="核查")


def test_a_clerk_works_only_the_queue_of_their_own_window(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    clerk = center.clerk.actor()  # signed on at window A
    with pytest.raises(PermissionDenied, match="本人签到的窗口"):
        tickets.call_next(ctx, clerk, window_id=center.window_b)
    with pytest.raises(PermissionDenied):
        counter_calls.pause_window(ctx, clerk, center.window_b, "午休")
    called = tickets.call_next(ctx, center.clerk_b.actor(), window_id=center.window_b)
    assert called is not None
    for act in (tickets.recall, tickets.no_show, tickets.start_serving, tickets.finish):
        with pytest.raises(PermissionDenied):
            act(ctx, clerk, called.id)
    assert tickets.get_ticket(ctx, called.id).window_id == center.window_b
    tickets.recall(ctx, center.clerk_b.actor(), called.id)  # its own window may


def test_a_clerk_signed_on_without_a_window_calls_nobody(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    away = auth.log_in(ctx, "C001", PASSWORD).actor()
    with pytest.raises(PermissionDenied, match="未在窗口签到"):
        tickets.call_next(ctx, away, window_id=center.window_a)


def test_centre_statistics_are_for_supervisors(ctx: ServiceContext, center: SmallCenter) -> None:
    period = dict(start=date(2026, 11, 1), end=date(2026, 11, 30))
    for who in (center.clerk, center.tax_clerk, center.guide):
        with pytest.raises(PermissionDenied, match="绩效统计"):
            performance(ctx, who.actor(), **period)  # type: ignore[arg-type]
        with pytest.raises(PermissionDenied):
            board.performance_report(ctx, who.actor(), **period)  # type: ignore[arg-type]
    performance(ctx, center.supervisor.actor(), **period)  # type: ignore[arg-type]
    performance(ctx, center.admin.actor(), **period)  # type: ignore[arg-type]


def test_a_department_leader_sees_their_own_department_only(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    _accepted(ctx, center, center.clerk, center.promised_item)
    _accepted(ctx, center, center.tax_clerk, center.tax_item)
    auth.add_staff(
        ctx,
        Actor.system(),
        staff_no="L001",
        name="吴局长",
        role=Role.LEADER,
        password=PASSWORD,
        department_id=center.tax_dept,
    )
    leader = auth.log_in(ctx, "L001", PASSWORD).actor()
    period = dict(start=date(2026, 11, 1), end=date(2026, 11, 30))
    rows = performance(ctx, leader, group=Grouping.DEPARTMENT, **period)  # type: ignore[arg-type]
    assert [(r.key, r.counts.accepted) for r in rows] == [(center.tax_dept, 1)]
    with pytest.raises(PermissionDenied, match="本部门"):
        performance(ctx, leader, department_id=center.market_dept, **period)  # type: ignore[arg-type]
    everything = performance(ctx, center.supervisor.actor(), group=Grouping.DEPARTMENT, **period)  # type: ignore[arg-type]
    assert len(everything) == 2


def test_an_actor_cannot_be_assembled_by_a_caller(center: SmallCenter) -> None:
    with pytest.raises(PermissionDenied, match="登录服务"):
        Actor(staff_id=center.clerk.staff_id, role=Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        dataclasses.replace(center.clerk.actor(), role=Role.ADMIN)
    assert center.clerk.actor().role is Role.CLERK


def test_the_actor_of_a_staff_record_takes_its_role_from_the_record(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    actor = auth.actor_of_staff(ctx, center.clerk.staff_id, window_id=center.window_a)
    assert (actor.role, actor.department_id) == (Role.CLERK, center.market_dept)

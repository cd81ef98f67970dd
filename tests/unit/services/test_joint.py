"""并联审批: one joint case, one acceptance, a step per department with its own limit."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.domain.cases import CaseState, Decision, ItemKind
from clerk_app.domain.errors import InvalidInput, RuleViolation
from clerk_app.services import casework, catalogue, intake, joint
from clerk_app.services.catalogue import JointStepSpec, MaterialSpec
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.intake import Applicant, MaterialCheck
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, add_joint_item, valid_id_card


def _accepted(ctx: ServiceContext, center: SmallCenter, item_id: str) -> intake.CaseView:
    item = catalogue.get_item(ctx, item_id)
    case = intake.receive(
        ctx,
        center.clerk.actor(),
        item_id=item_id,
        applicant=Applicant("person", "钱七", valid_id_card()),
        materials=[MaterialCheck(m, "received", 1) for m in item.material_ids],
    )
    return intake.accept(ctx, center.clerk.actor(), case.id)


def test_a_joint_item_needs_departments_within_the_promised_limit(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    common = dict(
        code="J-BAD",
        name="错误联办件",
        kind=ItemKind.JOINT,
        department_id=center.market_dept,
        statutory_limit=45,
        promised_limit=10,
        materials=[MaterialSpec("申请表")],
    )
    with pytest.raises(RuleViolation):  # one department is no joint case
        catalogue.add_item(
            ctx,
            Actor.system(),
            **common,  # type: ignore[arg-type]
            joint_steps=[JointStepSpec(center.market_dept, 3)],
        )
    with pytest.raises(RuleViolation):  # a step longer than the whole case
        catalogue.add_item(
            ctx,
            Actor.system(),
            **common,  # type: ignore[arg-type]
            joint_steps=[JointStepSpec(center.market_dept, 3), JointStepSpec(center.tax_dept, 11)],
        )
    with pytest.raises(InvalidInput):  # steps only on joint items
        catalogue.add_item(
            ctx,
            Actor.system(),
            code="P-1",
            name="承诺件",
            kind=ItemKind.PROMISED,
            department_id=center.market_dept,
            statutory_limit=20,
            promised_limit=5,
            materials=[],
            joint_steps=[JointStepSpec(center.tax_dept, 2), JointStepSpec(center.market_dept, 2)],
        )
    item = catalogue.get_item(ctx, add_joint_item(ctx, center))
    assert [(j.department_name, j.step_limit) for j in item.joint_steps] == [
        ("测试县市场监督管理局", 3),
        ("国家税务总局测试县税务局", 5),
    ]


def test_each_department_does_its_step_then_the_lead_completes(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    case = _accepted(ctx, center, add_joint_item(ctx, center))
    assert case.due_date == date(2026, 11, 16)  # one overall due date
    steps = {s.department_id: s for s in joint.steps_of(ctx, case.id)}
    assert steps[center.market_dept].is_lead and steps[center.market_dept].due_date == date(
        2026, 11, 5
    )
    assert steps[center.tax_dept].due_date == date(2026, 11, 9)
    assert [s.case_no for s in joint.open_steps(ctx, center.tax_dept)] == [case.case_no]

    with pytest.raises(RuleViolation, match="税务局"):
        casework.complete(ctx, center.clerk.actor(), case.id, decision=Decision.APPROVED)
    with pytest.raises(PermissionDenied):  # another department's step
        joint.complete_step(ctx, center.clerk.actor(), steps[center.tax_dept].id, "同意")
    joint.complete_step(ctx, center.clerk.actor(), steps[center.market_dept].id, "营业执照已核发")

    clock.set_day(date(2026, 11, 10))  # the tax step ran a day late; the case is still on time
    late = joint.steps_of(ctx, case.id)
    assert [s.late for s in late if s.department_id == center.tax_dept] == [True]
    assert casework.get(ctx, case.id).overdue is False
    done = joint.complete_step(
        ctx, center.tax_clerk.actor(), steps[center.tax_dept].id, "税务登记已办"
    )
    assert done.late and done.done_on == date(2026, 11, 10)
    completed = casework.complete(ctx, center.clerk.actor(), case.id, decision=Decision.APPROVED)
    assert completed.state is CaseState.COMPLETED
    assert joint.open_steps(ctx, center.tax_dept) == []


def test_other_items_have_no_steps(ctx: ServiceContext, center: SmallCenter) -> None:
    case = _accepted(ctx, center, center.promised_item)
    assert joint.steps_of(ctx, case.id) == []

"""Logging in (lock after five failures), staff accounts, the catalogue and first contacts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clerk_app.domain.errors import InvalidInput
from clerk_app.services import auth, catalogue, first_contact
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.services.errors import AccountLocked, LoginFailed, PermissionDenied
from clerk_app.store.models import Event, Staff
from tests.helpers.clock import FakeClock
from tests.helpers.factories import PASSWORD, SmallCenter, add_joint_item


def test_login_gives_the_badge_of_the_window(ctx: ServiceContext, center: SmallCenter) -> None:
    badge = auth.log_in(ctx, " C001 ", PASSWORD, window_id=center.window_a)
    assert (badge.name, badge.role, badge.window_code) == ("李窗口", Role.CLERK, "A01")
    assert badge.department_name == "测试县市场监督管理局"
    assert badge.actor().window_id == center.window_a


def test_five_wrong_passwords_lock_for_fifteen_minutes(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginFailed, match=f"还可尝试 {left} 次"):
            auth.log_in(ctx, "C001", "wrong-password")
    with pytest.raises(AccountLocked):
        auth.log_in(ctx, "C001", "wrong-password")
    with pytest.raises(AccountLocked):  # even the right password waits
        auth.log_in(ctx, "C001", PASSWORD)
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        auth.log_in(ctx, "C001", PASSWORD)
    clock.advance(minutes=2)
    assert auth.log_in(ctx, "C001", PASSWORD).staff_no == "C001"
    with ctx.db.sessions() as s:
        staff = s.scalar(select(Staff).where(Staff.staff_no == "C001"))
        assert staff is not None and staff.failed_logins == 0 and staff.locked_until is None


def test_unknown_staff_and_password_hashes(ctx: ServiceContext, center: SmallCenter) -> None:
    with pytest.raises(LoginFailed):
        auth.log_in(ctx, "NOBODY", PASSWORD)
    with ctx.db.sessions() as s:
        hashes = list(s.scalars(select(Staff.password_hash)))
    assert all(h.startswith("scrypt$") and PASSWORD not in h for h in hashes)
    assert len(set(hashes)) == len(hashes)  # salted: the same password, different hashes


def test_only_an_admin_adds_staff(ctx: ServiceContext, center: SmallCenter) -> None:
    with ctx.db.sessions() as s:
        before = s.scalar(select(func.count()).select_from(Event))
    with pytest.raises(PermissionDenied):
        auth.add_staff(
            ctx,
            center.clerk.actor(),
            staff_no="X1",
            name="某人",
            role=Role.CLERK,
            password=PASSWORD,
        )
    with pytest.raises(InvalidInput):
        auth.add_staff(
            ctx,
            center.admin.actor(),
            staff_no="C001",
            name="重复",
            role=Role.CLERK,
            password=PASSWORD,
        )
    with pytest.raises(InvalidInput):
        auth.add_staff(
            ctx, center.admin.actor(), staff_no="X2", name="短密码", role=Role.CLERK, password="123"
        )
    with ctx.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == before


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("yyzz", {"SCJG-001", "SCJG-003"}),
        ("营业执照", {"SCJG-001", "SCJG-003"}),
        ("SW-001", {"SW-001"}),
        ("spjy", {"SCJG-002"}),
        ("不存在的事项", set()),
    ],
)
def test_catalogue_search_by_name_code_and_pinyin(
    ctx: ServiceContext, center: SmallCenter, text: str, codes: set[str]
) -> None:
    assert {i.code for i in catalogue.search_items(ctx, text)} == codes


def test_item_guide_has_materials_and_limits(ctx: ServiceContext, center: SmallCenter) -> None:
    item = catalogue.get_item(ctx, center.promised_item)
    assert (item.statutory_limit, item.promised_limit, item.max_extension) == (20, 10, 10)
    assert [m.name for m in item.materials] == [
        "食品经营许可申请书",
        "营业执照",
        "食品安全管理制度",
    ]
    assert item.department_name == "测试县市场监督管理局"


def test_promised_limit_never_longer_than_statutory(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    from clerk_app.domain.cases import ItemKind
    from clerk_app.domain.errors import RuleViolation

    with pytest.raises(RuleViolation):
        catalogue.add_item(
            ctx,
            Actor.system(),
            code="BAD-1",
            name="错误事项",
            department_id=center.market_dept,
            kind=ItemKind.PROMISED,
            statutory_limit=10,
            promised_limit=15,
            materials=[],
        )


def test_first_contact_and_referral_from_the_front_desk(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    guide = center.guide.actor()
    with pytest.raises(InvalidInput):
        first_contact.record_first_contact(ctx, guide, visitor_name="王五", question="  ")
    with pytest.raises(InvalidInput):
        first_contact.record_first_contact(
            ctx, guide, visitor_name="王五", question="发票", visitor_phone="12345"
        )
    contact = first_contact.record_first_contact(
        ctx, guide, visitor_name="王五", question="怎么领发票", visitor_phone="138 1234 5678"
    )
    ref = first_contact.refer(
        ctx,
        guide,
        to_department_id=center.tax_dept,
        matter="发票领用咨询",
        first_contact_id=contact,
        visitor_name="王五",
    )
    [mine] = first_contact.my_referrals(ctx, center.guide.staff_id)
    assert (mine.id, mine.status, mine.to_department_name) == (
        ref,
        "open",
        "国家税务总局测试县税务局",
    )
    first_contact.take_referral(ctx, center.tax_clerk.actor(), ref)
    assert first_contact.get_referral(ctx, ref).status == "taken"
    first_contact.close_referral(ctx, center.tax_clerk.actor(), ref, "已电话答复")
    assert first_contact.get_referral(ctx, ref).status == "done"
    assert [r.id for r in first_contact.incoming_referrals(ctx, center.tax_dept)] == [ref]


def test_a_search_gives_each_item_its_own_materials_department_and_steps(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    joint_id = add_joint_item(ctx, center)
    found = {i.id: i for i in catalogue.search_items(ctx, "")}
    assert len(found) >= 3
    for item_id, view in found.items():
        assert view == catalogue.get_item(ctx, item_id)  # the batch reads what one read reads
    assert [s.department_name for s in found[joint_id].joint_steps] == [
        "测试县市场监督管理局",
        "国家税务总局测试县税务局",
    ]
    assert all(not v.joint_steps for i, v in found.items() if i != joint_id)
    assert found[center.promised_item].material_ids != found[joint_id].material_ids

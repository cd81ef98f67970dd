"""The administrator sets up the centre: every change an attributed event, only by an
administrator, checked again when applied; limits, cancelled items, the last admin."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from clerk_app.domain.cases import CaseState, Decision
from clerk_app.domain.errors import ClerkError, InvalidInput, RuleViolation
from clerk_app.services import auth, catalogue, intake, item_admin, organisation, staff_admin
from clerk_app.services.audit import replay, state_dump, verify
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import LoginFailed, PermissionDenied
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.services.setup_records import (
    DepartmentRecord,
    ItemRecord,
    MaterialRecord,
    QueueRecord,
    StaffRecord,
    WindowRecord,
    counters_usable,
    setup_steps,
)
from clerk_app.services.setup_records import organisation as read_organisation
from clerk_app.store.models import Case, Event, ItemMaterial, Staff
from tests.helpers.clock import FakeClock
from tests.helpers.databases import fresh_sqlite
from tests.helpers.factories import PASSWORD, SmallCenter, valid_id_card

PERSON = Applicant("person", "张三", valid_id_card(), "13812345678")


def _item(ctx: ServiceContext, item_id: str) -> ItemRecord:
    return next(i for i in read_organisation(ctx).items if i.id == item_id)


def _events(ctx: ServiceContext, kind: str) -> list[Event]:
    with ctx.db.read_sessions() as s:
        return list(s.scalars(select(Event).where(Event.type == kind)))


def test_only_an_administrator_changes_the_organisation(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    org = read_organisation(ctx)
    assert org.center is not None
    dept = org.departments[0]
    item = _item(ctx, center.promised_item)
    staff = next(p for p in org.staff if p.staff_no == "C001")
    window = org.windows[0]
    the_center = org.center
    calls: list[Callable[[Actor], object]] = [
        lambda a: organisation.save_center(ctx, a, replace(the_center, name="改名")),
        lambda a: organisation.save_department(ctx, a, replace(dept, phone="12345")),
        lambda a: organisation.save_window(ctx, a, replace(window, zone="二楼")),
        lambda a: organisation.save_queue(ctx, a, org.queues[0]),
        lambda a: staff_admin.save_staff(ctx, a, replace(staff, role="admin")),
        lambda a: staff_admin.reset_password(ctx, a, staff.id),
        lambda a: staff_admin.unlock(ctx, a, staff.id),
        lambda a: item_admin.save_item(ctx, a, replace(item, promised_limit=1)),
    ]
    for badge in (center.clerk, center.supervisor, center.guide):
        for call in calls:
            with pytest.raises(PermissionDenied):
                call(badge.actor())
    assert _events(ctx, "department.updated") == []


def test_centre_and_department_details_are_saved_as_attributed_events(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    admin = center.admin.actor()
    org = read_organisation(ctx)
    assert org.center is not None
    organisation.save_center(
        ctx,
        admin,
        replace(
            org.center,
            supervision_phone="0571-88880000",
            opening_hours="工作日 9:00-12:00，13:30-17:00",
            progress_query_url="https://zwfw.example.gov.cn/q",
            seal_text="测试县政务服务中心",
        ),
    )
    leader_id, password = staff_admin.save_staff(
        ctx,
        admin,
        StaffRecord(staff_no="L001", name="吴局长", role="leader", department_id=center.tax_dept),
    )
    assert password is not None and len(password) == 8
    tax = next(d for d in read_organisation(ctx).departments if d.id == center.tax_dept)
    organisation.save_department(
        ctx,
        admin,
        replace(
            tax,
            head_staff_id=leader_id,
            reconsideration_body="国家税务总局测试市税务局",
            litigation_court="测试市中级人民法院",
        ),
    )
    org = read_organisation(ctx)
    assert org.center is not None and org.center.seal_text == "测试县政务服务中心"
    tax = next(d for d in org.departments if d.id == center.tax_dept)
    assert tax.head_staff_id == leader_id
    assert tax.reconsideration_body == "国家税务总局测试市税务局"
    [event] = _events(ctx, "department.updated")
    assert event.actor_id == center.admin.staff_id
    assert verify(ctx.db).ok


def test_bad_input_is_refused_naming_the_field(ctx: ServiceContext, center: SmallCenter) -> None:
    admin = center.admin.actor()
    market = next(d for d in read_organisation(ctx).departments if d.id == center.market_dept)
    with pytest.raises(InvalidInput) as err:
        organisation.save_department(ctx, admin, replace(market, id="", name=""))
    assert err.value.field == "department_name"
    with pytest.raises(InvalidInput) as err:  # a clerk, not a leader, as head
        organisation.save_department(
            ctx, admin, replace(market, head_staff_id=center.clerk.staff_id)
        )
    assert err.value.field == "department_head" and "部门负责人" in err.value.message
    with pytest.raises(InvalidInput) as err:
        organisation.save_queue(ctx, admin, QueueRecord(code="Q9", name="九", prefix="9"))
    assert err.value.field == "queue_prefix"
    with pytest.raises(InvalidInput) as err:
        organisation.save_window(
            ctx, admin, WindowRecord(code="A01", name="重复", queue_ids=(center.market_queue,))
        )
    assert err.value.field == "window_code"


def test_a_window_kind_keeps_the_green_channel_flag(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    admin = center.admin.actor()
    wid = organisation.save_window(
        ctx,
        admin,
        WindowRecord(
            code="G01",
            name="绿色通道窗口",
            department_id=center.market_dept,
            extra_department_ids=(center.tax_dept,),
            queue_ids=(center.market_queue, center.tax_queue),
            kind="green",
            zone="一楼东侧",
        ),
    )
    [choice] = [w for w in catalogue.list_windows(ctx) if w.id == wid]
    assert choice.is_green_channel and choice.queue_ids == (center.market_queue, center.tax_queue)
    window = next(w for w in read_organisation(ctx).windows if w.id == wid)
    organisation.save_window(ctx, admin, replace(window, kind="comprehensive"))
    [choice] = [w for w in catalogue.list_windows(ctx) if w.id == wid]
    assert not choice.is_green_channel


def test_nobody_removes_the_last_administrator(ctx: ServiceContext, center: SmallCenter) -> None:
    admin = center.admin.actor()
    me = next(p for p in read_organisation(ctx).staff if p.staff_no == "ADM1")
    with pytest.raises(RuleViolation):
        staff_admin.save_staff(ctx, admin, replace(me, active=False))
    with pytest.raises(RuleViolation):
        staff_admin.save_staff(ctx, admin, replace(me, role="supervisor"))
    staff_admin.save_staff(ctx, admin, StaffRecord(staff_no="ADM2", name="郑管理", role="admin"))
    staff_admin.save_staff(ctx, admin, replace(me, active=False))  # now there is another


def test_a_reset_password_must_be_changed_at_sign_on(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    temporary = staff_admin.reset_password(ctx, center.admin.actor(), center.clerk.staff_id)
    with pytest.raises(LoginFailed):
        auth.log_in(ctx, "C001", PASSWORD)
    badge = auth.log_in(ctx, "C001", temporary)
    assert badge.must_change_password
    with pytest.raises(InvalidInput):
        staff_admin.change_own_password(ctx, badge.actor(), temporary, temporary)
    staff_admin.change_own_password(ctx, badge.actor(), temporary, "new-secret-1")
    assert not auth.log_in(ctx, "C001", "new-secret-1").must_change_password


def test_unlock_after_too_many_wrong_passwords(ctx: ServiceContext, center: SmallCenter) -> None:
    for _ in range(5):
        with pytest.raises(ClerkError):
            auth.log_in(ctx, "C002", "wrong-one")
    staff_admin.unlock(ctx, center.admin.actor(), center.clerk_b.staff_id)
    assert auth.log_in(ctx, "C002", PASSWORD).staff_no == "C002"


def test_a_clerk_signs_on_only_at_the_windows_listed(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    me = next(p for p in read_organisation(ctx).staff if p.staff_no == "C002")
    staff_admin.save_staff(ctx, center.admin.actor(), replace(me, window_ids=(center.window_b,)))
    with pytest.raises(LoginFailed):
        auth.log_in(ctx, "C002", PASSWORD, window_id=center.window_a)
    assert (
        auth.log_in(ctx, "C002", PASSWORD, window_id=center.window_b).window_id == center.window_b
    )


def test_a_promised_limit_above_the_statutory_one_is_refused(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    item = _item(ctx, center.promised_item)
    with pytest.raises(RuleViolation) as err:
        item_admin.save_item(ctx, center.admin.actor(), replace(item, promised_limit=25))
    assert err.value.field == "promised_limit" and "不得超过法定时限" in err.value.message


def test_an_item_with_all_its_columns_round_trips(ctx: ServiceContext, center: SmallCenter) -> None:
    record = ItemRecord(
        code="SCJG-009",
        name="食品小作坊登记",
        department_id=center.market_dept,
        queue_id=center.market_queue,
        category="confirmation",
        statutory_limit=20,
        promised_limit=5,
        deemed_approval=True,
        deemed_approval_basis="测政办〔2026〕8号",
        on_site=False,
        fees="不收费",
        fee_basis="",
        conditions="有固定场所",
        legal_basis="《食品安全法》",
        result_document="食品小作坊登记证",
        authorisation="partial",
        supplement_days=10,
        materials=(
            MaterialRecord("登记申请书", 1, 0, True, "", "示范文本一"),
            MaterialRecord("场所证明", 0, 1, False, "租赁合同亦可"),
        ),
        refusal_reasons=("不属于本部门职权范围", "申请人不具备主体资格"),
    )
    item_id = item_admin.save_item(ctx, center.admin.actor(), record)
    saved = _item(ctx, item_id)
    assert replace(saved, id="", materials=()) == replace(record, materials=())
    assert [m.sample for m in saved.materials] == ["示范文本一", ""]
    view = catalogue.get_item(ctx, item_id)
    assert view.refusal_reasons == record.refusal_reasons
    # the first material removed, a new one added: ids of the kept ones stay
    kept = saved.materials[1]
    item_admin.save_item(
        ctx,
        center.admin.actor(),
        replace(saved, materials=(kept, MaterialRecord("承诺书"))),
    )
    again = _item(ctx, item_id)
    assert [m.name for m in again.materials] == ["场所证明", "承诺书"]
    assert again.materials[0].id == kept.id


def test_deemed_approval_needs_its_basis(ctx: ServiceContext, center: SmallCenter) -> None:
    item = _item(ctx, center.promised_item)
    with pytest.raises(InvalidInput) as err:
        item_admin.save_item(ctx, center.admin.actor(), replace(item, deemed_approval=True))
    assert err.value.field == "item_deemed_basis"


def _receive(ctx: ServiceContext, center: SmallCenter, item_id: str) -> str:
    item = catalogue.get_item(ctx, item_id)
    checks = [MaterialCheck(m, "received", originals=1) for m in item.material_ids]
    return intake.receive(
        ctx, center.clerk.actor(), item_id=item_id, applicant=PERSON, materials=checks
    ).id


def test_changing_a_limit_never_moves_an_accepted_case(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case_id = _receive(ctx, center, center.promised_item)
    due = intake.accept(ctx, center.clerk.actor(), case_id).due_date
    item = _item(ctx, center.promised_item)
    item_admin.save_item(ctx, center.admin.actor(), replace(item, promised_limit=3))
    with ctx.db.read_sessions() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.due_date == due and case.limit_workdays == 10
    assert intake.preview_due_date(ctx, center.promised_item).promised_workdays == 3


def test_a_cancelled_item_is_refused_at_intake_and_its_open_cases_go_on(
    ctx: ServiceContext, center: SmallCenter, clock: FakeClock
) -> None:
    case_id = _receive(ctx, center, center.promised_item)
    intake.accept(ctx, center.clerk.actor(), case_id)
    tomorrow = date(2026, 9, 29)
    item_admin.set_item_status(
        ctx, center.admin.actor(), center.promised_item, "cancelled", tomorrow, "并入其他事项"
    )
    _receive(ctx, center, center.promised_item)  # still today: taken in
    clock.set_day(tomorrow)
    with pytest.raises(RuleViolation) as err:
        _receive(ctx, center, center.promised_item)
    assert "已取消" in err.value.message
    [found] = [i for i in catalogue.search_items(ctx, "SCJG-002")]
    assert found.cancelled_on(tomorrow)
    from clerk_app.services import casework

    done = casework.complete(ctx, center.clerk.actor(), case_id, decision=Decision.APPROVED)
    assert done.state is CaseState.COMPLETED


def test_a_material_cited_by_a_case_is_retired_not_deleted(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    _receive(ctx, center, center.promised_item)
    item = _item(ctx, center.promised_item)
    item_admin.save_item(ctx, center.admin.actor(), replace(item, materials=item.materials[1:]))
    with ctx.db.read_sessions() as s:
        first = s.get(ItemMaterial, item.materials[0].id)
        assert first is not None and first.retired
    assert len(catalogue.get_item(ctx, center.promised_item).materials) == 2


def test_the_first_run_checklist(ctx: ServiceContext) -> None:
    sys = Actor.system()
    catalogue.create_center(ctx, sys, code="X", name="新县政务服务中心")
    org = read_organisation(ctx)
    assert [s.done for s in setup_steps(org)] == [False] * 5 and not counters_usable(org)
    dept = organisation.save_department(ctx, sys, DepartmentRecord(code="D1", name="新县民政局"))
    queue = organisation.save_queue(ctx, sys, QueueRecord(code="Q1", name="民政", prefix="M"))
    window = organisation.save_window(
        ctx, sys, WindowRecord(code="M01", name="民政窗口", department_id=dept, queue_ids=(queue,))
    )
    staff_admin.save_staff(
        ctx,
        sys,
        StaffRecord(staff_no="M1", name="陈民政", department_id=dept, window_ids=(window,)),
    )
    item_admin.save_item(
        ctx,
        sys,
        ItemRecord(
            code="MZ-1",
            name="婚姻登记",
            department_id=dept,
            kind="instant",
            promised_limit=0,
            materials=(MaterialRecord("身份证"),),
        ),
    )
    assert counters_usable(read_organisation(ctx))
    with ctx.db.read_sessions() as s:
        staff = s.scalar(select(Staff).where(Staff.staff_no == "M1"))
        assert staff is not None and staff.must_change_password


def test_the_administration_events_replay_into_the_same_state(
    ctx: ServiceContext, center: SmallCenter, sqlite_template: Path, tmp_path: Path
) -> None:
    admin = center.admin.actor()
    _receive(ctx, center, center.promised_item)
    item = _item(ctx, center.promised_item)
    item_admin.save_item(
        ctx,
        admin,
        replace(
            item,
            materials=(*item.materials[1:], MaterialRecord("补充材料")),
            refusal_reasons=("材料虚假",),
            status="adjusted",
            status_from=date(2026, 10, 8),
            status_note="承诺时限调整",
        ),
    )
    leader, _ = staff_admin.save_staff(
        ctx,
        admin,
        StaffRecord(staff_no="L9", name="何局长", role="leader", department_id=center.market_dept),
    )
    market = next(d for d in read_organisation(ctx).departments if d.id == center.market_dept)
    organisation.save_department(
        ctx, admin, replace(market, head_staff_id=leader, phone="0571-80000000")
    )
    staff_admin.reset_password(ctx, admin, center.clerk_b.staff_id)
    (tmp_path / "replayed").mkdir()
    target = fresh_sqlite(sqlite_template, tmp_path / "replayed")
    try:
        replay(ctx.db, target)
        assert state_dump(target) == state_dump(ctx.db)
    finally:
        target.dispose()

"""A small center built through the services, for service, store and UI tests."""

from __future__ import annotations

from dataclasses import dataclass, replace

from clerk_app.domain.cases import ItemKind
from clerk_app.domain.validation import id_card_check_char
from clerk_app.services import auth, catalogue, organisation
from clerk_app.services.auth import Badge
from clerk_app.services.catalogue import MaterialSpec
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.services.setup_records import organisation as read_organisation

PASSWORD = "demo1234"


def valid_id_card(first17: str = "11010519491231002") -> str:
    return first17 + id_card_check_char(first17)


@dataclass(frozen=True)
class SmallCenter:
    center_id: str
    market_dept: str
    tax_dept: str
    market_queue: str
    tax_queue: str
    window_a: str
    window_b: str
    window_tax: str
    instant_item: str
    promised_item: str
    deemed_item: str
    tax_item: str
    guide: Badge
    clerk: Badge
    clerk_b: Badge
    tax_clerk: Badge
    supervisor: Badge
    admin: Badge

    @property
    def system(self) -> Actor:
        return Actor.system()


def build_small_center(ctx: ServiceContext) -> SmallCenter:
    sys = Actor.system()
    center_id = catalogue.create_center(
        ctx,
        sys,
        code="T-CENTER",
        name="测试县政务服务中心",
        address="测试县人民路1号",
        query_phone="0571-12345678",
        complaint_phone="12345",
        reconsideration_body="测试县人民政府",
        litigation_court="测试县人民法院",
    )
    market = catalogue.add_department(
        ctx, sys, code="SCJG", name="测试县市场监督管理局", short_name="市场监管"
    )
    tax = catalogue.add_department(
        ctx, sys, code="SW", name="国家税务总局测试县税务局", short_name="税务"
    )
    mq = catalogue.add_queue(
        ctx, sys, code="Q-SCJG", name="市场监管", prefix="A", department_id=market
    )
    tq = catalogue.add_queue(ctx, sys, code="Q-SW", name="税务", prefix="B", department_id=tax)
    wa = catalogue.add_window(
        ctx, sys, code="A01", name="市场监管1号窗口", department_id=market, queue_ids=[mq]
    )
    wb = catalogue.add_window(
        ctx, sys, code="A02", name="市场监管2号窗口", department_id=market, queue_ids=[mq]
    )
    wt = catalogue.add_window(
        ctx, sys, code="B01", name="税务1号窗口", department_id=tax, queue_ids=[tq]
    )
    licence_materials = [
        MaterialSpec("营业执照申请书", originals=1),
        MaterialSpec("法定代表人身份证明", originals=1, copies=1),
        MaterialSpec("住所使用证明", originals=0, copies=1),
    ]
    instant = catalogue.add_item(
        ctx,
        sys,
        code="SCJG-001",
        name="个体工商户营业执照变更登记",
        department_id=market,
        kind=ItemKind.INSTANT,
        statutory_limit=15,
        promised_limit=0,
        queue_id=mq,
        materials=licence_materials,
    )
    promised = catalogue.add_item(
        ctx,
        sys,
        code="SCJG-002",
        name="食品经营许可证核发",
        department_id=market,
        kind=ItemKind.PROMISED,
        statutory_limit=20,
        promised_limit=10,
        max_extension=10,
        queue_id=mq,
        materials=[
            MaterialSpec("食品经营许可申请书"),
            MaterialSpec("营业执照", originals=0, copies=1),
            MaterialSpec("食品安全管理制度"),
        ],
        legal_basis="《中华人民共和国食品安全法》第三十五条",
    )
    deemed = catalogue.add_item(
        ctx,
        sys,
        code="SCJG-003",
        name="营业执照遗失补领",
        department_id=market,
        kind=ItemKind.PROMISED,
        statutory_limit=5,
        promised_limit=3,
        deemed_approval=True,
        queue_id=mq,
        materials=[MaterialSpec("补领申请书")],
    )
    tax_item = catalogue.add_item(
        ctx,
        sys,
        code="SW-001",
        name="增值税发票领用",
        department_id=tax,
        kind=ItemKind.PROMISED,
        statutory_limit=20,
        promised_limit=5,
        max_extension=10,
        queue_id=tq,
        materials=[MaterialSpec("发票领用申请表")],
    )
    staff = {}
    for no, name, role, dept in [
        ("G001", "王导服", Role.GUIDE, None),
        ("C001", "李窗口", Role.CLERK, market),
        ("C002", "赵窗口", Role.CLERK, market),
        ("C101", "钱税务", Role.CLERK, tax),
        ("S001", "孙监督", Role.SUPERVISOR, None),
        ("ADM1", "周管理", Role.ADMIN, None),
    ]:
        auth.add_staff(
            ctx, sys, staff_no=no, name=name, role=role, password=PASSWORD, department_id=dept
        )
        staff[no] = no
    return SmallCenter(
        center_id=center_id,
        market_dept=market,
        tax_dept=tax,
        market_queue=mq,
        tax_queue=tq,
        window_a=wa,
        window_b=wb,
        window_tax=wt,
        instant_item=instant,
        promised_item=promised,
        deemed_item=deemed,
        tax_item=tax_item,
        guide=auth.log_in(ctx, "G001", PASSWORD),
        clerk=auth.log_in(ctx, "C001", PASSWORD, window_id=wa),
        clerk_b=auth.log_in(ctx, "C002", PASSWORD, window_id=wb),
        tax_clerk=auth.log_in(ctx, "C101", PASSWORD, window_id=wt),
        supervisor=auth.log_in(ctx, "S001", PASSWORD),
        admin=auth.log_in(ctx, "ADM1", PASSWORD),
    )


def add_joint_item(ctx: ServiceContext, center: SmallCenter) -> str:
    """开办餐饮店一件事: market supervision leads (3 working days), tax takes part (5)."""
    return catalogue.add_item(
        ctx,
        Actor.system(),
        code="JOINT-1",
        name="开办餐饮店一件事",
        kind=ItemKind.JOINT,
        department_id=center.market_dept,
        statutory_limit=45,
        promised_limit=10,
        max_extension=15,
        queue_id=center.market_queue,
        materials=[MaterialSpec("联办申请表")],
        joint_steps=[
            catalogue.JointStepSpec(center.market_dept, 3),
            catalogue.JointStepSpec(center.tax_dept, 5),
        ],
    )


@dataclass(frozen=True)
class Leaders:
    head: Badge  # 主要负责人
    deputy: Badge  # 分管负责人


def add_department_leaders(
    ctx: ServiceContext, department_id: str, *, prefix: str = "L"
) -> Leaders:
    """Two leaders of a department, set as its head and deputy directly in the store (the
    administration editors for them are built elsewhere)."""
    from clerk_app.store.models import Department

    sys = Actor.system()
    ids = []
    for no, name in ((f"{prefix}01", "吴局长"), (f"{prefix}02", "郑副局长")):
        ids.append(
            auth.add_staff(
                ctx,
                sys,
                staff_no=no,
                name=name,
                role=Role.LEADER,
                password=PASSWORD,
                department_id=department_id,
            )
        )
    with ctx.db.sessions() as s, s.begin():
        dept = s.get(Department, department_id)
        assert dept is not None
        dept.head_staff_id, dept.deputy_staff_id = ids[0], ids[1]
    return Leaders(
        head=auth.log_in(ctx, f"{prefix}01", PASSWORD),
        deputy=auth.log_in(ctx, f"{prefix}02", PASSWORD),
    )


@dataclass(frozen=True)
class CenterLeaders:
    """部门负责人: the market department's deputy in charge and the tax office's head."""

    market: Badge
    tax: Badge


def add_leaders(ctx: ServiceContext, center: SmallCenter) -> CenterLeaders:
    sys = Actor.system()
    ids = {}
    for no, name, dept in [
        ("L001", "吴分管", center.market_dept),
        ("L101", "郑局长", center.tax_dept),
    ]:
        ids[no] = auth.add_staff(
            ctx,
            sys,
            staff_no=no,
            name=name,
            role=Role.LEADER,
            password=PASSWORD,
            department_id=dept,
            title="副局长" if no == "L001" else "局长",
        )
    departments = {d.id: d for d in read_organisation(ctx).departments}
    organisation.save_department(
        ctx, sys, replace(departments[center.market_dept], deputy_staff_id=ids["L001"])
    )
    organisation.save_department(
        ctx, sys, replace(departments[center.tax_dept], head_staff_id=ids["L101"])
    )
    return CenterLeaders(
        market=auth.log_in(ctx, "L001", PASSWORD), tax=auth.log_in(ctx, "L101", PASSWORD)
    )

"""Clean data in: what a counter accepts, the central PostgreSQL accepts too.

Over-long texts, NUL bytes and absurd counts are refused by the use case, before anything
is written, with a Chinese message naming the field (``InvalidInput.field``). Runs on
SQLite and PostgreSQL: what is accepted is stored by both.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from clerk_app.domain.cases import RefusalGround
from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.tickets import TicketKind
from clerk_app.services import (
    casework,
    catalogue,
    complaints,
    counter_calls,
    first_contact,
    intake,
    tickets,
)
from clerk_app.services.case_views import CaseView
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.models import Case, CaseMaterial, Complaint, Event, FirstContact, Referral
from tests.helpers.factories import SmallCenter, valid_id_card

PERSON = Applicant("person", "张三", valid_id_card(), "13812345678")


def _rows(ctx: ServiceContext) -> dict[str, int]:
    with ctx.db.sessions() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Case, CaseMaterial, Event, Complaint, FirstContact, Referral)
        }


def _receive(
    ctx: ServiceContext,
    center: SmallCenter,
    applicant: Applicant = PERSON,
    materials: list[MaterialCheck] | None = None,
) -> CaseView:
    item = catalogue.get_item(ctx, center.promised_item)
    checks = (
        materials
        if materials is not None
        else [MaterialCheck(mid, "received", originals=1) for mid in item.material_ids]
    )
    return intake.receive(
        ctx,
        center.clerk.actor(),
        item_id=center.promised_item,
        applicant=applicant,
        materials=checks,
    )


def _uscc() -> str:
    from clerk_app.domain.validation import uscc_check_char

    first17 = "91330188MA2B3C4D5"
    return first17 + uscc_check_char(first17)


def _refused(
    ctx: ServiceContext, call: Callable[[], object], field: str, message: str
) -> InvalidInput:
    before = _rows(ctx)
    with pytest.raises(InvalidInput, match=message) as caught:
        call()
    assert caught.value.field == field
    assert _rows(ctx) == before  # nothing written
    return caught.value


def test_a_201_character_applicant_name_is_refused_and_nothing_written(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    person = Applicant("person", "张" * 201, valid_id_card())
    _refused(
        ctx, lambda: _receive(ctx, center, person), "applicant_name", "申请人姓名不能超过 50 字"
    )
    enterprise = Applicant("enterprise", "某" * 201, _uscc(), agent_name="李四")
    _refused(
        ctx,
        lambda: _receive(ctx, center, enterprise),
        "enterprise_name",
        "企业名称不能超过 200 字（现在 201 字）",
    )


def test_a_nul_byte_is_refused_and_nothing_written(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    nul = Applicant("person", "张\x00三", valid_id_card())
    _refused(
        ctx, lambda: _receive(ctx, center, nul), "applicant_name", "申请人姓名含有不可见的控制字符"
    )
    agent = Applicant("enterprise", "某公司", _uscc(), agent_name="李\x00四")
    _refused(
        ctx, lambda: _receive(ctx, center, agent), "agent_name", "经办人姓名含有不可见的控制字符"
    )
    item = catalogue.get_item(ctx, center.promised_item)
    note = [MaterialCheck(item.material_ids[0], "deficient", note="不清晰\x00")]
    _refused(
        ctx,
        lambda: _receive(ctx, center, materials=note),
        "material_note",
        "材料“.*”：材料说明含有",
    )


def test_the_longest_names_accepted_are_stored_by_both_databases(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    name = "某" * 200
    case = _receive(ctx, center, Applicant("enterprise", f"  {name}  ", _uscc(), agent_name="李四"))
    assert case.applicant_name == name
    referral = intake.refer(
        ctx, center.clerk.actor(), case.id, to_department_id=center.tax_dept, matter="属税务职责"
    )
    # the referral slip's visitor field is shorter: it names the agent at the counter
    assert first_contact.get_referral(ctx, referral).visitor_name == "李四"
    person = _receive(
        ctx, center, Applicant("person", "阿卜杜·热西提" + "张" * 43, valid_id_card())
    )
    assert len(person.applicant_name) == 50


@pytest.mark.parametrize("copies", [-1, 100, 10**10])
def test_absurd_material_counts_are_refused(
    ctx: ServiceContext, center: SmallCenter, copies: int
) -> None:
    item = catalogue.get_item(ctx, center.promised_item)
    checks = [MaterialCheck(mid, "received", 1, copies) for mid in item.material_ids]
    _refused(
        ctx,
        lambda: _receive(ctx, center, materials=checks),
        "copies",
        "复印件份数应在 0 至 99 之间",
    )


def test_the_other_counter_texts_are_checked_too(ctx: ServiceContext, center: SmallCenter) -> None:
    clerk, guide = center.clerk.actor(), center.guide.actor()
    case = _receive(ctx, center)
    _refused(
        ctx,
        lambda: intake.refuse(
            ctx, clerk, case.id, ground=RefusalGround.NOT_ELIGIBLE, reason="不符合\x00条件"
        ),
        "refusal_reason",
        "不予受理理由含有",
    )
    _refused(
        ctx,
        lambda: intake.refer(
            ctx, clerk, case.id, to_department_id=center.tax_dept, matter="转" * 1001
        ),
        "referral_matter",
        "转办事由不能超过 1000 字",
    )
    _refused(
        ctx,
        lambda: first_contact.refer(
            ctx, guide, to_department_id=center.tax_dept, matter="发票", step_limit=10**9
        ),
        "referral_workdays",
        "转办时限",
    )
    _refused(
        ctx,
        lambda: first_contact.record_first_contact(
            ctx, guide, visitor_name="王\x00五", question="怎么领发票"
        ),
        "visitor_name",
        "来访人姓名含有",
    )
    _refused(
        ctx,
        lambda: complaints.file_complaint(ctx, guide, complainant="刘女士", content="态度" * 1001),
        "complaint_content",
        "投诉内容不能超过 2000 字",
    )
    _refused(
        ctx,
        lambda: tickets.issue_ticket(
            ctx,
            guide,
            queue_id=center.market_queue,
            kind=TicketKind.GREEN_CHANNEL,
            reason="重点项目" * 51,
        ),
        "ticket_reason",
        "绿色通道原因不能超过 200 字",
    )
    _refused(
        ctx,
        lambda: counter_calls.pause_window(ctx, clerk, center.window_a, "会议\x00"),
        "pause_reason",
        "暂停原因含有",
    )
    accepted = intake.accept(ctx, clerk, case.id)
    _refused(
        ctx,
        lambda: casework.suspend(
            ctx,
            clerk,
            accepted.id,
            reason="检验",
            detail="送检",
            expected_workdays=10**10,
        ),
        "suspension_workdays",
        "预计所需工作日应在 1 至 120 之间",
    )
    _refused(
        ctx,
        lambda: casework.request_extension(ctx, clerk, accepted.id, workdays=5, reason="\ud800"),
        "extension_reason",
        "延期理由含有无法识别的字符",
    )

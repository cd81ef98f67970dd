"""A workstation without a data key never writes personal data in clear: what would be
written is refused with a typed error naming the field, nothing is written, the rest of
the work goes on, and numbers already sealed show as unavailable."""

from __future__ import annotations

import pytest

from clerk_app.services import auth, casework, personal_data, tickets
from clerk_app.services.case_views import UNAVAILABLE
from clerk_app.services.context import Role, ServiceContext
from clerk_app.services.errors import LoginFailed, NoDataKey
from clerk_app.store.sealed import install_key
from tests.helpers.factories import PASSWORD, SmallCenter
from tests.unit.services.test_personal_data import ID_NO, _raw, _receive

COUNTS = (
    "SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM case_file),"
    " (SELECT count(*) FROM ticket), (SELECT count(*) FROM staff)"
)


def test_an_intake_with_an_id_number_is_refused_and_nothing_is_written(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    install_key(None)
    assert not personal_data.sealing_available()
    before = _raw(ctx, COUNTS)
    with pytest.raises(NoDataKey) as refused:
        _receive(ctx, center)
    assert refused.value.field == "applicant_id_no"
    assert (
        "本机没有数据密钥" in refused.value.message
        and "身份证号和电话号码" in refused.value.message
    )
    assert refused.value.code == "no_data_key"
    assert _raw(ctx, COUNTS) == before
    payloads = " ".join(str(p) for (p,) in _raw(ctx, "SELECT payload FROM event"))
    assert ID_NO not in payloads and ID_NO[-6:] not in payloads


def test_work_without_personal_data_goes_on_and_a_mobile_or_password_is_refused(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    install_key(None)
    plain = tickets.issue_ticket(ctx, center.guide.actor(), queue_id=center.market_queue)
    assert plain.number  # no personal data: works as before
    before = _raw(ctx, COUNTS)
    with pytest.raises(NoDataKey) as refused:
        tickets.issue_ticket(
            ctx, center.guide.actor(), queue_id=center.market_queue, mobile="13812345678"
        )
    assert refused.value.field == "mobile"
    with pytest.raises(NoDataKey, match="不能保存密码"):
        auth.add_staff(
            ctx,
            center.admin.actor(),
            staff_no="S900",
            name="赵六",
            role=Role.CLERK,
            password="pw123456",
        )
    assert _raw(ctx, COUNTS) == before


def test_numbers_sealed_before_show_as_unavailable_not_as_ciphertext(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _receive(ctx, center)
    install_key(None)
    view = casework.get(ctx, case.id)
    assert view.applicant_id_masked == UNAVAILABLE and view.applicant_phone == UNAVAILABLE
    with pytest.raises(personal_data.DataKeyMissing):
        personal_data.reveal(ctx, center.clerk.actor(), case.id, "applicant_id_no", "核对")


def test_signing_on_without_the_key_says_why_and_counts_no_failure(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    install_key(None)
    for _ in range(6):  # more than the failures that would lock the account
        with pytest.raises(LoginFailed, match="本机没有数据密钥"):
            auth.log_in(ctx, center.clerk.staff_no, PASSWORD)
    assert _raw(ctx, "SELECT count(*) FROM event WHERE type = 'staff.login_failed'") == [(0,)]

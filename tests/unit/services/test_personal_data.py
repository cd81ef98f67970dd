"""ID numbers, phones and password hashes are sealed at rest; a full reveal is an event."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from clerk_app.domain.errors import InvalidInput
from clerk_app.services import audit, auth, casework, catalogue, intake, personal_data
from clerk_app.services.context import ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.store.models import Case, Event
from clerk_app.store.sealed import DataKey, install_key, seal_existing
from tests.helpers.databases import fresh_sqlite
from tests.helpers.factories import PASSWORD, SmallCenter, valid_id_card

ID_NO = valid_id_card()
AGENT_ID = valid_id_card("11010519800101001")
PHONE = "13812345678"


def _receive(ctx: ServiceContext, center: SmallCenter) -> intake.CaseView:
    item = catalogue.get_item(ctx, center.promised_item)
    return intake.receive(
        ctx,
        center.clerk.actor(),
        item_id=center.promised_item,
        applicant=Applicant("person", "张三", ID_NO, PHONE, "李四", AGENT_ID),
        materials=[MaterialCheck(m, "received", originals=1) for m in item.material_ids],
    )


def _raw(ctx: ServiceContext, sql: str, **params: object) -> list[tuple[object, ...]]:
    with ctx.db.read_sessions() as s:
        return [tuple(r) for r in s.execute(text(sql), params)]


def test_id_numbers_and_phones_are_stored_sealed_in_the_journal_and_the_state(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _receive(ctx, center)
    payloads = " ".join(str(r[0]) for r in _raw(ctx, "SELECT payload FROM event"))
    for secret in (ID_NO, AGENT_ID, PHONE, ID_NO[-6:]):
        assert secret not in payloads
    [(id_no, phone, agent)] = _raw(
        ctx,
        "SELECT applicant_id_no, applicant_phone, agent_id_no FROM case_file WHERE id = :id",
        id=case.id,
    )
    assert all(str(v).startswith("enc2:") for v in (id_no, phone, agent))
    # The services see the clear values; the views show the ID masked.
    assert case.applicant_id_masked != ID_NO and case.applicant_id_masked[:3] == ID_NO[:3]
    assert case.applicant_phone == PHONE
    assert audit.verify(ctx.db).ok  # the chains are over the sealed bytes


def test_staff_password_hashes_are_sealed_and_signing_on_still_works(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    rows = _raw(ctx, "SELECT password_hash FROM staff")
    assert rows and all(str(h).startswith("enc2:") for (h,) in rows)
    created = _raw(ctx, "SELECT payload FROM event WHERE type = 'staff.created'")
    assert created and all('"password_hash":"enc2:' in str(p) for (p,) in created)
    badge = auth.log_in(ctx, center.clerk.staff_no, PASSWORD)
    assert badge.staff_id == center.clerk.staff_id


def test_another_centres_key_opens_nothing(ctx: ServiceContext, center: SmallCenter) -> None:
    case = _receive(ctx, center)
    install_key(DataKey(bytes(32)))
    view = casework.get(ctx, case.id)
    assert ID_NO not in view.applicant_id_masked and PHONE not in view.applicant_phone
    with pytest.raises(personal_data.DataKeyMissing):
        personal_data.reveal(ctx, center.clerk.actor(), case.id, "applicant_id_no", "核对")


def test_a_case_is_found_by_id_number_through_the_blind_index(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _receive(ctx, center)
    [(index,)] = _raw(ctx, "SELECT applicant_id_index FROM case_file WHERE id = :id", id=case.id)
    assert index and ID_NO not in str(index)
    found = personal_data.find_cases_by_id_number(ctx, ID_NO.lower()[:6] + " " + ID_NO[6:])
    assert [f.case_no for f in found] == [case.case_no]
    assert personal_data.find_cases_by_id_number(ctx, AGENT_ID) == []


def test_each_reveal_is_an_attributed_event_without_the_number(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _receive(ctx, center)
    shown = personal_data.reveal(
        ctx, center.clerk.actor(), case.id, "applicant_id_no", "申请人要求核对证件号"
    )
    assert shown == ID_NO
    with ctx.db.read_sessions() as s:
        event = s.scalars(select(Event).where(Event.type == "personal_data.revealed")).one()
    assert event.actor_id == center.clerk.staff_id
    assert case.id in event.payload and "申请人要求核对证件号" in event.payload
    assert ID_NO not in event.payload and ID_NO[-6:] not in event.payload
    assert audit.verify(ctx.db).ok


def test_a_reveal_needs_a_reason_and_a_counter_role(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _receive(ctx, center)
    with pytest.raises(InvalidInput) as exc:
        personal_data.reveal(ctx, center.clerk.actor(), case.id, "applicant_id_no", "  ")
    assert exc.value.field == "reveal_reason"
    with pytest.raises(PermissionDenied):
        personal_data.reveal(ctx, center.admin.actor(), case.id, "applicant_id_no", "看看")
    with ctx.db.read_sessions() as s:
        assert not s.scalars(select(Event).where(Event.type == "personal_data.revealed")).all()


def test_rows_written_in_clear_by_an_older_version_are_sealed_at_first_start(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    key = DataKey(bytes(range(32)))
    case = _receive(ctx, center)
    with ctx.db.sessions.begin() as s:  # as an older version left it: in clear, no index
        s.execute(
            text("UPDATE case_file SET applicant_id_no = :id, applicant_id_index = ''"),
            {"id": ID_NO},
        )
    assert _raw(ctx, "SELECT applicant_id_no FROM case_file") == [(ID_NO,)]
    assert personal_data.find_cases_by_id_number(ctx, ID_NO)[0].id == case.id
    install_key(key)
    with ctx.db.sessions.begin() as s:
        assert seal_existing(s) >= 1
        assert seal_existing(s) == 0  # once
    [(raw,)] = _raw(ctx, "SELECT applicant_id_no FROM case_file")
    assert str(raw).startswith("enc2:")
    assert casework.get(ctx, case.id).applicant_phone == PHONE
    assert [f.id for f in personal_data.find_cases_by_id_number(ctx, ID_NO)] == [case.id]
    with ctx.db.read_sessions() as s:
        assert s.scalar(select(Case.applicant_id_no)) == ID_NO


def test_a_replica_without_the_key_copies_sealed_values_it_cannot_read(
    ctx: ServiceContext, center: SmallCenter, sqlite_template: Path, tmp_path: Path
) -> None:
    case = _receive(ctx, center)
    key = DataKey(bytes(range(32)))
    (tmp_path / "replica").mkdir()
    replica = fresh_sqlite(sqlite_template, tmp_path / "replica")
    try:
        install_key(None)  # the central applier: no data key
        audit.replay(ctx.db, replica)
        with replica.read_sessions() as s:
            raw = s.scalar(select(Case.applicant_id_no).where(Case.id == case.id))
        assert str(raw).startswith("enc2:")
        install_key(key)
        with replica.read_sessions() as s:
            assert s.scalar(select(Case.applicant_id_no).where(Case.id == case.id)) == ID_NO
    finally:
        replica.dispose()

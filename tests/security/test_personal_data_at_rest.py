"""On the central, a workstation login (or a dump) finds no ID number, phone or password
hash in clear: the journal and the state hold them sealed with the centre's data key, and
the other workstations, holding the key, read and find them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clerk_app.services import casework, catalogue, intake, personal_data
from clerk_app.services.intake import Applicant, MaterialCheck
from tests.helpers.factories import valid_id_card
from tests.security.conftest import Centre

pytestmark = pytest.mark.pg

ID_NO = valid_id_card("33010219900307123")
PHONE = "13900001111"


def test_the_central_holds_personal_data_only_sealed(centre: Centre) -> None:
    center, win_a, win_b = centre.center, centre.stations["WIN-A"], centre.stations["WIN-B"]
    item = catalogue.get_item(win_a.ctx, center.promised_item)
    case = intake.receive(
        win_a.ctx,
        center.clerk.actor(),
        item_id=center.promised_item,
        applicant=Applicant("person", "王五", ID_NO, PHONE),
        materials=[MaterialCheck(m, "received", originals=1) for m in item.material_ids],
    )
    centre.sync_all()
    central = centre.login_db("WIN-B")
    with central.engine.connect() as conn:
        payloads = " ".join(conn.scalars(sa.text("SELECT payload FROM event")).all())
        state = conn.execute(
            sa.text("SELECT applicant_id_no, applicant_phone, applicant_id_index FROM case_file")
        ).all()
        hashes_in_journal = conn.scalars(
            sa.text("SELECT payload FROM event WHERE type = 'staff.created'")
        ).all()
    for secret in (ID_NO, PHONE, ID_NO[-6:], PHONE[-4:] + '"'):
        assert secret not in payloads
    assert [(str(i)[:5], str(p)[:5]) for i, p, _ in state] == [("enc2:", "enc2:")]
    assert hashes_in_journal and all('"password_hash":"enc2:' in p for p in hashes_in_journal)
    # Another workstation with the key reads it masked and finds it by number.
    view = casework.get(win_b.ctx, case.id)
    assert view.applicant_phone == PHONE and ID_NO not in view.applicant_id_masked
    assert [c.id for c in personal_data.find_cases_by_id_number(win_b.ctx, ID_NO)] == [case.id]

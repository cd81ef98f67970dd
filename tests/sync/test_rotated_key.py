"""Key rotation across workstations on the real central PostgreSQL: what one pushed sealed
with the old key stays readable on another that has switched to the new key (the old one
kept for reading), and a workstation given the new key on standby reads what the switched
ones push. Without the new key, what it sealed shows as unavailable, never as garbage."""

from __future__ import annotations

from sqlalchemy import text

from clerk_app.services import casework
from clerk_app.services.case_views import UNAVAILABLE
from clerk_app.store.db import Database
from clerk_app.store.sealed import DataKey, KeyRing, install_key
from clerk_app.sync.verify import verify_journal
from tests.helpers.factories import build_small_center
from tests.sync.stations import StationFactory
from tests.unit.services.test_personal_data import PHONE, _receive

NEW = DataKey(bytes(range(1, 33)))


def _central_phones(central: Database) -> list[str]:
    with central.read_sessions() as s:
        return [str(p) for (p,) in s.execute(text("SELECT applicant_phone FROM case_file"))]


def test_a_rotated_workstation_reads_what_another_pushed_with_the_old_key(
    stations: StationFactory, central: Database, centre_data_key: DataKey
) -> None:
    old = centre_data_key
    a, b = stations("WIN-A"), stations("WIN-B")
    center = build_small_center(a.ctx)
    before = _receive(a.ctx, center)  # sealed with the old key
    a.sync.run_once()
    b.sync.run_once()

    # B has the rotated ring: the new key seals, the old one still opens.
    install_key(KeyRing([old]).with_current(NEW))
    assert casework.get(b.ctx, before.id).applicant_phone == PHONE
    after = _receive(b.ctx, center)  # sealed with the new key
    b.sync.run_once()
    assert {p[:14] for p in _central_phones(central)} == {
        f"enc2:{old.kid}:",
        f"enc2:{NEW.kid}:",
    }  # the central holds ciphertext only, each naming its key

    # A still has only the old key: what B sealed with the new one is unavailable there.
    install_key(old)
    a.sync.run_once()
    assert casework.get(a.ctx, after.id).applicant_phone == UNAVAILABLE
    # Given the new key on standby (step 2 of the rotation), A reads both, still sealing
    # with the old key until the switch.
    install_key(KeyRing([old]).with_standby(NEW))
    assert casework.get(a.ctx, after.id).applicant_phone == PHONE
    assert casework.get(a.ctx, before.id).applicant_phone == PHONE
    for db in (a.db, b.db, central):
        assert verify_journal(db) == []

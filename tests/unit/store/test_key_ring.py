"""A workstation's key ring: sealed values name their key, retired keys still open what
they sealed, values sealed before key ids existed still open, and a reseal moves the
state tables to the current key without touching the journal."""

from __future__ import annotations

import base64
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from clerk_app.services import audit, casework, personal_data
from clerk_app.services.audit_deep import deep_verify
from clerk_app.services.case_views import UNAVAILABLE
from clerk_app.services.context import ServiceContext
from clerk_app.store.sealed import (
    DataKey,
    DataKeyError,
    KeyRing,
    _derive,
    install_key,
    is_sealed,
    open_text,
    reseal,
)
from tests.helpers.factories import SmallCenter
from tests.unit.services.test_personal_data import ID_NO, PHONE, _raw, _receive

OLD = DataKey(bytes(range(32)))  # the conftest's key: what the small centre is sealed with
NEW = DataKey(bytes(range(1, 33)))
OTHER = DataKey(bytes(32))


def _enc1(raw: bytes, clear: str) -> str:
    """A value as versions before key ids sealed it."""
    aead = AESGCM(_derive(raw, b"clerk-desk/seal/v1"))
    nonce = os.urandom(12)
    return (
        "enc1:"
        + base64.urlsafe_b64encode(nonce + aead.encrypt(nonce, clear.encode(), None)).decode()
    )


def test_a_sealed_value_names_its_key_and_each_key_opens_only_its_own() -> None:
    sealed = NEW.seal("13812345678")
    assert sealed.startswith(f"enc2:{NEW.kid}:") and len(NEW.kid) == 8
    assert NEW.fingerprint.startswith(NEW.kid) and is_sealed(sealed)
    assert NEW.open(sealed) == "13812345678"
    with pytest.raises(DataKeyError):
        OLD.open(sealed)
    tampered = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(DataKeyError):
        NEW.open(tampered)
    assert DataKey.from_text(NEW.text).fingerprint == NEW.fingerprint


def test_the_ring_seals_with_its_current_key_and_opens_with_every_key() -> None:
    ring = KeyRing([OLD]).with_current(NEW)
    assert [k.fingerprint for k in ring.keys] == [NEW.fingerprint, OLD.fingerprint]
    by_old, by_new = OLD.seal("旧"), ring.seal("新")
    assert by_new.startswith(f"enc2:{NEW.kid}:")
    assert (ring.open(by_old), ring.open(by_new)) == ("旧", "新")
    assert ring.is_current(by_new) and not ring.is_current(by_old)
    with pytest.raises(DataKeyError):
        ring.open(OTHER.seal("别人的"))
    # A standby key is kept behind the current one; setting it again makes it current.
    standby = KeyRing([OLD]).with_standby(NEW)
    assert standby.current is OLD and standby.open(by_new) == "新"
    assert standby.with_current(NEW).current is NEW and len(standby.with_current(NEW).keys) == 2
    # The same key twice is one key; a ring is never empty.
    assert len(KeyRing([OLD, OLD, NEW]).keys) == 2
    with pytest.raises(ValueError):
        KeyRing([])
    assert KeyRing.from_texts(ring.texts()).keys[1].fingerprint == OLD.fingerprint


def test_values_sealed_before_key_ids_open_with_whichever_key_of_the_ring_sealed_them() -> None:
    legacy = _enc1(bytes(range(32)), "110105199001011234")
    assert is_sealed(legacy)
    assert KeyRing([NEW, OLD]).open(legacy) == "110105199001011234"
    assert OLD.open(legacy) == "110105199001011234"
    with pytest.raises(DataKeyError):
        KeyRing([NEW, OTHER]).open(legacy)
    install_key(KeyRing([NEW]))
    assert open_text(legacy) == legacy  # not this ring's: left sealed, never garbage


def test_the_blind_index_of_every_key_finds_a_case(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _receive(ctx, center)  # indexed under OLD
    install_key(KeyRing([OLD]).with_current(NEW))
    assert [f.id for f in personal_data.find_cases_by_id_number(ctx, ID_NO)] == [case.id]
    install_key(NEW)  # OLD dropped: its index no longer matches
    assert personal_data.find_cases_by_id_number(ctx, ID_NO) == []


def test_a_reseal_moves_the_state_to_the_current_key_and_leaves_the_journal_as_hashed(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    case = _receive(ctx, center)
    journal_before = _raw(ctx, "SELECT id, payload, hash FROM event ORDER BY position")
    install_key(KeyRing([OLD]).with_current(NEW))
    with ctx.db.sessions.begin() as s:
        report = reseal(s)
    assert report.rows >= 1 and report.values >= 3 and report.unreadable == 0
    with ctx.db.sessions.begin() as s:
        assert reseal(s).rows == 0  # once
    rows = _raw(ctx, "SELECT applicant_id_no, applicant_phone, agent_id_no FROM case_file")
    assert all(str(v).startswith(f"enc2:{NEW.kid}:") for v in rows[0])
    hashes = _raw(ctx, "SELECT password_hash FROM staff")
    assert all(str(h).startswith(f"enc2:{NEW.kid}:") for (h,) in hashes)
    assert _raw(ctx, "SELECT id, payload, hash FROM event ORDER BY position") == journal_before
    assert casework.get(ctx, case.id).applicant_phone == PHONE
    assert audit.verify(ctx.db).ok  # the hash chains did not change
    assert deep_verify(ctx.db).ok  # the replayed journal (old key) opens to the same state
    # A new case is sealed with the new key; both stay readable with the ring.
    second = _receive(ctx, center)
    [(raw,)] = _raw(ctx, "SELECT applicant_phone FROM case_file WHERE id = :i", i=second.id)
    assert str(raw).startswith(f"enc2:{NEW.kid}:")
    assert casework.get(ctx, second.id).applicant_phone == PHONE
    # Without the key that sealed them, journal entries and state show as unavailable.
    install_key(OTHER)
    view = casework.get(ctx, case.id)
    assert (view.applicant_id_masked, view.applicant_phone) == (UNAVAILABLE, UNAVAILABLE)
    with ctx.db.sessions.begin() as s:
        left = reseal(s)
    assert left.unreadable >= 3 and left.values == 0
    assert str(
        _raw(ctx, "SELECT applicant_id_no FROM case_file WHERE id = :i", i=case.id)[0][0]
    ).startswith(f"enc2:{NEW.kid}:")


def test_a_reseal_without_a_key_changes_nothing(ctx: ServiceContext, center: SmallCenter) -> None:
    _receive(ctx, center)
    before = _raw(ctx, "SELECT applicant_id_no FROM case_file")
    install_key(None)
    with ctx.db.sessions.begin() as s:
        assert reseal(s).rows == 0
    with ctx.db.read_sessions() as s:
        assert [
            tuple(r) for r in s.execute(text("SELECT applicant_id_no FROM case_file"))
        ] == before

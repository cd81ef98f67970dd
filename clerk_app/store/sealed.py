"""Personal data sealed at rest: ID numbers, phone numbers and password hashes.

A centre has one **data key** (32 random bytes, kept in each workstation's OS keyring,
never in a database or a settings file). From it two keys are derived (HKDF-SHA256):

- the sealing key: AES-256-GCM with a random 96-bit nonce per value. A sealed value is the
  text ``enc1:`` + URL-safe base64 of nonce ‖ ciphertext ‖ tag. Events carry sealed values
  in their payload (so the journal, the hash chains and the central hold only ciphertext)
  and appliers copy them into the state tables as they are;
- the index key: HMAC-SHA256 of a normalised ID number, a *blind index* that lets a
  workstation find a case by ID number without the number being stored in clear.

Columns of type :class:`Sealed` seal a clear value on write (a sealed one is kept as it
is) and open it on read when the process has the key. A process without the key (the
central applier) reads and copies the sealed text unchanged; so does a value written
before this version (no ``enc1:`` prefix), until :func:`seal_existing` seals it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import String, Table, select, type_coerce, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

PREFIX = "enc1:"
KEY_BYTES = 32
_NONCE = 12


class DataKeyError(Exception):
    """A sealed value could not be opened (wrong key or altered text)."""


class DataKey:
    """The centre's data key and the two keys derived from it."""

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._aead = AESGCM(_derive(raw, b"clerk-desk/seal/v1"))
        self._index_key = _derive(raw, b"clerk-desk/index/v1")
        self.fingerprint = hashlib.sha256(_derive(raw, b"clerk-desk/fingerprint")).hexdigest()[:16]

    @classmethod
    def generate(cls) -> tuple[DataKey, str]:
        """A new key and its text form (to keep in the keyring and in the centre's safe)."""
        raw = os.urandom(KEY_BYTES)
        return cls(raw), encode_key(raw)

    @classmethod
    def from_text(cls, text: str) -> DataKey:
        try:
            raw = base64.urlsafe_b64decode(text.strip().encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            raise ValueError("not a data key") from exc
        return cls(raw)

    def seal(self, clear: str) -> str:
        nonce = os.urandom(_NONCE)
        box = self._aead.encrypt(nonce, clear.encode("utf-8"), None)
        return PREFIX + base64.urlsafe_b64encode(nonce + box).decode("ascii")

    def open(self, sealed: str) -> str:
        try:
            blob = base64.urlsafe_b64decode(sealed[len(PREFIX) :].encode("ascii"))
            return self._aead.decrypt(blob[:_NONCE], blob[_NONCE:], None).decode("utf-8")
        except (InvalidTag, ValueError, UnicodeError) as exc:
            raise DataKeyError("sealed value does not open with this key") from exc

    def index(self, id_number: str) -> str:
        """The blind index of an ID number (case-insensitive, spaces ignored)."""
        norm = "".join(id_number.split()).upper().encode("utf-8")
        return hmac.new(self._index_key, norm, hashlib.sha256).hexdigest()[:40]


def encode_key(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _derive(raw: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(raw)


_current: DataKey | None = None


def install_key(key: DataKey | None) -> None:
    """Make ``key`` the process's data key (None: run without one)."""
    global _current
    _current = key


def current_key() -> DataKey | None:
    return _current


def is_sealed(value: str | None) -> bool:
    return bool(value) and str(value).startswith(PREFIX)


def seal_text(value: str) -> str:
    """``value`` sealed with the process key; empty, already sealed, or no key: unchanged."""
    if not value or value.startswith(PREFIX) or _current is None:
        return value
    return _current.seal(value)


def open_text(value: str) -> str:
    """The clear text of a sealed value; a clear (older) value as it is. Without the key
    (or with another one) the sealed text is returned unchanged."""
    if not value or not value.startswith(PREFIX) or _current is None:
        return value
    try:
        return _current.open(value)
    except DataKeyError:
        return value  # another centre's key: shown as sealed, never as something else


def blind_index(id_number: str) -> str:
    """The blind index of an ID number, or "" without a key or a number."""
    if not id_number or _current is None:
        return ""
    return _current.index(open_text(id_number))


class Sealed(TypeDecorator[str]):
    """A text column holding a sealed value (see the module docstring)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return value if value is None else seal_text(str(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return value if value is None else open_text(str(value))


def seal_existing(session: Session) -> int:
    """Seal the personal data written in clear before this version (state tables only; the
    journal's older events stay as they were hashed). Returns how many rows changed."""
    from clerk_app.store.models import Case, Complaint, FirstContact, Referral, Staff

    key = _current
    if key is None:
        return 0
    changed = 0
    columns = {
        Case: ("applicant_id_no", "applicant_phone", "agent_id_no"),
        Complaint: ("phone",),
        FirstContact: ("visitor_phone",),
        Referral: ("visitor_phone",),
        Staff: ("password_hash",),
    }
    for model, names in columns.items():
        table = cast(Table, model.__table__)
        raw = [type_coerce(table.c[n], String()).label(n) for n in names]  # as stored
        rows = session.execute(select(table.c.id, *raw))
        for row in rows.all():
            clear = {n: getattr(row, n) for n in names}
            todo = {n: key.seal(v) for n, v in clear.items() if v and not v.startswith(PREFIX)}
            if (
                model is Case
                and clear["applicant_id_no"]
                and not is_sealed(clear["applicant_id_no"])
            ):
                todo["applicant_id_index"] = key.index(clear["applicant_id_no"])
            if todo:
                session.execute(update(table).where(table.c.id == row.id).values(**todo))
                changed += 1
    return changed

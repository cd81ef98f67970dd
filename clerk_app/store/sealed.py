"""Personal data sealed at rest: ID numbers, phone numbers and password hashes.

A centre has a **data key** (32 random bytes, kept in the machine's protected store or
the OS keyring, never in a database or a settings file), replaced now and then
(``clerk-app data-key rotate``): a workstation holds a :class:`KeyRing`, the current key
that seals and the retired ones that still open what they sealed. From each key two
keys are derived (HKDF-SHA256):

- the sealing key: AES-256-GCM with a random 96-bit nonce per value. A sealed value is the
  text ``enc2:`` + the key id (8 hex digits of the key's fingerprint) + ``:`` + URL-safe
  base64 of nonce ‖ ciphertext ‖ tag; values sealed before keys could be rotated read
  ``enc1:`` + base64 (no key id: each key of the ring is tried). Events carry sealed
  values in their payload (so the journal, the hash chains and the central hold only
  ciphertext) and appliers copy them into the state tables as they are;
- the index key: HMAC-SHA256 of a normalised ID number, a *blind index* that lets a
  workstation find a case by ID number without the number being stored in clear.

Columns of type :class:`Sealed` seal a clear value on write (a sealed one is kept as it
is) and open it on read when the process has the key. A process without the key (the
central applier) reads and copies the sealed text unchanged; so does a value written
before sealing existed (no prefix), until :func:`reseal` seals it. :func:`reseal` also
re-seals with the current key what a retired one sealed in the state tables.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import String, Table, select, type_coerce, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

#: Values sealed before key rotation: no key id, opened by trying each key of the ring.
PREFIX_V1 = "enc1:"
#: Values sealed now: ``enc2:`` + the key id (8 hex digits of the key's fingerprint) +
#: ``:`` + URL-safe base64 of nonce ‖ ciphertext ‖ tag.
PREFIX = "enc2:"
PREFIXES = (PREFIX_V1, PREFIX)
KEY_BYTES = 32
_NONCE = 12


class DataKeyError(Exception):
    """A sealed value could not be opened (wrong key or altered text)."""


class DataKey:
    """One of the centre's data keys and the two keys derived from it."""

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = raw
        self._aead = AESGCM(_derive(raw, b"clerk-desk/seal/v1"))
        self._index_key = _derive(raw, b"clerk-desk/index/v1")
        self.fingerprint = hashlib.sha256(_derive(raw, b"clerk-desk/fingerprint")).hexdigest()[:16]
        #: What a sealed value names its key by (never enough to find the key).
        self.kid = self.fingerprint[:8]

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

    @property
    def text(self) -> str:
        """The key's text form (for the keyring or the machine store; never logged)."""
        return encode_key(self._raw)

    def seal(self, clear: str) -> str:
        nonce = os.urandom(_NONCE)
        box = self._aead.encrypt(nonce, clear.encode("utf-8"), None)
        return f"{PREFIX}{self.kid}:" + base64.urlsafe_b64encode(nonce + box).decode("ascii")

    def open(self, sealed: str) -> str:
        try:
            if sealed.startswith(PREFIX):
                kid, _, body = sealed[len(PREFIX) :].partition(":")
                if kid != self.kid:
                    raise DataKeyError("sealed with another key")
            elif sealed.startswith(PREFIX_V1):
                body = sealed[len(PREFIX_V1) :]
            else:
                raise DataKeyError("not a sealed value")
            blob = base64.urlsafe_b64decode(body.encode("ascii"))
            return self._aead.decrypt(blob[:_NONCE], blob[_NONCE:], None).decode("utf-8")
        except (InvalidTag, ValueError, UnicodeError) as exc:
            raise DataKeyError("sealed value does not open with this key") from exc

    def index(self, id_number: str) -> str:
        """The blind index of an ID number (case-insensitive, spaces ignored)."""
        norm = "".join(id_number.split()).upper().encode("utf-8")
        return hmac.new(self._index_key, norm, hashlib.sha256).hexdigest()[:40]


class KeyRing:
    """A workstation's data keys: the current one (first: it seals) and the retired ones,
    kept to open what was sealed with them (older journal events, what other workstations
    pushed before they switched)."""

    def __init__(self, keys: Sequence[DataKey]) -> None:
        unique: dict[str, DataKey] = {}
        for key in keys:
            unique.setdefault(key.fingerprint, key)
        if not unique:
            raise ValueError("a key ring holds at least one key")
        self.keys: tuple[DataKey, ...] = tuple(unique.values())

    @property
    def current(self) -> DataKey:
        return self.keys[0]

    @classmethod
    def from_texts(cls, texts: Sequence[str]) -> KeyRing:
        return cls([DataKey.from_text(t) for t in texts if t.strip()])

    def texts(self) -> list[str]:
        return [k.text for k in self.keys]

    def find(self, fingerprint: str) -> DataKey | None:
        return next((k for k in self.keys if k.fingerprint.startswith(fingerprint)), None)

    def with_current(self, key: DataKey) -> KeyRing:
        """This ring with ``key`` as the current one; every other key kept for reading."""
        return KeyRing([key, *self.keys])

    def with_standby(self, key: DataKey) -> KeyRing:
        """This ring with ``key`` added for reading only (the current one stays)."""
        return KeyRing([*self.keys, key])

    def seal(self, clear: str) -> str:
        return self.current.seal(clear)

    def open(self, sealed: str) -> str:
        if sealed.startswith(PREFIX):
            kid = sealed[len(PREFIX) :].partition(":")[0]
            candidates = [k for k in self.keys if k.kid == kid]
        else:
            candidates = list(self.keys)
        for key in candidates:
            try:
                return key.open(sealed)
            except DataKeyError:
                continue
        raise DataKeyError("sealed value opens with no key of this ring")

    def is_current(self, sealed: str) -> bool:
        """Sealed with the current key (nothing for a reseal to do)."""
        return sealed.startswith(f"{PREFIX}{self.current.kid}:")

    def index(self, id_number: str) -> str:
        return self.current.index(id_number)

    def indexes(self, id_number: str) -> list[str]:
        """The blind index under every key: a case indexed before a rotation still found."""
        return [k.index(id_number) for k in self.keys]


def encode_key(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _derive(raw: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(raw)


_ring: KeyRing | None = None


def install_key(key: DataKey | KeyRing | None) -> None:
    """Make ``key`` (or a ring) the process's data key (None: run without one)."""
    global _ring
    _ring = KeyRing([key]) if isinstance(key, DataKey) else key


def current_key() -> DataKey | None:
    """The key this process seals with (None without one)."""
    return None if _ring is None else _ring.current


def current_ring() -> KeyRing | None:
    return _ring


def is_sealed(value: str | None) -> bool:
    return bool(value) and str(value).startswith(PREFIXES)


def can_seal() -> bool:
    """Whether this process holds a data key (else nothing personal may be written)."""
    return _ring is not None


def seal_text(value: str) -> str:
    """``value`` sealed with the process key; empty or already sealed: unchanged.

    Without a key the value is returned as it is: that is only ever a value an applier
    copies from an event journaled before this version (in clear there already, e.g. on
    the central applier or a deep replay). New personal data never gets here without a
    key: :func:`clerk_app.services.events.seal_payload` refuses it first."""
    if not value or value.startswith(PREFIXES) or _ring is None:
        return value
    return _ring.seal(value)


def open_text(value: str) -> str:
    """The clear text of a sealed value; a clear (older) value as it is. Without the key
    (or with another one) the sealed text is returned unchanged."""
    if not value or not value.startswith(PREFIXES) or _ring is None:
        return value
    try:
        return _ring.open(value)
    except DataKeyError:
        return value  # another centre's key: shown as sealed, never as something else


def blind_index(id_number: str) -> str:
    """The blind index of an ID number under the current key, or "" without a key."""
    if not id_number or _ring is None:
        return ""
    return _ring.index(open_text(id_number))


def blind_indexes(id_number: str) -> list[str]:
    """The blind index under every key of the ring (to find cases indexed before)."""
    if not id_number or _ring is None:
        return []
    return _ring.indexes(open_text(id_number))


class Sealed(TypeDecorator[str]):
    """A text column holding a sealed value (see the module docstring)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return value if value is None else seal_text(str(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return value if value is None else open_text(str(value))


@dataclass(frozen=True)
class ResealReport:
    rows: int  # rows changed
    values: int  # values sealed anew (clear ones, or sealed with a retired key)
    unreadable: int  # values no key of the ring opens: left as they are


def seal_existing(session: Session) -> int:
    """Seal what older versions wrote in clear and re-seal what a retired key sealed,
    with the current key (see :func:`reseal`). Returns how many rows changed."""
    return reseal(session).rows


def reseal(session: Session) -> ResealReport:
    """Every sealed column of the state tables sealed with the current key: values in clear
    (written before this version) and values sealed with a retired key of the ring. The
    journal is left as it was hashed (its events stay readable while their key is kept).
    The blind index of a case is kept as journaled (searches try every key's index),
    except for a number in clear, which gets one. One transaction: the caller's."""
    from clerk_app.store.models import Case, Complaint, FirstContact, Referral, Staff, Ticket

    ring = _ring
    if ring is None:
        return ResealReport(0, 0, 0)
    rows = values = unreadable = 0
    columns = {
        Case: ("applicant_id_no", "applicant_phone", "agent_id_no"),
        Complaint: ("phone",),
        FirstContact: ("visitor_phone",),
        Referral: ("visitor_phone",),
        Staff: ("password_hash",),
        Ticket: ("mobile",),
    }
    for model, names in columns.items():
        table = cast(Table, model.__table__)
        raw = [type_coerce(table.c[n], String()).label(n) for n in names]  # as stored
        for row in session.execute(select(table.c.id, *raw)).all():
            todo: dict[str, str] = {}
            for name in names:
                value = getattr(row, name)
                if not value or ring.is_current(value):
                    continue
                if not value.startswith(PREFIXES):
                    todo[name] = ring.seal(value)
                    if model is Case and name == "applicant_id_no":
                        todo["applicant_id_index"] = ring.index(value)
                    continue
                try:
                    todo[name] = ring.seal(ring.open(value))
                except DataKeyError:
                    unreadable += 1
            if todo:
                session.execute(update(table).where(table.c.id == row.id).values(**todo))
                rows += 1
                values += len(todo) - ("applicant_id_index" in todo)
    return ResealReport(rows, values, unreadable)

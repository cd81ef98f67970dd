"""Masking of identity numbers on paper.

Fields that hold an identity number are masked by kind; in addition every string drawn
on a page goes through :func:`redact`, which masks anything shaped like an 18-digit
resident ID number or a valid unified social credit code, so a number typed into a free
text field (a remark, an address) never prints in full either.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from clerk_app.domain.validation import USCC_CHARSET, mask_id_card, mask_uscc, uscc_check_char
from clerk_app.printing.documents import IdKind, Party

__all__ = ["mask_id_card", "mask_other", "mask_party_id", "mask_uscc", "redact"]


def mask_other(s: str) -> str:
    """Passports and other papers: keep a quarter at each end."""
    s = s.strip()
    keep = len(s) // 4
    return s[:keep] + "*" * (len(s) - 2 * keep) + s[len(s) - keep :] if keep else "*" * len(s)


def mask_party_id(party: Party) -> str:
    if not party.id_number:
        return ""
    if party.id_kind is IdKind.ID_CARD:
        return mask_id_card(party.id_number)
    if party.id_kind is IdKind.USCC:
        return mask_uscc(party.id_number)
    return mask_other(party.id_number)


_ID_CARD = re.compile(
    r"(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
    r"(?![0-9A-Za-z])"
)
_USCC = re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Za-z])", re.I)


def _uscc_valid(code: str) -> bool:
    """GB 32100-2015 check character (keeps 18-digit case numbers from being masked)."""
    code = code.upper()
    return all(c in USCC_CHARSET for c in code) and uscc_check_char(code[:17]) == code[17]


def redact(text: str, keep: Collection[str] = ()) -> str:
    """Mask every ID-number-shaped or valid-USCC-shaped run in ``text`` (except ``keep``)."""
    if len(text) < 18:
        return text
    text = _ID_CARD.sub(lambda m: m[0] if m[0] in keep else mask_id_card(m[0]), text)
    return _USCC.sub(
        lambda m: mask_uscc(m[0]) if m[0] not in keep and _uscc_valid(m[0]) else m[0], text
    )

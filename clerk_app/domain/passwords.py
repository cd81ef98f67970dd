"""Salted slow password hashes (scrypt), self-describing so the cost can change later."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

DEFAULT_COST = 2**14
MIN_LENGTH = 6


def hash_password(password: str, *, cost: int = DEFAULT_COST) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=cost, r=8, p=1, dklen=32)
    return f"scrypt${cost}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, cost_s, salt_b64, digest_b64 = stored.split("$")
        cost = int(cost_s)
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=cost, r=8, p=1, dklen=len(expected)
    )
    return hmac.compare_digest(digest, expected)

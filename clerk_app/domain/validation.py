"""Validation, normalisation and masking of the personal data typed at the counter.

- Resident ID card numbers (居民身份证号码, GB 11643-1999, ISO 7064 MOD 11-2 check).
- Unified social credit codes (统一社会信用代码, GB 32100-2015, MOD 31 check).
- Mainland mobile and landline telephone numbers.

Every ``normalize_*`` function returns the canonical form or raises
:class:`~clerk_app.domain.errors.InvalidInput` whose message tells the clerk, in
Chinese, what exactly is wrong. Full-width characters typed with a Chinese IME
(``１２３``, ``Ｘ``, ``－``) are accepted. The ``mask_*`` functions never raise and never
reveal the hidden part, whatever they are given.
"""

from __future__ import annotations

import re
from datetime import date

from clerk_app.domain.errors import InvalidInput

__all__ = [
    "birth_date_from_id",
    "gender_from_id",
    "id_card_check_char",
    "mask_id_card",
    "mask_personal_numbers",
    "mask_phone",
    "mask_uscc",
    "normalize_id_card",
    "normalize_landline",
    "normalize_mobile",
    "normalize_phone",
    "normalize_uscc",
    "uscc_check_char",
]

# Full-width ASCII (U+FF01..U+FF5E) → ASCII, ideographic space → space.
_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_DIGITS = frozenset("0123456789")

ID_CARD_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CARD_CHECK_MAP = "10X98765432"
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# 登记管理部门代码 (GB 32100-2015 Table 1): 机构编制 1, 外交 2, 司法行政 3, 文化 4, 民政 5,
# 旅游 6, 宗教 7, 工会 8, 工商 9, 中央军委改革和编制办公室 A, 农业 N, 其他 Y.
USCC_AUTHORITIES = frozenset("123456789ANY")


def _clean(s: str) -> str:
    """Full-width → half-width, then drop every kind of whitespace."""
    return "".join(s.translate(_HALF_WIDTH).split())


# --- resident ID card -----------------------------------------------------------------


def id_card_check_char(first17: str) -> str:
    """Check character (``0``–``9`` or ``X``) for the first 17 digits of an ID number."""
    if len(first17) != 17 or not set(first17) <= _DIGITS:
        raise InvalidInput("计算校验码需要身份证号码的前17位数字")
    total = sum(int(ch) * w for ch, w in zip(first17, ID_CARD_WEIGHTS, strict=True))
    return ID_CARD_CHECK_MAP[total % 11]


def normalize_id_card(s: str, *, today: date | None = None) -> str:
    """Canonical 18-character ID number (``X`` upper-cased) or :class:`InvalidInput`."""
    raw = _clean(s).upper()
    if not raw:
        raise InvalidInput("请填写身份证号码")
    bad = sorted({ch for ch in raw if ch not in _DIGITS and ch != "X"})
    if bad:
        shown = "、".join(f"“{ch}”" for ch in bad)
        raise InvalidInput(f"身份证号码含有不允许的字符 {shown}，只能是数字和最后一位的X")
    if len(raw) != 18:
        hint = "（15位旧号码请改用18位号码）" if len(raw) == 15 else ""
        raise InvalidInput(f"身份证号码应为18位，现在是{len(raw)}位{hint}")
    if "X" in raw[:17]:
        raise InvalidInput("身份证号码只有最后一位可以是X，前17位必须是数字")
    _check_birth_date(raw, today or date.today())
    expected = id_card_check_char(raw[:17])
    if raw[17] != expected:
        raise InvalidInput(f"身份证号码校验位不正确（最后一位应为{expected}），请核对是否输错")
    return raw


def _check_birth_date(raw: str, today: date) -> date:
    text = raw[6:14]
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise InvalidInput(f"身份证号码中的出生日期“{text}”不是有效日期") from None
    if born.year < 1900 or born > today:
        raise InvalidInput(f"身份证号码中的出生日期“{text}”不在1900年至今天的范围内")
    return born


def birth_date_from_id(id_card: str, *, today: date | None = None) -> date:
    """Birth date encoded in a (valid) ID number."""
    raw = normalize_id_card(id_card, today=today)
    return date(int(raw[6:10]), int(raw[10:12]), int(raw[12:14]))


def gender_from_id(id_card: str, *, today: date | None = None) -> str:
    """``"男"`` or ``"女"`` from the 17th digit (odd = male) of a valid ID number."""
    raw = normalize_id_card(id_card, today=today)
    return "男" if int(raw[16]) % 2 else "女"


# --- unified social credit code ---------------------------------------------------------


def uscc_check_char(first17: str) -> str:
    """Check character for the first 17 characters of a unified social credit code."""
    first17 = first17.upper()
    if len(first17) != 17 or any(ch not in USCC_CHARSET for ch in first17):
        raise InvalidInput("计算校验码需要统一社会信用代码的前17位有效字符")
    total = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def normalize_uscc(s: str) -> str:
    """Canonical (upper-case) 18-character unified social credit code or :class:`InvalidInput`."""
    raw = _clean(s).upper()
    if not raw:
        raise InvalidInput("请填写统一社会信用代码")
    bad = sorted({ch for ch in raw if ch not in USCC_CHARSET})
    if bad:
        shown = "、".join(f"“{ch}”" for ch in bad)
        raise InvalidInput(f"统一社会信用代码含有不允许的字符 {shown}（不使用I、O、Z、S、V）")
    if len(raw) != 18:
        raise InvalidInput(f"统一社会信用代码应为18位，现在是{len(raw)}位")
    if raw[0] not in USCC_AUTHORITIES:
        raise InvalidInput(f"统一社会信用代码第1位登记管理部门代码“{raw[0]}”无效")
    if not set(raw[2:8]) <= _DIGITS:
        raise InvalidInput("统一社会信用代码第3至8位应为行政区划码（6位数字）")
    expected = uscc_check_char(raw[:17])
    if raw[17] != expected:
        raise InvalidInput(
            f"统一社会信用代码校验位不正确（最后一位应为{expected}），请核对是否输错"
        )
    return raw


# --- telephone numbers ------------------------------------------------------------------

_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086)")
_SEPARATORS = re.compile(r"[\s\-()（）.]+")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_EXTENSION = re.compile(r"(?:转|分机|ext\.?|x|#)", re.IGNORECASE)
_LANDLINE = re.compile(r"^(0(?:[12]\d|[3-9]\d{2}))([1-9]\d{6,7})$")


def normalize_mobile(s: str) -> str:
    """Eleven-digit mainland mobile number (``1[3-9]`` + 9 digits)."""
    raw = _SEPARATORS.sub("", s.translate(_HALF_WIDTH))
    if not raw:
        raise InvalidInput("请填写手机号码")
    raw = _COUNTRY_PREFIX.sub("", raw)
    if len(raw) == 13 and raw.startswith("86"):
        raw = raw[2:]
    if not raw.isascii() or not raw.isdigit():
        raise InvalidInput("手机号码只能包含数字（可带+86前缀、空格或短横线）")
    if len(raw) != 11:
        raise InvalidInput(f"手机号码应为11位，现在是{len(raw)}位")
    if not _MOBILE.match(raw):
        raise InvalidInput("手机号码应以13～19开头")
    return raw


def normalize_landline(s: str) -> str:
    """Landline as ``0571-87654321`` or, with an extension, ``0571-87654321-8001``.

    The area code is required (``010``/``02x`` have 3 digits, all others 4). Groups may be
    separated by spaces, dashes or brackets; an extension follows ``转``/``分机``/``ext``/``#``
    or a last dash when the digits before it already make a whole number.
    """
    text = s.translate(_HALF_WIDTH).strip()
    if not text:
        raise InvalidInput("请填写固定电话号码")
    text, *tail = _EXTENSION.split(text, maxsplit=1)
    marker, extension = bool(tail), "".join(tail)
    if _COUNTRY_PREFIX.match(text):
        text = _COUNTRY_PREFIX.sub("", text).lstrip(" -(（")
        if not text.startswith("0"):
            text = "0" + text
    groups = [g for g in _SEPARATORS.split(text) if g]
    extension = _SEPARATORS.sub("", extension)
    if not all(g.isascii() and g.isdigit() for g in [*groups, extension or "0"]):
        raise InvalidInput("固定电话号码只能包含数字、区号分隔符和分机号")
    if not groups or not groups[0].startswith("0"):
        raise InvalidInput("固定电话号码需要带区号，例如 0571-87654321")
    match = _LANDLINE.match("".join(groups))
    if match is None and not marker and len(groups) >= 2:
        extension = groups.pop()
        match = _LANDLINE.match("".join(groups))
    if match is None or len(extension) > 6 or (marker and not extension):
        raise InvalidInput("固定电话号码格式不正确：应为区号（3～4位，以0开头）加7～8位号码")
    area, number = match.groups()
    return f"{area}-{number}" + (f"-{extension}" if extension else "")


def normalize_phone(s: str) -> str:
    """A mobile number if it looks like one, otherwise a landline; else :class:`InvalidInput`."""
    try:
        return normalize_mobile(s)
    except InvalidInput as mobile_error:
        digits = _COUNTRY_PREFIX.sub("", _SEPARATORS.sub("", s.translate(_HALF_WIDTH)))
        if re.match(r"1[3-9]", digits):
            raise mobile_error from None
    try:
        return normalize_landline(s)
    except InvalidInput as landline_error:
        raise InvalidInput(
            f"电话号码无效：{landline_error.message}（也不是有效的手机号码）"
        ) from None


# --- masking --------------------------------------------------------------------------


def mask_id_card(s: str) -> str:
    """``110105********1234``; anything that is not 18 characters is masked entirely."""
    raw = _clean(s).upper()
    if len(raw) != 18:
        return "*" * len(raw)
    return raw[:6] + "*" * 8 + raw[14:]


def mask_uscc(s: str) -> str:
    """``911101********123X`` (same layout as an ID number); otherwise masked entirely."""
    return mask_id_card(s)


def mask_phone(s: str) -> str:
    """``138****5678`` or ``0571-****4321``; a number that cannot be read is masked entirely."""
    try:
        phone = normalize_phone(s)
    except InvalidInput:
        return "*" * len(_clean(s))
    if _MOBILE.match(phone):
        return phone[:3] + "****" + phone[7:]
    area, number, *extension = phone.split("-")
    masked = area + "-" + "*" * (len(number) - 4) + number[-4:]
    return "-".join([masked, *extension])


# --- masking inside free text (log lines, error messages) ------------------------------

_BEFORE = r"(?<![0-9A-Za-z.])"  # not inside a longer number, word, hash or decimal
_AFTER = r"(?![0-9A-Za-z])"
_USCC_CHAR = "[0-9A-HJ-NP-RTUWXY]"
_IN_TEXT = re.compile(
    "|".join(
        (
            rf"(?P<id>{_BEFORE}[0-9]{{17}}[0-9Xx]{_AFTER})",
            rf"(?P<uscc>{_BEFORE}{_USCC_CHAR}{{2}}[0-9]{{6}}{_USCC_CHAR}{{10}}{_AFTER})",
            rf"(?P<old_id>{_BEFORE}[0-9]{{15}}{_AFTER})",
            rf"(?P<mobile>{_BEFORE}(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{{4}}){{2}}(?![0-9]))",
            rf"(?P<landline>{_BEFORE}0[0-9]{{2,3}}[- ]?[1-9][0-9]{{6,7}}(?![0-9]))",
        )
    ),
    re.IGNORECASE,
)


def _mask_match(match: re.Match[str]) -> str:
    text = match.group()
    if match.lastgroup in ("id", "old_id"):
        return mask_id_card(text)
    if match.lastgroup == "uscc":
        return mask_uscc(text)
    return mask_phone(text)


def mask_personal_numbers(text: str) -> str:
    """``text`` with every ID number (18 digits, or 15 of an old card), unified social credit
    code and mobile or landline number in it masked as the ``mask_*`` functions do; the
    check characters are not required (a mistyped number is personal all the same)."""
    return _IN_TEXT.sub(_mask_match, text)

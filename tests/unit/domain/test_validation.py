"""ID numbers, credit codes and phone numbers: worked examples and properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.validation import (
    ID_CARD_CHECK_MAP,
    USCC_CHARSET,
    birth_date_from_id,
    gender_from_id,
    id_card_check_char,
    mask_id_card,
    mask_phone,
    mask_uscc,
    normalize_id_card,
    normalize_landline,
    normalize_mobile,
    normalize_phone,
    normalize_uscc,
    uscc_check_char,
)

SAMPLE_ID = "11010519491231002X"  # the well-known GB 11643 sample
TODAY = date(2026, 3, 2)
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def make_id(region: str = "330102", born: date = date(1985, 7, 9), seq: str = "123") -> str:
    first17 = region + born.strftime("%Y%m%d") + seq
    return first17 + id_card_check_char(first17)


def make_uscc(body: str = "91330102MA2") -> str:
    first17 = (body + "ABCDEF0123456789")[:17]
    return first17 + uscc_check_char(first17)


# --- ID card: examples -------------------------------------------------------------------


def test_sample_id_is_valid_and_canonical() -> None:
    assert normalize_id_card(SAMPLE_ID) == SAMPLE_ID
    assert id_card_check_char(SAMPLE_ID[:17]) == "X"


@pytest.mark.parametrize(
    "typed",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105\u300019491231002X",
    ],
)
def test_id_card_tolerates_case_spaces_and_full_width(typed: str) -> None:
    assert normalize_id_card(typed) == SAMPLE_ID


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请填写"),
        ("11010519491231002", "应为18位，现在是17位"),
        ("110105491231002", "15位旧号码"),
        ("11010519491231002XX", "现在是19位"),
        ("1101051949123100-X", "不允许的字符"),
        ("11010519491231002Y", "“Y”"),
        ("X10105194912310021", "只有最后一位可以是X"),
        ("110105194912310021", "校验位不正确（最后一位应为X）"),
        ("110105194902300021", "出生日期“19490230”不是有效日期"),
        ("110105189912310021", "不在1900年至今天的范围内"),
    ],
)
def test_id_card_errors_say_what_is_wrong(typed: str, fragment: str) -> None:
    with pytest.raises(InvalidInput) as info:
        normalize_id_card(typed, today=TODAY)
    assert fragment in str(info.value)
    assert info.value.code == "invalid_input"


def test_birth_date_may_be_today_but_not_tomorrow() -> None:
    assert normalize_id_card(make_id(born=TODAY), today=TODAY).startswith("330102")
    with pytest.raises(InvalidInput, match="出生日期"):
        normalize_id_card(make_id(born=TODAY + timedelta(days=1)), today=TODAY)


def test_birth_date_and_gender_from_id() -> None:
    assert birth_date_from_id(SAMPLE_ID) == date(1949, 12, 31)
    assert gender_from_id(SAMPLE_ID) == "女"  # 17th digit 2 is even
    assert gender_from_id(make_id(seq="131")) == "男"
    assert birth_date_from_id(make_id(born=date(2000, 2, 29))) == date(2000, 2, 29)
    with pytest.raises(InvalidInput):
        gender_from_id("110105194912310021")


def test_check_char_helper_rejects_bad_input() -> None:
    with pytest.raises(InvalidInput):
        id_card_check_char("1234")
    with pytest.raises(InvalidInput):
        id_card_check_char("1101051949123100X")


# --- ID card: properties -----------------------------------------------------------------

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
regions = st.text(alphabet="0123456789", min_size=6, max_size=6)
sequences = st.text(alphabet="0123456789", min_size=3, max_size=3)


@given(regions, birth_dates, sequences, st.booleans(), st.booleans())
def test_any_valid_number_round_trips(
    region: str, born: date, seq: str, lower: bool, full_width: bool
) -> None:
    number = make_id(region, born, seq)
    typed = number.translate(FULL_WIDTH) if full_width else number
    typed = typed.lower() if lower else typed
    assert normalize_id_card(typed, today=TODAY) == number
    assert birth_date_from_id(number, today=TODAY) == born


@given(regions, birth_dates, sequences, st.sampled_from(ID_CARD_CHECK_MAP))
def test_any_wrong_check_char_is_rejected(region: str, born: date, seq: str, wrong: str) -> None:
    number = make_id(region, born, seq)
    if wrong == number[17]:
        wrong = ID_CARD_CHECK_MAP[(ID_CARD_CHECK_MAP.index(wrong) + 1) % 11]
    with pytest.raises(InvalidInput, match="校验位"):
        normalize_id_card(number[:17] + wrong, today=TODAY)


@given(regions, birth_dates, sequences, st.integers(0, 16), st.integers(1, 9))
def test_a_single_digit_typo_is_always_caught(
    region: str, born: date, seq: str, pos: int, delta: int
) -> None:
    number = make_id(region, born, seq)
    typo = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    with pytest.raises(InvalidInput):
        normalize_id_card(typo, today=TODAY)


@given(st.text(min_size=0, max_size=30))
def test_masking_never_reveals_the_middle_eight(text: str) -> None:
    masked = mask_id_card(text)
    if len(masked) == 18:
        assert masked[6:14] == "*" * 8
    else:
        assert set(masked) <= {"*"}


@given(regions, birth_dates, sequences)
def test_masking_keeps_first_six_and_last_four(region: str, born: date, seq: str) -> None:
    number = make_id(region, born, seq)
    masked = mask_id_card(number)
    assert masked == number[:6] + "********" + number[14:]
    assert number[6:14] not in masked


def test_mask_examples() -> None:
    assert mask_id_card(SAMPLE_ID) == "110105********002X"
    assert mask_id_card("11010519491231002x") == "110105********002X"
    assert mask_id_card("1101051949") == "**********"


# --- unified social credit code ----------------------------------------------------------


def test_known_uscc_is_valid() -> None:
    code = "91350100M000100Y43"
    assert uscc_check_char(code[:17]) == "3"
    assert normalize_uscc(code.lower()) == code
    assert normalize_uscc("９１３５０１００Ｍ０００１００Ｙ４３") == code


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请填写"),
        ("91350100M000100Y4", "应为18位，现在是17位"),
        ("91350100M000100I43", "“I”"),
        ("91350100O000100Y43", "不使用I、O、Z、S、V"),
        ("B1350100M000100Y43", "登记管理部门代码“B”"),
        ("9135A100M000100Y43", "行政区划码"),
        ("91350100M000100Y44", "校验位不正确（最后一位应为3）"),
    ],
)
def test_uscc_errors_say_what_is_wrong(typed: str, fragment: str) -> None:
    with pytest.raises(InvalidInput) as info:
        normalize_uscc(typed)
    assert fragment in str(info.value)


uscc_bodies = st.tuples(
    st.sampled_from("123456789ANY"),
    st.sampled_from(USCC_CHARSET),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet=USCC_CHARSET, min_size=9, max_size=9),
).map("".join)


@given(uscc_bodies)
def test_any_uscc_with_computed_check_round_trips(first17: str) -> None:
    code = first17 + uscc_check_char(first17)
    assert normalize_uscc(code.lower()) == code
    masked = mask_uscc(code)
    assert masked == code[:6] + "********" + code[14:]


@given(uscc_bodies, st.sampled_from(USCC_CHARSET))
def test_any_wrong_uscc_check_char_is_rejected(first17: str, wrong: str) -> None:
    if wrong == uscc_check_char(first17):
        wrong = USCC_CHARSET[(USCC_CHARSET.index(wrong) + 1) % 31]
    with pytest.raises(InvalidInput, match="校验位"):
        normalize_uscc(first17 + wrong)


def test_uscc_check_helper_validates_its_input() -> None:
    assert make_uscc().startswith("91330102MA2")
    with pytest.raises(InvalidInput):
        uscc_check_char("91350100M000100")
    with pytest.raises(InvalidInput):
        uscc_check_char("91350100M000100O4")


# --- phones ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "008613812345678",
        "8613812345678",
        "１３８１２３４５６７８",
    ],
)
def test_mobile_forms(typed: str) -> None:
    assert normalize_mobile(typed) == "13812345678"
    assert normalize_phone(typed) == "13812345678"
    assert mask_phone(typed) == "138****5678"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请填写"),
        ("1381234567", "应为11位"),
        ("12812345678", "13～19开头"),
        ("138a2345678", "数字"),
    ],
)
def test_mobile_errors(typed: str, fragment: str) -> None:
    with pytest.raises(InvalidInput, match=fragment):
        normalize_mobile(typed)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0571-87654321", "0571-87654321"),
        ("010 12345678", "010-12345678"),
        ("(0571)87654321", "0571-87654321"),
        ("057187654321", "0571-87654321"),
        ("021-1234567", "021-1234567"),
        ("0571 8765 4321", "0571-87654321"),
        ("0571-87654321-8001", "0571-87654321-8001"),
        ("0571-87654321转8001", "0571-87654321-8001"),
        ("0571-87654321 ext. 12", "0571-87654321-12"),
        ("+86 571 87654321", "0571-87654321"),
        ("+86 10 12345678", "010-12345678"),
        ("０５７１－８７６５４３２１", "0571-87654321"),
    ],
)
def test_landline_forms(typed: str, expected: str) -> None:
    assert normalize_landline(typed) == expected
    assert normalize_phone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "请填写"),
        ("87654321", "区号"),
        ("0571-abc", "只能包含数字"),
        ("0571-876", "格式不正确"),
        ("0571-87654321转", "格式不正确"),
    ],
)
def test_landline_errors(typed: str, fragment: str) -> None:
    with pytest.raises(InvalidInput, match=fragment):
        normalize_landline(typed)


def test_phone_reports_the_mobile_error_for_mobile_like_input() -> None:
    with pytest.raises(InvalidInput, match="手机号码应为11位"):
        normalize_phone("138123456")
    with pytest.raises(InvalidInput, match="也不是有效的手机号码"):
        normalize_phone("12345")


def test_mask_phone_examples() -> None:
    assert mask_phone("0571-87654321") == "0571-****4321"
    assert mask_phone("021-1234567转88") == "021-***4567-88"
    assert mask_phone("not a phone") == "*" * len("notaphone")


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mobile_mask_hides_the_middle_four(number: str) -> None:
    assert normalize_mobile(f"+86 {number[:3]}-{number[3:7]}-{number[7:]}") == number
    masked = mask_phone(number)
    assert masked == number[:3] + "****" + number[7:]

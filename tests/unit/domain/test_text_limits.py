"""The one table of text fields and its check: lengths, characters, trimming, counts."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.text_limits import (
    COUNT_FIELDS,
    TEXT_FIELDS,
    TextKind,
    check_count,
    check_phone,
    check_text,
)


def test_a_value_is_trimmed_and_kept_otherwise() -> None:
    assert check_text("applicant_name", "  阿卜杜·热西提 ") == "阿卜杜·热西提"
    assert check_text("refusal_reason", "第一条\r\n第二条\t（附件）") == "第一条\n第二条\t（附件）"
    assert check_text("agent_name", "") == ""


def test_201_characters_are_refused_naming_the_field() -> None:
    with pytest.raises(InvalidInput, match="企业名称不能超过 200 字（现在 201 字）") as caught:
        check_text("enterprise_name", "某" * 201)
    assert caught.value.field == "enterprise_name"
    assert check_text("enterprise_name", "某" * 200) == "某" * 200
    with pytest.raises(InvalidInput, match="申请人姓名不能超过 50 字"):
        check_text("applicant_name", "张" * 201)


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u202e"])
def test_control_and_invisible_characters_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput, match=r"申请人姓名含有.*请删除后重新输入") as caught:
        check_text("applicant_name", f"张{bad}三")
    assert caught.value.field == "applicant_name"
    with pytest.raises(InvalidInput, match="不予受理理由含有"):
        check_text("refusal_reason", f"理由{bad}说明")


def test_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(InvalidInput, match="转办事由含有无法识别的字符"):
        check_text("referral_matter", "转办\ud800")


def test_line_breaks_belong_to_long_texts_only() -> None:
    assert check_text("complaint_content", "第一行\n第二行") == "第一行\n第二行"
    with pytest.raises(InvalidInput, match="暂停原因含有不可见的控制字符"):
        check_text("pause_reason", "会议\n学习")


@pytest.mark.parametrize(
    "name", ["张三", "阿卜杜·热西提", "玛丽・居里", "Anne-Marie O'Neil", "李　四"]
)
def test_names_take_letters_and_the_middle_dot(name: str) -> None:
    assert check_text("applicant_name", name) == name


@pytest.mark.parametrize("name", ["张三1", "王<b>", "李@四", "赵;DROP"])
def test_names_refuse_digits_and_symbols(name: str) -> None:
    with pytest.raises(InvalidInput, match="姓名只能包含文字、间隔号“·”、空格和连字符"):
        check_text("agent_name", name)


def test_an_enterprise_name_may_have_digits_and_brackets() -> None:
    name = "清溪县第1建筑工程有限公司（分公司）"
    assert check_text("enterprise_name", name) == name


def test_a_phone_field_is_checked_then_normalised() -> None:
    assert check_phone("visitor_phone", " 138-1234-5678 ") == "13812345678"
    assert check_phone("visitor_phone", "  ") == ""
    with pytest.raises(InvalidInput) as caught:
        check_phone("visitor_phone", "12345")
    assert caught.value.field == "visitor_phone"
    with pytest.raises(InvalidInput, match="来访人电话不能超过 40 字"):
        check_phone("visitor_phone", "1" * 41)


def test_counts_outside_their_range_are_refused() -> None:
    assert check_count("copies", 0) == 0 and check_count("copies", 99) == 99
    for bad in (-1, 100, 10**12):
        with pytest.raises(InvalidInput, match="复印件份数应在 0 至 99 之间") as caught:
            check_count("copies", bad)
        assert caught.value.field == "copies"
    with pytest.raises(InvalidInput, match="应为整数"):
        check_count("originals", True)


def test_every_limit_is_positive_and_every_label_is_chinese() -> None:
    for spec in TEXT_FIELDS.values():
        assert spec.max_length > 0 and spec.columns, spec.key
        assert any("\u4e00" <= ch <= "\u9fff" for ch in spec.label), spec.key
    for count in COUNT_FIELDS.values():
        assert 0 <= count.minimum < count.maximum < 2**31, count.key


_ANY_CHAR = st.characters(codec=None, exclude_categories=())
_TEXT = st.text(_ANY_CHAR, max_size=300) | st.text(
    st.sampled_from("张三·  \n\t\x00\r"), min_size=190, max_size=260
)


def _allowed_controls(kind: TextKind) -> set[str]:
    return {"\n", "\t"} if kind is TextKind.BLOCK else set()


@given(key=st.sampled_from(sorted(TEXT_FIELDS)), value=_TEXT)
def test_what_the_check_accepts_fits_and_carries_no_control_character(key: str, value: str) -> None:
    spec = TEXT_FIELDS[key]
    try:
        clean = check_text(key, value)
    except InvalidInput as exc:
        assert exc.field == key and spec.label in exc.message
        return
    assert len(clean) <= spec.max_length
    assert clean == clean.strip()
    clean.encode("utf-8")  # no lone surrogate: PostgreSQL can store it
    for ch in set(clean) - _allowed_controls(spec.kind):
        assert unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp"), repr(ch)

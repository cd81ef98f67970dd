"""The log never carries a full ID number, USCC or phone number, whatever the formatter."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app import log
from clerk_app.domain.validation import mask_personal_numbers, uscc_check_char
from tests.helpers.factories import valid_id_card

ID_NO = valid_id_card()  # 11010519491231002X
USCC = "91330188MA2B3C4D5" + uscc_check_char("91330188MA2B3C4D5")
MOBILE = "13812345678"


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Path]:
    log.setup(tmp_path / "logs")
    yield tmp_path / "logs" / "clerk.log"
    log.setup(None)


def _read(path: Path) -> str:
    for handler in logging.getLogger("clerk").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_numbers_in_text_are_masked_and_the_rest_kept() -> None:
    text = (
        f"id {ID_NO}, old 110105491231002, uscc {USCC}, tel 0571-87654321, "
        f"mobile +86 138 1234 5678, {MOBILE}"
    )
    assert mask_personal_numbers(text) == (
        "id 110105********002X, old ***************, uscc 913301********4D5"
        f"{USCC[-1]}, tel 0571-****4321, mobile 138****5678, 138****5678"
    )


@pytest.mark.parametrize(
    "innocent",
    [
        "2026-12-03 10:05:00,123 INFO clerk.sync: pushed 500",
        "event 3f2b1c4e-1234-4567-89ab-123456789012 position 123456",
        "hash 7f3a110105194912310021ab0c9e",
        "case 20261203-WIN-A-0001 took 0.0123456789 s",
        "central_seq 1234567890123456789",
    ],
)
def test_what_is_not_a_personal_number_is_left_alone(innocent: str) -> None:
    assert mask_personal_numbers(innocent) == innocent


@pytest.mark.expected_errors("sync crashed")
def test_message_arguments_exception_and_stack_are_masked_in_the_file(logged: Path) -> None:
    logger = logging.getLogger("clerk.sync")
    logger.warning("applicant %s phone %s", ID_NO, MOBILE)
    try:
        raise ValueError(f"refused row ({ID_NO}, {USCC}, {MOBILE})")
    except ValueError:
        logger.exception("sync crashed")
    logger.info("where %s", ID_NO, stack_info=True)
    text = _read(logged)
    assert ID_NO not in text and USCC not in text and MOBILE not in text
    assert text.count("110105********002X") == 3
    assert "Traceback (most recent call last)" in text and "ValueError: refused row" in text
    assert "138****5678" in text and "Stack (most recent call last)" in text


@pytest.mark.expected_errors("with")
def test_the_filter_composes_with_another_formatter() -> None:
    """A JSON line formatter (as --log-json would add) gets the masked record too."""

    class JsonFormatter(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            return json.dumps(
                {
                    "message": record.getMessage(),
                    "exc": record.exc_text
                    or (self.formatException(record.exc_info) if record.exc_info else ""),
                },
                ensure_ascii=False,
            )

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(log.PersonalDataFilter())
    logger = logging.getLogger("clerk.test_json")
    logger.addHandler(handler)
    try:
        try:
            raise RuntimeError(ID_NO)
        except RuntimeError:
            logger.error("with %s", MOBILE, exc_info=True)
    finally:
        logger.removeHandler(handler)
    line = json.loads(stream.getvalue())
    assert line["message"] == "with 138****5678"
    assert "110105********002X" in line["exc"] and ID_NO not in line["exc"]


def test_a_record_whose_arguments_do_not_fit_is_still_logged_masked(logged: Path) -> None:
    logging.getLogger("clerk.app").warning("two %s %s", ID_NO)
    text = _read(logged)
    assert "110105********002X" in text and ID_NO not in text

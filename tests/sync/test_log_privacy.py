"""A sync failure on a case with an ID number logs the number masked, SQL parameters included.

The failure is a raw driver error whose text lists the SQL parameters — the applicant's
ID and phone — raised by the push of a case (as the central refused an over-long row
before the door checked fields), forced here so that it does not depend on which check
stops such a row first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc

from clerk_app import log
from clerk_app.services import catalogue, intake
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.sync.worker import SyncWorker
from tests.helpers.factories import build_small_center, valid_id_card
from tests.sync.stations import StationFactory

ID_NO = valid_id_card("33018819800101123")
MOBILE = "13912345678"


class _Seen(logging.Handler):
    """Tells the test when the worker has logged a failed round."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.failed = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.failed.set()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    log.setup(tmp_path / "logs")
    yield tmp_path / "logs" / "clerk.log"
    log.setup(None)


@pytest.mark.expected_errors("sync crashed")
def test_a_sync_failure_logs_the_applicant_id_only_masked(
    stations: StationFactory,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    counter = stations("WIN-A")
    center = build_small_center(counter.ctx)
    item = catalogue.get_item(counter.ctx, center.promised_item)
    intake.receive(
        counter.ctx,
        center.clerk.actor(),
        item_id=item.id,
        applicant=Applicant("person", "张三", ID_NO, MOBILE),
        materials=[MaterialCheck(m, "received", 1) for m in item.material_ids],
    )

    def refused_by_the_driver() -> tuple[int, int]:
        raise sqlalchemy.exc.DataError(
            "INSERT INTO case_file (applicant_name, applicant_id_no, applicant_phone) "
            "VALUES (%(name)s, %(id_no)s, %(phone)s)",
            {"name": "张" * 201, "id_no": ID_NO, "phone": MOBILE},
            Exception("value too long for type character varying(200)"),
        )

    monkeypatch.setattr(counter.sync, "push", refused_by_the_driver)
    seen = _Seen()
    logging.getLogger("clerk").addHandler(seen)  # after the file handler: sees it masked
    worker = SyncWorker(counter.sync, interval=60)
    try:
        with caplog.at_level(logging.INFO, logger="clerk"):
            worker.start()
            assert seen.failed.wait(60), "the sync round did not fail"
    finally:
        worker.stop()
        logging.getLogger("clerk").removeHandler(seen)
    for handler in logging.getLogger("clerk").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "sync crashed" in text and "[parameters:" in text  # the driver error, in full
    assert ID_NO not in text and MOBILE not in text
    assert "330188********123" in text and "139****5678" in text
    captured = caplog.text + "".join(str(r.exc_text) + r.getMessage() for r in seen.records)
    assert "330188********123" in captured
    assert ID_NO not in captured and MOBILE not in captured

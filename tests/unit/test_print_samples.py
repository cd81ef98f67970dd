"""``clerk-app print-samples``: every document printed from the demo's real data."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from clerk_app.cli import main
from clerk_app.config import sqlite_url
from clerk_app.demo.center import build_demo
from clerk_app.demo.samples import SAMPLE_NAMES
from clerk_app.store.db import open_database
from clerk_app.store.models import Case
from tests.helpers.databases import fresh_sqlite

DEMO_DAY = date(2026, 11, 20)
FULL_ID = re.compile(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])")
EXPECTED = {
    "ticket": ("清溪县政务服务中心", "排队号", "取号时间"),
    "receipt": ("受理通知书", "受字〔2026〕", "承诺时限", "办结期限", "已收取申请材料"),
    "supplement_notice": ("补正材料一次性告知书", "补正要求", "清溪县政务服务中心"),
    "refusal": ("不予受理决定书", "清溪县人民政府申请行政复议", "清溪县人民法院"),
    "extension_notice": ("延期告知书", "第四十二条", "个工作日"),
    "suspension_notice": ("特别程序告知书", "第四十五条", "预计于"),
    "completion_notice": ("办结通知书", "办理结果"),
    "deemed_approval_notice": ("超时默认通知书", "起视为准予", "本机关未在"),
    "referral_slip": ("转办引导单", "首问负责人", "工号QX"),
}


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def demo_dir(sqlite_template: Path, tmp_path: Path) -> Path:
    """A data dir whose embedded database already holds a small demo (cheap hashing)."""
    directory = tmp_path / "data"
    directory.mkdir()
    db = fresh_sqlite(sqlite_template, directory)
    build_demo(db, workstation="WS-DEMO", days=2, today=DEMO_DAY, password_cost=2**4)
    db.dispose()
    return directory


def test_print_samples_writes_every_document_from_the_demo(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "samples"
    assert main(["--data-dir", str(demo_dir), "print-samples", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert sorted(Path(p).name for p in printed) == sorted(f"{n}.pdf" for n in SAMPLE_NAMES)
    case_numbers = set()
    for name in SAMPLE_NAMES:
        text = _text(out / f"{name}.pdf")
        for expected in EXPECTED[name]:
            assert expected in text, (name, expected)
        assert FULL_ID.search(text) is None, name
        case_numbers.update(re.findall(r"\d{8}-WS-[A-Z0-9]+-\d{4}", text))
    assert len(case_numbers) >= 5  # real cases of the database, not one made-up example
    receipt = _text(out / "receipt.pdf")
    assert re.search(r"\d{6}\*{8}\d{3}[\dX]", receipt)  # the applicant, masked


def _cases(data_dir: Path) -> int:
    db = open_database(sqlite_url(data_dir))
    with db.sessions() as s:
        n = s.scalar(select(func.count()).select_from(Case)) or 0
    db.dispose()
    return n


def test_print_samples_twice_reuses_what_is_there(demo_dir: Path, tmp_path: Path) -> None:
    """What a first run had to make (a deemed approval, an extension…) is found the second
    time: the database does not grow new cases on every run."""
    counts = []
    for run in ("a", "b"):
        out = str(tmp_path / run)
        assert main(["--data-dir", str(demo_dir), "print-samples", "--out", out]) == 0
        counts.append(_cases(demo_dir))
    assert counts[0] == counts[1]
    for name in ("deemed_approval_notice", "extension_notice"):
        assert _text(tmp_path / "a" / f"{name}.pdf") == _text(tmp_path / "b" / f"{name}.pdf")


def test_print_samples_leaves_the_centres_journal_untouched(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def verified() -> str:
        assert main(["--data-dir", str(demo_dir), "audit", "verify"]) == 0
        return capsys.readouterr().out.splitlines()[0]  # 检查了 N 条事件（…）

    before, cases = verified(), _cases(demo_dir)
    assert main(["--data-dir", str(demo_dir), "print-samples", "--out", str(tmp_path / "o")]) == 0
    capsys.readouterr()
    assert verified() == before and _cases(demo_dir) == cases


def test_print_samples_from_an_empty_data_dir_builds_the_demo_only_in_its_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "o"
    assert main(["--data-dir", str(empty), "print-samples", "--out", str(out)]) == 0
    assert (out / "receipt.pdf").is_file()
    assert not any(empty.glob("*.sqlite3")) or _cases(empty) == 0

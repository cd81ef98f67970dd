"""The generated year (``clerk-app demo --scale year``) at a small scale: the counts asked
for, a journal that verifies, and state that the journal's replay rebuilds row for row."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from clerk_app.cli import main
from clerk_app.demo import year, year_cases, year_stories
from clerk_app.demo.year import build_year
from clerk_app.services.audit import verify
from clerk_app.services.audit_deep import deep_verify
from clerk_app.store.db import Database
from clerk_app.store.models import Case, Event, Ticket

TODAY = date(2026, 11, 20)
CHEAP_PASSWORD_COST = 2**4


def _count(db: Database, model: type[object], *where: sa.ColumnElement[bool]) -> int:
    with db.read_sessions() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model).where(*where)) or 0


def test_small_year_is_what_the_services_would_have_written(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # more of the rarer stories than a real year has, so that a small one has them all
    monkeypatch.setattr(year_cases, "LATE_SHARE", 0.3)
    monkeypatch.setattr(year_cases, "EXTENSION_SHARE", 0.3)
    monkeypatch.setattr(year_stories, "CASES_PER_COMPLAINT", 30)
    monkeypatch.setattr(year_stories, "CASES_PER_CONTACT", 20)
    summary = build_year(
        db, cases=100, seed=7, today=TODAY, password_cost=CHEAP_PASSWORD_COST, workstation="WS-Y"
    )
    assert summary.counts["cases"] == _count(db, Case) == 100
    assert summary.counts["tickets"] == _count(db, Ticket) == 200
    assert summary.first_day == date(2025, 11, 20) and summary.last_day == date(2026, 11, 19)
    journal = _count(db, Event)
    assert journal > summary.events > 1000  # the catalogue's events come first
    with db.read_sessions() as s:
        states = set(s.scalars(sa.select(Case.state).distinct()))
        overdue = s.scalar(sa.select(sa.func.count()).where(Case.overdue.is_(True)))
    assert {"accepted", "completed", "completed_on_spot", "withdrawn"} <= states
    assert overdue == summary.counts["overdue"] > 0
    for story in ("extended", "complaints", "first_contacts", "joint_steps", "reviews"):
        assert summary.counts[story] > 0, story
    assert verify(db).ok
    report = deep_verify(db)
    assert report.replayed == journal
    assert report.ok, [str(d) for d in report.differences]


def test_cli_builds_a_year_that_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cheap = functools.partial(build_year, password_cost=CHEAP_PASSWORD_COST)
    monkeypatch.setattr(year, "build_year", cheap)
    assert main(["--data-dir", str(tmp_path), "demo", "--scale", "year", "--cases", "20"]) == 0
    out = capsys.readouterr().out
    assert "办件 20 件" in out and "号票 40 张" in out
    assert main(["--data-dir", str(tmp_path), "audit", "verify"]) == 0
    assert "审计链完整" in capsys.readouterr().out

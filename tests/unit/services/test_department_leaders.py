"""A department's leaders are set one way (the department record); the old event that set
them alone still applies when an old journal is replayed or pulled."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clerk_app.services import unit_of_work
from clerk_app.services.audit import replay, state_dump, verify
from clerk_app.services.audit_deep import deep_verify
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.event_schemas import LEGACY_EVENT_TYPES
from clerk_app.store.models import Department, Event
from tests.helpers.databases import fresh_sqlite
from tests.helpers.factories import SmallCenter, add_leaders


def _leaders(ctx: ServiceContext, dept_id: str) -> tuple[str | None, str | None]:
    with ctx.db.read_sessions() as s:
        dept = s.get(Department, dept_id)
        assert dept is not None
        return dept.head_staff_id, dept.deputy_staff_id


def _types(ctx: ServiceContext) -> set[str]:
    with ctx.db.read_sessions() as s:
        return set(s.scalars(select(Event.type)))


def test_leaders_are_set_with_the_department_record(
    ctx: ServiceContext, center: SmallCenter
) -> None:
    leaders = add_leaders(ctx, center)
    assert _leaders(ctx, center.market_dept) == (None, leaders.market.staff_id)
    assert _leaders(ctx, center.tax_dept) == (leaders.tax.staff_id, None)
    assert "department.updated" in _types(ctx)
    assert not _types(ctx) & LEGACY_EVENT_TYPES


def test_no_use_case_emits_a_legacy_event(ctx: ServiceContext, center: SmallCenter) -> None:
    with (
        pytest.raises(ValueError, match=r"department\.leaders_set"),
        ctx.unit_of_work(Actor.system()) as uow,
    ):
        uow.emit(
            "department.leaders_set",
            dict(id=center.tax_dept, head_staff_id=None, deputy_staff_id=None),
        )


def test_an_old_journal_with_leaders_set_still_replays(
    ctx: ServiceContext,
    center: SmallCenter,
    sqlite_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    leaders = add_leaders(ctx, center)
    with monkeypatch.context() as old_code:  # as a version before the change wrote it
        old_code.setattr(unit_of_work, "LEGACY_EVENT_TYPES", frozenset())
        with ctx.unit_of_work(Actor.system()) as uow:
            uow.emit(
                "department.leaders_set",
                dict(id=center.tax_dept, head_staff_id=None, deputy_staff_id=leaders.tax.staff_id),
            )
    assert _leaders(ctx, center.tax_dept) == (None, leaders.tax.staff_id)
    assert verify(ctx.db).ok
    assert deep_verify(ctx.db, scratch_dir=tmp_path).ok
    target_dir = tmp_path / "replayed"
    target_dir.mkdir()
    target = fresh_sqlite(sqlite_template, target_dir)
    try:
        replay(ctx.db, target)
        assert state_dump(target) == state_dump(ctx.db)
    finally:
        target.dispose()

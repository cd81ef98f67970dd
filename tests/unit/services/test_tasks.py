"""督查: owner, method, deadline, progress reports, result and its effect; late tasks
escalate to an accountability record."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_app.domain.errors import IllegalTransition, InvalidInput
from clerk_app.services import board, oversight, tasks
from clerk_app.services.errors import PermissionDenied
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter


def test_a_task_is_reported_on_completed_with_its_effect_or_escalates_when_late(
    ctx, center: SmallCenter, clock: FakeClock
) -> None:
    clock.set_day(date(2026, 11, 2))
    sup = center.supervisor.actor()
    done_id = tasks.create_task(
        ctx,
        sup,
        title="窗口材料清单公示",
        department_id=center.market_dept,
        owner_staff_id=center.clerk.staff_id,
        method="对照事项目录逐项核对并张贴",
        workdays=5,
    )
    late_id = tasks.create_task(
        ctx, sup, title="减证便民清理", department_id=center.tax_dept, method="自查", workdays=2
    )
    tasks.report_progress(ctx, center.clerk.actor(), done_id, note="已核对 12 项")
    with pytest.raises(PermissionDenied):  # another department's clerk
        tasks.report_progress(ctx, center.tax_clerk.actor(), done_id, note="x")
    with pytest.raises(InvalidInput):
        tasks.complete_task(ctx, sup, done_id, result="已公示", effect="excellent")
    view = tasks.complete_task(ctx, sup, done_id, result="已全部公示", effect=tasks.Effect.GOOD)
    assert (view.status, view.effect, view.owner_name) == ("done", "good", "李窗口")
    assert [r[2] for r in view.reports] == ["已核对 12 项"]
    with pytest.raises(IllegalTransition):
        tasks.report_progress(ctx, sup, done_id, note="late")

    clock.set_day(date(2026, 11, 5))
    by_id = {t.id: t for t in tasks.tasks(ctx)}
    assert by_id[late_id].late and not by_id[done_id].late
    assert [t.id for t in board.escalations(ctx).tasks] == [late_id]  # red on the board
    oversight.sweep(ctx, sup)
    [record] = board.accountability_records(ctx)
    assert record.cause == "late_task" and "减证便民清理" in record.note

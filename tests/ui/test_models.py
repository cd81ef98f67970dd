"""Every table model passes Qt's model tester with real rows."""

from __future__ import annotations

from datetime import date, datetime

from clerk_app.domain.clock import SHANGHAI
from clerk_app.services import catalogue
from clerk_app.services.context import ServiceContext
from clerk_app.services.first_contact import ReferralView
from clerk_app.services.tickets import QueueStatus
from clerk_app.ui.common.theme import LIGHT_RED
from clerk_app.ui.counter.queues_model import COL_WAITING, QueueStatusModel
from clerk_app.ui.front_desk.items_model import COL_NAME, ItemTableModel
from clerk_app.ui.front_desk.referrals_model import COL_STATUS, ReferralModel
from tests.helpers.factories import SmallCenter


def test_item_model(qtmodeltester: object, ui_ctx: ServiceContext, small: SmallCenter) -> None:
    model = ItemTableModel()
    model.set_rows(catalogue.search_items(ui_ctx, ""))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    names = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert "食品经营许可证核发" in names


def test_queue_model_sums_the_waiting(qtmodeltester: object) -> None:
    model = QueueStatusModel()
    model.set_rows([QueueStatus("q1", "市场监管", 3, 25), QueueStatus("q2", "税务", 0, 0)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, COL_WAITING).data() == "3"
    assert model.total_waiting() == 3
    assert model.longest_wait() == 25


def test_referral_model_marks_a_late_referral_red(qtmodeltester: object) -> None:
    when = datetime(2026, 9, 28, 9, 30, tzinfo=SHANGHAI)
    late = ReferralView(
        id="r1",
        matter="咨询食品经营许可",
        visitor_name="张三",
        from_staff_id="s",
        from_staff_name="王导服",
        from_staff_no="G001",
        to_department_id="d",
        to_department_name="市场监管局",
        to_window_id=None,
        to_window_code="",
        status="open",
        step_due=date(2026, 9, 29),
        late=True,
        created_at=when,
        closed_at=None,
        outcome="",
        case_id=None,
    )
    model = ReferralModel()
    model.set_rows([late])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    status = model.index(0, COL_STATUS)
    assert "超时" in status.data()
    from PySide6.QtCore import Qt

    assert status.data(Qt.ItemDataRole.ForegroundRole).color().name() == LIGHT_RED


def test_case_and_extension_models(
    qtmodeltester: object, ui_ctx: ServiceContext, small: SmallCenter
) -> None:
    from clerk_app.services import casework
    from clerk_app.ui.cases.cases_model import (
        COL_LEFT,
        CaseModel,
        DocumentModel,
        ExtensionModel,
    )
    from tests.ui.test_my_cases import accepted_case

    case = accepted_case(ui_ctx, small)
    model = CaseModel()
    model.set_rows([case])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, COL_LEFT).data() == "10 个工作日"
    casework.request_extension(ui_ctx, small.clerk.actor(), case.id, workdays=3, reason="核查")
    pending = casework.pending_extensions(ui_ctx)
    assert [(p.case.id, p.workdays, p.reason) for p in pending] == [(case.id, 3, "核查")]
    extensions = ExtensionModel()
    extensions.set_rows(pending)
    qtmodeltester.check(extensions)  # type: ignore[attr-defined]
    assert extensions.index(0, 4).data() == "3 个工作日"
    docs = DocumentModel()
    docs.set_rows([])
    qtmodeltester.check(docs)  # type: ignore[attr-defined]

"""UI fixtures: a small center on SQLite, synchronous executors, a printer that keeps docs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from clerk_app.app import StoreDirectory
from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database
from clerk_app.ui.ports import CenterInfo
from clerk_app.ui.session import AppServices, SignedOn, UiSettings
from clerk_app.ui.tasks import SyncExecutor, Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, build_small_center

CHEAP_PASSWORD_COST = 2**4


class FakePrinter:
    def __init__(self) -> None:
        self.printed: list[object] = []

    def print_document(self, doc: object, *, title: str) -> str:
        self.printed.append(doc)
        return f"fake:{title}"


@pytest.fixture
def ui_ctx(sqlite_db: Database, clock: FakeClock) -> ServiceContext:
    return ServiceContext(
        db=sqlite_db, workstation="WS-UI", clock=clock, password_cost=CHEAP_PASSWORD_COST
    )


@pytest.fixture
def small(ui_ctx: ServiceContext) -> SmallCenter:
    return build_small_center(ui_ctx)


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def tasks(qapp: QApplication, errors: list[str]) -> Iterator[Tasks]:
    runner = Tasks(SyncExecutor(), SyncExecutor(), report_error=errors.append)
    yield runner
    runner.shutdown()


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def app_services(ui_ctx: ServiceContext, tasks: Tasks, printer: FakePrinter) -> AppServices:
    return AppServices(
        ctx=ui_ctx,
        tasks=tasks,
        directory=StoreDirectory(ui_ctx.db),
        printer=printer,
        settings=UiSettings(idle_lock_minutes=5),
    )


@pytest.fixture
def center_info(app_services: AppServices, small: SmallCenter) -> CenterInfo:
    info = app_services.directory.center()
    assert info is not None
    return info


@pytest.fixture
def sign_on(
    app_services: AppServices, center_info: CenterInfo, errors: list[str]
) -> Callable[[Badge], SignedOn]:
    """A session for a badge; errors reach ``errors`` instead of a message box."""

    def make(badge: Badge) -> SignedOn:
        return SignedOn(app_services, badge, center_info)

    return make

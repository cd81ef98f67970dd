"""UI fixtures: a small center on SQLite, synchronous executors, a print sink that keeps
every printout (already archived by the services under ``archive_dir``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from clerk_app.services.auth import Badge
from clerk_app.services.context import ServiceContext
from clerk_app.store.db import Database
from clerk_app.ui.adapters import ServiceDirectory
from clerk_app.ui.ports import CenterInfo, Printout
from clerk_app.ui.session import AppServices, SignedOn, UiSettings
from clerk_app.ui.tasks import SyncExecutor, Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, build_small_center

CHEAP_PASSWORD_COST = 2**4


class FakePrinter:
    """The print sink of the tests: keeps each printout instead of opening the preview."""

    def __init__(self) -> None:
        self.printouts: list[Printout] = []

    def show(self, printout: Printout, parent: QWidget | None = None) -> None:
        self.printouts.append(printout)

    def kinds(self) -> list[str]:
        return [p.kind for p in self.printouts]


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    return tmp_path / "archive"


@pytest.fixture
def ui_ctx(sqlite_db: Database, clock: FakeClock, archive_dir: Path) -> ServiceContext:
    return ServiceContext(
        db=sqlite_db,
        workstation="WS-UI",
        clock=clock,
        password_cost=CHEAP_PASSWORD_COST,
        archive_dir=archive_dir,
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
        directory=ServiceDirectory(ui_ctx),
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


def pdf_text(data: bytes) -> str:
    """All the text of a PDF (what pypdf extracts) with every space and line break removed,
    so a phrase the layout wrapped is still found."""
    import io

    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return "".join(text.split())

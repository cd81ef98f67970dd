"""Everything a tab needs to work, handed down from the shell (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from clerk_app.config import Settings
from clerk_app.devices.id_card import IdCardReader
from clerk_app.services.auth import Badge
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.ui.ports import CenterInfo, Directory, PrintSink
from clerk_app.ui.sync_status import SyncStatusSource
from clerk_app.ui.tasks import Tasks

DEFAULT_IDLE_LOCK_MINUTES = 10


@dataclass(frozen=True)
class UiSettings:
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES  # 0: never lock
    lang: str = "zh_CN"


@dataclass
class AppServices:
    """Built once by the composition root; lives as long as the application."""

    ctx: ServiceContext
    tasks: Tasks
    directory: Directory
    printer: PrintSink
    settings: UiSettings = field(default_factory=UiSettings)
    sync_status: SyncStatusSource = field(default_factory=SyncStatusSource)  # 单机运行 by default
    config: Settings | None = None  # the workstation settings file (connection settings)
    id_reader: IdCardReader | None = None  # 身份证阅读器, where its library is installed


@dataclass(frozen=True)
class SignedOn:
    """One signed-on clerk at one window: the badge, and the center for printouts."""

    app: AppServices
    badge: Badge
    center: CenterInfo

    @property
    def actor(self) -> Actor:
        return self.badge.actor()

    @property
    def ctx(self) -> ServiceContext:
        return self.app.ctx

    @property
    def tasks(self) -> Tasks:
        return self.app.tasks

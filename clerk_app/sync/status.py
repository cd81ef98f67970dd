"""What the sync engine reports: progress of a round, its result, and the status shown on
every screen. Plain frozen data, safe to hand from the sync thread to the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clerk_app.domain.clock import SHANGHAI


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push" or "pull"
    done: int
    total: int | None


@dataclass(frozen=True)
class SyncStatus:
    """What the status indicator on every screen shows."""

    online: bool | None  # None: not tried yet
    offline_since: datetime | None
    waiting: int
    last_sync: datetime | None
    conflicts: int
    error: str | None = None

    def label(self) -> str:
        parts = []
        if self.online is None:
            parts.append("未连接中心")
        elif self.online:
            parts.append("在线")
        else:
            since = (
                self.offline_since.astimezone(SHANGHAI).strftime("%H:%M")
                if self.offline_since
                else "?"
            )
            parts.append(f"离线（自{since}起）")
        parts.append(f"待上传 {self.waiting}")
        if self.last_sync is not None:
            parts.append(f"上次同步 {self.last_sync.astimezone(SHANGHAI):%m-%d %H:%M}")
        if self.conflicts:
            parts.append(f"冲突 {self.conflicts}")
        return " · ".join(parts)


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int

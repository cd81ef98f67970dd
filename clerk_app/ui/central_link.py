"""The GUI's side of the central link: the writer that triggers a sync after each write.

The link itself (keyring, central handles, the sync worker, the locking engine, the shared
queue the services hold) is plain Python in :mod:`clerk_app.sync.link`; the composition
root makes it and hands its queue to the service context once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clerk_app.ui.tasks import Tasks


class SyncingTasks(Tasks):
    """:class:`Tasks` that call ``after_write`` on the writer thread after each successful
    local write, so the sync worker pushes the new events at once."""

    after_write: Callable[[], None] | None = None

    def write(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        def job() -> Any:
            result = fn()
            hook = self.after_write
            if hook is not None:
                hook()
            return result

        super().write(job, on_success, on_failure)

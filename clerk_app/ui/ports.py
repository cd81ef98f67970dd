"""What the UI needs from outside, as plain protocols.

The composition root (``clerk_app/app.py``) supplies the implementations (thin adapters
over the services); tests pass fakes. Only plain data crosses: frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from clerk_app.services.catalogue import CenterInfo, DepartmentChoice, WindowChoice

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = [
    "CenterInfo",
    "DepartmentChoice",
    "Directory",
    "PrintSink",
    "Printout",
    "Setup",
    "WindowChoice",
]


class Directory(Protocol):
    """Read-only look-ups of the organisation (called from a worker, never the GUI thread)."""

    def center(self) -> CenterInfo | None: ...

    def windows(self) -> list[WindowChoice]: ...

    def departments(self) -> list[DepartmentChoice]: ...

    def window_pause(self, window_id: str) -> str | None:
        """The pause reason if the window is paused, else None."""
        ...


class Setup(Protocol):
    """First run: create an empty center with its administrator, or load the demo."""

    def create_center(
        self, *, code: str, name: str, admin_no: str, admin_name: str, admin_password: str
    ) -> None: ...

    def load_demo(self) -> None: ...

    def demo_available(self) -> bool: ...


@dataclass(frozen=True)
class Printout:
    """A document issued and archived: its PDF, ready for the preview and the printer."""

    title: str
    pdf: bytes
    kind: str = ""
    archived_id: str | None = None
    path: Path | None = None  # the archived copy, if the workstation keeps an archive
    reprint: bool = False
    thermal: bool = False  # an 80 mm roll (queue ticket), not A4
    sent: bool = False  # sent straight to a printer (not only previewed)


class PrintSink(Protocol):
    """Puts a printout in front of the clerk: preview, then any installed printer.

    Called on the GUI thread with a printout already rendered and archived in a worker.
    """

    def show(self, printout: Printout, parent: QWidget | None = None) -> bool | None:
        """Preview it, or (a queue ticket, where a ticket printer is set up) print it
        straight away: True then, so nobody says 已打印 of what was only previewed."""
        ...

"""What the UI needs from outside that the services do not offer (yet), as plain protocols.

The composition root (``clerk_app/app.py``) supplies the implementations; tests pass fakes.
Only plain data crosses: frozen dataclasses, no sessions, no widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class CenterInfo:
    id: str
    code: str
    name: str
    address: str = ""
    query_phone: str = ""
    complaint_phone: str = ""


@dataclass(frozen=True)
class WindowChoice:
    id: str
    code: str
    name: str
    department_id: str | None
    department_name: str = ""
    is_green_channel: bool = False
    queue_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DepartmentChoice:
    id: str
    code: str
    name: str
    short_name: str = ""


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


class PrintSink(Protocol):
    """Turns a printing document (``clerk_app.printing.documents``) into paper.

    Called in a worker; returns a short description of where it went (shown in the status
    bar).
    """

    def print_document(self, doc: object, *, title: str) -> str: ...


class OutboxPrinter:
    """Renders to PDF and files it in an outbox folder.

    PRINTER HOOK: sending the PDF to the Windows/CUPS printer of the workstation (thermal
    roll for tickets, A4 for notices) is not written yet; until it is, every printout is a
    PDF in ``<data dir>/printouts`` that can be printed from any viewer.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def print_document(self, doc: object, *, title: str) -> str:
        from clerk_app import printing  # reportlab loads only when the first page prints

        self.folder.mkdir(parents=True, exist_ok=True)
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in title)[:60]
        index = len(list(self.folder.glob(f"{stem}*.pdf"))) + 1
        path = self.folder / f"{stem}-{index:04d}.pdf"
        printing.render_to_file(doc, path)  # type: ignore[arg-type]
        return str(path)

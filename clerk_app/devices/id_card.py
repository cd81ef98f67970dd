"""身份证阅读器: reading the second-generation ID card's text through the vendor library.

Most readers sold to Chinese counters ship the same SDK (``termb.dll`` on Windows,
``libtermb.so`` on Linux/UOS/Kylin): ``InitComm(port)`` (USB ports 1001–1016, serial
1–16), ``Authenticate()`` (finds the card), ``Read_Content(1)`` (writes the text as
``wz.txt``, UCS-2 little endian in fixed-width fields, into the working directory) and
``CloseComm()``. It is loaded through :mod:`ctypes` only where present; without it
:func:`find_reader` returns ``None`` and nothing at the counter changes. Tests use a fake
reader with the same :class:`IdCardReader` interface.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from clerk_app.domain.errors import InvalidInput

USB_PORTS = tuple(range(1001, 1017))
SERIAL_PORTS = tuple(range(1, 17))
# wz.txt: UCS-2 LE, fixed widths in characters
_FIELDS = (("name", 15), ("sex", 1), ("nation", 2), ("birth", 8), ("address", 35), ("id", 18))


@dataclass(frozen=True, slots=True)
class IdCardData:
    name: str
    id_number: str
    address: str = ""


class IdCardError(InvalidInput):
    """The reader answered, but no card could be read (with a Chinese message)."""


class IdCardReader(Protocol):
    def read(self) -> IdCardData:
        """Read the card on the reader now; :class:`IdCardError` when none can be read."""
        ...


def parse_wz(raw: bytes) -> IdCardData:
    """The fields of a ``wz.txt`` written by ``Read_Content(1)``."""
    text = raw.decode("utf-16-le", errors="replace").lstrip("\ufeff")
    values: dict[str, str] = {}
    at = 0
    for key, width in _FIELDS:
        values[key] = text[at : at + width].strip()
        at += width
    if not values["name"] or len(values["id"]) != 18:
        raise IdCardError("读卡结果不完整，请重新放置身份证后再读")
    return IdCardData(
        name=values["name"], id_number=values["id"].upper(), address=values["address"]
    )


class TermbReader:
    """The ``termb`` SDK: one card at a time (the library is not thread-safe)."""

    def __init__(self, library: ctypes.CDLL, out_dirs: tuple[Path, ...] = ()) -> None:
        self.lib = library
        # where the SDK writes wz.txt: the working directory, or beside the library
        self.out_dirs = out_dirs or (Path.cwd(),)
        self.lock = threading.Lock()

    def _open(self) -> int:
        for port in USB_PORTS + SERIAL_PORTS:
            if self.lib.InitComm(port) == 1:
                return port
        raise IdCardError("未连接身份证阅读器，请检查阅读器的连接线")

    def read(self) -> IdCardData:
        with self.lock:
            self._open()
            try:
                if self.lib.Authenticate() != 1:
                    raise IdCardError("未检测到身份证，请将身份证放在阅读器上")
                if self.lib.Read_Content(1) != 1:
                    raise IdCardError("读卡失败，请重新放置身份证后再读")
                for folder in self.out_dirs:
                    wz = folder / "wz.txt"
                    if wz.is_file():
                        try:
                            return parse_wz(wz.read_bytes())
                        finally:
                            wz.unlink(missing_ok=True)  # no ID data left on disk
                raise IdCardError("读卡失败：阅读器未写出读卡结果")
            finally:
                self.lib.CloseComm()


def library_names() -> tuple[str, ...]:
    if sys.platform == "win32":
        return ("termb.dll", "Termb.dll")
    return ("libtermb.so", "termb")


def find_reader(load: Callable[[str], ctypes.CDLL] = ctypes.CDLL) -> IdCardReader | None:
    """The reader's library where it is installed, else ``None`` (no port is opened yet)."""
    for name in library_names():
        path = ctypes.util.find_library(name) if "." not in name else name
        if not path:
            continue
        try:
            lib = load(path)
        except OSError:
            continue
        if all(hasattr(lib, f) for f in ("InitComm", "Authenticate", "Read_Content", "CloseComm")):
            beside = Path(path).parent if os.sep in path else Path.cwd()
            return TermbReader(lib, (Path.cwd(), beside))
    return None

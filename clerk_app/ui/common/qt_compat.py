"""Work-arounds for bugs of the installed Qt binding. Use :func:`emit` for every signal.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a reference, so
every emit from Python steals one reference to ``True``; after a few hundred emits the
interpreter aborts with "bool_dealloc: deallocating True or False". :func:`emit` gives the
reference back when (and only when) the probe at import time shows the leak, so the code
stays right on a fixed binding.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    rounds = 8
    before = sys.getrefcount(True)
    # The stub says emit() returns None; the binding returns a bool (True when emitted).
    results = [probe.ping.emit() for _ in range(rounds)]  # type: ignore[func-returns-value]
    lost = before - sys.getrefcount(True) + (rounds if all(r is True for r in results) else 0)
    leaks = lost >= rounds
    if leaks:
        for _ in range(rounds):
            _incref(True)
    return leaks


def _incref(obj: object) -> None:
    import ctypes  # only on a leaking binding

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


EMIT_LEAKS = _emit_steals_a_reference()


def emit(signal: SignalInstance | Any, *args: Any) -> None:
    """``signal.emit(*args)``, without the reference leak of PySide6 6.12.0."""
    result = signal.emit(*args)
    if EMIT_LEAKS and result is not None:
        _incref(result)

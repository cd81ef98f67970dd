"""Named loggers (db, sync, queue, print, ui) and one rotating file in the data dir.

Log lines never carry a full ID number: callers log masked values only.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

NAMES = ("clerk.db", "clerk.sync", "clerk.queue", "clerk.print", "clerk.ui", "clerk.app")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(log_dir: Path | None, *, level: int = logging.INFO, console: bool = False) -> None:
    root = logging.getLogger("clerk")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "clerk.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"clerk.{name}")

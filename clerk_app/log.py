"""Named loggers (db, sync, queue, print, ui) and one rotating file in the data dir.

Log lines never carry a full ID number: callers log masked values only.

``--log-json`` (or ``CLERK_LOG_JSON=1`` in the environment) adds one JSON object per record
on stderr (time, level, logger, message…): what the end-to-end tests read, and a form
other tools can parse.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

NAMES = ("clerk.db", "clerk.sync", "clerk.queue", "clerk.print", "clerk.ui", "clerk.app")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_ENV = "CLERK_LOG_JSON"


class JsonLines(logging.Formatter):
    """A record as one line of JSON."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "module": record.module,
            "function": record.funcName,
            "line": record.lineno,
            "thread": record.threadName,
        }
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def json_wanted(env: dict[str, str] | None = None) -> bool:
    """Whether the environment asks for JSON lines on stderr."""
    value = (os.environ if env is None else env).get(JSON_ENV, "")
    return value.strip().lower() not in ("", "0", "false", "no")


def setup(
    log_dir: Path | None,
    *,
    level: int = logging.INFO,
    console: bool = False,
    json_lines: bool = False,
) -> None:
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
    if json_lines:
        lines = logging.StreamHandler(sys.stderr)
        lines.setFormatter(JsonLines())
        root.addHandler(lines)


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"clerk.{name}")

"""Named loggers (db, sync, queue, print, ui) and one rotating file in the data dir.

Log lines never carry a full ID number, unified social credit code or telephone number
(个人信息保护法): callers log masked values, and every handler :func:`setup` attaches also
has a :class:`PersonalDataFilter` that masks what slips through — an error message, the
SQL parameters SQLAlchemy prints in an exception, a traceback. The filter is a handler
filter of its own, so it works with whatever formatter the handler has.

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
import traceback
from datetime import UTC, datetime
from pathlib import Path

from clerk_app.domain.validation import mask_personal_numbers

NAMES = ("clerk.db", "clerk.sync", "clerk.queue", "clerk.print", "clerk.ui", "clerk.app")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_ENV = "CLERK_LOG_JSON"


class PersonalDataFilter(logging.Filter):
    """Masks personal numbers in a record's message and arguments, exception and stack.

    The record is rewritten in place before any formatter sees it: the message is merged
    with its arguments and masked, and the exception becomes its masked text
    (``exc_text``, which :class:`logging.Formatter` prints as is) — ``exc_info`` is
    dropped so that no formatter can print the unmasked traceback again. Masking twice
    changes nothing, so a record passing several handlers is fine.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_personal_numbers(_message(record))
        record.args = None
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_info = None
        if record.exc_text:
            record.exc_text = mask_personal_numbers(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal_numbers(record.stack_info)
        return True


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # arguments that do not fit the format: keep both, masked
        return f"{record.msg!s} {record.args!r}"


def _handler(handler: logging.Handler) -> logging.Handler:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    return handler


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
        elif record.exc_text:  # already masked by PersonalDataFilter
            entry["traceback"] = record.exc_text
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
        file = _handler(
            logging.handlers.RotatingFileHandler(
                log_dir / "clerk.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
            )
        )
        root.addHandler(file)
        # The first line of each run in the file says which program wrote what follows.
        file.handle(
            logging.LogRecord("clerk.app", logging.INFO, __file__, 0, started_line(), None, None)
        )
    if console:
        root.addHandler(_handler(logging.StreamHandler()))
    if json_lines:
        lines = logging.StreamHandler(sys.stderr)
        lines.addFilter(PersonalDataFilter())
        lines.setFormatter(JsonLines())
        root.addHandler(lines)


def started_line() -> str:
    """``clerk-desk 0.1.0 (pid 123, Python 3.11.2, frozen, /opt/clerk-desk/0.1.0)``."""
    from clerk_app import __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    where = os.path.dirname(sys.executable) if getattr(sys, "frozen", False) else sys.prefix
    python = ".".join(map(str, sys.version_info[:3]))
    return f"clerk-desk {__version__} (pid {os.getpid()}, Python {python}, {frozen}, {where})"


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"clerk.{name}")

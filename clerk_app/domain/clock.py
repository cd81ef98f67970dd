"""The center's time zone: every date a rule speaks of is a date in Asia/Shanghai."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def now_local() -> datetime:
    return datetime.now(SHANGHAI)


def local_date(moment: datetime) -> date:
    """The service day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(SHANGHAI).date()


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(SHANGHAI)

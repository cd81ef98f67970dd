"""A clock the tests move by hand."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from clerk_app.domain.clock import SHANGHAI


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 9, 28, 9, 0, tzinfo=SHANGHAI)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set_day(self, day: date, at: time = time(9, 0)) -> datetime:
        self.now = datetime.combine(day, at, tzinfo=SHANGHAI)
        return self.now

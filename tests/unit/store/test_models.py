"""The models' constraints hold in the database itself, on SQLite and PostgreSQL alike:
foreign keys, unique keys (single and composite), NOT NULL, and UTC date-times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from itertools import count

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from clerk_app.store.db import Database
from clerk_app.store.models import (
    Base,
    Center,
    Department,
    Event,
    ItemMaterial,
    ItemStep,
    Queue,
    Review,
    ServiceItem,
    Staff,
    SyncConflict,
    Ticket,
)

UTC_8 = timezone(timedelta(hours=8))
NOON = datetime(2026, 9, 28, 12, 0, tzinfo=UTC_8)
_ids = count(1)


def _id() -> str:
    return f"00000000-0000-0000-0000-{next(_ids):012d}"


def _org(s: Session) -> dict[str, str]:
    """A center with one department, queue, clerk and service item."""
    ids = {k: _id() for k in ("center", "department", "queue", "staff", "item")}
    s.add(Center(id=ids["center"], code="C", name="测试中心"))
    s.flush()
    s.add(Department(id=ids["department"], center_id=ids["center"], code="D", name="市场局"))
    s.flush()
    s.add(Queue(id=ids["queue"], code="Q", name="市场", prefix="A"))
    s.add(Staff(id=ids["staff"], staff_no="C001", name="李窗口", role="clerk", password_hash="x"))
    s.add(
        ServiceItem(
            id=ids["item"],
            code="I",
            name="营业执照",
            pinyin_initials="yyzz",
            department_id=ids["department"],
            kind="permit",
            statutory_limit=20,
            promised_limit=5,
        )
    )
    s.flush()
    return ids


def _ticket(ids: dict[str, str], number: str, day: date = date(2026, 9, 28)) -> Ticket:
    return Ticket(
        id=_id(), queue_id=ids["queue"], service_day=day, seq=1, number=number, issued_at=NOON
    )


def _event(workstation: str, seq: int, position: int) -> Event:
    return Event(
        id=_id(),
        position=position,
        workstation=workstation,
        seq=seq,
        type="ticket.issued",
        occurred_at=NOON.isoformat(),
        payload="{}",
        prev_hash="0" * 64,
        hash=f"{position:064d}",
        recorded_at=NOON,
    )


def _refused(db: Database, build: Callable[[Session, dict[str, str]], None]) -> None:
    """``build`` adds rows after a fresh organisation; the database refuses the flush, and
    nothing of the transaction stays."""
    with pytest.raises(IntegrityError), db.sessions() as s, s.begin():
        ids = _org(s)
        build(s, ids)
        s.flush()
    with db.sessions() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Center)) == 0


def test_a_foreign_key_to_a_missing_row_is_refused(db: Database) -> None:
    def orphan(s: Session, ids: dict[str, str]) -> None:
        s.add(Department(id=_id(), center_id=_id(), code="D2", name="无主部门"))

    _refused(db, orphan)


def test_a_row_still_referred_to_cannot_be_deleted(db: Database) -> None:
    def delete_center(s: Session, ids: dict[str, str]) -> None:
        s.execute(sa.delete(Center).where(Center.id == ids["center"]))

    _refused(db, delete_center)


def test_a_unique_code_is_unique(db: Database) -> None:
    def second_center(s: Session, ids: dict[str, str]) -> None:
        s.add(Center(id=_id(), code="C", name="另一个中心"))

    _refused(db, second_center)


def test_a_missing_required_value_is_refused(db: Database) -> None:
    def nameless(s: Session, ids: dict[str, str]) -> None:
        s.add(Center(id=_id(), code="C2", name=None))

    _refused(db, nameless)


def test_a_ticket_number_is_unique_per_queue_and_day_only(db: Database) -> None:
    with db.sessions() as s, s.begin():
        ids = _org(s)
        s.add(_ticket(ids, "A001"))
        s.add(_ticket(ids, "A001", day=date(2026, 9, 29)))  # the next day starts again
        s.add(_ticket(ids, "A002"))
    with db.sessions() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Ticket)) == 3
    with pytest.raises(IntegrityError), db.sessions() as s, s.begin():
        s.add(_ticket(ids, "A001"))  # the same number, queue and day again


def test_an_event_sequence_number_is_unique_per_workstation(db: Database) -> None:
    with db.sessions() as s, s.begin():
        s.add_all([_event("WS-A", 1, 1), _event("WS-B", 1, 2)])
    with pytest.raises(IntegrityError), db.sessions() as s, s.begin():
        s.add(_event("WS-A", 1, 3))  # the same seq again on one chain
    with pytest.raises(IntegrityError), db.sessions() as s, s.begin():
        s.add(_event("WS-A", 2, 2))  # a journal position taken


@pytest.mark.parametrize(
    "duplicate",
    ["material_position", "step_department", "review_occasion", "conflict_detector"],
)
def test_composite_and_natural_keys_refuse_duplicates(db: Database, duplicate: str) -> None:
    def twice(s: Session, ids: dict[str, str]) -> None:
        rows: list[Base]
        if duplicate == "material_position":
            rows = [
                ItemMaterial(id=_id(), item_id=ids["item"], position=1, name=name)
                for name in ("身份证", "申请书")
            ]
        elif duplicate == "step_department":
            rows = [
                ItemStep(
                    id=_id(),
                    item_id=ids["item"],
                    department_id=ids["department"],
                    position=n,
                    step_limit=3,
                )
                for n in (1, 2)
            ]
        elif duplicate == "review_occasion":
            rows = [
                Review(
                    id=_id(),
                    occasion="ticket:1",
                    staff_id=ids["staff"],
                    level=level,
                    created_at=NOON,
                )
                for level in (5, 1)
            ]
        else:
            rows = [
                SyncConflict(
                    id=_id(),
                    event_id="e1",
                    event_type="ticket.called",
                    workstation="WS-A",
                    detected_by="central",
                    detected_at=NOON,
                    reason=reason,
                    their_side="{}",
                    our_side="[]",
                )
                for reason in ("已被叫号", "again")
            ]
        for row in rows:
            s.add(row)
            s.flush()

    _refused(db, twice)


def test_date_times_are_stored_as_utc_and_read_back_aware(db: Database) -> None:
    with db.sessions() as s, s.begin():
        ids = _org(s)
        ticket = _ticket(ids, "A001")
        s.add(ticket)
    with db.sessions() as s:
        issued = s.scalar(sa.select(Ticket.issued_at))
        stored = s.execute(sa.text("SELECT issued_at FROM ticket")).scalar()
    assert issued == NOON and issued is not None and issued.utcoffset() == timedelta(0)
    assert str(stored).startswith("2026-09-28 04:00:00")  # naive UTC in the column


def test_a_naive_date_time_is_refused_before_it_reaches_the_database(db: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), db.sessions() as s, s.begin():
        ids = _org(s)
        ticket = _ticket(ids, "A001")
        ticket.issued_at = datetime(2026, 9, 28, 12, 0)
        s.add(ticket)

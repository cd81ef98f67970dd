"""The central's door (``clerk_push``) as a script on a counter would call it: whatever it
sends, nothing enters the central that breaks a chain or speaks in another name, unsound
payloads are journaled refused, and the other workstations keep syncing."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk_app.services import tickets
from clerk_app.store.db import Database
from clerk_app.store.models import Event
from clerk_app.store.models.sync import SyncConflict
from clerk_app.sync.errors import ChainBroken
from clerk_app.sync.verify import event_ids, verify_journal
from tests.security.conftest import Centre
from tests.security.forge import await_decided, crafted, head_of, push_raw

pytestmark = pytest.mark.pg


def _journaled(central: Database, event_id: str) -> bool:
    with central.sessions() as s:
        return s.get(Event, event_id) is not None


def _others_converge(centre: Centre) -> None:
    front, win_b = centre.stations["FRONT"], centre.stations["WIN-B"]
    # (the tax queue: window A numbered market tickets of its own, offline, in these tests)
    ticket = tickets.issue_ticket(
        front.ctx, centre.center.guide.actor(), queue_id=centre.center.tax_queue
    )
    for station in (front, win_b, front, win_b):
        station.sync.run_once()
    assert tickets.get_ticket(win_b.ctx, ticket.id).number == ticket.number
    assert event_ids(front.db) == event_ids(win_b.db)
    assert verify_journal(centre.owner) == []
    assert win_b.sync.status().error is None


def test_a_garbage_hash_stops_that_counter_with_a_reason_and_no_one_else(
    centre: Centre,
) -> None:
    win_a = centre.stations["WIN-A"]
    clerk = centre.center.clerk
    good = tickets.issue_ticket(win_a.ctx, clerk.actor(), queue_id=centre.center.market_queue)
    tickets.issue_ticket(win_a.ctx, clerk.actor(), queue_id=centre.center.market_queue)
    with win_a.db.sessions() as s, s.begin():  # the last event's hash overwritten
        last = s.scalars(sa.select(Event).order_by(Event.position.desc()).limit(1)).one()
        last.hash = "f" * 64
        bad = last.id
    with pytest.raises(ChainBroken, match="哈希值与内容不符"):
        win_a.sync.run_once()
    assert "哈希值与内容不符" in (win_a.sync.status().error or "")
    assert win_a.sync.status().waiting == 1  # kept, not dropped
    assert not _journaled(centre.owner, bad)
    with centre.owner.sessions() as s:  # what came before it went through
        assert (
            s.scalar(
                sa.select(sa.func.count()).select_from(Event).where(Event.payload.contains(good.id))
            )
            == 1
        )
    _others_converge(centre)


def test_another_name_a_gap_and_a_replay_are_stopped(centre: Centre) -> None:
    central = centre.login_db("WIN-A")
    seq, prev = head_of(central, "WIN-A")
    b_seq, b_prev = head_of(central, "WIN-B")
    (answer,) = push_raw(central, [crafted("WIN-B", b_seq + 1, b_prev)])
    assert answer["stop"] == "identity" and "WIN-B" in answer["reason"]
    (answer,) = push_raw(central, [crafted("WIN-A", seq + 2, prev)])
    assert answer["stop"] == "chain" and "接不上" in answer["reason"]
    with centre.owner.sessions() as s:
        old = s.scalars(sa.select(Event).where(Event.workstation == "FRONT").limit(1)).one()
    replay = crafted("WIN-A", seq + 1, prev, event_id=old.id)
    (answer,) = push_raw(central, [replay])
    assert answer["stop"] == "chain" and "重放" in answer["reason"]
    assert head_of(central, "WIN-A") == (seq, prev)
    _others_converge(centre)


@pytest.mark.parametrize(
    ("event_type", "payload", "why"),
    [
        ("evil.escalate", "{}", "未知的事件类型"),
        ("ticket.issued", json.dumps({"number": "A\u0001"}), "控制字符"),
        ("ticket.issued", json.dumps({"name": "张" * 2001}, ensure_ascii=False), "超长"),
        ("ticket.issued", "[1, 2]", "不是一个对象"),
    ],
)
def test_a_sound_chain_with_an_unsound_event_is_journaled_refused_and_sync_goes_on(
    centre: Centre, event_type: str, payload: str, why: str
) -> None:
    central = centre.login_db("WIN-A")
    seq, prev = head_of(central, "WIN-A")
    first = crafted("WIN-A", seq + 1, prev, event_type=event_type, payload=payload)
    after = crafted(
        "WIN-A",
        seq + 2,
        first["hash"],
        event_type="staff.login_failed",
        payload=json.dumps(
            {"staff_id": centre.center.clerk.staff_id, "failures": 1, "locked_until": None}
        ),
    )
    answers = push_raw(central, [first, after])
    assert [a.get("stop") for a in answers] == [None, None]
    await_decided(centre.owner)
    for _ in range(2):
        centre.stations["WIN-B"].sync.run_once()
    with centre.stations["WIN-B"].db.sessions() as s:
        conflict = s.scalars(
            sa.select(SyncConflict).where(SyncConflict.event_id == first["id"])
        ).one()
        assert why in conflict.reason and conflict.detected_by == "central"
        # The event after it was decided and applied as usual.
        assert s.get(Event, after["id"]) is not None
        assert (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.event_id == after["id"])
            )
            == 0
        )
    _others_converge(centre)


def test_one_batch_moves_each_chain_head_once_even_when_it_stops_midway(centre: Centre) -> None:
    """The door keeps a chain's head while the batch is that workstation's and writes it
    when the batch moves on or ends, also after a stop: the owner repairing may send
    events of several workstations interleaved."""
    central = centre.login_db("WIN-A")
    seq, prev = head_of(central, "WIN-A")
    one = crafted("WIN-A", seq + 1, prev)
    two = crafted("WIN-A", seq + 2, one["hash"])
    gap = crafted("WIN-A", seq + 4, two["hash"])
    answers = push_raw(central, [one, two, gap])
    assert [a.get("stop") for a in answers] == [None, None, "chain"]
    assert head_of(central, "WIN-A") == (seq + 2, two["hash"])
    assert push_raw(central, [one])[0]["central_seq"] == answers[0]["central_seq"]  # resent

    b_seq, b_prev = head_of(central, "WIN-B")
    three = crafted("WIN-A", seq + 3, two["hash"])
    b_one = crafted("WIN-B", b_seq + 1, b_prev)
    four = crafted("WIN-A", seq + 4, three["hash"])
    answers = push_raw(centre.owner, [three, b_one, four])
    assert [a.get("stop") for a in answers] == [None, None, None]
    assert head_of(central, "WIN-A") == (seq + 4, four["hash"])
    assert head_of(central, "WIN-B") == (b_seq + 1, b_one["hash"])


@pytest.mark.parametrize(
    ("payload", "refused"),
    [
        (json.dumps({"number": "A\b"}), True),  # a backspace, as JSON writes it
        (json.dumps({"number": "A\x7f"}), True),  # a DEL, escaped
        ('{"number": "A\x7f"}', True),  # a DEL as it is (JSON allows it)
        ('{"number": "A\\u001F"}', True),  # upper-case hex
        (json.dumps({"path": "C:\\b\\f"}), False),  # backslashes, then letters
        (json.dumps({"a": "x" * 1500, "b": "y" * 1500}), False),  # long, no long field
        (json.dumps({"a": "x" * 2001}), True),
    ],
)
def test_the_door_finds_control_characters_and_long_fields_in_any_form(
    centre: Centre, payload: str, refused: bool
) -> None:
    central = centre.login_db("WIN-A")
    seq, prev = head_of(central, "WIN-A")
    (answer,) = push_raw(central, [crafted("WIN-A", seq + 1, prev, payload=payload)])
    assert "stop" not in answer
    assert (answer["refused"] is not None) == refused, answer


_TEXT = st.one_of(st.none(), st.integers(), st.text(max_size=80), st.booleans())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=st.sampled_from(
        [
            "id",
            "workstation",
            "seq",
            "type",
            "actor_id",
            "window_id",
            "occurred_at",
            "request_id",
            "payload",
            "prev_hash",
            "hash",
        ]
    ),
    value=_TEXT,
)
def test_fuzz_a_malformed_event_never_enters_unchecked(
    centre: Centre, field: str, value: Any
) -> None:
    central = centre.login_db("WIN-A")
    seq, prev = head_of(central, "WIN-A")
    event = crafted("WIN-A", seq + 1, prev) | {field: value}
    try:
        (answer,) = push_raw(central, [event])
    except sa.exc.DataError:  # not JSON, or a NUL PostgreSQL cannot store: all refused
        assert field == "payload" or "\x00" in str(value)
        assert head_of(central, "WIN-A") == (seq, prev)
        return
    if answer.get("stop") is None:
        # Journaled: then it is the one sound event it claims to be, and continues A's chain.
        assert head_of(central, "WIN-A") == (seq + 1, event["hash"])
        with centre.owner.sessions() as s:
            row = s.get(Event, event["id"])
            assert row is not None and row.workstation == "WIN-A"
        assert verify_journal(centre.owner) == []
    else:
        assert head_of(central, "WIN-A") == (seq, prev)

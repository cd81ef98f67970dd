"""The accountability trail: canonical form, hash chain and its verification (pure)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

GENESIS = "0" * 64


class ChainLink(Protocol):
    """The hashed fields of one event, as stored (a journal row:
    :class:`clerk_app.services.journal.JournalRow`)."""

    @property
    def id(self) -> str: ...
    @property
    def workstation(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def actor_id(self) -> str | None: ...
    @property
    def window_id(self) -> str | None: ...
    @property
    def occurred_at(self) -> str: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def payload(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...


def canonical_payload(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def link_hash(
    *,
    id: str,
    workstation: str,
    seq: int,
    type: str,
    actor_id: str | None,
    window_id: str | None,
    occurred_at: str,
    request_id: str | None,
    payload: str,
    prev_hash: str,
) -> str:
    body = json.dumps(
        [
            id,
            workstation,
            seq,
            type,
            actor_id,
            window_id,
            occurred_at,
            request_id,
            payload,
            prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    workstation: str
    seq: int
    event_id: str
    what: str

    def __str__(self) -> str:
        return f"{self.workstation} #{self.seq} ({self.event_id}): {self.what}"


def verify_chain(
    workstation: str, links: Iterable[ChainLink], head: tuple[int, str] | None
) -> list[ChainProblem]:
    """Check one workstation's chain, given in seq order, against its recorded head.

    Finds edited events (hash differs), removed or reordered events (a gap in seq or
    a prev_hash that is not the previous hash) and a removed tail (the head names a
    later event than the last one present).
    """
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_seq = 1
    last: ChainLink | None = None
    for link in links:
        if link.seq != expected_seq:
            problems.append(
                ChainProblem(
                    workstation, link.seq, link.id, f"sequence gap: expected #{expected_seq}"
                )
            )
        if link.prev_hash != prev_hash:
            problems.append(
                ChainProblem(
                    workstation, link.seq, link.id, "link broken: previous hash does not match"
                )
            )
        recomputed = link_hash(
            id=link.id,
            workstation=link.workstation,
            seq=link.seq,
            type=link.type,
            actor_id=link.actor_id,
            window_id=link.window_id,
            occurred_at=link.occurred_at,
            request_id=link.request_id,
            payload=link.payload,
            prev_hash=link.prev_hash,
        )
        if recomputed != link.hash:
            problems.append(
                ChainProblem(workstation, link.seq, link.id, "content edited: hash does not match")
            )
        if link.workstation != workstation:
            problems.append(ChainProblem(workstation, link.seq, link.id, "foreign workstation"))
        prev_hash = link.hash
        expected_seq = link.seq + 1
        last = link
    if head is not None:
        head_seq, head_hash = head
        if last is None or last.seq != head_seq or last.hash != head_hash:
            seen = 0 if last is None else last.seq
            problems.append(
                ChainProblem(
                    workstation,
                    head_seq,
                    "",
                    f"tail removed or head edited: head #{head_seq}, last #{seen}",
                )
            )
    return problems


def witness_problems(
    workstation: str,
    witness: tuple[int, str],
    local_last_seq: int,
    local_hash_at_witness: str | None,
) -> list[ChainProblem]:
    """Compare one chain with the central's copy of its head (the witness).

    ``witness`` is the (seq, hash) the central acknowledged for ``workstation``;
    ``local_last_seq`` the last seq this database holds of it (0: none);
    ``local_hash_at_witness`` the hash this database holds at the witness's seq. A chain
    shorter than the witness lost its tail (even with its own head fixed to match); one
    whose hash there differs was rewritten (a full re-hash included).
    """
    seq, hash_ = witness
    if local_last_seq < seq:
        return [
            ChainProblem(
                workstation,
                seq,
                "",
                f"tail removed: the central acknowledged #{seq}, this database ends at "
                f"#{local_last_seq}",
            )
        ]
    if local_hash_at_witness != hash_:
        return [
            ChainProblem(
                workstation,
                seq,
                "",
                f"rewritten: differs from the central's copy at #{seq}",
            )
        ]
    return []

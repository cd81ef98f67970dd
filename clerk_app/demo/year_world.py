"""What the generated year works with: the demo centre's catalogue as plain data, a cached
working calendar, and made-up applicants (valid ID numbers and credit codes)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import select

from clerk_app.demo.catalogue import DemoCatalogue, refusal_reason
from clerk_app.demo.history import COMPANY_KINDS, COMPANY_WORDS, GIVEN, SURNAMES
from clerk_app.domain.calendar import WorkCalendar
from clerk_app.domain.cases import ItemKind
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.deadlines import KIND_JOINT, KIND_LICENCE, max_extension_workdays
from clerk_app.domain.validation import id_card_check_char, uscc_check_char
from clerk_app.services.context import Role
from clerk_app.store.db import Database
from clerk_app.store.models import (
    Department,
    ItemMaterial,
    ItemStep,
    Queue,
    ServiceItem,
    Window,
    WindowQueue,
)
from clerk_app.store.sealed import blind_index, seal_text


def derived(event_id: str, tag: str) -> str:
    """``EventData.derived_id``: the id of a row an event creates."""
    return str(uuid.uuid5(uuid.UUID(event_id), tag))


def at(day: date, minutes: int) -> datetime:
    """``minutes`` after midnight of ``day``, Shanghai time."""
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=SHANGHAI)


@dataclass(frozen=True)
class Material:
    id: str
    position: int
    name: str
    originals: int
    copies: int
    required: bool


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    department_id: str
    kind: str
    promised_limit: int
    max_extension: int  # working days an extension may add in all (0: none)
    deemed_approval: bool
    needs_licence: bool
    supplement_days: int
    refusal: str
    materials: tuple[Material, ...]
    steps: tuple[tuple[str, int], ...]  # (department id, step limit) of a joint item


@dataclass
class Desk:
    """A serving window with its clerk and the queues it calls from that have items."""

    id: str
    department_id: str | None
    clerk_id: str
    queues: list[str]


@dataclass
class World:
    items: dict[str, Item] = field(default_factory=dict)
    items_by_queue: dict[str, list[Item]] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    desks: list[Desk] = field(default_factory=list)
    heads: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    clerk_of_department: dict[str, Desk] = field(default_factory=dict)
    guide_id: str = ""
    supervisor_id: str = ""


def load_world(db: Database, cat: DemoCatalogue, staff_ids: dict[str, str]) -> World:
    """The demo centre as built in ``db`` (ids) with the catalogue's people at windows."""
    world = World()
    by_code = {i.code: i for i in cat.items}
    with db.read_sessions() as s:
        mats: dict[str, list[Material]] = {}
        for m in s.scalars(select(ItemMaterial).order_by(ItemMaterial.position)):
            if not m.retired:
                mats.setdefault(m.item_id, []).append(
                    Material(m.id, m.position, m.name, m.originals, m.copies, m.required)
                )
        steps: dict[str, list[tuple[str, int]]] = {}
        for st in s.scalars(select(ItemStep).order_by(ItemStep.position)):
            steps.setdefault(st.item_id, []).append((st.department_id, st.step_limit))
        for it in s.scalars(select(ServiceItem).order_by(ServiceItem.code)):
            demo = by_code.get(it.code)
            kind = KIND_JOINT if it.kind == ItemKind.JOINT.value else KIND_LICENCE
            item = Item(
                id=it.id,
                name=it.name,
                department_id=it.department_id,
                kind=it.kind,
                promised_limit=it.promised_limit,
                max_extension=max_extension_workdays(it.statutory_limit, kind, it.max_extension),
                deemed_approval=it.deemed_approval,
                needs_licence=it.needs_licence,
                supplement_days=it.supplement_days,
                refusal=refusal_reason(it.name, demo.conditions if demo else it.conditions),
                materials=tuple(mats.get(it.id, [])),
                steps=tuple(steps.get(it.id, [])),
            )
            world.items[it.id] = item
            if it.queue_id and it.active:
                world.items_by_queue.setdefault(it.queue_id, []).append(item)
        world.prefixes = {q.id: q.prefix for q in s.scalars(select(Queue))}
        queues_of: dict[str, list[str]] = {}
        for wq in s.scalars(select(WindowQueue).order_by(WindowQueue.position)):
            queues_of.setdefault(wq.window_id, []).append(wq.queue_id)
        windows = {w.code: w for w in s.scalars(select(Window))}
        for d in s.scalars(select(Department)):
            world.heads[d.id] = (d.head_staff_id, d.deputy_staff_id)
    seated: set[str] = set()
    for person in cat.staff:
        sid = staff_ids[person.staff_no]
        if person.role is Role.GUIDE and not world.guide_id:
            world.guide_id = sid
        if person.role is Role.SUPERVISOR and not world.supervisor_id:
            world.supervisor_id = sid
        w = windows.get(person.window or "")
        if w is None or person.role is not Role.CLERK or w.code in seated:
            continue
        seated.add(w.code)
        served = [q for q in queues_of.get(w.id, []) if q in world.items_by_queue]
        desk = Desk(w.id, w.department_id, sid, served)
        if served and not w.is_green_channel:
            world.desks.append(desk)
        if w.department_id:
            world.clerk_of_department.setdefault(w.department_id, desk)
    return world


class Calendar:
    """The centre's calendar with its answers cached (the year asks the same days often)."""

    def __init__(self, cal: WorkCalendar) -> None:
        self.cal = cal
        self.add = lru_cache(maxsize=None)(cal.add_workdays)
        self.provisional = lru_cache(maxsize=None)(cal.any_provisional)

    def workdays(self, first: date, last: date) -> list[date]:
        out, day = [], first
        while day <= last:
            if self.cal.is_workday(day):
                out.append(day)
            day += timedelta(days=1)
        return out


class People:
    """Applicants and visitors, made up from a seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def mobile(self) -> str:
        return f"1{self.rng.choice('3589')}{self.rng.randint(0, 999_999_999):09d}"

    def applicant(self) -> dict[str, str]:
        """The applicant fields of a received case, personal data sealed as journaled."""
        rng = self.rng
        if rng.random() < 0.3:
            org = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
            first17 = "91330188" + org
            kind, name = (
                "enterprise",
                f"清溪县{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_KINDS)}",
            )
            id_no, agent = first17 + uscc_check_char(first17), self.name()
        else:
            born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 50))
            first17 = f"330188{born:%Y%m%d}{rng.randint(0, 999):03d}"
            kind, name, agent = "person", self.name(), ""
            id_no = first17 + id_card_check_char(first17)
        return dict(
            applicant_kind=kind,
            applicant_name=name,
            applicant_id_no=seal_text(id_no),
            applicant_id_index=blind_index(id_no),
            applicant_phone=seal_text(self.mobile()),
            agent_name=agent,
            agent_id_no="",
        )

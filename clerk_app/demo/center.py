"""The demo center: 清溪县政务服务中心 with its catalogue and weeks of history.

Everything goes through the services with a clock moved by hand over past working days,
so the demo's journal is a real one: it verifies, and it replays into the same state.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, select

from clerk_app.demo.catalogue import DemoCatalogue, load_demo_catalogue
from clerk_app.demo.demo_key import make_demo_key
from clerk_app.demo.history import HistoryBuilder
from clerk_app.demo.organisation import complete_organisation
from clerk_app.domain.clock import SHANGHAI, now_local
from clerk_app.domain.errors import ClerkError
from clerk_app.services import auth, catalogue
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import upgrade
from clerk_app.store.models import Center, Event
from clerk_app.store.sealed import KeyRing, current_ring, install_key


class DemoError(ClerkError):
    code = "demo"


class _Settings(Protocol):
    @property
    def database_url(self) -> str: ...

    @property
    def workstation(self) -> str: ...

    @property
    def data_dir(self) -> Path: ...


@dataclass
class DemoIds:
    """Database ids of the demo catalogue, by code."""

    departments: dict[str, str] = field(default_factory=dict)
    queues: dict[str, str] = field(default_factory=dict)
    windows: dict[str, str] = field(default_factory=dict)
    items: dict[str, str] = field(default_factory=dict)
    staff: dict[str, str] = field(default_factory=dict)


class HandClock:
    """The clock the demo moves over past days."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def build_catalogue(ctx: ServiceContext, cat: DemoCatalogue) -> DemoIds:
    sys_actor = Actor.system()
    ids = DemoIds()
    c = cat.center
    catalogue.create_center(
        ctx,
        sys_actor,
        code=c.code,
        name=c.name,
        address=c.address,
        query_phone=c.query_phone,
        complaint_phone=c.complaint_phone,
        reconsideration_body=c.reconsideration_body,
        litigation_court=c.litigation_court,
    )
    for d in cat.departments:
        ids.departments[d.code] = catalogue.add_department(
            ctx, sys_actor, code=d.code, name=d.name, short_name=d.short_name
        )
    for q in cat.queues:
        ids.queues[q.code] = catalogue.add_queue(
            ctx,
            sys_actor,
            code=q.code,
            name=q.name,
            prefix=q.prefix,
            department_id=ids.departments[q.department] if q.department else None,
            minutes_per_visitor=q.minutes_per_visitor,
        )
    for w in cat.windows:
        ids.windows[w.code] = catalogue.add_window(
            ctx,
            sys_actor,
            code=w.code,
            name=w.name,
            department_id=ids.departments[w.department] if w.department else None,
            queue_ids=[ids.queues[q] for q in w.queues],
            is_green_channel=w.is_green_channel,
        )
    for i in cat.items:
        ids.items[i.code] = catalogue.add_item(
            ctx,
            sys_actor,
            code=i.code,
            name=i.name,
            department_id=ids.departments[i.department],
            kind=i.kind,
            statutory_limit=i.statutory_limit,
            promised_limit=i.promised_limit,
            materials=i.materials,
            queue_id=ids.queues[i.queue] if i.queue else None,
            max_extension=i.max_extension,
            deemed_approval=i.deemed_approval,
            needs_licence=i.needs_licence,
            conditions=i.conditions,
            fees=i.fees,
            legal_basis=i.legal_basis,
            joint_steps=[
                catalogue.JointStepSpec(ids.departments[st.department], st.step_limit)
                for st in i.steps
            ],
        )
    for p in cat.staff:
        ids.staff[p.staff_no] = auth.add_staff(
            ctx,
            sys_actor,
            staff_no=p.staff_no,
            name=p.name,
            role=p.role,
            password=cat.password,
            department_id=ids.departments[p.department] if p.department else None,
            title=p.title,
        )
    complete_organisation(ctx, cat, ids.departments)
    return ids


def build_demo(
    db: Database,
    *,
    workstation: str,
    days: int,
    today: date | None = None,
    seed: int = 20261127,
    password_cost: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> str:
    """Fill an empty, migrated database with the demo center and ``days`` working days."""
    with db.read_sessions() as s:
        if s.scalar(select(Center.id).limit(1)) is not None:
            raise DemoError("数据库中已经有服务中心，不能再载入演示数据（可用 --reset 清空后重建）")
    cat = load_demo_catalogue()
    end = today or now_local().date()
    clock = HandClock(datetime.combine(end, time(8, 0), tzinfo=SHANGHAI))
    ctx = ServiceContext(db=db, workstation=workstation, clock=clock)
    if password_cost is not None:
        ctx.password_cost = password_cost
    if progress:
        progress("catalogue")
    ids = build_catalogue(ctx, cat)
    builder = HistoryBuilder(ctx, clock, cat, ids, random.Random(seed))
    with db.read_sessions() as s:
        cal = ctx.calendar_from(s)
    history_days: list[date] = []
    day = end - timedelta(days=1)
    while len(history_days) < days:
        if cal.is_workday(day):
            history_days.append(day)
        day -= timedelta(days=1)
    for d in reversed(history_days):
        if progress:
            progress(d.isoformat())
        builder.working_day(d)
    builder.today(end)
    with db.read_sessions() as s:
        events = s.scalar(select(func.count()).select_from(Event)) or 0
    return (
        f"已载入演示服务中心“{cat.center.name}”：{len(cat.departments)} 个部门、"
        f"{len(cat.windows)} 个窗口、{len(cat.items)} 个事项、{len(cat.staff)} 名工作人员，"
        f"{days} 个工作日的历史（{builder.summary()}），共 {events} 条事件。"
        f"演示账号密码均为 {cat.password}。"
    )


def hold_demo_key(data_dir: Path, key_ring: KeyRing | None) -> None:
    """Seal the demo with ``key_ring`` (the workstation's keys) or, when it has none, with
    a new demo key for the demo centre about to be built in ``data_dir``."""
    if key_ring is None:
        centre = load_demo_catalogue().center
        key_ring = make_demo_key(data_dir, centre_code=centre.code, centre_name=centre.name)
    install_key(key_ring)


def remove_embedded(url: str) -> None:
    """``--reset``: delete the embedded database file (with its WAL files) to start anew;
    refused for any other database."""
    if not url.startswith("sqlite:///"):
        raise DemoError("--reset 只能用于内置数据库")
    for suffix in ("", "-wal", "-shm"):
        Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)


def load_demo(
    settings: _Settings,
    *,
    days: int = 21,
    reset: bool = False,
    only_if_empty: bool = False,
    progress: Callable[[str], None] | None = None,
    key_ring: KeyRing | None = None,
) -> str:
    """``clerk-app demo``: migrate the embedded database and fill it with the demo. The
    personal data is sealed with ``key_ring`` (the workstation's keys) or, when it has
    none, with the demo's own key (:mod:`clerk_app.demo.demo_key`)."""
    url = settings.database_url
    if reset:
        remove_embedded(url)
    upgrade(url)
    db = open_database(url)
    try:
        if only_if_empty:
            with db.read_sessions() as s:
                if s.scalar(select(Center.id).limit(1)) is not None:
                    return "数据库中已有服务中心，直接打开。"
        hold_demo_key(settings.data_dir, key_ring)
        return build_demo(db, workstation=settings.workstation, days=days, progress=progress)
    finally:
        db.dispose()


def fill_demo(ctx: ServiceContext, *, days: int = 21) -> str:
    """The first-run dialog's 载入演示数据: the demo centre in the open, empty database.
    Without a workstation key the demo's own key (beside the database) seals its data."""
    ring = current_ring()
    if ring is None:
        if ctx.archive_dir is None:
            raise DemoError("本机没有数据密钥，无法载入演示数据")
        hold_demo_key(ctx.archive_dir.parent, ring)
    return build_demo(ctx.db, workstation=ctx.workstation, days=days)

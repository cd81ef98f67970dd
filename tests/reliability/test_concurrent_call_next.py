"""20 processes calling next against one queue of 2,000 tickets: each called exactly once.

Each process is a workstation with its own login of the roles ``central init`` creates (never
a superuser), claiming for the one window it owns through the central's functions."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from clerk_app.store.db import Database
from clerk_app.store.models import Queue, Ticket, Window
from clerk_app.sync.admin import CentralRoles, add_workstation, drop_roles, init_central
from clerk_app.sync.central import open_central
from tests.helpers.databases import PG_SERVER_URL, create_pg_database, drop_pg_database
from tests.security.conftest import as_login
from tests.sync.stations import central_db_name

WORKER = """
import sys
from datetime import date
from clerk_app.sync.central import open_central
from clerk_app.sync.central_queue import CentralQueue
url, window, queue, day = sys.argv[1:5]
db = open_central(url)
q = CentralQueue(db)
with db.engine.connect() as conn:
    me = conn.exec_driver_sql("SELECT current_user").scalar()
print("ready", me, flush=True)
sys.stdin.readline()
out = []
while (claim := q.claim_next(window, [queue], date.fromisoformat(day))) is not None:
    out.append(claim.ticket_id)
print("\\n".join(out), flush=True)
db.dispose()
"""

DAY = date(2026, 9, 28)


def seed_queue(central: Database, tickets: int, windows: list[str] | None = None) -> str:
    queue_id = str(uuid.uuid4())
    start = datetime(2026, 9, 28, 0, 30, tzinfo=UTC)
    with central.sessions() as s, s.begin():
        s.add(Queue(id=queue_id, code="Q-LOAD", name="压力测试", prefix="L"))
        for code in windows or []:
            s.add(Window(id=f"window-{code}", code=code, name=f"压力测试窗口{code}"))
        s.flush()
        s.execute(
            sa.insert(Ticket),
            [
                dict(
                    id=str(uuid.uuid4()),
                    queue_id=queue_id,
                    service_day=DAY,
                    seq=n,
                    number=f"L{n:04d}",
                    kind="priority" if n % 10 == 0 else "normal",
                    kind_reason="",
                    state="waiting",
                    issued_at=start + timedelta(seconds=n),
                    recalls=0,
                    transfers=0,
                )
                for n in range(1, tickets + 1)
            ],
        )
    return queue_id


@pytest.mark.slow
def test_twenty_windows_call_two_thousand_tickets_each_exactly_once(worker_id: str) -> None:
    name = central_db_name(worker_id, "_q20")
    url = create_pg_database(name)
    tag = uuid.uuid4().hex[:8]
    roles = CentralRoles(owner=f"clerk_owner_{tag}", workstation=f"clerk_ws_{tag}")
    codes = [f"W{n:02d}" for n in range(20)]
    owner: Database | None = None
    try:
        init_central(url, roles=roles)
        logins = {
            code: add_workstation(url, f"WS-{code}", roles=roles, windows=[code]) for code in codes
        }
        owner = open_central(as_login(url, roles.owner))
        _call_in_twenty_processes(owner, url, logins)
    finally:
        if owner is not None:
            owner.dispose()
        drop_pg_database(name)
        drop_roles(PG_SERVER_URL, roles, [f"WS-{code}" for code in codes])


def _call_in_twenty_processes(central: Database, url: str, logins: dict[str, str]) -> None:
    queue_id = seed_queue(central, 2000, windows=list(logins))
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                as_login(url, login),
                f"window-{code}",
                queue_id,
                DAY.isoformat(),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for code, login in logins.items()
    ]
    called: list[str] = []
    per_window = []
    try:
        for p, login in zip(procs, logins.values(), strict=True):
            assert p.stdout is not None
            assert p.stdout.readline().split() == ["ready", login]  # its own login, no superuser
        for p in procs:  # all start calling together
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in procs:
            out, _ = p.communicate(timeout=120)
            assert p.returncode == 0
            ids = [line for line in out.splitlines() if line]
            per_window.append(len(ids))
            called += ids
    finally:
        for p in procs:  # never leave a caller running, even when the test fails
            if p.poll() is None:
                p.kill()
            p.wait()
    assert len(called) == 2000
    assert len(set(called)) == 2000  # nobody called twice
    with central.sessions() as s:
        all_ids = set(s.scalars(sa.select(Ticket.id).where(Ticket.queue_id == queue_id)))
        claims = s.scalar(sa.text("SELECT count(*) FROM ticket_claim"))
    assert set(called) == all_ids  # nobody lost
    assert claims == 2000
    assert sum(1 for n in per_window if n > 0) > 1  # the windows really competed

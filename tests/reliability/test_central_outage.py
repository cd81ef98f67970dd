"""The central server goes away during a working day: counters keep working, then converge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from clerk_app.domain.tickets import TicketState
from clerk_app.services import tickets
from clerk_app.store.db import Database
from clerk_app.sync.central import open_central
from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.errors import CentralUnreachable
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.clock import FakeClock
from tests.helpers.factories import build_small_center
from tests.reliability.tcp_proxy import TcpProxy
from tests.sync.stations import StationFactory


@pytest.fixture
def proxy(central_url: str) -> Iterator[TcpProxy]:
    url = make_url(central_url)
    p = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    p.start()
    yield p
    p.stop()


@pytest.mark.slow
def test_counters_keep_serving_while_the_central_is_down_then_converge(
    stations: StationFactory, central: Database, central_url: str, proxy: TcpProxy, clock: FakeClock
) -> None:
    via_proxy = open_central(
        make_url(central_url).set(port=proxy.port).render_as_string(hide_password=False)
    )
    front, counter = stations("FRONT"), stations("WIN-A")
    for station in (front, counter):
        station.sync = SyncEngine(station.db, via_proxy, station.code, clock=clock)
    center = build_small_center(front.ctx)
    guide, clerk = center.guide.actor(), center.clerk.actor()
    early = [tickets.issue_ticket(front.ctx, guide, queue_id=center.market_queue) for _ in range(3)]
    front.sync.run_once()
    counter.sync.run_once()
    assert front.sync.status().online is True

    proxy.stop()  # 10:00 the central server is gone
    clock.advance(hours=1)
    late = [tickets.issue_ticket(front.ctx, guide, queue_id=center.market_queue) for _ in range(2)]
    served = tickets.call_next(counter.ctx, clerk, window_id=center.window_a)
    assert served is not None and served.id == early[0].id
    tickets.start_serving(counter.ctx, clerk, served.id)
    tickets.finish(counter.ctx, clerk, served.id)
    for station in (front, counter):
        with pytest.raises(CentralUnreachable):
            station.sync.run_once()
        status = station.sync.status()
        assert status.online is False and status.offline_since == clock.now
        assert status.waiting > 0 and "离线" in status.label()

    clock.advance(minutes=40)
    proxy.start()  # back again
    for station in (front, counter, front):
        station.sync.run_once()

    assert event_ids(front.db) == event_ids(counter.db) == event_ids(central)
    for db in (front.db, counter.db, central):
        assert verify_journal(db) == []
        assert tickets.get_ticket(_ctx_for(front, db), served.id).state is TicketState.DONE
        assert tickets.get_ticket(_ctx_for(front, db), late[1].id).state is TicketState.WAITING
    assert front.sync.status().online is True and front.sync.status().waiting == 0
    via_proxy.dispose()


def _ctx_for(station, db):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(station.ctx, db=db)

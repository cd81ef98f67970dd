"""The hall modes' settings per PC, their sub-commands, and the rule that a kiosk (an
event without a member of staff) may only issue normal tickets on any replica."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from clerk_app import cli, config
from clerk_app.services import event_rules
from clerk_app.services.context import ServiceContext
from clerk_app.services.events import EventData
from tests.helpers.factories import SmallCenter


def test_hall_settings_are_kept_per_pc_and_checked(tmp_path: Path) -> None:
    (tmp_path / config.SETTINGS_FILE).write_text(
        json.dumps({"hall": {"screen": 1, "voice": "espeak", "volume": 1, "pad_window": "A01"}}),
        encoding="utf-8",
    )
    settings = config.load(tmp_path)
    hall = config.hall_settings(settings)
    assert (hall.screen, hall.voice, hall.volume, hall.pad_window) == (1, "espeak", 1.0, "A01")
    config.save(settings)
    assert config.hall_settings(config.load(tmp_path)) == hall

    for bad, word in (
        ({"voice": "loud"}, "hall.voice"),
        ({"volume": 3}, "hall.volume"),
        ({"screen": "two"}, "hall.screen"),
        ({"refresh_seconds": 0}, "秒数"),
    ):
        with pytest.raises(config.SettingsError, match=word):
            config.HallSettings.from_dict(bad)


def test_each_mode_is_a_sub_command() -> None:
    parser = cli.build_parser()
    assert parser.parse_args(["display", "--screen", "1"]).screen == 1
    assert parser.parse_args(["review-pad", "--window", "A01"]).window == "A01"
    assert parser.parse_args(["kiosk"]).func is cli.cmd_hall


def _event(payload: dict[str, object], actor_id: str | None) -> EventData:
    return EventData(
        id="e1",
        type="ticket.issued",
        workstation="WS-KIOSK",
        seq=1,
        actor_id=actor_id,
        window_id=None,
        occurred_at=dt.datetime(2026, 9, 28, 9, tzinfo=dt.UTC),
        payload=payload,
    )


def test_a_ticket_without_staff_is_accepted_only_when_normal(
    ui_ctx: ServiceContext, small: SmallCenter
) -> None:
    with ui_ctx.db.read_sessions() as s:
        assert event_rules.refusal(s, _event({"kind": "normal"}, None)) is None
        why = event_rules.refusal(s, _event({"kind": "green_channel"}, None))
        assert why is not None and "普通号" in why
        assert event_rules.refusal(s, _event({"kind": "priority"}, small.guide.staff_id)) is None


def test_every_hall_screen_fits_1366_by_768(
    qtbot: object, ui_ctx: ServiceContext, small: SmallCenter, tasks: object
) -> None:
    from clerk_app.services import hall
    from clerk_app.ui.hall.display import CallDisplay
    from clerk_app.ui.hall.kiosk import Kiosk
    from clerk_app.ui.hall.review_pad import ReviewPad
    from tests.ui.conftest import FakePrinter

    display = CallDisplay(
        tasks,  # type: ignore[arg-type]
        lambda: hall.display_snapshot(ui_ctx),
        refresh_ms=60_000,
        scale=768 / 1080,
    )
    kiosk = Kiosk(tasks, ui_ctx, FakePrinter())  # type: ignore[arg-type]
    pad = ReviewPad(tasks, ui_ctx, small.window_a, refresh_ms=60_000)  # type: ignore[arg-type]
    kiosk.choose_department(kiosk.menu[0])
    kiosk.choose_item(kiosk.menu[0].items[0])  # the tallest page: the mobile keypad
    pad.ask(ticket_id=None, title="A001 号，请为本次服务评价")
    for widget in (display, kiosk, pad):
        display.refresh()
        hint = widget.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (type(widget).__name__, hint)
        widget.deleteLater()
    display.stop()

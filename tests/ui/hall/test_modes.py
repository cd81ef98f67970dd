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

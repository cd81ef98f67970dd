"""The command line: the plain start parses only the application's options; every
sub-command is still known to the full parser, and a start with options opens the window."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from clerk_app import cli


def _sub_commands(parser: argparse.ArgumentParser) -> set[str]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices) if actions else set()


def test_the_fast_start_knows_every_sub_command_by_name() -> None:
    assert _sub_commands(cli.build_parser()) == cli.COMMANDS
    assert _sub_commands(cli.build_parser(commands=False)) == set()


def test_a_plain_start_with_options_opens_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[argparse.Namespace] = []

    def open_window(args: argparse.Namespace) -> int:
        opened.append(args)
        return 0

    monkeypatch.setattr(cli, "cmd_gui", open_window)
    assert cli.main(["--data-dir", str(tmp_path), "--lang", "en", "-v"]) == 0
    assert [(a.data_dir, a.lang, a.verbose) for a in opened] == [(str(tmp_path), "en", True)]


def test_a_sub_command_is_still_a_sub_command(tmp_path: Path) -> None:
    assert cli.main(["--data-dir", str(tmp_path), "db", "upgrade"]) == 0
    assert (tmp_path / "clerk.sqlite3").is_file()


def test_help_lists_the_sub_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in cli.COMMANDS)

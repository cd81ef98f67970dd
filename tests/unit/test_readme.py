"""The README a newcomer follows states the demo as it is and points only inside the
repository."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_facts_are_counted_from_the_demo() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    demo = json.loads((ROOT / "resources" / "demo" / "center.json").read_text(encoding="utf-8"))
    for key, words in [
        ("items", "service items"),
        ("departments", "departments"),
        ("windows", "windows"),
        ("queues", "queues"),
        ("staff", "staff"),
    ]:
        assert f"{len(demo[key])} {words}" in readme, key
    from clerk_app.cli import build_parser

    days = build_parser().parse_args(["demo"]).days
    assert f"{days} working days of history" in readme


def test_the_readme_lists_the_commands_and_the_system_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| `clerk-app smoke` |" in readme and "python -m bench.run --list" in readme
    assert "libxcb-cursor0" in readme and "fonts-wqy-microhei" in readme
    for target in re.findall(r"\]\(([^)]+)\)|`(\.\./[^`]+)`", readme):
        path = next(t for t in target if t)
        assert not path.startswith(("..", "/")), path
        assert (ROOT / path).exists(), path

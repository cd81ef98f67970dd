"""``python -m bench.run --list`` names each benchmark, what it measures and what it needs."""

from __future__ import annotations

import pytest

from bench import run


def test_the_list_says_what_each_benchmark_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert run.main(["bench.run", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("link", "receipt", "startup", "sync", "year"):
        assert f"\n{name}\n" in f"\n{out}"
    assert out.count("  needs:") == 5 and "PostgreSQL" in out
    assert "/work/" not in out

"""Run every benchmark and print one table of ratios against baselines of the same run.

    python -m bench.run            # all
    python -m bench.run receipt    # those whose module name contains "receipt"
    python -m bench.run --list     # each benchmark, what it measures and what it needs

Ratios, not absolute times, are what to compare between machines: each baseline is
measured in the same process, moments before or after the thing it is compared with.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import bench


def describe(names: list[str]) -> None:
    """One paragraph per benchmark: its name for the command line, the first line of its
    docstring (what it measures) and what it needs (``NEEDS``)."""
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        first = (module.__doc__ or "—").strip().split("\n\n", 1)[0]
        print(name.removeprefix("bench_"))
        print(f"  measures: {' '.join(first.split())}")
        print(f"  needs:    {getattr(module, 'NEEDS', 'nothing beyond the installed package')}")


def main(argv: list[str]) -> int:
    wanted = [a for a in argv[1:] if a != "--list"]
    names = sorted(
        m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_")
    )
    if "--list" in argv[1:]:
        describe([n for n in names if not wanted or any(w in n for w in wanted)])
        return 0
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    print(f"{'benchmark':<46}{'value':>12}{'baseline':>12}{'ratio':>9}")
    print("-" * 79)
    failed = 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        started = time.perf_counter()
        try:
            rows = module.run()
        except Exception as exc:
            print(f"{name:<46} failed: {type(exc).__name__}: {exc}")
            failed += 1
            continue
        unit = getattr(module, "UNIT", "ms")
        for row_name, value, base, ratio in rows:
            print(f"{row_name:<46}{value:>10.2f}{unit:>2}{base:>10.2f}{unit:>2}{ratio:>8.2f}x")
        print(f"{'':<46}({name}: {time.perf_counter() - started:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Benchmarks: each ``bench_*.py`` module has ``run() -> list[(name, value, baseline, ratio)]``."""

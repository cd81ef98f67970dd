"""Benchmarks: each ``bench_*.py`` module has ``run() -> list[(name, value, baseline, ratio)]``."""


def hold_data_key() -> None:
    """Seal personal data as a workstation does, with a throwaway key for this run (the
    product never writes them in clear, and a benchmark never touches the machine's keys)."""
    from clerk_app.store.sealed import DataKey, current_ring, install_key

    if current_ring() is None:
        install_key(DataKey.generate()[0])

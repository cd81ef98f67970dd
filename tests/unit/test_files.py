"""Files the program keeps are written whole or not at all, and never clobber each other."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from clerk_app import files
from clerk_app.files import write_atomic, write_new

WRITERS = 8
ROUNDS = 25


def _payload(i: int) -> bytes:
    # big enough that a torn write would show, distinct per writer
    return f"writer {i}\n".encode() * 20_000


def _in_parallel(work: Callable[[int], None]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def run(i: int) -> None:
        start.wait()
        try:
            work(i)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def test_write_atomic_makes_the_folder_and_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "settings.json"
    assert write_atomic(target, b"one") == target
    assert target.read_bytes() == b"one"
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["settings.json"]


def test_write_atomic_syncs_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[bool] = []  # True: a folder
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    write_atomic(tmp_path / "x.pdf", b"%PDF")
    assert synced[0] is False  # the data, before the rename
    if os.name == "posix":
        assert synced == [False, True]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_atomic(target, b"old")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_failed_rename_leaves_no_temporary(tmp_path: Path) -> None:
    occupied = tmp_path / "taken"
    occupied.mkdir()
    (occupied / "inside").write_bytes(b"keep")
    with pytest.raises(OSError):
        write_atomic(occupied, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert (occupied / "inside").read_bytes() == b"keep"


def test_concurrent_writers_of_one_file_never_tear_it(tmp_path: Path) -> None:
    """Each writer has its own temporary file: no error, and the file is always one
    writer's bytes, whole (a shared temporary name failed here, or mixed the bytes)."""
    target = tmp_path / "settings.json"
    payloads = {_payload(i) for i in range(WRITERS)}

    def work(i: int) -> None:
        for _ in range(ROUNDS):
            write_atomic(target, _payload(i))
            assert target.read_bytes() in payloads

    assert _in_parallel(work) == []
    assert target.read_bytes() in payloads
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_write_new_takes_the_next_free_name_and_never_overwrites(tmp_path: Path) -> None:
    folder = tmp_path / "2026" / "09"
    first = write_new(folder, "A001-ticket", ".pdf", b"1")
    second = write_new(folder, "A001-ticket", ".pdf", b"2")
    (folder / "A001-ticket-3.pdf").write_bytes(b"someone else's")
    fourth = write_new(folder, "A001-ticket", ".pdf", b"4")
    assert [first.name, second.name, fourth.name] == [
        "A001-ticket.pdf",
        "A001-ticket-2.pdf",
        "A001-ticket-4.pdf",
    ]
    assert [first.read_bytes(), second.read_bytes(), fourth.read_bytes()] == [b"1", b"2", b"4"]
    assert (folder / "A001-ticket-3.pdf").read_bytes() == b"someone else's"
    assert len(list(folder.iterdir())) == 4  # no temporary left behind


def test_concurrent_new_files_of_one_name_each_get_their_own(tmp_path: Path) -> None:
    made: dict[int, Path] = {}

    def work(i: int) -> None:
        made[i] = write_new(tmp_path, "report", ".pdf", _payload(i))

    assert _in_parallel(work) == []
    assert len({p.name for p in made.values()}) == WRITERS
    assert all(made[i].read_bytes() == _payload(i) for i in range(WRITERS))
    assert len(list(tmp_path.iterdir())) == WRITERS


def test_write_new_works_where_there_are_no_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(_src: object, _dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what FAT answers

    monkeypatch.setattr(files.os, "link", no_links)
    first = write_new(tmp_path, "receipt", ".pdf", b"1")
    second = write_new(tmp_path, "receipt", ".pdf", b"2")
    assert (first.name, second.name) == ("receipt.pdf", "receipt-2.pdf")
    assert (first.read_bytes(), second.read_bytes()) == (b"1", b"2")
    assert len(list(tmp_path.iterdir())) == 2

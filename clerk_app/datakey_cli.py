"""``clerk-app data-key new|set|rotate|show|reseal``: the centre's data keys on this PC.

The keys go to the machine's protected store (``--machine``, as root: every OS account
of the PC uses them) or to this OS account's keyring (see :mod:`clerk_app.sync.datakey`).
A key is read from the terminal (not echoed) or from the first line of standard input,
never from the command line. Mistakes are one Chinese line and exit code 2.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_app import config
from clerk_app.problems import Refused

if TYPE_CHECKING:
    from clerk_app.store.db import Database
    from clerk_app.store.sealed import KeyRing

NOT_A_KEY = "输入的不是数据密钥（应为 44 个字符的一行）"


def _refusing(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A store that cannot be used (no keyring, not root, an unsafe file) is one line."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        from clerk_app.sync.errors import CredentialsUnavailable

        try:
            return command(args)
        except CredentialsUnavailable as exc:
            raise Refused(exc.message) from None

    return run


def _where(machine: bool) -> str:
    return "本机受保护的存储" if machine else "本账户的系统密钥环"


def _group() -> str:
    return str(config.load_machine().get("group") or "")


@_refusing
def cmd_new(args: argparse.Namespace) -> int:
    from clerk_app.store.sealed import DataKey
    from clerk_app.sync.datakey import add_key, held_ring

    if held_ring(machine=args.machine) is not None and not args.replace:
        raise Refused(
            f"{_where(args.machine)}中已有数据密钥：要换新的请用 clerk-app data-key rotate"
        )
    key, text = DataKey.generate()
    add_key(key, machine=args.machine, group=_group())
    print(text)
    print(
        f"数据密钥（指纹 {key.fingerprint}）已存入{_where(args.machine)}。请把上面一行抄存在"
        "中心保险柜，再在每台工作站上用 clerk-app data-key set 输入它",
        file=sys.stderr,
    )
    return 0


@_refusing
def cmd_set(args: argparse.Namespace) -> int:
    from clerk_app.store.sealed import DataKey
    from clerk_app.sync.datakey import add_key

    text = _ask_key() if sys.stdin.isatty() else sys.stdin.readline()
    try:
        key = DataKey.from_text(text)
    except ValueError:
        raise Refused(NOT_A_KEY) from None
    ring = add_key(key, machine=args.machine, standby=args.standby, group=_group())
    role = "仅用于读取（加密仍用当前密钥）" if ring.current is not key else "当前密钥"
    print(
        f"数据密钥已存入{_where(args.machine)}，指纹 {key.fingerprint}，{role}；"
        f"共 {len(ring.keys)} 把密钥。重新启动本程序后生效"
    )
    return 0


@_refusing
def cmd_rotate(args: argparse.Namespace) -> int:
    from clerk_app.store.sealed import DataKey
    from clerk_app.sync.datakey import add_key, held_ring

    if held_ring(machine=args.machine) is None:
        raise Refused(
            f"{_where(args.machine)}中没有数据密钥可轮换：先用 clerk-app data-key new 或 set"
        )
    key, text = DataKey.generate()
    ring = add_key(key, machine=args.machine, standby=args.standby, group=_group())
    print(text)
    role = (
        "仅用于读取，待各工作站都有了它再启用" if args.standby else "当前密钥，旧密钥保留用于读取"
    )
    print(
        f"新数据密钥（指纹 {key.fingerprint}）已存入{_where(args.machine)}：{role}；"
        f"共 {len(ring.keys)} 把密钥。请把上面一行抄存在中心保险柜，"
        "再按 docs/central.md 的步骤分发到每台工作站",
        file=sys.stderr,
    )
    return 0


@_refusing
def cmd_show(args: argparse.Namespace) -> int:
    from clerk_app.sync.datakey import find_ring, load_machine_ring

    load_machine_ring()  # an unsafe or damaged machine file: its own clear line
    found = find_ring()
    if found is None:
        print("本机没有数据密钥（本机受保护的存储和本账户的系统密钥环中都没有）")
        return 1
    print(f"数据密钥（{_where(found.where == 'machine')}）：")
    for at, key in enumerate(found.ring.keys):
        print(f"  指纹 {key.fingerprint}  " + ("当前（加密用）" if at == 0 else "仅用于读取"))
    return 0


def cmd_reseal(args: argparse.Namespace) -> int:
    from clerk_app.cli import _require_schema
    from clerk_app.store.db import open_database
    from clerk_app.store.sealed import reseal

    settings = config.load(Path(args.data_dir) if args.data_dir else None)
    _require_schema(settings.database_url)
    db = open_database(settings.database_url)
    try:
        ring = install_workstation_ring(settings, db)
        if ring is None:
            raise Refused("本机没有数据密钥，无法重新加密：请先用 clerk-app data-key set 设置")
        with db.sessions.begin() as s:
            report = reseal(s)
    finally:
        db.dispose()
    print(
        f"已用当前数据密钥（指纹 {ring.current.fingerprint}）重新加密 {report.rows} 行中的 "
        f"{report.values} 个值"
    )
    if report.unreadable:
        print(f"有 {report.unreadable} 个值本机的密钥都打不开，保持原样", file=sys.stderr)
        return 1
    return 0


def install_workstation_ring(settings: config.Settings, db: Database) -> KeyRing | None:
    """Install the workstation's ring for this process (machine store, keyring, or the
    demo's own key for the demo's data) and return it; None when there is none (the
    process's key then left as it is: none, in a real run)."""
    from clerk_app.demo.demo_key import demo_ring_for
    from clerk_app.store.sealed import install_key
    from clerk_app.sync.datakey import find_ring

    found = find_ring()
    ring = found.ring if found is not None else demo_ring_for(settings.data_dir, db)
    if ring is not None:
        install_key(ring)
    return ring


def ring_for_data(settings: config.Settings) -> KeyRing | None:
    """The workstation's ring, installed; for a data dir whose database is the demo (and
    no real key), the demo's own key. Nothing is created; with none, the process's key is
    left as it is (none, in a real run)."""
    ring = workstation_ring()
    if ring is not None or not (settings.data_dir / config.DB_FILE_NAME).is_file():
        return ring
    from sqlalchemy.exc import SQLAlchemyError

    from clerk_app.store.db import open_database

    db = open_database(settings.database_url)
    try:
        return install_workstation_ring(settings, db)
    except SQLAlchemyError:  # not a database with a centre yet: no demo key either
        return None
    finally:
        db.dispose()


def workstation_ring() -> KeyRing | None:
    """The machine store's or the keyring's ring (no demo key), installed; or None (the
    process's key left as it is)."""
    from clerk_app.store.sealed import install_key
    from clerk_app.sync.datakey import find_ring

    found = find_ring()
    if found is None:
        return None
    install_key(found.ring)
    return found.ring


def _ask_key() -> str:
    return getpass.getpass("数据密钥：")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    key = sub.add_parser(
        "data-key", help="中心数据密钥（加密证件号码、电话）：new、set、rotate、show、reseal"
    )
    key_sub = key.add_subparsers(dest="key_command", required=True)
    machine = argparse.ArgumentParser(add_help=False)
    machine.add_argument(
        "--machine", action="store_true", help="存入本机受保护的存储（本机所有账户共用，需 sudo）"
    )
    new = key_sub.add_parser("new", parents=[common, machine], help="生成本中心的第一把数据密钥")
    new.add_argument("--replace", action="store_true", help="已有密钥时仍生成（旧的保留用于读取）")
    new.set_defaults(func=cmd_new, logs=False)
    put = key_sub.add_parser(
        "set", parents=[common, machine], help="加入一把数据密钥（从终端或标准输入读取）"
    )
    put.add_argument("--standby", action="store_true", help="只用于读取，加密仍用当前密钥")
    put.set_defaults(func=cmd_set, logs=False)
    rotate = key_sub.add_parser(
        "rotate", parents=[common, machine], help="生成新数据密钥，旧的保留用于读取"
    )
    rotate.add_argument("--standby", action="store_true", help="新密钥先只用于读取")
    rotate.set_defaults(func=cmd_rotate, logs=False)
    show = key_sub.add_parser("show", parents=[common], help="显示本机数据密钥的指纹")
    show.set_defaults(func=cmd_show, logs=False)
    reseal_cmd = key_sub.add_parser(
        "reseal", parents=[common], help="用当前数据密钥重新加密本机数据库中的个人信息"
    )
    reseal_cmd.set_defaults(func=cmd_reseal)

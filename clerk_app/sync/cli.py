"""Headless sync commands; ``clerk_app.cli`` delegates ``central …`` and ``sync …`` here.

python -m clerk_app.sync central init --url postgresql+psycopg://admin@host/clerk_central
python -m clerk_app.sync central add-workstation --url URL --window A01 WIN-A
python -m clerk_app.sync central serve --url postgresql+psycopg://clerk_owner@host/clerk_central
python -m clerk_app.sync sync --once --local sqlite:///… --central URL --workstation WIN-A
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
import threading
from collections.abc import Sequence

from clerk_app.problems import Parser, check_url, explain
from clerk_app.store.db import open_database
from clerk_app.store.migrate import ensure_schema
from clerk_app.sync.admin import CentralRoles, add_workstation, init_central
from clerk_app.sync.central import open_central
from clerk_app.sync.central_apply import CentralApplier
from clerk_app.sync.engine import SyncEngine
from clerk_app.sync.errors import SyncError


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or Parser(prog="clerk-app")
    sub = parser.add_subparsers(dest="command", required=True)
    central = sub.add_parser("central", help="中心数据库管理")
    csub = central.add_subparsers(dest="central_command", required=True)
    init = csub.add_parser("init", help="建立或升级中心数据库及其角色")
    init.add_argument("--url", required=True, help="管理员连接（超级用户或数据库所有者）")
    init.add_argument("--owner-role", default=CentralRoles.owner)
    init.add_argument("--workstation-role", default=CentralRoles.workstation)
    init.add_argument("--owner-password", action="store_true", help="交互输入所有者密码")
    add = csub.add_parser("add-workstation", help="为一个工作站建立登录角色")
    add.add_argument("--url", required=True)
    add.add_argument(
        "--workstation-role", default=None, help="默认：central init 时设定的工作站角色"
    )
    add.add_argument("--password", action="store_true", help="交互输入该工作站的密码")
    add.add_argument(
        "--window",
        action="append",
        default=None,
        metavar="CODE",
        help="该工作站服务的窗口代码（可重复；给出时替换原有的）",
    )
    add.add_argument("code")
    serve = csub.add_parser("serve", help="中心审核服务：以所有者身份审核并应用上传的事件")
    serve.add_argument("--url", required=True, help="所有者连接（clerk_owner）")
    serve.add_argument("--once", action="store_true", help="处理完已上传的事件即退出")
    sync = sub.add_parser("sync", help="与中心数据库同步")
    sync.add_argument("--once", action="store_true", required=True)
    sync.add_argument("--local", required=True, help="本机数据库 URL")
    sync.add_argument("--central", required=True, help="中心数据库 URL")
    sync.add_argument("--workstation", required=True)
    sync.add_argument("--push-batch", type=int, default=500)
    sync.add_argument("--pull-batch", type=int, default=1000)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """A mistake (bad URL, no server, missing role…) is one line on stderr and exit 2."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "central":
            check_url(args.url)
            return _central(args)
        return sync_once(
            check_url(args.local),
            check_url(args.central),
            args.workstation,
            push_batch=args.push_batch,
            pull_batch=args.pull_batch,
        )
    except SyncError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except Exception as exc:
        line = explain(exc)
        if line is None:
            raise
        if logging.getLogger("clerk").hasHandlers():
            logging.getLogger("clerk.sync").error("command refused: %s", line, exc_info=exc)
        print(f"错误：{line}", file=sys.stderr)
        return 2


def _central(args: argparse.Namespace) -> int:
    if args.central_command == "init":
        roles = CentralRoles(owner=args.owner_role, workstation=args.workstation_role)
        password = getpass.getpass("所有者角色密码：") if args.owner_password else None
        init_central(args.url, roles=roles, owner_password=password)
        print(f"中心数据库已就绪：所有者 {roles.owner}，工作站角色 {roles.workstation}")
        return 0
    if args.central_command == "serve":
        return _serve(args.url, once=args.once)
    chosen = (
        None if args.workstation_role is None else CentralRoles(workstation=args.workstation_role)
    )
    password = getpass.getpass("工作站密码：") if args.password else None
    login = add_workstation(
        args.url, args.code, password=password, roles=chosen, windows=args.window
    )
    print(f"工作站 {args.code} 的登录角色：{login}")
    print(
        "在该工作站上还需放入中心的数据密钥（加密证件号码、电话和密码摘要）："
        "sudo clerk-app data-key set --machine（输入 clerk-app data-key new 生成时抄存的那一行）"
    )
    return 0


def _serve(url: str, *, once: bool) -> int:
    central = open_central(url)
    try:
        applier = CentralApplier(central)
        if once:
            print(json.dumps({"decided": applier.run_once()}), flush=True)
            return 0
        stop = threading.Event()
        try:
            applier.serve(stop)
        except KeyboardInterrupt:
            stop.set()
        return 0
    finally:
        central.dispose()


def sync_once(
    local_url: str,
    central_url: str,
    workstation: str,
    *,
    push_batch: int = 500,
    pull_batch: int = 1000,
) -> int:
    """One push and pull; prints a JSON line with what moved and the status. A fresh data
    directory gets its schema first (as the application would at start)."""
    local = open_database(local_url)
    try:
        ensure_schema(local_url, local.engine)
    except BaseException:
        local.dispose()
        raise
    central = open_central(central_url)
    try:
        engine = SyncEngine(
            local, central, workstation, push_batch=push_batch, pull_batch=pull_batch
        )
        report = engine.run_once()
        status = engine.status()
        print(
            json.dumps(
                {
                    "pushed": report.pushed,
                    "pulled": report.pulled,
                    "conflicts": report.conflicts,
                    "waiting": status.waiting,
                    "status": status.label(),
                },
                ensure_ascii=False,
            ),
            flush=True,
        )
        return 0
    finally:
        central.dispose()
        local.dispose()


if __name__ == "__main__":
    raise SystemExit(main())

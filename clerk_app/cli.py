"""Command line: ``clerk-app`` opens the application; sub-commands do headless work."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from clerk_app import __version__, config, log


def _settings(args: argparse.Namespace) -> config.Settings:
    settings = config.load(Path(args.data_dir) if args.data_dir else None)
    url = getattr(args, "url", None) or getattr(args, "db_url", None)
    if url:
        settings = replace(settings, db_url=url)
    return settings


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from clerk_app.store.migrate import upgrade

    settings = _settings(args)
    upgrade(settings.database_url)
    print(f"数据库已升级到最新版本: {_safe(settings.database_url)}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from clerk_app.services.demo import DemoError, load_demo

    settings = _settings(args)
    try:
        summary = load_demo(settings, days=args.days, reset=args.reset)
    except DemoError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(summary)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from clerk_app.services.audit import verify
    from clerk_app.store.db import open_database

    settings = _settings(args)
    db = open_database(settings.database_url)
    try:
        report = verify(db)
    finally:
        db.dispose()
    print(f"检查了 {report.events} 条事件（{report.workstations} 个工作站）")
    if report.ok:
        print("审计链完整：没有发现篡改、删除或重排。")
        return 0
    print(f"发现 {len(report.problems)} 处问题：", file=sys.stderr)
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def cmd_sweep(args: argparse.Namespace) -> int:
    from clerk_app.services import oversight
    from clerk_app.services.context import Actor, ServiceContext
    from clerk_app.store.db import open_database

    settings = _settings(args)
    db = open_database(settings.database_url)
    try:
        result = oversight.sweep(ServiceContext(db, settings.workstation), Actor.system())
    finally:
        db.dispose()
    print(
        f"超期 {len(result.overdue)} 件，超时默认 {len(result.deemed_approved)} 件，"
        f"视为受理 {len(result.deemed_accepted)} 件"
    )
    return 0


def cmd_print_samples(args: argparse.Namespace) -> int:
    from clerk_app.services.samples import write_samples

    settings = _settings(args)
    out = Path(args.out)
    written = write_samples(settings, out)
    for path in written:
        print(path)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from clerk_app.sync.cli import sync_once
    from clerk_app.sync.errors import SyncError
    from clerk_app.sync.settings import CentralSettings, central_url

    settings = _settings(args)
    central = args.central
    try:
        if not central:
            if not settings.central.get("host"):
                print(
                    "本工作站未设置中心数据库（设置 → 中心数据库，或用 --central URL）",
                    file=sys.stderr,
                )
                return 2
            central = central_url(CentralSettings.from_dict(dict(settings.central)))
        return sync_once(
            args.local or settings.database_url, central, args.workstation or settings.workstation
        )
    except SyncError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2


def cmd_gui(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.lang:
        settings = replace(settings, lang=args.lang)
    if args.demo:
        from clerk_app.services.demo import DemoError, load_demo

        try:
            print(load_demo(settings, days=21, reset=False, only_if_empty=True))
        except DemoError as exc:
            print(str(exc), file=sys.stderr)
            return 1
    from clerk_app.app import run_gui

    return run_gui(
        settings.data_dir,
        settings.database_url,
        lang=settings.lang,
        workstation=settings.workstation,
    )


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clerk-app", description="窗口办件台 Clerk Desk")
    parser.add_argument("--version", action="version", version=f"clerk-app {__version__}")
    parser.add_argument("--data-dir", help="数据目录（默认：系统用户数据目录）")
    parser.add_argument("--db-url", help="数据库地址（默认：数据目录中的内置数据库）")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    parser.add_argument("--demo", action="store_true", help="内置数据库为空时先载入演示数据")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="数据库维护").add_subparsers(dest="db_command", required=True)
    up = db.add_parser("upgrade", help="建立或升级数据库结构")
    up.add_argument("--url", help="数据库地址（如 postgresql+psycopg://…）")
    up.set_defaults(func=cmd_db_upgrade)

    demo = sub.add_parser("demo", help="载入演示服务中心")
    demo.add_argument("--days", type=int, default=21, help="生成多少天的历史数据")
    demo.add_argument("--reset", action="store_true", help="先清空已有的内置数据库")
    demo.set_defaults(func=cmd_demo)

    audit = sub.add_parser("audit", help="审计").add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser("verify", help="校验事件哈希链")
    verify.add_argument("--url", help="数据库地址")
    verify.set_defaults(func=cmd_audit_verify)

    sweep = sub.add_parser("sweep", help="执行时限监察（超期、超时默认、视为受理）")
    sweep.set_defaults(func=cmd_sweep)

    sub.add_parser(
        "central", help="中心数据库管理：central init --url URL、central add-workstation"
    )

    sync = sub.add_parser("sync", help="与中心数据库同步")
    sync.add_argument("--once", action="store_true", required=True, help="同步一次后退出")
    sync.add_argument("--local", help="本机数据库地址（默认：内置数据库）")
    sync.add_argument(
        "--central", help="中心数据库地址（默认：设置中的中心数据库与密钥环中的密码）"
    )
    sync.add_argument("--workstation", help="工作站编码（默认：本机设置）")
    sync.set_defaults(func=cmd_sync)

    samples = sub.add_parser("print-samples", help="用演示数据输出每种文书的样张")
    samples.add_argument("--out", required=True, help="输出目录")
    samples.set_defaults(func=cmd_print_samples)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if "central" in words:  # its own sub-commands and --help live in clerk_app.sync.cli
        from clerk_app.sync.cli import main as sync_main

        return sync_main(words[words.index("central") :])
    parser = build_parser()
    args = parser.parse_args(words)
    settings = config.load(Path(args.data_dir) if args.data_dir else None)
    log.setup(settings.log_dir, console=args.verbose)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

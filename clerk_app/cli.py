"""Command line: ``clerk-app`` opens the application; sub-commands do headless work."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_app import __version__, config
from clerk_app.problems import Parser, Refused, check_url, explain, no_schema, positive_int

if TYPE_CHECKING:
    from clerk_app.store.db import Database

log = logging.getLogger("clerk.app")


def _settings(args: argparse.Namespace) -> config.Settings:
    settings = config.load(_data_dir(args))
    url = getattr(args, "url", None) or getattr(args, "db_url", None)
    if url:
        settings = replace(settings, db_url=url)
    check_url(settings.database_url)
    from clerk_app.files import secure_data_dir

    secure_data_dir(settings.data_dir, shared=settings.shared)
    return settings


def _data_dir(args: argparse.Namespace) -> Path | None:
    return Path(args.data_dir) if args.data_dir else None


def _require_schema(url: str, *, behind_ok: bool = False) -> None:
    """Refuse a database without this program's schema before touching it: a data dir
    with no database keeps none (no empty file is left behind), a newer schema is never
    read or written, an older one is upgraded first (``db upgrade``) unless ``behind_ok``."""
    from sqlalchemy.engine import make_url

    from clerk_app.store.db import open_database
    from clerk_app.store.migrate import SCHEMA_HEAD, refuse_newer

    if url.startswith("sqlite"):
        path = make_url(url).database
        if not path or path == ":memory:" or not Path(path).is_file():
            raise no_schema(url)
    db = open_database(url)
    try:
        current = refuse_newer(db.engine)
    finally:
        db.dispose()
    if current is None:
        raise no_schema(url)
    if current != SCHEMA_HEAD and not behind_ok:
        raise Refused(f"数据库结构版本 {current} 较旧：请先运行 clerk-app db upgrade")


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from clerk_app.store.db import open_database, shown_url
    from clerk_app.store.migrate import refuse_newer, upgrade

    settings = _settings(args)
    db = open_database(settings.database_url)
    try:
        refuse_newer(db.engine)
    finally:
        db.dispose()
    upgrade(settings.database_url)
    print(f"数据库已升级到最新版本: {shown_url(settings.database_url)}")
    return 0


def _demo_progress(step: str) -> None:
    """One line per stage, so the half minute of building the demo is not silent."""
    if step == "catalogue":
        print("正在建立演示服务中心：部门、窗口、事项、工作人员…", flush=True)
    else:
        print(f"  生成 {step} 的办件历史", flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from clerk_app.demo.center import DemoError, load_demo

    settings = _settings(args)
    try:
        if args.scale == "year":
            from clerk_app.demo.year import YEAR_CASES, load_year

            summary = load_year(
                settings,
                cases=args.cases or YEAR_CASES,
                year=args.year,
                reset=args.reset,
                progress=_demo_progress,
            )
        else:
            summary = load_demo(settings, days=args.days, reset=args.reset, progress=_demo_progress)
    except DemoError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(summary)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from clerk_app.services.audit import verify
    from clerk_app.store.db import open_database

    settings = _settings(args)
    _require_schema(settings.database_url)
    db = open_database(settings.database_url)
    try:
        witness, note = _central_witness(args, settings, db)
        report = verify(db, witness=witness)
        deep = None
        if args.deep:
            from clerk_app.services.audit_deep import deep_verify

            print("正在把事件日志重放到临时数据库并逐行比对…", flush=True)
            deep = deep_verify(db)
    finally:
        db.dispose()
    print(f"检查了 {report.events} 条事件（{report.workstations} 个工作站）")
    print(note)
    failed = False
    if report.integrity:
        failed = True
        print("SQLite 完整性检查（PRAGMA integrity_check）发现问题：", file=sys.stderr)
        for line in report.integrity[:50]:
            print(f"  {line}", file=sys.stderr)
    if report.problems:
        failed = True
        print(f"发现 {len(report.problems)} 处问题：", file=sys.stderr)
        for problem in report.problems:
            print(f"  {problem}", file=sys.stderr)
    if deep is not None:
        print(f"重放了 {deep.replayed} 条事件（其中 {deep.skipped} 条为隔离冲突，未应用）")
        if deep.differences:
            failed = True
            more = "（仅列出前若干处）" if deep.truncated else ""
            print(
                f"状态表与事件日志不符 {len(deep.differences)} 处{more}：",
                file=sys.stderr,
            )
            for difference in deep.differences:
                print(f"  {difference}", file=sys.stderr)
        else:
            print("状态表与重放事件日志的结果逐行一致。")
    if failed:
        return 1
    print("审计链完整：没有发现篡改、删除或重排。")
    return 0


def _central_witness(
    args: argparse.Namespace, settings: config.Settings, db: Database
) -> tuple[dict[str, tuple[int, str]] | None, str]:
    """The central's copy of the chain heads, when a central is set and answers."""
    url = args.central
    if not url and not settings.central.get("host"):
        return None, "未设置中心数据库：只按本机记录的链头核对（被截断后又改写链头的无法发现）。"
    from clerk_app.sync.errors import SyncError

    try:
        from clerk_app.sync.central import open_central
        from clerk_app.sync.settings import CentralSettings, central_url
        from clerk_app.sync.witness import central_witness

        if not url:
            url = central_url(CentralSettings.from_dict(dict(settings.central)))
        central = open_central(check_url(url))
        try:
            witness = central_witness(db, central, args.workstation or settings.workstation)
        finally:
            central.dispose()
    except SyncError as exc:
        return None, f"无法连接中心数据库（{exc.message}）：本次只按本机记录的链头核对。"
    return witness, f"已与中心数据库确认的 {len(witness)} 个工作站链头核对。"


def cmd_sweep(args: argparse.Namespace) -> int:
    from clerk_app.services import oversight
    from clerk_app.services.context import Actor, ServiceContext
    from clerk_app.store.db import open_database

    settings = _settings(args)
    _require_schema(settings.database_url)
    db = open_database(settings.database_url)
    try:
        result = oversight.sweep(ServiceContext(db, settings.workstation), Actor.system())
    finally:
        db.dispose()
    print(
        f"新增超期 {len(result.overdue)} 件，超时默认 {len(result.deemed_approved)} 件，"
        f"视为受理 {len(result.deemed_accepted)} 件"
    )
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    """``setup export FILE.xlsx`` / ``setup import FILE.xlsx [--check]``: the catalogue and
    the organisation to and from a workbook (an import applies all rows or none)."""
    from clerk_app.services import workbook
    from clerk_app.services.context import Actor, ServiceContext
    from clerk_app.store.db import open_database
    from clerk_app.store.migrate import upgrade

    settings = _settings(args)
    path = Path(args.file)
    if args.setup_command == "import":
        if not path.is_file():
            raise Refused(f"找不到工作簿 {path}")
        upgrade(settings.database_url)
    else:
        _require_schema(settings.database_url)
    db = open_database(settings.database_url)
    try:
        ctx = ServiceContext(db, settings.workstation)
        if args.setup_command == "export":
            counts = workbook.export_workbook(ctx, path)
            print(f"已导出到 {path}：" + "、".join(f"{k} {v} 行" for k, v in counts.items()))
            return 0
        report = workbook.import_workbook(ctx, Actor.system(), path, apply=not args.check)
    except workbook.WorkbookRefused as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        db.dispose()
    if args.check:
        print("检查通过，可以导入：" + "、".join(f"{k} {v} 行" for k, v in report.counts.items()))
        return 0
    print("已导入：" + "、".join(f"{k} {v} 行" for k, v in report.counts.items()))
    for staff_no, password in sorted(report.passwords.items()):
        print(f"新账号 {staff_no} 的临时密码：{password}（首次登录须修改）")
    return 0


def cmd_data_key(args: argparse.Namespace) -> int:
    """The centre's data key in this machine's keyring: make one, put one, or show which."""
    from clerk_app.sync.datakey import load_data_key, new_data_key, store_data_key

    if args.key_command == "new":
        if load_data_key() is not None and not args.replace:
            print("本机密钥环中已有数据密钥；要换成新的请加 --replace", file=sys.stderr)
            return 2
        key, text = new_data_key()
        print(text)
        print(
            f"数据密钥（指纹 {key.fingerprint}）已存入本机密钥环。请把上面一行抄存在中心保险柜，"
            "再在每台工作站上用 clerk-app data-key set 输入它",
            file=sys.stderr,
        )
        return 0
    if args.key_command == "set":
        text = sys.stdin.readline() if not sys.stdin.isatty() else _ask_key()
        try:
            key = store_data_key(text)
        except ValueError:
            print("输入的不是数据密钥（应为 44 个字符的一行）", file=sys.stderr)
            return 2
        print(f"数据密钥已存入本机密钥环，指纹 {key.fingerprint}")
        return 0
    found = load_data_key()
    if found is None:
        print("本机密钥环中没有数据密钥")
        return 1
    print(f"数据密钥指纹 {found.fingerprint}")
    return 0


def _ask_key() -> str:
    import getpass

    return getpass.getpass("数据密钥：")


def cmd_print_samples(args: argparse.Namespace) -> int:
    from clerk_app.demo.samples import write_samples

    settings = _settings(args)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise Refused(f"{out} 已存在且不是目录：--out 应是一个目录（不存在时会新建）")
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
    local = check_url(args.local or settings.database_url)
    _require_schema(local, behind_ok=True)
    try:
        if not central:
            if not settings.central.get("host"):
                print(
                    "本工作站未设置中心数据库（设置 → 中心数据库，或用 --central URL）",
                    file=sys.stderr,
                )
                return 2
            central = central_url(CentralSettings.from_dict(dict(settings.central)))
        return sync_once(local, check_url(central), args.workstation or settings.workstation)
    except SyncError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        settings = _settings(args)
    except (config.SettingsError, Refused) as exc:  # the administrator edited it by hand
        from clerk_app.app import show_problem

        return show_problem(exc.message, args.lang or "zh_CN")
    if args.lang:
        settings = replace(settings, lang=args.lang)
    if args.demo:
        from clerk_app import log
        from clerk_app.demo.center import DemoError, load_demo

        log.setup(settings.log_dir, console=args.verbose, json_lines=_json_lines(args))
        try:
            print(load_demo(settings, only_if_empty=True, progress=_demo_progress))
        except DemoError as exc:
            print(str(exc), file=sys.stderr)
            return 1
    from clerk_app.app import run_gui

    return run_gui(
        settings.data_dir,
        settings.database_url,
        lang=settings.lang,
        workstation=settings.workstation,
        log_console=args.verbose,
        log_json=_json_lines(args),
        quit_when_ready=args.quit_when_ready,
    )


def cmd_hall(args: argparse.Namespace) -> int:
    """display / review-pad / kiosk: this PC starts straight into a hall mode."""
    try:
        settings = _settings(args)
    except (config.SettingsError, Refused) as exc:
        from clerk_app.app import show_problem

        return show_problem(exc.message, args.lang or "zh_CN")
    from clerk_app.hall_app import run_hall

    return run_hall(
        args.command,
        settings.data_dir,
        settings.database_url,
        lang=args.lang or settings.lang,
        workstation=settings.workstation,
        screen=getattr(args, "screen", None),
        window_code=getattr(args, "window", None),
        log_console=args.verbose,
        log_json=_json_lines(args),
        quit_when_ready=args.quit_when_ready,
    )


def _json_lines(args: argparse.Namespace) -> bool:
    from clerk_app import log

    return bool(getattr(args, "log_json", False)) or log.json_wanted()


def cmd_smoke(args: argparse.Namespace) -> int:
    """Headless self-check of an installed or frozen program (see :mod:`clerk_app.smoke`)."""
    from clerk_app.smoke import run_smoke

    return run_smoke(args)


def _common() -> Parser:
    """Options a sub-command also takes after its name (``clerk-app demo --data-dir D``)."""
    common = Parser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="数据目录")
    return common


COMMANDS = frozenset(
    {
        "db",
        "demo",
        "audit",
        "sweep",
        "central",
        "sync",
        "print-samples",
        "smoke",
        "display",
        "review-pad",
        "kiosk",
        "setup",
        "config",
        "wipe",
        "data-key",
    }
)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False`` gives only the application's own options (the
    plain ``clerk-app`` start: its sub-command parsers cost the first window ~8 ms)."""
    parser = Parser(prog="clerk-app", description="窗口办件台 Clerk Desk")
    parser.add_argument("--version", action="version", version=f"clerk-app {__version__}")
    parser.add_argument("--data-dir", help="数据目录（默认：系统用户数据目录）")
    parser.add_argument("--db-url", help="数据库地址（默认：数据目录中的内置数据库）")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    parser.add_argument("--demo", action="store_true", help="内置数据库为空时先载入演示数据")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--log-json", action="store_true", help="日志另以 JSON 行输出到标准错误（每条一行）"
    )
    # Test hook: quit (exit 0) as soon as the login is ready for a clerk.
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command")
    common = _common()

    db = sub.add_parser("db", help="数据库维护").add_subparsers(dest="db_command", required=True)
    up = db.add_parser("upgrade", parents=[common], help="建立或升级数据库结构")
    up.add_argument("--url", help="数据库地址（如 postgresql+psycopg://…）")
    up.set_defaults(func=cmd_db_upgrade)

    demo = sub.add_parser("demo", parents=[common], help="载入演示服务中心")
    demo.add_argument("--days", type=positive_int, default=21, help="生成多少天的历史数据")
    demo.add_argument("--reset", action="store_true", help="先清空已有的内置数据库")
    demo.add_argument(
        "--scale",
        choices=("days", "year"),
        default="days",
        help="days：通过业务服务生成若干天的历史；year：批量生成大型中心一整年的数据",
    )
    demo.add_argument(
        "--cases", type=positive_int, help="--scale year 时生成的办件数（默认 300000）"
    )
    demo.add_argument(
        "--year", type=positive_int, help="--scale year 时生成哪一年（默认：截至昨天的 12 个月）"
    )
    demo.set_defaults(func=cmd_demo)

    audit = sub.add_parser("audit", help="审计").add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser("verify", parents=[common], help="校验事件哈希链")
    verify.add_argument("--url", help="数据库地址")
    verify.add_argument(
        "--deep", action="store_true", help="把事件日志重放到临时数据库，逐行比对状态表"
    )
    verify.add_argument("--central", help="中心数据库地址（默认用本工作站的设置）")
    verify.add_argument("--workstation", help="本工作站代码（默认用本工作站的设置）")
    verify.set_defaults(func=cmd_audit_verify)

    sweep = sub.add_parser(
        "sweep", parents=[common], help="执行时限监察（超期、超时默认、视为受理）"
    )
    sweep.set_defaults(func=cmd_sweep)

    sub.add_parser(
        "central", help="中心数据库管理：central init --url URL、central add-workstation"
    )

    sync = sub.add_parser("sync", parents=[common], help="与中心数据库同步")
    sync.add_argument("--once", action="store_true", required=True, help="同步一次后退出")
    sync.add_argument("--local", help="本机数据库地址（默认：内置数据库）")
    sync.add_argument(
        "--central", help="中心数据库地址（默认：设置中的中心数据库与密钥环中的密码）"
    )
    sync.add_argument("--workstation", help="工作站编码（默认：本机设置）")
    sync.set_defaults(func=cmd_sync)

    setup = sub.add_parser("setup", help="事项目录和组织机构：导入、导出 Excel 工作簿")
    setup_sub = setup.add_subparsers(dest="setup_command", required=True)
    exp = setup_sub.add_parser("export", parents=[common], help="导出到工作簿（.xlsx）")
    exp.add_argument("file", help="工作簿文件")
    exp.set_defaults(func=cmd_setup)
    imp = setup_sub.add_parser("import", parents=[common], help="从工作簿导入（全部或全不）")
    imp.add_argument("file", help="工作簿文件")
    imp.add_argument("--check", action="store_true", help="只检查，列出每一行的错误，不导入")
    imp.set_defaults(func=cmd_setup)
    key = sub.add_parser("data-key", help="中心数据密钥（加密证件号码、电话）：new、set、show")
    key.add_argument("key_command", choices=["new", "set", "show"])
    key.add_argument("--replace", action="store_true", help="new：替换本机已有的数据密钥")
    key.set_defaults(func=cmd_data_key)

    samples = sub.add_parser("print-samples", parents=[common], help="用演示数据输出每种文书的样张")
    samples.add_argument("--out", required=True, help="输出目录")
    samples.set_defaults(func=cmd_print_samples)

    smoke = sub.add_parser(
        "smoke", parents=[common], help="无界面自检：数据库、文书打印、资源文件（安装包检查用）"
    )
    # Test hook: wait for a line on stdin after the database step (an upgrade meanwhile).
    smoke.add_argument("--pause", action="store_true", help=argparse.SUPPRESS)
    smoke.set_defaults(func=cmd_smoke, logs=False)

    display = sub.add_parser("display", parents=[common], help="大厅叫号显示屏（全屏，语音播报）")
    display.add_argument("--screen", type=int, help="显示在第几个屏幕（0 为第一个）")
    display.set_defaults(func=cmd_hall)
    pad = sub.add_parser("review-pad", parents=[common], help="窗口服务评价器（面向申请人的屏幕）")
    pad.add_argument("--window", help="本评价器所在窗口的编码（默认：设置中的 hall.pad_window）")
    pad.add_argument("--screen", type=int, help="显示在第几个屏幕（0 为第一个）")
    pad.set_defaults(func=cmd_hall)
    kiosk = sub.add_parser("kiosk", parents=[common], help="自助取号机（触摸屏，全屏）")
    kiosk.add_argument("--screen", type=int, help="显示在第几个屏幕（0 为第一个）")
    kiosk.set_defaults(func=cmd_hall)

    from clerk_app import admin

    admin.add_parsers(sub, common)
    return parser


#: The application's own options that take a value (``--data-dir central`` names a dir).
_VALUED = frozenset({"--data-dir", "--db-url", "--lang"})


def command_word(words: Sequence[str]) -> int | None:
    """Where the sub-command is in ``words`` (None: open the window): the first word that
    is not an option nor an option's value."""
    skip = False
    for at, word in enumerate(words):
        if skip:
            skip = False
        elif word in _VALUED:
            skip = True
        elif not word.startswith("-"):
            return at
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; a mistake (a bad URL, a missing or newer database, a broken
    settings file…) is one Chinese line on stderr and exit code 2, its detail in the log."""
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(words)
    except Exception as exc:
        line = explain(exc)
        if line is None:
            raise
        if logging.getLogger("clerk").hasHandlers():  # else the traceback would go to stderr
            if isinstance(exc, Refused | config.SettingsError):  # found before any work
                log.warning("command refused: %s", line)
            else:
                log.error("command refused: %s", line, exc_info=exc)
        print(f"clerk-app：{line}", file=sys.stderr)
        return 2


def _run(words: list[str]) -> int:
    at = command_word(words)
    if at is not None and words[at] == "central":  # its sub-commands live in clerk_app.sync.cli
        from clerk_app.sync.cli import main as sync_main

        return sync_main(words[at:])
    opens_the_window = at is None and not {"-h", "--help", "--version"}.intersection(words)
    parser = build_parser(commands=not opens_the_window)
    args = parser.parse_args(words)
    # The application and the hall modes open their log behind the first window; config,
    # wipe and smoke (which picks its scratch folder first) open none here.
    if args.func not in (cmd_gui, cmd_hall) and getattr(args, "logs", True):
        from clerk_app import log as clerk_log

        settings = _settings(args)
        clerk_log.setup(settings.log_dir, console=args.verbose, json_lines=_json_lines(args))
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

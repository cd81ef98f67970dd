"""``clerk-app smoke``: the headless self-check of an installed or frozen program."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from clerk_app import __version__, config
from clerk_app.cli import _json_lines, _settings


def run_smoke(args: argparse.Namespace) -> int:
    """Headless self-check of an installed or frozen program (no window): the embedded
    database is made and read through the services, a receipt is rendered, the package
    data is found. One JSON line on stdout; exit 1 with the failed step on stderr.
    Without ``--data-dir`` it works in a new scratch folder (removed afterwards), never
    in the PC's real data."""
    import tempfile

    if args.data_dir:
        return _smoke(args)
    with tempfile.TemporaryDirectory(prefix="clerk-smoke-") as scratch:
        args.data_dir = scratch
        try:
            return _smoke(args, scratch=True)
        finally:
            clerk = logging.getLogger("clerk")  # its log is closed before its folder goes
            for handler in list(clerk.handlers):
                clerk.removeHandler(handler)
                handler.close()


def _smoke(args: argparse.Namespace, *, scratch: bool = False) -> int:
    import json
    import time
    import traceback

    from clerk_app import log as clerk_log

    settings = _settings(args)
    clerk_log.setup(settings.log_dir, console=args.verbose, json_lines=_json_lines(args))

    started = time.perf_counter()
    report: dict[str, object] = {
        "check": "smoke",
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    steps: tuple[tuple[str, Callable[[config.Settings], dict[str, object]]], ...] = (
        ("数据库", _smoke_database),
        ("文书打印", _smoke_print),
        ("资源文件", _smoke_resources),
        ("工作日历与拼音", _smoke_calendar),
        ("中心数据库与密钥环模块", _smoke_modules),
    )
    for at, (label, step) in enumerate(steps):
        if at == 1 and args.pause:  # test hook: the rest imports its modules after a line
            print("smoke: paused", file=sys.stderr, flush=True)
            sys.stdin.readline()
        try:
            report.update(step(settings))
        except Exception as exc:
            logging.getLogger("clerk.app").exception("smoke check failed: %s", label)
            if scratch:  # the scratch folder and its log are about to go
                traceback.print_exc(file=sys.stderr)
            print(f"冒烟检查失败（{label}）：{type(exc).__name__}: {exc}", file=sys.stderr)
            report.update(ok=False, failed=label, error=f"{type(exc).__name__}: {exc}")
            print(json.dumps(report, ensure_ascii=False))
            return 1
    from clerk_app.updates import newer_installed

    newer = newer_installed()
    if newer is not None:
        report["installed_version"] = newer.version  # what now starts instead of this one
    report.update(ok=True, seconds=round(time.perf_counter() - started, 2))
    print(json.dumps(report, ensure_ascii=False))
    return 0


class SmokeFailure(Exception):
    """A smoke check found something wrong (the message says what, in Chinese)."""


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm file header


def _smoke_database(settings: config.Settings) -> dict[str, object]:
    from clerk_app.services import audit, board, catalogue
    from clerk_app.services.context import ServiceContext
    from clerk_app.services.events import load_appliers
    from clerk_app.store.db import open_database, shown_url
    from clerk_app.store.migrate import SCHEMA_HEAD, current_revision, ensure_schema, head_revision

    load_appliers()  # every services module the journal replays with
    url = settings.database_url
    db = open_database(url)
    try:
        ensure_schema(url, db.engine)
        current, head = current_revision(db.engine), head_revision()
        if not current == head == SCHEMA_HEAD:
            raise SmokeFailure(
                f"数据库结构版本为 {current}，迁移脚本为 {head}，程序需要 {SCHEMA_HEAD}"
            )
        ctx = ServiceContext(db=db, workstation=settings.workstation)
        center = catalogue.get_center(ctx)
        departments = catalogue.list_departments(ctx)
        windows = board.windows_board(ctx)
        journal = audit.verify(db)
        if not journal.ok:
            raise SmokeFailure(f"审计链有 {len(journal.problems)} 处问题")
    finally:
        db.dispose()
    return {
        "db": shown_url(url),
        "schema": current,
        "center": center.name if center else None,
        "departments": len(departments),
        "windows": len(windows),
        "journal_events": journal.events,
    }


def _smoke_print(_settings: config.Settings) -> dict[str, object]:
    import re
    from datetime import date

    from clerk_app.printing import render
    from clerk_app.printing.fonts import get_fonts
    from clerk_app.printing.samples import example_documents

    pdf = render(example_documents(date.today())["receipt"])
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-32:] or pages < 1:
        raise SmokeFailure(f"受理通知书没有生成有效的 PDF（{len(pdf)} 字节，{pages} 页）")
    fonts = get_fonts()
    return {
        "receipt_pdf_bytes": len(pdf),
        "receipt_pdf_pages": pages,
        "print_font": fonts.body,
        "print_font_embedded": fonts.embedded,
    }


def _smoke_resources(_settings: config.Settings) -> dict[str, object]:
    from importlib import resources

    from clerk_app.demo.catalogue import load_demo_catalogue

    root = resources.files("clerk_app.resources")
    found = []
    for lang in ("en", "zh_CN"):
        qm = root / "i18n" / f"clerk_{lang}.qm"
        if not Path(str(qm)).is_file() or not qm.read_bytes().startswith(_QM_MAGIC):
            raise SmokeFailure(f"找不到或无法读取界面翻译 {qm}")
        found.append(qm.name)
    if not (root / "styles" / "clerk.qss").read_text(encoding="utf-8").strip():
        raise SmokeFailure("界面样式表 clerk.qss 是空的")
    demo = load_demo_catalogue()
    return {
        "resources": str(root),
        "translations": found,
        "demo_departments": len(demo.departments),
        "demo_items": len(demo.items),
    }


def _smoke_calendar(_settings: config.Settings) -> dict[str, object]:
    from datetime import date

    from clerk_app.domain.calendar import WorkCalendar
    from clerk_app.services.catalogue import pinyin_initials

    cal = WorkCalendar()
    ruled = WorkCalendar.statutory_holidays(2030)  # past chinesecalendar: the holidays package
    if cal.is_workday(date(2026, 10, 1)) or "国庆节" not in ruled.get(date(2030, 10, 1), ""):
        raise SmokeFailure("工作日历不知道国庆节（chinesecalendar 或 holidays 缺数据）")
    initials = pinyin_initials("营业执照")
    if initials != "yyzz":
        raise SmokeFailure(f"拼音首字母错误：营业执照 → {initials!r}")
    return {"calendar": True, "pinyin": initials}


def _smoke_modules(_settings: config.Settings) -> dict[str, object]:
    import importlib

    from sqlalchemy import create_engine

    create_engine("postgresql+psycopg://smoke@127.0.0.1/smoke").dispose()  # loads the driver
    importlib.import_module("clerk_app.sync.settings")  # keyring
    backend = "Windows" if sys.platform == "win32" else "SecretService"
    importlib.import_module(f"keyring.backends.{backend}")
    return {"central_driver": "postgresql+psycopg", "keyring_backend": backend}

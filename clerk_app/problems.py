"""What stops a command or the start-up, said in one Chinese line (the full detail goes to
the log). The command line prints the line and exits 2; the application shows it in a
dialog. :func:`explain` answers None for what is not a known mistake (a bug)."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import NoReturn

SUPPORTED = ("sqlite", "postgresql")
URL_HINT = "应形如 sqlite:///路径 或 postgresql+psycopg://用户@主机:端口/数据库"


class Refused(Exception):
    """A mistake found before any work was done; the message is the line to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_url(url: str) -> str:
    """``url`` if this program can open such a database, else :class:`Refused`."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise Refused(f"数据库地址“{url}”无效：{URL_HINT}") from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise Refused(f"不支持 {backend} 数据库：只能使用 SQLite 或 PostgreSQL（{URL_HINT}）")
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        raise Refused(f"PostgreSQL 请用 psycopg 驱动：postgresql+psycopg://…（{URL_HINT}）")
    return url


def no_schema(url: str) -> Refused:
    """The refusal for a database that has no tables yet."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    where = f"数据目录 {Path(parsed.database or '.').parent}" if _is_sqlite(url) else "该数据库"
    return Refused(
        f"{where}中还没有数据库结构：请先运行 clerk-app demo（演示数据）或 clerk-app db upgrade"
    )


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def explain(exc: BaseException) -> str | None:
    """The one line for ``exc``, or None when it is not a known mistake."""
    from clerk_app.config import SettingsError
    from clerk_app.domain.errors import ClerkError
    from clerk_app.store.migrate import SchemaTooNew

    if isinstance(exc, Refused | SettingsError):
        return exc.message
    if isinstance(exc, ClerkError):
        return exc.message
    if isinstance(exc, SchemaTooNew):
        return (
            f"数据库结构版本 {exc.revision} 比本程序新：请安装与之相符的新版本 clerk-app，"
            "不要用旧版本打开"
        )
    if isinstance(exc, PermissionError):
        return f"没有权限写入 {exc.filename or '数据目录'}：请检查数据目录的权限或换一个数据目录"
    return _database_problem(exc)


def _database_problem(exc: BaseException) -> str | None:
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    if isinstance(exc, NoSuchModuleError):
        return f"不支持这种数据库地址：{URL_HINT}"
    if isinstance(exc, ArgumentError):
        return f"数据库地址无效：{URL_HINT}"
    if isinstance(exc, DBAPIError):
        orig: BaseException = exc.orig if exc.orig is not None else exc
    elif isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        orig = exc  # a driver's own error (the central administration talks psycopg)
    else:
        return None
    detail = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    lowered = detail.lower()
    if isinstance(orig, sqlite3.DatabaseError):
        if "not a database" in lowered or "malformed" in lowered:
            return "数据库文件已损坏或不是本程序的数据库：请从备份恢复，或换一个数据目录"
        if "readonly" in lowered or "unable to open" in lowered:
            return "无法写入数据库文件：数据目录只读或没有权限，请检查权限或换一个数据目录"
    if "does not exist" in lowered and "database" in lowered:
        return f"PostgreSQL 数据库不存在（{detail}）：请先建库，或检查地址中的库名"
    if "role" in lowered and "does not exist" in lowered:
        return f"数据库角色不存在（{detail}）：请先运行 clerk-app central init 或检查用户名"
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return "无法连接数据库服务器（连接被拒绝或超时）：请检查主机、端口以及服务器是否在运行"
    if "password authentication failed" in lowered or "authentication" in lowered:
        return "数据库拒绝了登录：请检查用户名和密码"
    return f"数据库出错：{detail}"


class Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line on stderr (exit code 2), not a usage
    block: the line says what is wrong and where the help is."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}：命令行有误：{message}（用 {self.prog} --help 查看用法）\n")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"应是正整数，而不是 {value}")
    return value

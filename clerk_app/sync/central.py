"""Opening the central database and turning driver failures into clear, typed errors."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError

from clerk_app.store.db import Database, open_database
from clerk_app.store.migrate import SCHEMA_HEAD, current_revision, head_revision
from clerk_app.sync.bounds import NO_ANSWER, LinkBounds, attach_watchdog, was_cut
from clerk_app.sync.errors import (
    CentralAuthFailed,
    CentralSchemaMismatch,
    CentralUnreachable,
    LocalStoreFull,
    SyncError,
)

log = logging.getLogger("clerk.sync")

_AUTH_STATES = {"28P01", "28000"}  # invalid_password, invalid_authorization_specification
_TIMEOUT_STATES = {"57014", "55P03"}  # statement_timeout / lock_timeout hit on the server
_SCHEMA_STATES = {"42P01", "42883", "42703", "3F000"}  # no such table/function/column/schema


def open_central(
    url: str, *, bounds: LinkBounds | None = None, sync: bool = True, **kwargs: Any
) -> Database:
    """A central database handle; nothing is connected until first use.

    Every session is bounded (connect timeout, TCP keepalives, statement and lock timeouts)
    and a watchdog discards a connection whose statement outlives its deadline. ``sync``
    picks the sync worker's bounds (long batches) rather than a counter's (short calls).
    """
    bounds = bounds or LinkBounds()
    connect_args = bounds.connect_args(sync=sync) | kwargs.pop("connect_args", {})
    kwargs.setdefault("pool_size", 2)
    kwargs.setdefault("pool_pre_ping", False)  # the watchdog pings, within its deadline
    db = open_database(url, connect_args=connect_args, **kwargs)
    attach_watchdog(db.engine, bounds.statement_deadline(sync=sync))
    return db


def check_central(central: Database) -> None:
    """Raise a typed error unless the central database answers with our schema version."""
    with translate_errors():
        found = current_revision(central.engine)
    if found == SCHEMA_HEAD:  # the usual answer, without importing Alembic
        return
    wanted = head_revision()
    if found != wanted:
        raise CentralSchemaMismatch(
            f"中心数据库结构版本为 {found or '（未初始化）'}，本程序需要 {wanted}。"
            "请管理员先用 clerk-app central init 升级中心数据库，或安装相同版本的程序"
        )


def classify(exc: BaseException) -> SyncError | None:
    """The typed error for a driver failure, or None if it is not one we know."""
    if isinstance(exc, SyncError):
        return exc
    if _disk_full(exc):
        return LocalStoreFull("本机磁盘空间不足，数据没有写入。请清理磁盘后重试，已有数据完好")
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    if was_cut():
        return CentralUnreachable(NO_ANSWER)
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in _AUTH_STATES:
        return CentralAuthFailed("中心数据库拒绝登录：用户名或密码不正确，请在“连接设置”中核对")
    if sqlstate in _TIMEOUT_STATES:
        return CentralUnreachable(NO_ANSWER)
    if sqlstate in _SCHEMA_STATES:
        return CentralSchemaMismatch(
            "中心数据库结构与本程序不符（缺少表或函数），本窗口离线办理。"
            "请管理员用 clerk-app central init 升级中心数据库"
        )
    if sqlstate is None and "FATAL" in str(orig):
        return _refused_at_connect(str(orig))
    if sqlstate is not None and sqlstate.startswith("40"):
        return None  # serialization failure or deadlock: a retry, not an outage
    if sqlstate == "3D000":
        return CentralUnreachable("中心数据库不存在，请核对数据库名称")
    if sqlstate == "42501":
        return CentralAuthFailed("中心数据库拒绝了本工作站的操作（权限不足），请联系管理员")
    if (
        isinstance(exc, OperationalError)
        or sqlstate is None
        or sqlstate.startswith("08")
        or sqlstate in {"57P01", "57P02", "57P03"}
    ):
        return CentralUnreachable("无法连接中心数据库，本窗口继续离线办理，恢复后自动同步")
    return None


def _disk_full(exc: BaseException) -> bool:
    """SQLITE_FULL anywhere in the chain (SQLite may roll back the whole transaction on
    it, so what surfaces can be a later "no such savepoint")."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        orig = seen.orig if isinstance(seen, DBAPIError) else seen
        if isinstance(orig, sqlite3.Error) and (
            getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
            or "disk is full" in str(orig)
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _refused_at_connect(message: str) -> SyncError:
    """The server answered but refused the connection (libpq gives no SQLSTATE here). The
    server's own (English) words go to the log; the message is Chinese."""
    detail = message.split("FATAL:", 1)[-1].strip()
    log.warning("central refused the connection: %s", detail)
    if "starting up" in message or "shutting down" in message or "recovery" in message:
        return CentralUnreachable("中心数据库正在启动或关闭，本窗口继续离线办理，恢复后自动同步")
    if 'database "' in message and "does not exist" in message:
        return CentralUnreachable("中心数据库不存在，请核对数据库名称")
    if "not permitted to log in" in message:
        return CentralAuthFailed(
            "中心数据库拒绝登录：本工作站的登录已被停用，本窗口离线办理。请管理员在中心数据库启用"
        )
    if "role" in message and "does not exist" in message:
        return CentralAuthFailed(
            "中心数据库拒绝登录：没有这个登录名，本窗口离线办理。"
            "请管理员用 central add-workstation 建立"
        )
    if "pg_hba.conf" in message:
        return CentralAuthFailed("中心数据库拒绝登录：本机未获准连接，本窗口离线办理。请联系管理员")
    if "too many" in message and "connections" in message:
        return CentralUnreachable("中心数据库连接已满，本窗口继续离线办理，稍后自动重试")
    return CentralAuthFailed(
        "中心数据库拒绝登录：用户名或密码不正确，或本机未获准连接，本窗口离线办理。"
        "请在“连接设置”中核对"
    )


@contextmanager
def translate_errors() -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        typed = classify(exc)
        if typed is None:
            raise
        raise typed from exc
    except (DisconnectionError, SATimeoutError) as exc:  # no connection to be had in time
        was_cut()
        raise CentralUnreachable(NO_ANSWER) from exc

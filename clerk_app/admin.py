"""The IT officer's commands: ``clerk-app config show|set|set-central-password`` and
``clerk-app wipe``. Mistakes are :class:`~clerk_app.problems.Refused` (one Chinese line,
exit code 2); nothing is half-written (files are replaced whole)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import shutil
import sys
from pathlib import Path

from clerk_app import config
from clerk_app.problems import Refused, check_url

#: ``config set`` keys: the machine configuration's, plus the central database's parts.
CENTRAL_KEYS = ("host", "port", "database", "user")
SETTABLE = (
    *config.MACHINE_FIXED,
    *config.MACHINE_DEFAULTS,
    *(f"central.{k}" for k in CENTRAL_KEYS),
)


def machine_file() -> Path:
    return config.machine_config_dir() / config.MACHINE_FILE


def cmd_config_show(args: argparse.Namespace) -> int:
    settings = config.load(Path(args.data_dir) if args.data_dir else None)
    machine = config.load_machine()
    print(f"本机配置文件: {machine_file()}" + ("" if machine else "（不存在）"))
    print(f"数据目录: {settings.data_dir}" + ("（本机共用）" if settings.shared else "（本账户）"))
    rows: list[tuple[str, object]] = [
        ("workstation", settings.workstation),
        ("lang", settings.lang),
        ("idle_lock_minutes", settings.idle_lock_minutes),
        ("db_url", settings.db_url or "（数据目录中的内置数据库）"),
        ("group", settings.group or "（无：本账户独用）"),
    ]
    rows += [(f"central.{k}", settings.central.get(k, "")) for k in CENTRAL_KEYS]
    for key, value in rows:
        top = key.split(".")[0]
        source = "本机配置" if top in settings.machine_fixed or key in machine else "本账户/默认"
        print(f"  {key} = {value}    [{source}]")
    print(f"中心数据库密码: {_password_state(settings)}")
    print(f"数据密钥: {_data_key_state()}")
    return 0


def _data_key_state() -> str:
    from clerk_app.sync.datakey import MACHINE, find_ring, load_machine_ring
    from clerk_app.sync.errors import CredentialsUnavailable

    try:
        load_machine_ring()
    except CredentialsUnavailable as exc:
        return exc.message
    found = find_ring()
    if found is None:
        return "没有（不能保存身份证号和电话号码）：sudo clerk-app data-key set --machine"
    where = (
        f"本机受保护的存储（{MACHINE.path()}）"
        if found.where == "machine"
        else "本账户的系统密钥环"
    )
    return f"{len(found.ring.keys)} 把，当前指纹 {found.ring.current.fingerprint}，在{where}"


def _password_state(settings: config.Settings) -> str:
    if not settings.central.get("host"):
        return "未设置中心数据库"
    from clerk_app.sync import machine_secret
    from clerk_app.sync.errors import CredentialsUnavailable
    from clerk_app.sync.settings import CentralSettings

    central = CentralSettings.from_dict(dict(settings.central))
    path = machine_secret.secret_path()
    try:
        if machine_secret.load(central.keyring_user) is not None:
            return f"已保存在本机受保护的存储中（{path}）"
    except CredentialsUnavailable as exc:
        return exc.message
    return "本机存储中没有；若有，则在本账户的系统密钥环中"


def cmd_config_set(args: argparse.Namespace) -> int:
    key, value = args.key, args.value
    if key not in SETTABLE:
        raise Refused(f"不能设置“{key}”：可设置的项为 {', '.join(SETTABLE)}")
    machine = dict(config.load_machine())
    if key == "central" and value:  # the installers' form: user@host:port/database
        machine["central"] = parse_central(value)
    elif key.startswith("central."):
        part = key.split(".", 1)[1]
        central = dict(machine.get("central") or {})  # type: ignore[call-overload]
        if value == "":
            central.pop(part, None)
        else:
            central[part] = _checked(key, value)
        if central:
            machine["central"] = central
        else:
            machine.pop("central", None)
    elif value == "":
        machine.pop(key, None)
    else:
        machine[key] = _checked(key, value)
    if key == "data_dir" and value:
        _make_shared_dir(Path(value), str(machine.get("group") or config.APP_NAME))
        machine.setdefault("group", config.APP_NAME)
    write_machine(machine)
    shown = "（已删除）" if value == "" else value
    print(f"已写入本机配置 {machine_file()}：{key} = {shown}")
    return 0


def parse_central(value: str) -> dict[str, object]:
    """``user@host:port/database`` (user, port and database optional) as the settings'
    ``central`` object; never a password (``user:password@`` is refused)."""
    from urllib.parse import urlsplit

    parts = urlsplit(f"//{value}")
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.password is not None:
        raise Refused("中心数据库地址中不能写密码：请用 clerk-app config set-central-password")
    if not parts.hostname or port == -1 or parts.path.count("/") > 1:
        raise Refused(
            f"中心数据库“{value}”应形如 用户@主机:端口/数据库（用户、端口、数据库可省略）"
        )
    central: dict[str, object] = {"host": parts.hostname}
    if port is not None:
        central["port"] = port
    if parts.path.strip("/"):
        central["database"] = parts.path.strip("/")
    if parts.username:
        central["user"] = parts.username
    return central


def _checked(key: str, value: str) -> object:
    if key in ("idle_lock_minutes", "central.port"):
        try:
            number = int(value)
        except ValueError:
            raise Refused(f"{key} 应是整数，而不是“{value}”") from None
        if number < 1 or (key == "central.port" and number > 65535):
            raise Refused(f"{key} 的值 {number} 超出范围")
        return number
    if key == "lang" and value not in ("zh_CN", "en"):
        raise Refused(f"lang 只能是 zh_CN 或 en，而不是“{value}”")
    if key == "workstation" and (
        len(value) > 32 or not all(c.isalnum() or c in "-_" for c in value)
    ):
        raise Refused(f"工作站编码“{value}”只能由字母、数字、- 和 _ 组成（至多 32 个字符）")
    if key == "data_dir" and not Path(value).is_absolute():
        raise Refused(f"data_dir 应是绝对路径，而不是“{value}”")
    if key == "db_url":
        check_url(value)
    if key == "group" and os.name == "posix":
        import grp

        try:
            grp.getgrnam(value)
        except KeyError:
            raise Refused(f"系统中没有用户组 {value}：请先建立（groupadd {value}）") from None
    return value


def _make_shared_dir(path: Path, group: str) -> None:
    """The machine-wide data dir: root:group, 2770 (POSIX, run as root); elsewhere it is
    made on first use."""
    if os.name != "posix" or os.geteuid() != 0:
        return
    import grp

    try:
        gid = grp.getgrnam(group).gr_gid
    except KeyError:
        raise Refused(
            f"系统中没有用户组 {group}：请先安装软件包（它会建立该组）或 groupadd {group}"
        ) from None
    path.mkdir(parents=True, exist_ok=True)
    os.chown(path, 0, gid)
    path.chmod(0o2770)


def write_machine(machine: dict[str, object]) -> None:
    """Replace the machine configuration whole (0644: no secrets in it; root writes it)."""
    path = machine_file()
    text = json.dumps(machine, ensure_ascii=False, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.chmod(0o644)
        os.replace(tmp, path)
    except PermissionError:
        raise Refused(
            f"没有权限写入本机配置 {path}：请以管理员身份运行（sudo clerk-app config …）"
        ) from None


def cmd_config_password(args: argparse.Namespace) -> int:
    from clerk_app.sync import machine_secret
    from clerk_app.sync.errors import CredentialsUnavailable
    from clerk_app.sync.settings import CentralSettings, store_password

    settings = config.load(Path(args.data_dir) if args.data_dir else None)
    if not settings.central.get("host"):
        raise Refused("还没有设置中心数据库：先运行 clerk-app config set central.host 主机名 等")
    central = CentralSettings.from_dict(dict(settings.central))
    password = _read_password()
    try:
        if args.keyring:
            store_password(central, password)
            print(f"已把 {central.keyring_user} 的密码存入本账户的系统密钥环")
        else:
            path = machine_secret.store(central.keyring_user, password, settings.group)
            print(f"已把 {central.keyring_user} 的密码存入本机受保护的存储 {path}")
    except CredentialsUnavailable as exc:
        raise Refused(exc.message) from None
    return 0


def _read_password() -> str:
    """From the terminal (asked twice, not echoed), or the first line of standard input
    (scripts); never from the command line, where other accounts could see it."""
    if sys.stdin.isatty():
        first = getpass.getpass("中心数据库密码: ")
        if getpass.getpass("再输入一次: ") != first:
            raise Refused("两次输入的密码不一致，未保存")
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    if not first:
        raise Refused("密码为空，未保存（从标准输入读取第一行，或在终端中输入）")
    return first


def cmd_wipe(args: argparse.Namespace) -> int:
    """Remove this PC's data (database, settings, logs, archived documents) and, with
    ``--machine``, its configuration and stored password: a PC being retired."""
    settings = config.load(Path(args.data_dir) if args.data_dir else None)
    if (settings.shared or args.machine) and os.name == "posix" and os.geteuid() != 0:
        raise Refused("删除整台电脑的数据或本机配置需要管理员权限：请用 sudo clerk-app wipe")
    targets = [settings.data_dir] if settings.data_dir.exists() else []
    if args.machine:
        from clerk_app.sync import machine_secret
        from clerk_app.sync.datakey import MACHINE as machine_keys

        stored = (machine_file(), machine_secret.secret_path(), machine_keys.path())
        targets += [p for p in stored if p.exists()]
    if not targets:
        print("没有可删除的数据")
        return 0
    print("将永久删除：")
    for path in targets:
        print(f"  {path}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise Refused("删除前需要确认：在终端中运行并输入 删除，或加 --yes")
        if input("确认删除请输入“删除”：").strip() != "删除":
            print("已取消，未删除任何文件")
            return 1
    for path in targets:
        if path.is_dir():
            _empty(path)
        else:
            path.unlink()
    print("已删除。本程序的中心数据库中的记录不受影响；请按 docs/install.md 卸载软件包")
    return 0


def _empty(folder: Path) -> None:
    """Remove ``folder`` and everything in it; a folder this account cannot remove (the
    machine's, owned by root) is left empty."""
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    cfg = sub.add_parser("config", help="本机配置（工作站编码、中心数据库、共用数据目录）")
    cfg_sub = cfg.add_subparsers(dest="config_command", required=True)
    show = cfg_sub.add_parser("show", parents=[common], help="显示生效的设置及其来源")
    show.set_defaults(func=cmd_config_show, logs=False)
    put = cfg_sub.add_parser("set", parents=[common], help="写入本机配置：config set 项 值")
    put.add_argument("key", help=f"项：{', '.join(SETTABLE)}")
    put.add_argument("value", help="值（空字符串 '' 删除该项）")
    put.set_defaults(func=cmd_config_set, logs=False)
    pw = cfg_sub.add_parser(
        "set-central-password",
        parents=[common],
        help="保存中心数据库密码（本机受保护的存储；从终端或标准输入读取）",
    )
    pw.add_argument("--keyring", action="store_true", help="改存入本账户的系统密钥环")
    pw.set_defaults(func=cmd_config_password, logs=False)

    wipe = sub.add_parser("wipe", parents=[common], help="删除本机的数据（电脑停用时）")
    wipe.add_argument("--yes", action="store_true", help="不再询问")
    wipe.add_argument(
        "--machine", action="store_true", help="同时删除本机配置、保存的密码和数据密钥"
    )
    wipe.set_defaults(func=cmd_wipe, logs=False)

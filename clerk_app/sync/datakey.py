"""Where a workstation keeps the centre's data keys (see ``clerk_app.store.sealed``).

A workstation holds a key ring: the current key (it seals) and the retired ones (they
still open what they sealed). It is looked for, in this order:

1. the **machine store** (:mod:`clerk_app.sync.machine_store`): ``/etc/clerk-desk/data-key``
   (root:clerk-desk 0640, checked before every read) or DPAPI in machine scope on
   Windows. One PC has one workstation identity and one journal shared by every OS
   account, so its key belongs to the machine: ``sudo clerk-app data-key set --machine``;
2. the OS account's **keyring**, service ``clerk-desk/data-key`` (``clerk-app data-key
   set``): a PC used by one OS account, or a standalone workstation that made its own key.

The ring is written as the keys' text forms, current first, separated by spaces (a
single key, as earlier versions stored it, is a ring of one). Never in a database, a
settings file or a log. Without a key nothing personal is written
(:class:`~clerk_app.services.errors.NoDataKey`): there is no plaintext fallback.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

import keyring
import keyring.errors

from clerk_app.store.db import Database
from clerk_app.store.sealed import DataKey, KeyRing, current_ring, install_key, reseal
from clerk_app.sync.errors import CredentialsUnavailable
from clerk_app.sync.machine_store import MachineStore
from clerk_app.sync.settings import keyring_missing

log = logging.getLogger("clerk.sync")

KEY_SERVICE = "clerk-desk/data-key"
KEY_USER = "centre"
MACHINE = MachineStore(
    name="data-key",
    what="数据密钥",
    command="clerk-app data-key set --machine",
    entropy=b"clerk-desk/data-key",
    description="Clerk Desk data keys",
)


@dataclass(frozen=True)
class FoundRing:
    ring: KeyRing
    where: str  # "machine" or "keyring"


def parse_ring(text: str) -> KeyRing:
    """A ring from its stored form (``ValueError`` when it is not one)."""
    return KeyRing.from_texts(text.split())


def load_machine_ring() -> KeyRing | None:
    """The ring in the machine store, None when there is none. An unsafe file (owner,
    mode) or a damaged one raises :class:`CredentialsUnavailable`: never used."""
    raw = MACHINE.read()
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        return KeyRing.from_texts([str(t) for t in data["keys"]])
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise CredentialsUnavailable(
            f"本机的数据密钥文件 {MACHINE.path()} 已损坏：请用 sudo clerk-app data-key set "
            "--machine 重新设置"
        ) from exc


def load_keyring_ring() -> KeyRing | None:
    """The ring in this OS account's keyring, or None (no keyring, none stored, locked)."""
    if keyring_missing():
        return None
    try:
        text = keyring.get_password(KEY_SERVICE, KEY_USER)
    except keyring.errors.KeyringError as exc:
        log.warning("data key unavailable: %s", type(exc).__name__)
        return None
    if not text:
        return None
    try:
        return parse_ring(text)
    except ValueError:
        log.error("the keyring holds a malformed data key; not used")
        return None


def find_ring() -> FoundRing | None:
    """This workstation's ring: the machine store's first, then the keyring's. A machine
    store that cannot be used is logged and skipped (the shell then says there is no key)."""
    try:
        machine = load_machine_ring()
    except CredentialsUnavailable as exc:
        log.error("machine data key refused: %s", exc.message)
        machine = None
    if machine is not None:
        return FoundRing(machine, "machine")
    own = load_keyring_ring()
    return None if own is None else FoundRing(own, "keyring")


def load_data_key() -> DataKey | None:
    """The key this workstation seals with, or None."""
    found = find_ring()
    return None if found is None else found.ring.current


def save_ring(ring: KeyRing, *, machine: bool, group: str = "") -> str:
    """Put ``ring`` into the machine store (``machine``) or this account's keyring; where."""
    if machine:
        payload = json.dumps({"keys": ring.texts()}).encode("utf-8")
        return str(MACHINE.write(payload, group))
    if keyring_missing():
        raise CredentialsUnavailable(
            "本机没有可用的系统密钥环（钥匙串），无法安全保存数据密钥。"
            "请用 sudo clerk-app data-key set --machine 存入本机受保护的存储"
        )
    try:
        keyring.set_password(KEY_SERVICE, KEY_USER, " ".join(ring.texts()))
    except keyring.errors.KeyringError as exc:
        raise CredentialsUnavailable(f"无法把数据密钥存入系统密钥环：{type(exc).__name__}") from exc
    return "本账户的系统密钥环"


def held_ring(*, machine: bool) -> KeyRing | None:
    """The ring already in the store ``add_key`` would write to."""
    return load_machine_ring() if machine else load_keyring_ring()


def add_key(key: DataKey, *, machine: bool, standby: bool = False, group: str = "") -> KeyRing:
    """Add ``key`` to the ring of the machine store or of the keyring, every key already
    there kept: as the current key, or (``standby``) only to read with. A key already in
    the ring and set again without ``standby`` becomes the current one."""
    held = held_ring(machine=machine)
    if held is None:
        ring = KeyRing([key])
    elif standby:
        ring = held.with_standby(key)
    else:
        ring = held.with_current(key)
    save_ring(ring, machine=machine, group=group)
    return ring


def store_data_key(text: str) -> DataKey:
    """Check ``text`` is a data key and add it to this account's keyring as the current key."""
    key = DataKey.from_text(text)
    add_key(key, machine=False)
    return key


def new_data_key() -> tuple[DataKey, str]:
    """A new key, the current one of this account's keyring; its text for the centre's safe."""
    key, text = DataKey.generate()
    store_data_key(text)
    return key, text


def start_with_data_key(
    db: Database, *, standalone: bool, fallback: Callable[[], KeyRing | None] | None = None
) -> DataKey | None:
    """Install this workstation's ring for the process and re-seal, in one transaction,
    what is in clear or sealed with a retired key. The ring: the machine store's, else the
    keyring's, else ``fallback`` (the demo's own key, for the demo's data only), else a
    new one in the keyring for a standalone workstation that has a keyring. Without any,
    the process runs without: nothing personal can be saved and the shell says so."""
    found = find_ring()
    ring = None if found is None else found.ring
    if ring is None and fallback is not None:
        ring = fallback()
    if ring is None and standalone and not keyring_missing():
        try:
            key, _text = new_data_key()
            ring = KeyRing([key])
            log.info("made this standalone workstation's data key (%s)", key.fingerprint)
        except CredentialsUnavailable:
            ring = None
    install_key(ring)
    if ring is None:
        log.warning("no data key: personal data cannot be saved on this workstation")
        return None
    with db.sessions.begin() as s:
        report = reseal(s)
    if report.rows:
        log.info("re-sealed personal data of %d rows with the current data key", report.rows)
    if report.unreadable:
        log.warning("%d sealed values open with no key of this workstation", report.unreadable)
    ring = current_ring()
    return None if ring is None else ring.current

"""The demo's own data key: fictional data on a machine that has no other key.

``clerk-app --demo`` must work on a fresh machine without a keyring daemon (a headless
test PC, a VM), where neither the machine store nor a keyring holds a key, and the
product never writes an ID number in clear. So the demo keeps a key of its own in its
data dir, ``demo-data-key.json``, marked ``demo_only`` and naming the demo centre it was
made for. It is used only when (1) no real key exists (machine store, keyring) and (2)
the database in that data dir is the demo centre named in the file; a data dir holding
any other centre never uses it (the program then runs without a key and says so). A key
next to the data it protects protects nothing: it is good for fictional data only, which
is all the demo holds.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy import select

from clerk_app.files import write_atomic
from clerk_app.store.db import Database
from clerk_app.store.models import Center
from clerk_app.store.sealed import DataKey, KeyRing

DEMO_KEY_FILE = "demo-data-key.json"
log = logging.getLogger("clerk.app")


def demo_key_path(data_dir: Path) -> Path:
    return data_dir / DEMO_KEY_FILE


def make_demo_key(data_dir: Path, *, centre_code: str, centre_name: str) -> KeyRing:
    """A new demo key for the demo centre about to be built in ``data_dir`` (any earlier
    one is replaced: its data went with ``--reset``)."""
    key, text = DataKey.generate()
    record = {
        "demo_only": True,
        "note": "Demo data key: fictional demo data only; never used for a real centre.",
        "centre_code": centre_code,
        "centre_name": centre_name,
        "key": text,
    }
    write_atomic(demo_key_path(data_dir), json.dumps(record, ensure_ascii=False).encode("utf-8"))
    log.info("made the demo's own data key (%s), for its fictional data only", key.fingerprint)
    return KeyRing([key])


def demo_ring_for(data_dir: Path, db: Database) -> KeyRing | None:
    """The demo key of ``data_dir`` when the database is the demo centre it was made for;
    None otherwise (no file, not a demo file, or another centre's database)."""
    path = demo_key_path(data_dir)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(record, dict) or record.get("demo_only") is not True:
            raise ValueError("not a demo key file")
        ring = KeyRing([DataKey.from_text(str(record["key"]))])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError) as exc:
        log.warning("demo data key file %s not used: %s", path, type(exc).__name__)
        return None
    with db.read_sessions() as s:
        centre = s.execute(select(Center.code, Center.name).limit(1)).first()
    if centre is None or (centre.code, centre.name) != (
        record.get("centre_code"),
        record.get("centre_name"),
    ):
        log.warning("demo data key not used: this database is not the demo centre")
        return None
    log.info("using the demo's own data key (fictional demo data only)")
    return ring

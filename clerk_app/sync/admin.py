"""Setting up the central database: schema, an owner role and least-privilege workstations.

``init_central`` is idempotent: run it again after installing a new version to apply new
migrations and re-grant privileges on new tables. Workstations never own anything and
write no table at all: they read (every table but the staff password hashes) and change
the central only by executing the owner's functions (:data:`WORKSTATION_FUNCTIONS`:
pushing events through the door, numbering, claiming and releasing for their own
windows, recording their pull cursor). The owner's applier (``central serve``) decides on
every pushed event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from clerk_app.domain.errors import InvalidInput
from clerk_app.store.migrate import upgrade
from clerk_app.sync.central import translate_errors

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: What a workstation login may execute; nothing else can change the central for it.
WORKSTATION_FUNCTIONS = (
    "clerk_push(jsonb)",
    "clerk_issue_number(text, date, integer)",
    "clerk_claim_next(text, text[], date, timestamp, integer, text[])",
    "clerk_release(text, text)",
    "clerk_record_cursor(bigint)",
)
# Columns a workstation may not read.
_SECRET_COLUMNS = {"staff": ("password_hash",)}
# Database-level settings in which the centre remembers the roles init set up.
ROLE_SETTING = "clerk.workstation_role"
OWNER_SETTING = "clerk.owner_role"


@dataclass(frozen=True)
class CentralRoles:
    owner: str = "clerk_owner"
    workstation: str = "clerk_workstation"

    def __post_init__(self) -> None:
        for name in (self.owner, self.workstation):
            _check_role(name)

    def login_for(self, code: str) -> str:
        name = f"{self.workstation}_{re.sub(r'[^a-z0-9]+', '_', code.lower())}"[:63]
        return _check_role(name)


def init_central(
    admin_url: str, *, roles: CentralRoles | None = None, owner_password: str | None = None
) -> None:
    """Create the roles, hand the database to the owner, migrate, then grant."""
    roles = roles or CentralRoles()
    with _connect(admin_url) as conn:
        db_name = conn.info.dbname
        if not _role_exists(conn, roles.owner):
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(roles.owner)))
        if owner_password is not None:
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(roles.owner), sql.Literal(owner_password)
                )
            )
        if not _role_exists(conn, roles.workstation):
            conn.execute(
                sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(roles.workstation))
            )
        conn.execute(
            sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                sql.Identifier(db_name), sql.Identifier(roles.owner)
            )
        )
        conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(roles.owner)))
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        conn.execute(
            sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(db_name))
        )
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(db_name), sql.Identifier(roles.workstation)
            )
        )
        # The centre remembers its roles: add-workstation needs no --workstation-role again.
        for setting, role in ((ROLE_SETTING, roles.workstation), (OWNER_SETTING, roles.owner)):
            conn.execute(
                sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                    sql.Identifier(db_name), sql.Identifier(*setting.split(".")), sql.Literal(role)
                )
            )
    owner_url = make_url(admin_url).set(username=roles.owner, password=owner_password)
    with translate_errors():
        upgrade(owner_url.render_as_string(hide_password=False))
    with _connect(owner_url.render_as_string(hide_password=False)) as conn:
        _grant(conn, roles)


def add_workstation(
    admin_url: str,
    code: str,
    *,
    password: str | None = None,
    roles: CentralRoles | None = None,
    windows: Sequence[str] | None = None,
) -> str:
    """A login for one workstation; returns the role name to put in its settings. Without
    ``roles``, the roles ``init_central`` set up for this database are used. ``windows``
    (window codes) are the windows it serves, replacing any given before; a workstation
    acts only on its own windows (None: leave them as they are)."""
    with _connect(admin_url) as conn:
        roles = roles or remembered_roles(conn)
        login = roles.login_for(code)
        if not _role_exists(conn, login):
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                    sql.Identifier(login), sql.Identifier(roles.workstation)
                )
            )
        if password is not None:
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(login), sql.Literal(password)
                )
            )
        conn.execute(
            "INSERT INTO central_workstation (code, role_name, created_at) VALUES (%s, %s, %s) "
            "ON CONFLICT (code) DO UPDATE SET role_name = EXCLUDED.role_name",
            (code, login, datetime.now(UTC).replace(tzinfo=None)),
        )
        if windows is not None:
            conn.execute("DELETE FROM workstation_window WHERE workstation = %s", (code,))
            for window in dict.fromkeys(w.strip() for w in windows if w.strip()):
                conn.execute(
                    "INSERT INTO workstation_window (workstation, window_code) VALUES (%s, %s)",
                    (code, window),
                )
    return login


def remembered_roles(conn: psycopg.Connection[tuple[object, ...]]) -> CentralRoles:
    """The roles ``init_central`` set up for the connected database (defaults if none)."""
    found = {
        key: conn.execute("SELECT current_setting(%s, true)", (setting,)).fetchone()
        for key, setting in (("workstation", ROLE_SETTING), ("owner", OWNER_SETTING))
    }
    names = {key: str(row[0]) for key, row in found.items() if row is not None and row[0]}
    return CentralRoles(**names)


def drop_roles(admin_url: str, roles: CentralRoles, workstation_codes: list[str]) -> None:
    """Remove the roles again (after the database was dropped); for tests and teardown."""
    with _connect(admin_url) as conn:
        for name in [roles.login_for(c) for c in workstation_codes] + [
            roles.workstation,
            roles.owner,
        ]:
            if _role_exists(conn, name):
                conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def _grant(conn: psycopg.Connection[tuple[object, ...]], roles: CentralRoles) -> None:
    """Reading, and the owner's functions: nothing else (also undoes older, wider grants)."""
    ws = sql.Identifier(roles.workstation)
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ws))
    conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(ws))
    conn.execute(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(ws))
    conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(ws))
    for table, secret in _SECRET_COLUMNS.items():
        columns = [
            str(row[0])
            for row in conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
                (table,),
            )
            if row[0] not in secret
        ]
        conn.execute(sql.SQL("REVOKE SELECT ON {} FROM {}").format(sql.Identifier(table), ws))
        conn.execute(
            sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(
                sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(table), ws
            )
        )
    for signature in WORKSTATION_FUNCTIONS:
        conn.execute(sql.SQL(f"GRANT EXECUTE ON FUNCTION {signature} TO {{}}").format(ws))
    conn.execute("ALTER TABLE event ENABLE ROW LEVEL SECURITY")
    conn.execute("DROP POLICY IF EXISTS event_read ON event")
    conn.execute("DROP POLICY IF EXISTS event_own_name ON event")  # inserts: clerk_push only
    conn.execute(
        sql.SQL("CREATE POLICY event_read ON event FOR SELECT TO {} USING (true)").format(ws)
    )


def _connect(url: str) -> psycopg.Connection[tuple[object, ...]]:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with translate_errors():
        try:
            return psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            from sqlalchemy.exc import OperationalError

            raise OperationalError("connect", None, exc) from exc


def _role_exists(conn: psycopg.Connection[tuple[object, ...]], name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


def _check_role(name: str) -> str:
    if not _ROLE.match(name):
        raise InvalidInput(f"数据库角色名“{name}”只能用小写字母、数字和下划线")
    return name

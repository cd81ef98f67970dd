"""Setting up the central database: schema, an owner role and least-privilege workstations.

``init_central`` is idempotent: run it again after installing a new version to apply new
migrations and re-grant privileges on new tables. Workstations never own anything: they
read everything, write state tables, may only *insert* events (never update or delete
them), and row-level security lets a login insert events only in its own workstation's
name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from clerk_app.domain.errors import InvalidInput
from clerk_app.store.migrate import upgrade
from clerk_app.sync.central import translate_errors

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Written only by the administrator's tools, never by a workstation.
_ADMIN_TABLES = ("alembic_version", "central_workstation")
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
    admin_url: str, code: str, *, password: str | None = None, roles: CentralRoles | None = None
) -> str:
    """A login for one workstation; returns the role name to put in its settings. Without
    ``roles``, the roles ``init_central`` set up for this database are used."""
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
    ws = sql.Identifier(roles.workstation)
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ws))
    conn.execute(
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(
            ws
        )
    )
    conn.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(ws))
    conn.execute(sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON event FROM {}").format(ws))
    for table in _ADMIN_TABLES:
        conn.execute(
            sql.SQL("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {} FROM {}").format(
                sql.Identifier(table), ws
            )
        )
    conn.execute("ALTER TABLE event ENABLE ROW LEVEL SECURITY")
    conn.execute("DROP POLICY IF EXISTS event_read ON event")
    conn.execute("DROP POLICY IF EXISTS event_own_name ON event")
    conn.execute(
        sql.SQL("CREATE POLICY event_read ON event FOR SELECT TO {} USING (true)").format(ws)
    )
    conn.execute(
        sql.SQL(
            "CREATE POLICY event_own_name ON event FOR INSERT TO {} WITH CHECK (EXISTS ("
            "SELECT 1 FROM central_workstation w "
            "WHERE w.code = event.workstation AND w.role_name = session_user))"
        ).format(ws)
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

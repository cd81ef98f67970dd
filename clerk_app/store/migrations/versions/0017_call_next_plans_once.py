"""call next plans nothing per call: the window check and the claim query keep their plans

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03

``clerk_owns_window`` (0005) was a ``LANGUAGE sql`` function with ``SECURITY DEFINER`` and a
pinned ``search_path``: PostgreSQL cannot inline such a function, so every call parsed,
analysed and planned its join afresh. ``clerk_claim_next`` and ``clerk_release`` call it
once per claim and release, and that re-planning cost more server time than the claim
itself (about 1.4 ms per call on a busy 2-core machine). The same check in PL/pgSQL keeps
its plan for the life of the session. Same signature, same answer, same owner and grants.

``clerk_claim_next`` (0015) runs its candidate query with ``plan_cache_mode =
force_generic_plan``. PL/pgSQL caches that query, but PostgreSQL's plan cache kept choosing
a custom plan for it (its estimate of the generic plan, whose queue list is a parameter,
was higher), that is planned it again on every call: 1.3–1.9 ms of server time per claim
against 0.45 ms with the generic plan, which walks the same index (``ix_ticket_call_order``,
then ``pk_ticket_claim``). A later ``CREATE OR REPLACE`` of the function must keep this
setting in its own ``SET`` clauses. PostgreSQL only, like the functions.
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_PLPGSQL = r"""
CREATE OR REPLACE FUNCTION clerk_owns_window(login_code text, window_ref text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    -- NULL: the owner (or a superuser) acting in any workstation's name.
    RETURN login_code IS NULL OR EXISTS (
        SELECT 1 FROM workstation_window ww JOIN service_window w ON w.code = ww.window_code
        WHERE ww.workstation = login_code AND w.id = window_ref);
END
$fn$;
"""

_SQL = r"""
CREATE OR REPLACE FUNCTION clerk_owns_window(login_code text, window_ref text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT login_code IS NULL OR EXISTS (
        SELECT 1 FROM workstation_window ww JOIN service_window w ON w.code = ww.window_code
        WHERE ww.workstation = login_code AND w.id = window_ref)
$fn$;
"""


_CLAIM = "clerk_claim_next(text, text[], date, timestamp, integer, text[])"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_PLPGSQL)
    op.execute(f"ALTER FUNCTION {_CLAIM} SET plan_cache_mode = force_generic_plan")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER FUNCTION {_CLAIM} RESET plan_cache_mode")
    op.execute(_SQL)

"""call next walks an index in call order instead of sorting every waiting ticket

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03

``clerk_claim_next`` (0005) read every waiting ticket of the day for the window's queues,
claimed ones included, and sorted them on each call: the cost grew with the hall. On
PostgreSQL only (the central queue):

- ``clerk_kind_rank(kind)``: the call priority of a ticket kind
  (:data:`clerk_app.domain.tickets.CALL_PRIORITY`, frozen here), immutable so an index can
  hold it;
- ``ticket.claimed`` (PostgreSQL only, like the central's other queue helpers): true
  while a ``ticket_claim`` row holds the ticket, kept by a trigger on ``ticket_claim``;
- ``ix_ticket_call_order``: waiting, unclaimed tickets per day and queue in call order
  (kind rank, issue time, number) — a claimed visitor leaves it, so a call never walks
  past the ones already taken;
- ``ix_ticket_targeted``: waiting, unclaimed tickets sent to one window;
- ``ix_ticket_day_waiting`` (0002) dropped: the new index does its work, and a claim
  has one index less to write;
- ``clerk_claim_next`` replaced: per queue of the window, the head of that index (locked
  with ``SKIP LOCKED``, claimed tickets passed over by their primary key), merged across
  queues — the same choice as before, same signature, same checks. A caller asking for
  another kind order gets the former query.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

#: CALL_PRIORITY at the time of this migration (green channel, priority, appointment, normal).
_KIND_ORDER = ("green_channel", "priority", "appointment", "normal")

_RANK = f"""
CREATE OR REPLACE FUNCTION clerk_kind_rank(kind text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT CASE kind {" ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(_KIND_ORDER))}
        ELSE 9 END
$fn$;
"""

# Whether a ticket is claimed, on the ticket itself so the index can leave it out: kept
# by a trigger on ``ticket_claim`` whoever inserts or deletes the claim (the functions, the
# central's appliers).
_CLAIMED = r"""
ALTER TABLE ticket ADD COLUMN claimed boolean;
UPDATE ticket t SET claimed = true FROM ticket_claim c WHERE c.ticket_id = t.id;

CREATE OR REPLACE FUNCTION clerk_mark_claimed() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE ticket SET claimed = true WHERE id = NEW.ticket_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE ticket SET claimed = NULL WHERE id = OLD.ticket_id;
    ELSIF NEW.ticket_id IS DISTINCT FROM OLD.ticket_id THEN
        UPDATE ticket SET claimed = NULL WHERE id = OLD.ticket_id;
        UPDATE ticket SET claimed = true WHERE id = NEW.ticket_id;
    END IF;
    RETURN NULL;
END
$fn$;

CREATE TRIGGER ticket_claim_marks_ticket AFTER INSERT OR UPDATE OR DELETE ON ticket_claim
    FOR EACH ROW EXECUTE FUNCTION clerk_mark_claimed();
"""

_INDEXES = (
    "CREATE INDEX ix_ticket_call_order ON ticket "
    "(service_day, queue_id, clerk_kind_rank(kind), issued_at, seq) "
    "WHERE state = 'waiting' AND claimed IS NULL",
    "CREATE INDEX ix_ticket_targeted ON ticket (target_window_id, service_day) "
    "WHERE state = 'waiting' AND target_window_id IS NOT NULL",
)

_CLAIM = r"""
CREATE OR REPLACE FUNCTION clerk_claim_next(window_ref text, queue_refs text[], day date,
                                            at timestamp, batch integer, kinds text[])
RETURNS text[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me text := clerk_login_workstation();
    n integer := least(greatest(batch, 1), 32);
    cand record;
    seen integer;
    won text;
BEGIN
    IF NOT clerk_owns_window(me, window_ref) THEN
        RAISE EXCEPTION 'window % does not belong to workstation %', window_ref, me
            USING ERRCODE = '42501';
    END IF;
    LOOP
        seen := 0;
        IF kinds IS NOT DISTINCT FROM ARRAY[__KINDS__]::text[] THEN
            -- Call order is the index order: the first unclaimed ticket nobody else holds
            -- at the head of each queue (one row lock each), then the earliest of those.
            -- A ticket claimed since this statement's snapshot fails the re-check of
            -- ``claimed`` under the lock and is passed over.
            FOR cand IN
                SELECT c.id, c.number, c.queue_id FROM (
                    SELECT h.* FROM (SELECT DISTINCT unnest(queue_refs) AS ref) q
                    CROSS JOIN LATERAL (
                        SELECT t.id, t.number, t.queue_id, clerk_kind_rank(t.kind) AS rank,
                               t.issued_at, t.seq
                        FROM ticket t
                        WHERE t.service_day = day AND t.queue_id = q.ref
                          AND t.state = 'waiting' AND t.claimed IS NULL
                          AND (t.target_window_id IS NULL OR t.target_window_id = window_ref)
                          AND NOT EXISTS (SELECT 1 FROM ticket_claim c WHERE c.ticket_id = t.id)
                        ORDER BY clerk_kind_rank(t.kind), t.issued_at, t.seq
                        LIMIT 1
                        FOR UPDATE OF t SKIP LOCKED) h
                    UNION ALL
                    SELECT s.* FROM (
                        SELECT t.id, t.number, t.queue_id, clerk_kind_rank(t.kind) AS rank,
                               t.issued_at, t.seq
                        FROM ticket t
                        WHERE t.target_window_id = window_ref AND t.service_day = day
                          AND t.state = 'waiting' AND t.claimed IS NULL
                          AND t.queue_id <> ALL(queue_refs)
                          AND NOT EXISTS (SELECT 1 FROM ticket_claim c WHERE c.ticket_id = t.id)
                        ORDER BY clerk_kind_rank(t.kind), t.issued_at, t.seq
                        LIMIT 1
                        FOR UPDATE OF t SKIP LOCKED) s
                ) c
                ORDER BY c.rank, c.issued_at, c.seq
            LOOP
                seen := seen + 1;
                INSERT INTO ticket_claim (ticket_id, window_id, service_day, claimed_at)
                VALUES (cand.id, window_ref, day, at)
                ON CONFLICT (ticket_id) DO NOTHING
                RETURNING ticket_id INTO won;
                IF won IS NOT NULL THEN
                    RETURN ARRAY[cand.id, cand.number, cand.queue_id];
                END IF;
            END LOOP;
        ELSE
            FOR cand IN
                SELECT t.id, t.number, t.queue_id FROM ticket t
                WHERE t.service_day = day AND t.state = 'waiting'
                  AND ((t.queue_id = ANY(queue_refs)
                        AND (t.target_window_id IS NULL OR t.target_window_id = window_ref))
                       OR t.target_window_id = window_ref)
                  AND NOT EXISTS (SELECT 1 FROM ticket_claim c WHERE c.ticket_id = t.id)
                ORDER BY coalesce(array_position(kinds, t.kind::text), 9), t.issued_at, t.seq
                LIMIT n
                FOR UPDATE OF t SKIP LOCKED
            LOOP
                seen := seen + 1;
                INSERT INTO ticket_claim (ticket_id, window_id, service_day, claimed_at)
                VALUES (cand.id, window_ref, day, at)
                ON CONFLICT (ticket_id) DO NOTHING
                RETURNING ticket_id INTO won;
                IF won IS NOT NULL THEN
                    RETURN ARRAY[cand.id, cand.number, cand.queue_id];
                END IF;
            END LOOP;
        END IF;
        IF seen = 0 THEN
            RETURN NULL;
        END IF;
        -- Every locked candidate was claimed by a window that committed after this
        -- statement's snapshot: read again (a fresh snapshot) and move on.
    END LOOP;
END
$fn$;
""".replace("__KINDS__", ", ".join(f"'{k}'" for k in _KIND_ORDER))

_SIGNATURE = "clerk_claim_next(text, text[], date, timestamp, integer, text[])"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_RANK)
    op.execute(_CLAIMED)
    for sql in _INDEXES:
        op.execute(sql)
    # Superseded by ix_ticket_call_order: one index less to write at each claim.
    op.execute("DROP INDEX IF EXISTS ix_ticket_day_waiting")
    op.execute(_CLAIM)
    op.execute(f"REVOKE ALL ON FUNCTION {_SIGNATURE} FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION clerk_kind_rank(text) FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION clerk_mark_claimed() FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from importlib import import_module

    former = import_module("clerk_app.store.migrations.versions.0005_central_functions")
    op.execute(
        "CREATE INDEX ix_ticket_day_waiting ON ticket (service_day, queue_id) "
        "WHERE state = 'waiting'"
    )
    op.execute("DROP INDEX IF EXISTS ix_ticket_targeted")
    op.execute("DROP INDEX IF EXISTS ix_ticket_call_order")
    op.execute("DROP FUNCTION IF EXISTS clerk_kind_rank(text)")
    op.execute("DROP TRIGGER IF EXISTS ticket_claim_marks_ticket ON ticket_claim")
    op.execute("DROP FUNCTION IF EXISTS clerk_mark_claimed()")
    op.execute("ALTER TABLE ticket DROP COLUMN IF EXISTS claimed")
    op.execute(former._QUEUE)

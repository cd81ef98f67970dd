"""central functions: a workstation changes the central only through them

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

Two central-only tables (the windows of each workstation, each workstation's pull
cursor) on every backend, so the schema stays one; on PostgreSQL the functions a
workstation login may execute (``SECURITY DEFINER``, owned by whoever runs the
migrations — the owner role — with ``search_path`` pinned):

- ``clerk_push(batch jsonb)``: the door. Checks each event's author workstation against
  the login, its place in its chain (no gap, no replay, no fork), its hash recomputed over
  the canonical bytes of ``clerk_app.domain.audit.link_hash``, and its fields; journals it
  with a central number, or journals it refused (a ``sync_conflict`` of the central) when
  its chain is sound but its payload is not; stops at the first event that cannot be
  journaled at all and says why.
- ``clerk_issue_number``, ``clerk_claim_next``, ``clerk_release``: the shared queue, each
  one statement; claims and releases only for the login's own windows.
- ``clerk_record_cursor``: the login's pull cursor.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import clerk_app.store.models.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_LOGIN = r"""
CREATE OR REPLACE FUNCTION clerk_login_workstation() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    found text;
BEGIN
    SELECT w.code INTO found FROM central_workstation w WHERE w.role_name = session_user;
    IF found IS NOT NULL THEN
        RETURN found;
    END IF;
    -- The owner (current_user here) or a superuser may act in any workstation's name.
    IF pg_has_role(session_user, current_user, 'MEMBER') THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'login % is not registered as a workstation', session_user
        USING ERRCODE = '42501';
END
$fn$;

CREATE OR REPLACE FUNCTION clerk_owns_window(login_code text, window_ref text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT login_code IS NULL OR EXISTS (
        SELECT 1 FROM workstation_window ww JOIN service_window w ON w.code = ww.window_code
        WHERE ww.workstation = login_code AND w.id = window_ref)
$fn$;
"""

_PUSH = r"""
CREATE OR REPLACE FUNCTION clerk_push(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me text := clerk_login_workstation();
    genesis constant text := repeat('0', 64);
    uuid_re constant text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
    ctrl_re constant text := '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]';
    e jsonb;
    out jsonb := '[]'::jsonb;
    v_id text; v_ws text; v_seq integer; v_type text; v_actor text; v_window text;
    v_at text; v_req text; v_payload text; v_prev text; v_hash text;
    pj jsonb;
    head_seq integer; head_hash text;
    old record;
    fatal text; reason text;
    body text;
    pos integer;
    cseq bigint;
    now_utc timestamp := now() AT TIME ZONE 'UTC';
    journaled integer := 0;
BEGIN
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 2000 THEN
        RETURN jsonb_build_array(jsonb_build_object('stop', 'format',
            'reason', '上传的内容不是事件列表，或一次超过2000条'));
    END IF;
    PERFORM pg_advisory_xact_lock(7204001);
    SELECT c.value INTO pos FROM counter c WHERE c.key = 'journal' FOR UPDATE;
    IF pos IS NULL THEN
        INSERT INTO counter (key, value) VALUES ('journal', 0);
        pos := 0;
    END IF;
    FOR e IN SELECT value FROM jsonb_array_elements(batch) LOOP
        fatal := NULL; reason := NULL;
        -- 1. The shape of the journal row: anything else cannot be journaled at all.
        IF jsonb_typeof(e) IS DISTINCT FROM 'object'
           OR jsonb_typeof(e->'id') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e->'workstation') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e->'seq') IS DISTINCT FROM 'number'
           OR jsonb_typeof(e->'type') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e->'occurred_at') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e->'payload') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e->'prev_hash') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e->'hash') IS DISTINCT FROM 'string'
           OR coalesce(jsonb_typeof(e->'actor_id'), 'null') NOT IN ('string', 'null')
           OR coalesce(jsonb_typeof(e->'window_id'), 'null') NOT IN ('string', 'null')
           OR coalesce(jsonb_typeof(e->'request_id'), 'null') NOT IN ('string', 'null')
           OR (e->>'seq') !~ '^[1-9][0-9]{0,8}$'
        THEN
            out := out || jsonb_build_object('id', left(e->>'id', 36), 'stop', 'format',
                'reason', '事件的格式不对（缺少字段或字段类型错误）');
            EXIT;
        END IF;
        v_id := e->>'id'; v_ws := e->>'workstation'; v_seq := (e->>'seq')::integer;
        v_type := e->>'type'; v_actor := e->>'actor_id'; v_window := e->>'window_id';
        v_at := e->>'occurred_at'; v_req := e->>'request_id'; v_payload := e->>'payload';
        v_prev := e->>'prev_hash'; v_hash := e->>'hash';
        IF v_id !~ uuid_re OR v_ws !~ '^[A-Za-z0-9_-]{1,32}$'
           OR v_type !~ '^[a-z_]{1,30}\.[a-z_]{1,33}$'
           OR (v_actor IS NOT NULL AND v_actor !~ uuid_re)
           OR (v_window IS NOT NULL AND v_window !~ uuid_re)
           OR v_at !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d:\d\d$'
           OR (v_req IS NOT NULL AND (length(v_req) > 64 OR v_req ~ ctrl_re))
           OR v_prev !~ '^[0-9a-f]{64}$' OR v_hash !~ '^[0-9a-f]{64}$'
           OR length(v_payload) > 65536
        THEN
            out := out || jsonb_build_object('id', left(v_id, 36), 'stop', 'format',
                'reason', format('工作站%s的第%s条事件字段超长或含有不允许的字符',
                                 left(v_ws, 32), v_seq));
            EXIT;
        END IF;
        -- 2. Who sends it: a login writes only in its own workstation's name.
        IF me IS NOT NULL AND v_ws <> me THEN
            out := out || jsonb_build_object('id', v_id, 'stop', 'identity',
                'reason', format('本登录登记的是工作站%s，不能上传工作站%s的事件', me, v_ws));
            EXIT;
        END IF;
        -- 3. Sent before: the same event again is answered, anything else is a replay.
        SELECT ev.hash, ev.workstation, ev.seq, ev.central_seq INTO old
            FROM event ev WHERE ev.id = v_id;
        IF FOUND THEN
            IF old.hash = v_hash AND old.workstation = v_ws AND old.seq = v_seq THEN
                out := out || jsonb_build_object('id', v_id, 'central_seq', old.central_seq);
                CONTINUE;
            END IF;
            out := out || jsonb_build_object('id', v_id, 'stop', 'chain',
                'reason', format('工作站%s的第%s条事件与中心已有的同编号事件不同（重放或篡改）',
                                 v_ws, v_seq));
            EXIT;
        END IF;
        -- 4. Its place in the chain, and its hash recomputed over the canonical bytes.
        SELECT h.seq, h.hash INTO head_seq, head_hash FROM chain_head h WHERE h.workstation = v_ws;
        IF NOT FOUND THEN
            head_seq := 0; head_hash := genesis;
        END IF;
        IF v_seq <> head_seq + 1 OR v_prev <> head_hash THEN
            fatal := format('工作站%s的第%s条事件接不上中心记录的第%s条（缺失、重放或分叉）',
                            v_ws, v_seq, head_seq);
        ELSE
            body := '[' || to_json(v_id)::text || ',' || to_json(v_ws)::text || ','
                || v_seq::text || ',' || to_json(v_type)::text || ','
                || coalesce(to_json(v_actor)::text, 'null') || ','
                || coalesce(to_json(v_window)::text, 'null') || ','
                || to_json(v_at)::text || ',' || coalesce(to_json(v_req)::text, 'null') || ','
                || to_json(v_payload)::text || ',' || to_json(v_prev)::text || ']';
            IF encode(sha256(convert_to(body, 'UTF8')), 'hex') <> v_hash THEN
                fatal := format('工作站%s的第%s条事件的哈希值与内容不符（内容被改动）',
                                v_ws, v_seq);
            END IF;
        END IF;
        IF fatal IS NOT NULL THEN
            out := out || jsonb_build_object('id', v_id, 'stop', 'chain', 'reason', fatal);
            EXIT;
        END IF;
        -- 5. Its payload: journaled either way (the chain goes on), refused if unsound.
        pj := v_payload::jsonb;  -- not JSON at all: the whole call fails (22P02)
        IF jsonb_typeof(pj) <> 'object' THEN
            reason := '事件内容不是一个对象，已拒收';
        ELSIF EXISTS (
            SELECT 1 FROM jsonb_path_query(pj, 'strict $.**') v
            WHERE jsonb_typeof(v) = 'string'
              AND (length(v #>> '{}') > 2000 OR (v #>> '{}') ~ ctrl_re)
        ) THEN
            reason := '事件内容有超长（超过2000字）或含控制字符的字段，已拒收';
        END IF;
        pos := pos + 1;
        cseq := nextval('central_event_seq');
        INSERT INTO event (id, position, workstation, seq, type, actor_id, window_id,
                           occurred_at, request_id, payload, prev_hash, hash, recorded_at,
                           central_seq)
        VALUES (v_id, pos, v_ws, v_seq, v_type, v_actor, v_window, v_at, v_req, v_payload,
                v_prev, v_hash, now_utc, cseq);
        INSERT INTO chain_head (workstation, seq, hash) VALUES (v_ws, v_seq, v_hash)
            ON CONFLICT (workstation) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
        IF reason IS NOT NULL THEN
            INSERT INTO sync_conflict (id, event_id, event_type, workstation, detected_by,
                                       detected_at, reason, their_side, our_side, resolution)
            VALUES (gen_random_uuid()::text, v_id, v_type, v_ws, 'central', now_utc, reason,
                    jsonb_build_object('id', v_id, 'type', v_type, 'workstation', v_ws,
                        'seq', v_seq, 'actor_id', v_actor, 'window_id', v_window,
                        'occurred_at', v_at,
                        'payload', CASE WHEN jsonb_typeof(pj) = 'object' THEN pj
                                        ELSE '{}'::jsonb END)::text,
                    '[]', '');
        END IF;
        journaled := journaled + 1;
        out := out || jsonb_build_object('id', v_id, 'central_seq', cseq, 'refused', reason);
    END LOOP;
    IF journaled > 0 THEN
        UPDATE counter SET value = pos WHERE key = 'journal';
        PERFORM pg_notify('clerk_pushed', '');
    END IF;
    RETURN out;
END
$fn$;
"""

_QUEUE = r"""
CREATE OR REPLACE FUNCTION clerk_issue_number(queue_ref text, day date, at_least integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me text := clerk_login_workstation();
    issued integer;
BEGIN
    IF at_least < 0 OR at_least > 9999 THEN
        RAISE EXCEPTION 'number floor % out of range', at_least USING ERRCODE = '22003';
    END IF;
    INSERT INTO queue_number AS qn (queue_id, service_day, value)
    VALUES (queue_ref, day, GREATEST(at_least, (
        SELECT coalesce(max(t.seq), 0) FROM ticket t
        WHERE t.queue_id = queue_ref AND t.service_day = day AND t.fallback_of IS NULL)) + 1)
    ON CONFLICT (queue_id, service_day)
    DO UPDATE SET value = GREATEST(qn.value, EXCLUDED.value - 1) + 1
    RETURNING qn.value INTO issued;
    RETURN issued;
END
$fn$;

CREATE OR REPLACE FUNCTION clerk_claim_next(window_ref text, queue_refs text[], day date,
                                            at timestamp, batch integer, kinds text[])
RETURNS text[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me text := clerk_login_workstation();
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
        FOR cand IN
            SELECT t.id, t.number, t.queue_id FROM ticket t
            WHERE t.service_day = day AND t.state = 'waiting'
              AND ((t.queue_id = ANY(queue_refs)
                    AND (t.target_window_id IS NULL OR t.target_window_id = window_ref))
                   OR t.target_window_id = window_ref)
              AND NOT EXISTS (SELECT 1 FROM ticket_claim c WHERE c.ticket_id = t.id)
            ORDER BY coalesce(array_position(kinds, t.kind::text), 9), t.issued_at, t.seq
            LIMIT least(greatest(batch, 1), 32)
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
        IF seen = 0 THEN
            RETURN NULL;
        END IF;
        -- Every locked candidate was claimed by a window that committed after this
        -- statement's snapshot: read again (a fresh snapshot) and move on.
    END LOOP;
END
$fn$;

CREATE OR REPLACE FUNCTION clerk_release(ticket_ref text, window_ref text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me text := clerk_login_workstation();
BEGIN
    IF NOT clerk_owns_window(me, window_ref) THEN
        RAISE EXCEPTION 'window % does not belong to workstation %', window_ref, me
            USING ERRCODE = '42501';
    END IF;
    DELETE FROM ticket_claim WHERE ticket_id = ticket_ref AND window_id = window_ref;
END
$fn$;

CREATE OR REPLACE FUNCTION clerk_record_cursor(through bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me text := clerk_login_workstation();
BEGIN
    IF me IS NULL THEN
        RETURN;  -- the owner syncing for repair: no workstation to record
    END IF;
    INSERT INTO central_cursor (workstation, pulled_through, recorded_at)
    VALUES (me, through, now() AT TIME ZONE 'UTC')
    ON CONFLICT (workstation) DO UPDATE
        SET pulled_through = EXCLUDED.pulled_through, recorded_at = EXCLUDED.recorded_at;
END
$fn$;
"""

FUNCTIONS = (
    "clerk_login_workstation()",
    "clerk_owns_window(text, text)",
    "clerk_push(jsonb)",
    "clerk_issue_number(text, date, integer)",
    "clerk_claim_next(text, text[], date, timestamp, integer, text[])",
    "clerk_release(text, text)",
    "clerk_record_cursor(bigint)",
)


def upgrade() -> None:
    op.create_table(
        "workstation_window",
        sa.Column("workstation", sa.String(length=32), nullable=False),
        sa.Column("window_code", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("workstation", "window_code", name=op.f("pk_workstation_window")),
    )
    op.create_table(
        "central_cursor",
        sa.Column("workstation", sa.String(length=32), nullable=False),
        sa.Column("pulled_through", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at", clerk_app.store.models.base.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("workstation", name=op.f("pk_central_cursor")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for sql in (_LOGIN, _PUSH, _QUEUE):
            op.execute(sql)
        for signature in FUNCTIONS:
            op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        # A central upgraded from 0004 applied every event as it was pushed: all decided.
        op.execute(
            "INSERT INTO counter (key, value) "
            "SELECT 'central_decided', max(central_seq) FROM event HAVING count(*) > 0 "
            "ON CONFLICT (key) DO NOTHING"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DELETE FROM counter WHERE key = 'central_decided'")
        for signature in reversed(FUNCTIONS):
            op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    op.drop_table("central_cursor")
    op.drop_table("workstation_window")

"""push door in one pass: each chain head written once per batch, answers appended in place

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

``clerk_push`` (0005) did per-event work that grew with the batch, so a push of 10,000
events spent most of its time inside the door:

- the answer was a ``jsonb`` array extended with ``out := out || …``; ``jsonb`` has no
  in-place form, so every event copied the whole answer so far. The answers are now
  gathered in a ``jsonb[]`` with ``array_append`` (which PL/pgSQL extends in place) and
  turned into the same JSON array at the end;
- each event's payload was walked value by value (``jsonb_path_query``) for strings over
  2,000 characters or with control characters. That walk is now done only when the payload
  text could hold one: when it is longer than 2,000 characters, or holds an escape of a
  control character or a DEL (the only forms a control character takes in JSON text);
- each event upserted its workstation's ``chain_head`` row. Updating one row hundreds of
  times in a transaction leaves a chain of row versions that every later lookup of the head
  walks. The head is now kept in variables while the batch is one workstation's (as it
  always is for a workstation login) and written once, when the batch moves on to another
  workstation (the owner repairing) and at the end, also after a stop.

Same checks, same order, same answers and same journal; PostgreSQL only.
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_PUSH = r"""
CREATE OR REPLACE FUNCTION clerk_push(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me text := clerk_login_workstation();
    genesis constant text := repeat('0', 64);
    uuid_re constant text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
    ctrl_re constant text := '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]';
    -- In JSON text a control character is an escape (\u0000-\u001f, \b, \f) or a raw DEL.
    suspect_re constant text := '\\(u00[01]|u007[fF]|[bf])|\x7f';
    e jsonb;
    outs jsonb[] := '{}';
    cur_ws text;
    head_dirty boolean := false;
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
            outs := array_append(outs, jsonb_build_object('id', left(e->>'id', 36),
                'stop', 'format', 'reason', '事件的格式不对（缺少字段或字段类型错误）'));
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
            outs := array_append(outs, jsonb_build_object('id', left(v_id, 36), 'stop', 'format',
                'reason', format('工作站%s的第%s条事件字段超长或含有不允许的字符',
                                 left(v_ws, 32), v_seq)));
            EXIT;
        END IF;
        -- 2. Who sends it: a login writes only in its own workstation's name.
        IF me IS NOT NULL AND v_ws <> me THEN
            outs := array_append(outs, jsonb_build_object('id', v_id, 'stop', 'identity',
                'reason', format('本登录登记的是工作站%s，不能上传工作站%s的事件', me, v_ws)));
            EXIT;
        END IF;
        -- 3. Sent before: the same event again is answered, anything else is a replay.
        SELECT ev.hash, ev.workstation, ev.seq, ev.central_seq INTO old
            FROM event ev WHERE ev.id = v_id;
        IF FOUND THEN
            IF old.hash = v_hash AND old.workstation = v_ws AND old.seq = v_seq THEN
                outs := array_append(outs,
                    jsonb_build_object('id', v_id, 'central_seq', old.central_seq));
                CONTINUE;
            END IF;
            outs := array_append(outs, jsonb_build_object('id', v_id, 'stop', 'chain',
                'reason', format('工作站%s的第%s条事件与中心已有的同编号事件不同（重放或篡改）',
                                 v_ws, v_seq)));
            EXIT;
        END IF;
        -- 4. Its place in the chain, and its hash recomputed over the canonical bytes.
        IF cur_ws IS DISTINCT FROM v_ws THEN
            IF head_dirty THEN
                INSERT INTO chain_head (workstation, seq, hash) VALUES (cur_ws, head_seq, head_hash)
                    ON CONFLICT (workstation) DO UPDATE
                    SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
                head_dirty := false;
            END IF;
            SELECT h.seq, h.hash INTO head_seq, head_hash
                FROM chain_head h WHERE h.workstation = v_ws;
            IF NOT FOUND THEN
                head_seq := 0; head_hash := genesis;
            END IF;
            cur_ws := v_ws;
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
            outs := array_append(outs,
                jsonb_build_object('id', v_id, 'stop', 'chain', 'reason', fatal));
            EXIT;
        END IF;
        -- 5. Its payload: journaled either way (the chain goes on), refused if unsound.
        pj := v_payload::jsonb;  -- not JSON at all: the whole call fails (22P02)
        IF jsonb_typeof(pj) <> 'object' THEN
            reason := '事件内容不是一个对象，已拒收';
        ELSIF length(v_payload) > 2000 OR v_payload ~ suspect_re THEN
            -- Only then can a string in it be too long or hold a control character.
            IF EXISTS (
                SELECT 1 FROM jsonb_path_query(pj, 'strict $.**') v
                WHERE jsonb_typeof(v) = 'string'
                  AND (length(v #>> '{}') > 2000 OR (v #>> '{}') ~ ctrl_re)
            ) THEN
                reason := '事件内容有超长（超过2000字）或含控制字符的字段，已拒收';
            END IF;
        END IF;
        pos := pos + 1;
        cseq := nextval('central_event_seq');
        INSERT INTO event (id, position, workstation, seq, type, actor_id, window_id,
                           occurred_at, request_id, payload, prev_hash, hash, recorded_at,
                           central_seq)
        VALUES (v_id, pos, v_ws, v_seq, v_type, v_actor, v_window, v_at, v_req, v_payload,
                v_prev, v_hash, now_utc, cseq);
        head_seq := v_seq; head_hash := v_hash; head_dirty := true;
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
        outs := array_append(outs,
            jsonb_build_object('id', v_id, 'central_seq', cseq, 'refused', reason));
    END LOOP;
    IF head_dirty THEN
        INSERT INTO chain_head (workstation, seq, hash) VALUES (cur_ws, head_seq, head_hash)
            ON CONFLICT (workstation) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
    END IF;
    IF journaled > 0 THEN
        UPDATE counter SET value = pos WHERE key = 'journal';
        PERFORM pg_notify('clerk_pushed', '');
    END IF;
    RETURN to_jsonb(outs);
END
$fn$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PUSH)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        earlier = importlib.import_module(
            "clerk_app.store.migrations.versions.0005_central_functions"
        )
        op.execute(earlier._PUSH)

"""sync: pull cursor, conflicts, central queue claims and numbers, central event sequence

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import clerk_app.store.models.base

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=False),
    sa.Column('workstation', sa.String(length=32), nullable=False),
    sa.Column('detected_by', sa.String(length=32), nullable=False),
    sa.Column('detected_at', clerk_app.store.models.base.UtcDateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('their_side', sa.Text(), nullable=False),
    sa.Column('our_side', sa.Text(), nullable=False),
    sa.Column('resolved_at', clerk_app.store.models.base.UtcDateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    sa.UniqueConstraint('event_id', 'detected_by', name=op.f('uq_sync_conflict_event_id_detected_by'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_event_id'), ['event_id'], unique=False)

    op.create_table('ticket_claim',
    sa.Column('ticket_id', sa.String(length=36), nullable=False),
    sa.Column('window_id', sa.String(length=36), nullable=False),
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('claimed_at', clerk_app.store.models.base.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('ticket_id', name=op.f('pk_ticket_claim'))
    )
    with op.batch_alter_table('ticket_claim', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_claim_window', ['window_id', 'service_day'], unique=False)

    op.create_table('queue_number',
    sa.Column('queue_id', sa.String(length=36), nullable=False),
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('queue_id', 'service_day', name=op.f('pk_queue_number'))
    )
    op.create_table('central_workstation',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('created_at', clerk_app.store.models.base.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_central_workstation')),
    sa.UniqueConstraint('role_name', name=op.f('uq_central_workstation_role_name'))
    )
    if op.get_bind().dialect.name == 'postgresql':
        # Central order of events; assigned under the push lock, so commit order = seq order.
        op.execute('CREATE SEQUENCE central_event_seq AS bigint')
        # The central queue scans waiting tickets of a day; claims are looked up by ticket.
        op.execute("CREATE INDEX ix_ticket_day_waiting ON ticket (service_day, queue_id) "
                   "WHERE state = 'waiting'")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP INDEX IF EXISTS ix_ticket_day_waiting')
        op.execute('DROP SEQUENCE IF EXISTS central_event_seq')
    op.drop_table('central_workstation')
    op.drop_table('queue_number')
    with op.batch_alter_table('ticket_claim', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_claim_window')
    op.drop_table('ticket_claim')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_event_id'))
    op.drop_table('sync_conflict')
    op.drop_table('sync_state')

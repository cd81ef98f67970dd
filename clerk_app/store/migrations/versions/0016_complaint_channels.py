"""Complaints and hotlines: ``complaint`` gains its channel, the hotline's work-order
number (unique), the handling deadline and the reply to the complainant;
``complaint_follow_up`` keeps the follow-up notes.

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clerk_app.store.models.base import UtcDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(
            sa.Column("channel", sa.String(length=16), nullable=False, server_default="onsite")
        )
        batch.add_column(sa.Column("work_order_no", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("due_date", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("reply_method", sa.String(length=16), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("replied_at", UtcDateTime(), nullable=True))
        batch.add_column(sa.Column("reply_satisfied", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("reply_note", sa.Text(), nullable=False, server_default=""))
        batch.create_index(
            op.f("ix_complaint_work_order_no"), ["work_order_no"], unique=True
        )
    op.create_table(
        "complaint_follow_up",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("complaint_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_complaint_follow_up_complaint_id"), "complaint_follow_up", ["complaint_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_follow_up_complaint_id"), table_name="complaint_follow_up")
    op.drop_table("complaint_follow_up")
    with op.batch_alter_table("complaint") as batch:
        batch.drop_index(op.f("ix_complaint_work_order_no"))
        for column in (
            "reply_note",
            "reply_satisfied",
            "replied_at",
            "reply_method",
            "due_date",
            "work_order_no",
            "channel",
        ):
            batch.drop_column(column)

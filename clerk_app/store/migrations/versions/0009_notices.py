"""notices: supplement deadline, notices to deliver, joint extension approvals

A case's supplement deadline (from the item's supplement period, fixed when the one-time
notice is issued); the notices the sweep decides (deemed acceptance, deemed approval,
withdrawal after the supplement deadline) waiting to be delivered, with how they were; the
county government's approval of a joint case's extension and its document number.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import clerk_app.store.models.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_file") as batch:
        batch.add_column(sa.Column("supplement_due", sa.Date(), nullable=True))
    with op.batch_alter_table("extension_request") as batch:
        batch.add_column(
            sa.Column("county_approver", sa.String(length=100), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("county_document", sa.String(length=100), nullable=False, server_default="")
        )
    op.create_table(
        "notice_delivery",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("created_at", clerk_app.store.models.base.UtcDateTime(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False, server_default=""),
        sa.Column("note", sa.String(length=300), nullable=False, server_default=""),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("delivered_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_notice_delivery_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_notice_delivery_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["delivered_by"], ["staff.id"], name=op.f("fk_notice_delivery_delivered_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_delivery")),
    )
    op.create_index(
        op.f("ix_notice_delivery_department_id"),
        "notice_delivery",
        ["department_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_notice_delivery_department_id"), table_name="notice_delivery")
    op.drop_table("notice_delivery")
    with op.batch_alter_table("extension_request") as batch:
        batch.drop_column("county_document")
        batch.drop_column("county_approver")
    with op.batch_alter_table("case_file") as batch:
        batch.drop_column("supplement_due")

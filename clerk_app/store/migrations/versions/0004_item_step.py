"""item_step: the departments of a joint item (并联审批) with their own limits

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_step",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step_limit", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_item_step_department_id_department")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_item.id"], name=op.f("fk_item_step_item_id_service_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_step")),
        sa.UniqueConstraint(
            "item_id", "department_id", name=op.f("uq_item_step_item_id_department_id")
        ),
    )
    op.create_index(op.f("ix_item_step_item_id"), "item_step", ["item_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_item_step_item_id"), table_name="item_step")
    op.drop_table("item_step")

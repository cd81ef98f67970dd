"""material retired: a material an administrator removed from an item's list

Cases already received keep pointing at the catalogue entry they were checked against,
so a removed material stays as a row, marked retired, out of the item's list.

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("item_material") as batch:
        batch.add_column(
            sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("item_material") as batch:
        batch.drop_column("retired")

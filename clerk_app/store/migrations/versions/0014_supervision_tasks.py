"""督查 tasks: ``supervision_task`` (谁去落实、怎么落实、何时落实、落实成效) and
``supervision_task_report`` (their progress reports)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clerk_app.store.models.base import UtcDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_task",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=False),
        sa.Column("owner_staff_id", sa.String(length=36), nullable=True),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("effect", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_supervision_task_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"], ["staff.id"], name=op.f("fk_supervision_task_owner_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["staff.id"], name=op.f("fk_supervision_task_created_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_task")),
    )
    op.create_index(
        op.f("ix_supervision_task_department_id"),
        "supervision_task",
        ["department_id"],
        unique=False,
    )
    op.create_table(
        "supervision_task_report",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("task_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("reported_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_supervision_task_report_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["supervision_task.id"],
            name=op.f("fk_supervision_task_report_task_id_supervision_task"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_task_report")),
    )
    op.create_index(
        op.f("ix_supervision_task_report_task_id"),
        "supervision_task_report",
        ["task_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_supervision_task_report_task_id"), table_name="supervision_task_report"
    )
    op.drop_table("supervision_task_report")
    op.drop_index(op.f("ix_supervision_task_department_id"), table_name="supervision_task")
    op.drop_table("supervision_task")

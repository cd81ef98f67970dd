"""supervision that closes the loop: accountability points, 督办, closed periods

Accountability records get the source that opened them (a referral, a joint step, a
follow-up, a 督办), the day they closed and the outcome fixed; each of the four points
(四不放过) closed is a row of ``accountability_point``. ``supervision_order`` holds the
督办 orders and their answers; ``closed_period`` the frozen figures of a statistics period
closed by a supervisor, one row per revision; ``inspection`` and ``inspection_finding`` the
明查暗访 with their checklist results and findings.

Revision ID: 0013
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clerk_app.store.models.base import UtcDateTime

revision = "0013"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accountability_record") as batch:
        batch.add_column(sa.Column("source_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("closed_at", UtcDateTime(), nullable=True))
        batch.add_column(
            sa.Column("outcome", sa.String(length=16), nullable=False, server_default="")
        )
        batch.create_index(
            op.f("ix_accountability_record_source_id"), ["source_id"], unique=False
        )
    op.create_table(
        "accountability_point",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("point", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("attachment", sa.String(length=300), nullable=False),
        sa.Column("closed_by", sa.String(length=36), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff.id"], name=op.f("fk_accountability_point_closed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["accountability_record.id"],
            name=op.f("fk_accountability_point_record_id_accountability_record"),
        ),
        sa.PrimaryKeyConstraint("record_id", "point", name=op.f("pk_accountability_point")),
    )
    op.create_table(
        "supervision_order",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("source_kind", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("department_id", sa.String(length=36), nullable=True),
        sa.Column("window_id", sa.String(length=36), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("issued_by", sa.String(length=36), nullable=True),
        sa.Column("issued_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=36), nullable=True),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_supervision_order_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_supervision_order_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["service_window.id"],
            name=op.f("fk_supervision_order_window_id_service_window"),
        ),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["staff.id"], name=op.f("fk_supervision_order_issued_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["answered_by"], ["staff.id"], name=op.f("fk_supervision_order_answered_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_order")),
    )
    op.create_index(
        op.f("ix_supervision_order_department_id"),
        "supervision_order",
        ["department_id"],
        unique=False,
    )
    op.create_index(
        "ix_supervision_order_open", "supervision_order", ["status", "due_date"], unique=False
    )
    op.create_table(
        "closed_period",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("closed_by", sa.String(length=36), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff.id"], name=op.f("fk_closed_period_closed_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_period")),
        sa.UniqueConstraint(
            "start_on", "end_on", "revision", name=op.f("uq_closed_period_start_on_end_on_revision")
        ),
    )
    op.create_table(
        "inspection",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("inspectors", sa.String(length=200), nullable=False),
        sa.Column("windows", sa.Text(), nullable=False),
        sa.Column("checks", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_inspection_recorded_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    op.create_index(op.f("ix_inspection_held_on"), "inspection", ["held_on"], unique=False)
    op.create_table(
        "inspection_finding",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("window_id", sa.String(length=36), nullable=True),
        sa.Column("department_id", sa.String(length=36), nullable=True),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("check_item", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_inspection_finding_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_finding_inspection_id_inspection"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_inspection_finding_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["service_window.id"],
            name=op.f("fk_inspection_finding_window_id_service_window"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_finding")),
    )
    op.create_index(
        op.f("ix_inspection_finding_inspection_id"),
        "inspection_finding",
        ["inspection_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_inspection_finding_inspection_id"), table_name="inspection_finding")
    op.drop_table("inspection_finding")
    op.drop_index(op.f("ix_inspection_held_on"), table_name="inspection")
    op.drop_table("inspection")
    op.drop_table("closed_period")
    op.drop_index("ix_supervision_order_open", table_name="supervision_order")
    op.drop_index(op.f("ix_supervision_order_department_id"), table_name="supervision_order")
    op.drop_table("supervision_order")
    op.drop_table("accountability_point")
    with op.batch_alter_table("accountability_record") as batch:
        batch.drop_index(op.f("ix_accountability_record_source_id"))
        batch.drop_column("outcome")
        batch.drop_column("closed_at")
        batch.drop_column("source_id")

"""organisation: what an administrator sets up for a real centre

The centre's phones, hours, progress-query address, seal and hall notice; each
department's leaders, reconsideration agency, court and phone; window kinds, zones and
extra departments; the windows a member of staff may sit at; temporary passwords; an
item's category, status (adjusted / cancelled from a date), 超时默认 basis, on-site
eligibility, fee basis, result document, authorisation to the window and supplement
period; material samples; standard refusal reasons per item.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _text(length: int | None = None) -> sa.types.TypeEngine[str]:
    return sa.Text() if length is None else sa.String(length=length)


def _add(table: str, *columns: sa.Column[object]) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.add_column(column)


def upgrade() -> None:
    _add(
        "center",
        sa.Column("supervision_phone", _text(40), nullable=False, server_default=""),
        sa.Column("opening_hours", _text(200), nullable=False, server_default=""),
        sa.Column("progress_query_url", _text(300), nullable=False, server_default=""),
        sa.Column("seal_text", _text(100), nullable=False, server_default=""),
        sa.Column("hall_notice", _text(), nullable=False, server_default=""),
    )
    _add(
        "department",
        sa.Column("head_staff_id", _text(36), nullable=True),
        sa.Column("deputy_staff_id", _text(36), nullable=True),
        sa.Column("reconsideration_body", _text(100), nullable=False, server_default=""),
        sa.Column("litigation_court", _text(100), nullable=False, server_default=""),
        sa.Column("phone", _text(40), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    _add("queue", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    _add(
        "service_window",
        sa.Column("kind", _text(16), nullable=False, server_default="ordinary"),
        sa.Column("zone", _text(100), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.execute("UPDATE service_window SET kind = 'green' WHERE is_green_channel")
    _add(
        "staff",
        sa.Column(
            "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )
    _add(
        "service_item",
        sa.Column("category", _text(16), nullable=False, server_default="licence"),
        sa.Column("status", _text(16), nullable=False, server_default="active"),
        sa.Column("status_from", sa.Date(), nullable=True),
        sa.Column("status_note", _text(), nullable=False, server_default=""),
        sa.Column("deemed_approval_basis", _text(), nullable=False, server_default=""),
        sa.Column("on_site", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("fee_basis", _text(), nullable=False, server_default=""),
        sa.Column("result_document", _text(100), nullable=False, server_default=""),
        sa.Column("authorisation", _text(16), nullable=False, server_default="full"),
        sa.Column("supplement_days", sa.Integer(), nullable=False, server_default="20"),
    )
    op.execute("UPDATE service_item SET status = 'cancelled' WHERE NOT active")
    _add("item_material", sa.Column("sample", _text(300), nullable=False, server_default=""))
    op.create_table(
        "window_department",
        sa.Column("window_id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_window_department_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["service_window.id"],
            name=op.f("fk_window_department_window_id_service_window"),
        ),
        sa.PrimaryKeyConstraint("window_id", "department_id", name=op.f("pk_window_department")),
    )
    op.create_table(
        "staff_window",
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("window_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_staff_window_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["service_window.id"],
            name=op.f("fk_staff_window_window_id_service_window"),
        ),
        sa.PrimaryKeyConstraint("staff_id", "window_id", name=op.f("pk_staff_window")),
    )
    op.create_table(
        "item_refusal_reason",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_item.id"],
            name=op.f("fk_item_refusal_reason_item_id_service_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_refusal_reason")),
        sa.UniqueConstraint(
            "item_id", "position", name=op.f("uq_item_refusal_reason_item_id_position")
        ),
    )
    op.create_index(
        op.f("ix_item_refusal_reason_item_id"), "item_refusal_reason", ["item_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_item_refusal_reason_item_id"), table_name="item_refusal_reason")
    op.drop_table("item_refusal_reason")
    op.drop_table("staff_window")
    op.drop_table("window_department")
    for table, names in (
        ("item_material", ["sample"]),
        (
            "service_item",
            [
                "supplement_days",
                "authorisation",
                "result_document",
                "fee_basis",
                "on_site",
                "deemed_approval_basis",
                "status_note",
                "status_from",
                "status",
                "category",
            ],
        ),
        ("staff", ["must_change_password"]),
        ("service_window", ["active", "zone", "kind"]),
        ("queue", ["active"]),
        (
            "department",
            [
                "active",
                "phone",
                "litigation_court",
                "reconsideration_body",
                "deputy_staff_id",
                "head_staff_id",
            ],
        ),
        (
            "center",
            ["hall_notice", "seal_text", "progress_query_url", "opening_hours", "supervision_phone"],
        ),
    ):
        with op.batch_alter_table(table) as batch:
            for name in names:
                batch.drop_column(name)

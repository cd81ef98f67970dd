"""sealed personal data: wider columns for sealed ID numbers, phones and password hashes,
and a blind index to find a case by the applicant's ID number

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-03

The values themselves are sealed by the program with the centre's data key (which a
migration never sees): ``clerk_app.store.sealed.seal_existing`` seals rows written in
clear at the first start with the key.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

_WIDER = (
    ("case_file", "applicant_id_no", 18, 120),
    ("case_file", "applicant_phone", 40, 160),
    ("case_file", "agent_id_no", 18, 120),
    ("first_contact", "visitor_phone", 40, 160),
    ("referral", "visitor_phone", 40, 160),
    ("complaint", "phone", 40, 160),
    ("staff", "password_hash", 200, 400),
)


def upgrade() -> None:
    for table in dict.fromkeys(t for t, *_ in _WIDER):
        with op.batch_alter_table(table) as batch:
            for t, column, old, new in _WIDER:
                if t == table:
                    batch.alter_column(
                        column, existing_type=sa.String(old), type_=sa.String(new)
                    )
            if table == "case_file":
                batch.add_column(
                    sa.Column("applicant_id_index", sa.String(40), nullable=False, server_default="")
                )
    op.create_index(
        op.f("ix_case_file_applicant_id_index"), "case_file", ["applicant_id_index"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_case_file_applicant_id_index"), table_name="case_file")
    for table in dict.fromkeys(t for t, *_ in _WIDER):
        with op.batch_alter_table(table) as batch:
            if table == "case_file":
                batch.drop_column("applicant_id_index")
            for t, column, old, new in _WIDER:
                if t == table:
                    batch.alter_column(
                        column, existing_type=sa.String(new), type_=sa.String(old)
                    )

"""Indexes for the supervision screens over a year of data: the board's tickets of a day
by state (and the called or serving ones), the cases closed in a period, the reviews
given in a period.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ticket_state_day", "ticket", ["state", "service_day"])
    op.create_index("ix_case_closed_on", "case_file", ["closed_on"])
    op.create_index("ix_review_created_at", "review", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_review_created_at", table_name="review")
    op.drop_index("ix_case_closed_on", table_name="case_file")
    op.drop_index("ix_ticket_state_day", table_name="ticket")

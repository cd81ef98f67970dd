"""indexes for the supervisor's reads over a year of a large centre

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

The statistics, the board and the scores aggregate in SQL; on a year of data (300,000
cases, 600,000 tickets) these let them read narrow indexes instead of the wide rows:

- ``ix_case_accepted``: cases accepted in a period, with what the on-site counts and the
  groupings need (covering);
- ``ix_case_state_closed``: cases decided in a period, and those still open or closed after
  it, with what the on-time counts need (covering);
- ``ix_case_closed_on``: the cases closed in a period, whatever their state;
- ``ix_review_created``: a period's reviews (covering);
- ``ix_ticket_state_day``: today's waiting tickets per queue, and the called ones;
- ``ix_accountability_open``: open accountability records by the day they opened.
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_GROUPS = ["department_id", "window_id", "clerk_id"]

_INDEXES = (
    (
        "ix_case_accepted",
        "case_file",
        ["accepted_on", "item_id", "on_spot", "state", "closed_on", *_GROUPS],
    ),
    (
        "ix_case_state_closed",
        "case_file",
        ["state", "closed_on", "due_date", "accepted_on", "overdue", *_GROUPS],
    ),
    ("ix_case_closed_on", "case_file", ["closed_on"]),
    (
        "ix_review_created",
        "review",
        ["created_at", "contest_status", "level", "department_id", "window_id", "staff_id"],
    ),
    ("ix_ticket_state_day", "ticket", ["state", "service_day", "queue_id", "issued_at"]),
    ("ix_accountability_open", "accountability_record", ["status", "opened_at"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)

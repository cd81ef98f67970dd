"""Every text limit of the domain fits the database column its value is stored in.

The migrated schema matches the models (test_migrations), so a limit no longer than the
model's ``String(n)`` is one the central PostgreSQL accepts.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, String

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.text_limits import TEXT_FIELDS, check_text
from clerk_app.store.models import Base
from clerk_app.store.models import sync as _sync_models  # noqa: F401 - registers the tables


def _column(ref: str) -> Column[object]:
    table, name = ref.split(".")
    assert table in Base.metadata.tables, f"no table {table!r} ({ref})"
    columns = Base.metadata.tables[table].columns
    assert name in columns, f"no column {ref!r}"
    return columns[name]


def _length(ref: str) -> int | None:
    kind = _column(ref).type
    kind = getattr(kind, "impl", kind)  # a Sealed column: its stored text column
    assert isinstance(kind, String), f"{ref} is not a text column"
    return kind.length  # None: Text, unbounded


def test_every_limit_is_at_most_its_column_length() -> None:
    too_long = [
        f"{spec.key}: {spec.max_length} > {ref} {_length(ref)}"
        for spec in TEXT_FIELDS.values()
        for ref in spec.columns
        if (_length(ref) or spec.max_length) < spec.max_length
    ]
    assert too_long == []


def test_the_short_text_columns_people_type_into_are_all_covered() -> None:
    covered = {ref for spec in TEXT_FIELDS.values() for ref in spec.columns}
    typed = {
        "case_file.applicant_name",
        "case_file.agent_name",
        "case_file.refusal_agency",
        "case_material.note",
        "first_contact.visitor_name",
        "referral.visitor_name",
        "ticket.kind_reason",
        "service_window.pause_reason",
        "complaint.complainant",
        "staff.name",
        "staff.title",
        "calendar_entry.doc_no",
        "calendar_entry.note",
        "suspension.reason",
    }
    assert typed <= covered


@given(
    key=st.sampled_from(sorted(TEXT_FIELDS)),
    value=st.text(st.characters(codec=None, exclude_categories=()), max_size=400),
)
def test_any_text_the_check_accepts_fits_every_column_it_goes_to(key: str, value: str) -> None:
    try:
        clean = check_text(key, value)
    except InvalidInput:
        return
    assert "\x00" not in clean
    clean.encode("utf-8")
    for ref in TEXT_FIELDS[key].columns:
        assert len(clean) <= (_length(ref) or len(clean)), ref

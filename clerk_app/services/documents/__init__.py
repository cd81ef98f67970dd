"""Printed documents from the real state: each builder reads the database and returns the
frozen dataclass the printing package renders (no session escapes, no PDF here).

Every builder opens its own session and raises :class:`NotFound` for an unknown id and
:class:`IllegalTransition` when the case is not in a state that document is for (no
receipt for a refused case, no completion notice for an open one…).

Decisions kept here:

- 文号: ``{department short name}{word}字〔{year}〕第{MMDD}{serial}号``; the serial is the
  one of the case number (``YYYYMMDD-WS-0012``), so a reprint gets the same number.
- Supplement deadline: the law (Art. 32) sets none. By default none is printed and the
  notice says to bring the materials once complete; a center that wants one sets
  ``documents.supplement_deadline_workdays`` (working days after the notice).
- The receipt states the due date of acceptance (promised limit counted from the
  acceptance day on the current calendar), not a later extended one: extensions and
  suspensions have their own notices.

The builders live by family: ``slips`` (the front desk's), ``decisions`` (at the counter),
``notices`` (while a case runs and at its end); ``parts`` holds what they share.
"""

from __future__ import annotations

from clerk_app.services.documents.decisions import receipt_doc, refusal_doc, supplement_notice_doc
from clerk_app.services.documents.notices import (
    completion_notice_doc,
    deemed_approval_notice_doc,
    extension_notice_doc,
    suspension_notice_doc,
)
from clerk_app.services.documents.parts import document_number, forms_text
from clerk_app.services.documents.slips import (
    first_contact_slip_doc,
    referral_number,
    referral_slip_doc,
    ticket_doc,
)

__all__ = [
    "completion_notice_doc",
    "deemed_approval_notice_doc",
    "document_number",
    "extension_notice_doc",
    "first_contact_slip_doc",
    "forms_text",
    "receipt_doc",
    "referral_number",
    "referral_slip_doc",
    "refusal_doc",
    "supplement_notice_doc",
    "suspension_notice_doc",
    "ticket_doc",
]

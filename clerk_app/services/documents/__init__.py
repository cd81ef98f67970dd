"""Printed documents from the real state: each builder reads the database and returns the
frozen dataclass the printing package renders (no session escapes, no PDF here).

Every builder opens its own session and raises :class:`NotFound` for an unknown id and
:class:`IllegalTransition` when the case is not in a state that document is for (no
receipt for a refused case, no completion notice for an open one…).

Decisions kept here:

- 文号: ``{department short name}{word}字〔{year}〕第{WS}-{MMDD}{serial}号``: the
  workstation, day and serial of the case number (``YYYYMMDD-WS-0012``), plus ``-2`` for
  a second notice of the same kind on one case; unique per department and year even from
  counters working offline, and a reprint gets the same number.
- Supplement deadline: the item's ``supplement_days`` (working days after the notice),
  fixed in the notice's event and printed as a date; past it the sweep closes the
  application as withdrawn (视为撤回申请告知书). The sweep's own notices (视为受理,
  超时默认, 视为撤回) go on the department's 待送达 list (``services.deliveries``).
- The receipt states the due date of acceptance (promised limit counted from the
  acceptance day on the current calendar), not a later extended one: extensions and
  suspensions have their own notices.

The builders live by family: ``slips`` (the front desk's), ``decisions`` (at the counter),
``notices`` (while a case runs and at its end); ``parts`` holds what they share.
"""

from __future__ import annotations

from clerk_app.services.documents.decisions import (
    deemed_acceptance_notice_doc,
    receipt_doc,
    refusal_doc,
    supplement_notice_doc,
    withdrawal_notice_doc,
)
from clerk_app.services.documents.guides import (
    adjustment_notice_doc,
    catalogue_table_doc,
    item_guide_doc,
)
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
    "adjustment_notice_doc",
    "catalogue_table_doc",
    "completion_notice_doc",
    "deemed_acceptance_notice_doc",
    "deemed_approval_notice_doc",
    "document_number",
    "extension_notice_doc",
    "first_contact_slip_doc",
    "forms_text",
    "item_guide_doc",
    "receipt_doc",
    "referral_number",
    "referral_slip_doc",
    "refusal_doc",
    "supplement_notice_doc",
    "suspension_notice_doc",
    "ticket_doc",
    "withdrawal_notice_doc",
]

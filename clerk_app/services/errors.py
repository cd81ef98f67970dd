"""Typed errors of the service layer; each message is one a clerk understands."""

from __future__ import annotations

from clerk_app.domain.errors import ClerkError, InvalidInput


class PermissionDenied(ClerkError):
    code = "permission_denied"


class NotFound(ClerkError):
    code = "not_found"


class DuplicateRequest(ClerkError):
    code = "duplicate_request"


class LoginFailed(ClerkError):
    code = "login_failed"


class AccountLocked(ClerkError):
    code = "account_locked"


class Conflict(ClerkError):
    """An event whose precondition does not hold where it is applied."""

    code = "conflict"


class SharedQueueUnavailable(ClerkError):
    """The central queue does not answer: the window numbers and calls locally meanwhile."""

    code = "shared_queue_unavailable"


class InvalidPayload(ClerkError):
    """An event whose payload does not match the schema of its type (or an unknown type)."""

    code = "invalid_payload"

    def __init__(self, message: str, *, event_type: str) -> None:
        super().__init__(message)
        self.event_type = event_type


class NoDataKey(InvalidInput):
    """This workstation has no data key: an ID number, a phone number or a password would
    be written in clear, which the product never does. ``field`` names the form's field
    (a key of :data:`clerk_app.domain.text_limits.TEXT_FIELDS` where there is one)."""

    code = "no_data_key"

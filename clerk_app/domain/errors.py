"""Typed errors shared by the domain and the services.

Every error carries a message a clerk understands (Simplified Chinese) in ``str(err)``
and a stable ``code`` that the UI and the logs can rely on.
"""

from __future__ import annotations


class ClerkError(Exception):
    """Base of every error the product raises on purpose."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(ClerkError, ValueError):
    """A value typed by a person is wrong (ID number, phone, code…).

    ``field`` names the field when known (a key of
    :data:`clerk_app.domain.text_limits.TEXT_FIELDS` or ``COUNT_FIELDS``), so that a form
    can show the message next to it.
    """

    code = "invalid_input"

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class IllegalTransition(ClerkError):
    """A ticket or a case cannot go from its state by the action asked for."""

    code = "illegal_transition"

    def __init__(self, message: str, *, state: str = "", action: str = "") -> None:
        super().__init__(message)
        self.state = state
        self.action = action


class RuleViolation(ClerkError):
    """A legal or county rule forbids the action (limit exceeded, reason missing…).

    ``field`` names the value the rule is about when there is one (as for
    :class:`InvalidInput`), e.g. the working days asked for beyond the limit.
    """

    code = "rule_violation"

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field

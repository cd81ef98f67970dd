"""Why a sync could not run, in words an administrator or a clerk understands."""

from __future__ import annotations

import re

from clerk_app.domain.errors import ClerkError
from clerk_app.services.errors import SharedQueueUnavailable


class SyncError(ClerkError):
    code = "sync_error"


class CentralProblem(SyncError, SharedQueueUnavailable):
    """The central database cannot be used (no answer, login refused, wrong schema, no
    privilege, no credentials): the counter keeps working offline, the reason is shown."""

    code = "central_problem"

    @property
    def headline(self) -> str:
        """The reason in a few words, for the status line (the message is the tooltip)."""
        return re.split("[，：。（]", self.message, maxsplit=1)[0]


class CentralUnreachable(CentralProblem):
    """The central server does not answer; the counter keeps working locally."""

    code = "central_unreachable"


class CentralAuthFailed(CentralProblem):
    code = "central_auth_failed"


class CentralSchemaMismatch(CentralProblem):
    code = "central_schema_mismatch"


class CredentialsUnavailable(CentralProblem):
    """No usable OS keyring (missing or locked); never falls back to plaintext."""

    code = "credentials_unavailable"


class LocalStoreFull(SyncError):
    code = "local_store_full"


class ChainBroken(SyncError):
    """An incoming event does not continue its workstation's hash chain."""

    code = "chain_broken"


class CentralNotDeciding(SyncError):
    """The central journaled our events but its applier has not decided on them in time."""

    code = "central_not_deciding"

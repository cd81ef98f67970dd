"""Why a sync could not run, in words an administrator or a clerk understands."""

from __future__ import annotations

from clerk_app.domain.errors import ClerkError
from clerk_app.services.errors import SharedQueueUnavailable


class SyncError(ClerkError):
    code = "sync_error"


class CentralUnreachable(SyncError, SharedQueueUnavailable):
    """The central server does not answer; the counter keeps working locally."""

    code = "central_unreachable"


class CentralAuthFailed(SyncError):
    code = "central_auth_failed"


class CentralSchemaMismatch(SyncError):
    code = "central_schema_mismatch"


class CredentialsUnavailable(SyncError):
    """No usable OS keyring (missing or locked); never falls back to plaintext."""

    code = "credentials_unavailable"


class LocalStoreFull(SyncError):
    code = "local_store_full"


class ChainBroken(SyncError):
    """An incoming event does not continue its workstation's hash chain."""

    code = "chain_broken"

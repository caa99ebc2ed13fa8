"""The one error every remote failure becomes, with what the outbox needs to decide what to do next."""

from __future__ import annotations

from typing import Any, Literal

from frontdesk.errors import FrontdeskError

Kind = Literal["refused", "timeout", "reset", "server", "rejected", "auth", "rate_limited", "malformed", "not_found"]


class RemoteError(FrontdeskError):
    """A call to the platform failed.

    ``code`` is ``remote.<kind>`` or, when the platform said precisely why, ``remote.<kind>.<reason>``
    (e.g. ``remote.auth.token_expired``), so the agent reads the actual cause. ``params["detail"]`` is for
    the log only and never holds a dossier link or a prefill token. ``acted`` tells the outbox whether
    the platform did the work: False (certainly not: resend), True (it did), None (unknown: reconcile
    before any resend).
    """

    code = "remote"

    def __init__(self, kind: Kind, reason: str = "", *, retry_after: float | None = None,
                 acted: bool | None = False, **params: Any) -> None:
        code = f"remote.{kind}.{reason}" if reason else f"remote.{kind}"
        super().__init__(code, **params)
        self.kind = kind
        self.reason = reason
        self.retry_after = retry_after
        self.acted = acted

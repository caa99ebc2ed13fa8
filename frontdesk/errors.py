"""Errors the core raises towards the UI and the CLI.

The core never words a message for the agent: it raises a stable ``code`` with the ``params`` a
message needs. The UI turns the code into a translated sentence; the CLI uses ``frontdesk.messages``.
"""

from __future__ import annotations

from typing import Any


class FrontdeskError(Exception):
    """Base of every error an agent or an administrator may have to read."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code}: {params}" if params else self.code)


class SettingsError(FrontdeskError):
    """A setting has a value of the wrong form; ``params`` names the key and the expected form."""

    code = "settings.invalid"


class AuthError(FrontdeskError):
    """Sign-in refused: wrong credentials, locked account, disabled account."""

    code = "auth.failed"


class PermissionDenied(FrontdeskError):
    """The signed-in agent's role does not allow the action."""

    code = "auth.forbidden"


class ValidationError(FrontdeskError):
    """A value given to a service breaks a rule (password policy, prefix form ...)."""

    code = "validation"


class JournalError(FrontdeskError):
    """The journal chain is broken: an entry was altered, removed or reordered."""

    code = "journal.broken"

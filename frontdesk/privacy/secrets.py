"""The one way to secrets (API tokens, keys): the operating system's keyring, never the database or a file.

Windows keeps them in the Credential Manager, macOS in the Keychain, Linux in the Secret Service.
A keyring that cannot be reached is an error the administrator must see, not a silent "no token".
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

from frontdesk.errors import FrontdeskError

log = logging.getLogger(__name__)
SERVICE = "Frontdesk"
DEMARCHE_NUMERIQUE_TOKEN = "demarche-numerique-token"


class SecretsError(FrontdeskError):
    """The keyring is missing or refused access."""

    code = "secrets.unavailable"


def get_secret(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring read failed for %s: %s", name, type(exc).__name__)
        raise SecretsError(detail=type(exc).__name__) from exc


def set_secret(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring write failed for %s: %s", name, type(exc).__name__)
        raise SecretsError(detail=type(exc).__name__) from exc


def delete_secret(name: str) -> None:
    """Forget a secret; forgetting one that is not there is not an error."""
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise SecretsError(detail=type(exc).__name__) from exc

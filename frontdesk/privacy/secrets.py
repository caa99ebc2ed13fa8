"""The one way to secrets: the OS keyring, passphrase-derived keys, and secrets sealed in the database.

Never the database in clear, never a settings file. A keyring that cannot be reached when a secret is
needed (the Démarche Numérique token) is an error the administrator must see, not a silent "no token".

- ``get_secret`` / ``set_secret`` / ``delete_secret``: the OS keyring (Windows Credential Manager,
  macOS Keychain, Secret Service); ``keyring_usable`` says whether a real backend exists (keyring
  falls back to a "fail" or "null" backend on a bare machine).
- ``passphrase_key``: Argon2id turns a supervisor's passphrase into a key-encryption key, for PCs
  without a keyring; only the salt and cost parameters are stored.
- ``sealed_secret``: an installation secret kept in ``app_meta`` encrypted under the data key, so every
  desk sharing the database reads the same value (the documents' integrity salt lives there).
"""

from __future__ import annotations

import base64
import logging
import os
from collections.abc import Callable

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from argon2.low_level import Type, hash_secret_raw
from sqlalchemy.orm import Session

from frontdesk.errors import FrontdeskError, ValidationError
from frontdesk.settings import APP_NAME

log = logging.getLogger(__name__)
SERVICE = APP_NAME  # the one keyring service name of every secret of the application
DEMARCHE_NUMERIQUE_TOKEN = "demarche-numerique-token"
PASSPHRASE_MIN_CHARS = 12
# Argon2id costs for unwrapping the data key once per start: about a quarter of a second, 64 MiB.
KDF_TIME_COST, KDF_MEMORY_KIB, KDF_PARALLELISM = 3, 64 * 1024, 2
SEALED_PREFIX = "secret."


# --- OS keyring -----------------------------------------------------------------------------------------

def keyring_usable() -> bool:
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return False
    return not (isinstance(backend, keyring.backends.chainer.ChainerBackend) and not backend.backends)


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


# --- passphrase ------------------------------------------------------------------------------------------

def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < PASSPHRASE_MIN_CHARS:
        raise ValidationError("privacy.passphrase_short", min=PASSPHRASE_MIN_CHARS)


def new_kdf_params() -> dict[str, int | str]:
    return {"salt": b64(os.urandom(16)), "t": KDF_TIME_COST, "m": KDF_MEMORY_KIB, "p": KDF_PARALLELISM}


def passphrase_key(passphrase: str, params: dict) -> bytes:
    """The key-encryption key a passphrase gives with these (stored) parameters."""
    return hash_secret_raw(passphrase.encode("utf-8"), unb64(params["salt"]), time_cost=int(params["t"]),
                           memory_cost=int(params["m"]), parallelism=int(params["p"]), hash_len=32, type=Type.ID)


# --- secrets sealed in the database ----------------------------------------------------------------------

def sealed_secret(session: Session, name: str, make: Callable[[], str]) -> str:
    """The installation secret ``name``, created with ``make`` the first time (inside the caller's
    transaction, so a rolled-back first use leaves nothing behind)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from frontdesk.privacy.fields import active_cipher
    from frontdesk.store.models import AppMeta

    cipher, key = active_cipher(), SEALED_PREFIX + name
    row = session.get(AppMeta, key)
    if row is None:
        # Two desks on one server may both get here first: one insert wins, both read the winner.
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(insert(AppMeta).values(key=key, value=cipher.encrypt(make(), key)).on_conflict_do_nothing())
        row = session.get(AppMeta, key, populate_existing=True)
    return cipher.decrypt(row.value, key)


def read_sealed_secret(session: Session, name: str) -> str | None:
    from frontdesk.privacy.fields import active_cipher
    from frontdesk.store.models import AppMeta

    row = session.get(AppMeta, SEALED_PREFIX + name)
    return None if row is None else active_cipher().decrypt(row.value, SEALED_PREFIX + name)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))

"""Encrypted columns: one line in a model (``mapped_column(EncryptedJSON("table.column"))``).

The cipher comes from the context the database handle sets around every session it opens
(``Database.read`` / ``unit_of_work``), so a model needs no key and a value is never written in clear:
binding a value while no key is unlocked raises instead of storing plaintext.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Text, TypeDecorator
from sqlalchemy.engine import Dialect

from frontdesk.errors import FrontdeskError
from frontdesk.privacy.crypto import FieldCipher

_active: ContextVar[FieldCipher | None] = ContextVar("frontdesk_field_cipher", default=None)


class KeyLocked(FrontdeskError):
    """An encrypted value was read or written while no data key is unlocked."""

    code = "privacy.locked"


@contextmanager
def using(cipher: FieldCipher | None) -> Iterator[None]:
    token = _active.set(cipher)
    try:
        yield
    finally:
        _active.reset(token)


def active_cipher() -> FieldCipher:
    cipher = _active.get()
    if cipher is None:
        raise KeyLocked()
    return cipher


def current_cipher() -> FieldCipher | None:
    return _active.get()


class EncryptedText(TypeDecorator[str]):
    """A text value stored as an AES-GCM token bound to ``purpose`` (the column's name)."""

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def encode(self, value: Any) -> str:
        return str(value)

    def decode(self, text: str) -> Any:
        return text

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return active_cipher().encrypt(self.encode(value), self.purpose)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return self.decode(active_cipher().decrypt(value, self.purpose))


class EncryptedJSON(EncryptedText):
    """A JSON value (list, dict ...) stored encrypted: it cannot be queried, only read whole."""

    cache_ok = True

    def encode(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def decode(self, text: str) -> Any:
        return json.loads(text)


def encrypted_columns(metadata) -> list[tuple[Any, Any]]:
    """(table, column) of every encrypted column: what a key rotation re-encrypts."""
    return [(table, column) for table in metadata.sorted_tables for column in table.columns
            if isinstance(column.type, EncryptedText)]

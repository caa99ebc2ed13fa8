"""Authenticated encryption of single values (AES-256-GCM) under a data key.

A token names the key that sealed it (``fd1:<key id>:<nonce + ciphertext, base64>``), so after a key
rotation, or in the middle of one, each value opens with its own key. The column a value belongs to is
bound in as associated data: a ciphertext copied from one column into another does not open.
"""

from __future__ import annotations

import base64
import os
import secrets as _random
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from frontdesk.errors import FrontdeskError

PREFIX = "fd1"
KEY_BYTES = 32
NONCE_BYTES = 12


class DecryptionFailed(FrontdeskError):
    """A stored value does not open with the keys at hand: wrong key, or altered behind the application."""

    code = "privacy.decryption_failed"


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=8 * KEY_BYTES)


def new_key_id() -> str:
    return _random.token_hex(4)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """nonce + ciphertext; a fresh random nonce each time (2^-96 collision odds per pair of values)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed() from exc


@dataclass
class FieldCipher:
    """The data key in use (``current``) and any older keys still needed to read (during a rotation)."""

    key_id: str
    key: bytes
    older: dict[str, bytes] = field(default_factory=dict)

    def encrypt(self, plaintext: str, purpose: str) -> str:
        body = seal(self.key, plaintext.encode("utf-8"), purpose.encode())
        return f"{PREFIX}:{self.key_id}:{base64.urlsafe_b64encode(body).decode('ascii')}"

    def decrypt(self, token: str, purpose: str) -> str:
        try:
            prefix, key_id, body = token.split(":", 2)
        except ValueError:
            raise DecryptionFailed(reason="not_a_token") from None
        key = self.key if key_id == self.key_id else self.older.get(key_id)
        if prefix != PREFIX or key is None:
            raise DecryptionFailed(reason="unknown_key")
        return unseal(key, base64.urlsafe_b64decode(body), purpose.encode()).decode("utf-8")

    def rotated(self) -> FieldCipher:
        """A cipher with a fresh current key that still reads everything this one reads."""
        return FieldCipher(new_key_id(), new_key(), {**self.older, self.key_id: self.key})


def is_token(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX + ":")

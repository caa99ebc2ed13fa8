"""Password hashing (Argon2id, memory-hard) and the password policy.

Policy, after CNIL deliberation 2022-100: an account protected by a lock-out after repeated failures
needs a password of at least 50 bits of entropy; without one, 80 bits. Entropy is estimated the way
the CNIL does (length × log2 of the alphabet actually used), so a long lower-case passphrase passes
and a short mixed one must use several kinds of characters.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from frontdesk.errors import ValidationError

MIN_LENGTH = 8
MAX_LENGTH = 256
MIN_DISTINCT = 5
BITS_WITH_LOCKOUT = 50
BITS_WITHOUT_LOCKOUT = 80
_SPECIALS = 37  # the CNIL's count of special characters in its tables
_COMMON = frozenset({
    "motdepasse", "password", "azertyuiop", "azerty123", "qwertyuiop", "123456789", "1234567890",
    "bonjour123", "soleil123", "doudou123", "marseille", "motdepasse1", "password1", "administrateur",
    "mairie123", "accueil123", "frontdesk", "changeme", "jetaime123", "azertyuiop1",
})


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    # RFC 9106's second recommended setting: 64 MiB, 3 passes. About 0.1 s on a desk PC.
    return PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher().check_needs_rehash(stored_hash)


def dummy_verify(password: str) -> None:
    """Spend the same time as a real check, so an unknown login cannot be told from a known one."""
    verify_password(_dummy_hash(), password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password("not a password of anyone")


def entropy_bits(password: str) -> float:
    pool = 0
    if any(c in string.ascii_lowercase for c in password):
        pool += 26
    if any(c in string.ascii_uppercase for c in password):
        pool += 26
    if any(c in string.digits for c in password):
        pool += 10
    if any(not c.isascii() or not c.isalnum() for c in password):
        pool += _SPECIALS
    return len(password) * math.log2(pool) if pool else 0.0


def check_policy(password: str, *, login: str = "", display_name: str = "", lockout: bool = True) -> None:
    """Raise ValidationError with a precise code when the password is too weak."""
    if len(password) < MIN_LENGTH:
        raise ValidationError("password.too_short", min=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError("password.too_long", max=MAX_LENGTH)
    folded = password.casefold()
    if folded in _COMMON or folded.rstrip("0123456789!.") in _COMMON:
        raise ValidationError("password.common")
    personal = [login, *display_name.split()]
    if any(len(part) >= 4 and part.casefold() in folded for part in personal):
        raise ValidationError("password.contains_name")
    if len(set(password)) < MIN_DISTINCT:
        raise ValidationError("password.repetitive", min=MIN_DISTINCT)
    needed = BITS_WITH_LOCKOUT if lockout else BITS_WITHOUT_LOCKOUT
    if entropy_bits(password) < needed:
        raise ValidationError("password.too_weak", bits=round(entropy_bits(password)), needed=needed)

"""Integrity codes: a short code a person can type, derived from what was printed.

The code is a salted SHA-256 over the document's number, template version and canonical JSON, cut to
60 bits and written in Crockford's base 32 (no I, L, O or U, so nothing is misread): 12 characters in
groups of 4, e.g. ``7QKM-2T9C-XR4B``. The salt is made once per installation so codes cannot be forged
by someone who knows the data but not the salt. It is sealed under the data key in ``app_meta``
(``frontdesk.privacy.secrets.sealed_secret``), so every desk sharing the database checks the same codes.
"""

from __future__ import annotations

import hashlib
import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_CHARS = 12
QR_PREFIX = "FRONTDESK"
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_NUMBER_RE = re.compile(r"[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,4})?-\d{4}-\d{6}")


def new_salt() -> str:
    return secrets.token_hex(32)


def integrity_code(salt: str, number: str, template_version: int, canonical: str) -> str:
    """The 12-character code printed on the document, grouped ``XXXX-XXXX-XXXX``."""
    digest = hashlib.sha256(
        b"\x00".join([bytes.fromhex(salt), number.encode(), str(template_version).encode(), canonical.encode()])
    ).digest()
    value = int.from_bytes(digest[:8], "big") >> (64 - 5 * CODE_CHARS)
    chars = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CODE_CHARS)))
    return "-".join(chars[i:i + 4] for i in range(0, CODE_CHARS, 4))


def qr_text(number: str, code: str) -> str:
    """What the QR code holds: the number and the code, readable by any scanner as plain text."""
    return f"{QR_PREFIX} {number} {code}"


def parse(text: str) -> tuple[str | None, str | None]:
    """(number or None, normalised code or None) from a typed code or a scanned QR text.

    Typing is forgiving: lower case, spaces and dashes anywhere, O for 0, I or L for 1.
    """
    upper = text.strip().upper()
    number_match = _NUMBER_RE.search(upper)
    number = number_match.group(0) if number_match else None
    rest = upper.replace(number, " ") if number else upper
    rest = rest.replace(QR_PREFIX, " ")
    compact = re.sub(r"[\s\-_.]", "", rest).translate(_MISREAD)
    if len(compact) != CODE_CHARS or any(c not in ALPHABET for c in compact):
        return number, None
    return number, "-".join(compact[i:i + 4] for i in range(0, CODE_CHARS, 4))

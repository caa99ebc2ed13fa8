"""Global GraphQL ids of the platform: URL-safe base64 of ``"<Type>-<id>"``.

Prefill keys are ``champ_`` + the champ descriptor id; the platform accepts the id with or without its
``=`` padding, so both forms must name the same champ here too.
"""

from __future__ import annotations

import base64
import binascii


def global_id(type_name: str, local_id: object) -> str:
    return base64.b64encode(f"{type_name}-{local_id}".encode()).decode("ascii")


def decode_global_id(value: str) -> tuple[str, str] | None:
    """``("Champ", "12")`` for ``"Q2hhbXAtMTI"`` (padding optional); None when it is not an id."""
    text = value.strip()
    text += "=" * (-len(text) % 4)
    try:
        raw = base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    type_name, sep, local_id = raw.partition("-")
    return (type_name, local_id) if sep and type_name and local_id else None


def prefill_key(champ_id: str) -> str:
    """The payload key of a champ, padding stripped as the platform's own examples do."""
    return "champ_" + champ_id.rstrip("=")


def champ_id_of_key(key: str) -> str | None:
    """The canonical (padded) champ id behind a payload key, or None for another key."""
    if not key.startswith("champ_"):
        return None
    bare = key.removeprefix("champ_")
    decoded = decode_global_id(bare)
    if decoded is None or decoded[0] != "Champ":
        return None
    return bare + "=" * (-len(bare) % 4)

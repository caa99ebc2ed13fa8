"""Human references (dossier, receipt numbers) that desks can issue without agreeing on a counter.

A desk prefix is the commune's code, optionally followed by the desk's own code (``ADM-A1``): two desks
never share a prefix, so their numbers never collide, even while offline.
"""

from __future__ import annotations

import re

PREFIX_RE = re.compile(r"[A-Z0-9]{1,6}(-[A-Z0-9]{1,4})?")
PREFIX_MAX = 11


def normalise_prefix(raw: str) -> str | None:
    """The prefix in canonical form, or None if it is not a valid prefix."""
    value = raw.strip().upper()
    return value if PREFIX_RE.fullmatch(value) else None


def reference(prefix: str, year: int, number: int) -> str:
    """E.g. ``ADM-A1-2026-000042``."""
    return f"{prefix}-{year}-{number:06d}"


def dossier_reference(prefix: str, year: int, number: int) -> str:
    """E.g. ``ADM-A1-2026-D000042``: numbered like documents, the ``D`` keeps the two series apart on paper."""
    return f"{prefix}-{year}-D{number:06d}"

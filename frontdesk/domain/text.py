"""Text folding shared by every search, so SQLite and PostgreSQL give the same answers."""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(value: str) -> str:
    """Lower-case ASCII words separated by single spaces: accents, ligatures, case and punctuation go.

    >>> fold("Éloïse LEFÈVRE-Dupont, Œuvre d'Ærø")
    'eloise lefevre dupont oeuvre d aero'
    """
    value = value.casefold().translate(_LIGATURES)
    value = unicodedata.normalize("NFKD", value)
    value = "".join(c for c in value if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", value).strip()

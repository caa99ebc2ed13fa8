"""The address block of a letter, as La Poste reads it (norm NF Z10-011).

At most 6 lines of at most 38 characters; the last line is the postal code, one space, and the commune
in capitals without accents. Machines sort on that block, so a line that is too long is abbreviated with
the usual postal abbreviations (AVENUE → AV, SAINT → ST ...), then wrapped onto a free line, and cut only
as a last resort.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LINES = 6
MAX_CHARS = 38

# Common abbreviations of the postal address (a short, safe subset of La Poste's list).
ABBREVIATIONS = {
    "AVENUE": "AV", "BOULEVARD": "BD", "CHEMIN": "CHE", "IMPASSE": "IMP", "PLACE": "PL", "ROUTE": "RTE",
    "RESIDENCE": "RES", "BATIMENT": "BAT", "APPARTEMENT": "APT", "ESCALIER": "ESC", "ALLEE": "ALL",
    "QUARTIER": "QUA", "LOTISSEMENT": "LOT", "FAUBOURG": "FG", "SQUARE": "SQ", "SAINT": "ST", "SAINTE": "STE",
    "GENERAL": "GAL", "MARECHAL": "MAL", "PRESIDENT": "PDT", "DOCTEUR": "DR", "PROFESSEUR": "PR",
}


def fold(text: str) -> str:
    """Capitals without accents or stray punctuation, single spaces: what sorting machines read best."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).upper()
    text = re.sub(r"[,.;:\"]", " ", text)
    return " ".join(text.split())


def _abbreviate(line: str) -> str:
    return " ".join(ABBREVIATIONS.get(word, word) for word in line.split())


def _wrap(line: str, width: int = MAX_CHARS) -> list[str]:
    words, out, current = line.split(), [], ""
    for word in words:
        while len(word) > width:  # a single word longer than a line: cut it
            if current:
                out.append(current)
                current = ""
            out.append(word[:width])
            word = word[width:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = f"{current} {word}"
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    return out


def locality_line(postal_code: str, commune: str) -> str:
    """``75011 PARIS``: the commune in capitals, hyphens as spaces, SAINT shortened when needed."""
    name = fold(commune.replace("-", " ").replace("'", " "))
    room = MAX_CHARS - len(postal_code) - 1
    if len(name) > room:
        name = _abbreviate(name)
    return f"{postal_code} {name[:room].rstrip()}".strip()


def address_lines(name: str, lines: tuple[str, ...] | list[str], postal_code: str, commune: str) -> list[str]:
    """The block, top to bottom: recipient, delivery lines, locality; every rule of the norm holds."""
    name_lines = _wrap(fold(name)) or [""]
    middle: list[str] = []
    for raw in lines:
        line = fold(raw.replace("-", " "))  # street names: hyphens read as spaces, and let long names wrap
        if not line:
            continue
        if len(line) > MAX_CHARS:
            line = _abbreviate(line)
        middle.extend(_wrap(line))
    room = MAX_LINES - 1  # the locality line is always there
    # The recipient's first line and the delivery lines (the street comes last) matter most; extra
    # name lines go first, then the earliest complement lines.
    name_lines = name_lines[: max(1, room - len(middle))]
    while len(name_lines) + len(middle) > room:
        middle.pop(0)
    return [*name_lines, *middle, locality_line(postal_code, commune)]

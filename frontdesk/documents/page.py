"""What a page is, without drawing it: its format and the sheet of one document.

Apart from ``layout`` (reportlab) so that issuing a document, which only records it, does not load the
PDF machinery: the demo's first start issues the sample dossiers' papers before the sign-in screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from frontdesk.documents.blocks import Block


class PageFormat(StrEnum):
    A4 = "a4"
    ROLL80 = "roll80"


@dataclass(frozen=True)
class Sheet:
    """One document to draw: its blocks and what goes around them (number, code, duplicate mark)."""

    blocks: Sequence[Block]
    title: str
    number: str
    issued_line: str
    code: str
    qr: str
    issuer: str
    duplicate_line: str = ""

"""The content of a document as a short list of blocks, independent of paper size and print size.

Templates say *what* is written (a title, a paragraph, a list, labelled values, signature spaces);
``layout`` decides *how* for A4, the 80 mm roll and large print. Keeping the two apart is what lets the
tests check every paragraph of every document in every format against the extracted text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    strong: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Fields:
    """Labelled values ("Reçue le : 3 mars 2026"), as a two-column table on wide paper."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Signatures:
    """Boxes to sign in, one per label."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class NewCopy:
    """Start the next copy of a document printed twice: a new page on A4, a cut line on a roll."""

    label: str


@dataclass(frozen=True)
class Letterhead:
    """The sender's block at the top of a letter and the recipient's address block (window envelope)."""

    sender: tuple[str, ...]
    address: tuple[str, ...]


Block = Title | Heading | Para | Bullets | Fields | Signatures | NewCopy | Letterhead


def texts(blocks: list[Block]) -> list[str]:
    """Every piece of text the blocks print, in order (what the tests look for in the PDF)."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Title | Heading | Para):
            out.append(block.text)
        elif isinstance(block, Bullets):
            out.extend(block.items)
        elif isinstance(block, Fields):
            for label, value in block.pairs:
                out.extend([label, value])
        elif isinstance(block, Signatures):
            out.extend(block.labels)
        elif isinstance(block, NewCopy):
            out.append(block.label)
        elif isinstance(block, Letterhead):
            out.extend([*block.sender, *block.address])
    return [line for t in out for line in t.split("\n") if line]

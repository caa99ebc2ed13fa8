"""Helpers for the printing tests: print through Qt to a PDF file and read it back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from frontdesk.documents import IssuedDocument, PageFormat, sheet
from ui.print_render import print_sheets


def print_to_pdf(issued: IssuedDocument, path: Path, page_format: PageFormat, large_print: bool, *,
                 duplicate_at=None) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return print_sheets(printer, [sheet(issued, reprint_at=duplicate_at)], page_format, large_print)


def runs(pdf: bytes) -> tuple[PdfReader, str, list[tuple[int, float, float, float, float, str]]]:
    """The reader, all text, and (page, x, y, page width, page height, text) of every text run."""
    reader = PdfReader(io.BytesIO(pdf))
    found: list[tuple[int, float, float, float, float, str]] = []
    chunks = []
    for number, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, _font, _size, number=number, width=width, height=height):
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                found.append((number, x, y, width, height, text))

        chunks.append(page.extract_text(visitor_text=visit))
    return reader, "\n".join(chunks), found


def dense(text: str) -> str:
    """Text without any white space (non-breaking ones included), to compare wrapped lines with a paragraph."""
    return "".join(text.split()).replace("\u00a0", "")

"""Printing a real receipt through a real CUPS queue (cups-pdf), as a desk printer would receive it.

``.ci/run`` installs CUPS and cups-pdf, starts the scheduler and creates the ``Frontdesk_PDF`` queue; in CI a
missing queue fails the test, elsewhere it is skipped (like PostgreSQL). The job goes through QPrinter by
the queue's name; the test then reads the document CUPS spooled for the job (what a printer's driver gets:
its text must hold the number, accents intact) and waits for cups-pdf's output file, named after the
job title (the number), whose page must show the same ink as the spooled one.

cups-pdf turns the job into PostScript and back with Ghostscript, which re-encodes Qt's embedded fonts
without a Unicode map: its output is checked as pages (same size, same ink), not as text.
"""

from __future__ import annotations

import os
import pwd
import re
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from frontdesk.documents import PageFormat, issue, sheet
from frontdesk.domain.roles import Actor, Role
from frontdesk.services.desk import ensure_desk
from frontdesk.store.database import Database
from tests.document_samples import acknowledgement
from ui.print_render import print_sheets

QUEUE = os.environ.get("FRONTDESK_TEST_CUPS_QUEUE", "Frontdesk_PDF")
SPOOL = Path("/var/spool/cups")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (.ci/run installs CUPS and creates the queue; in CI this is a failure)", pytrace=False)
    pytest.skip(reason)


def _output_dir() -> Path:
    """Where cups-pdf writes this user's jobs: the ``Out`` setting, ${HOME} and ${USER} expanded."""
    out = "/var/spool/cups-pdf/${USER}"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            if re.match(r"\s*Out\s", line):
                out = line.split(None, 1)[1].strip()
    user = pwd.getpwuid(os.getuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def _wait_for(find, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.25)
    return None


def _ink(pdf: Path, size: QSize) -> list[int]:
    """The first page as 8-bit grey pixels at ``size``."""
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    page = document.render(0, size)
    image = QImage(size, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))  # the page is rendered on a transparent background
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return [image.pixelColor(x, y).value() for y in range(image.height()) for x in range(image.width())]


def test_a_receipt_printed_through_cups_comes_back_with_its_number(qapp, tmp_path):
    if QPrinterInfo.printerInfo(QUEUE).isNull():
        _unavailable(f"no CUPS queue named {QUEUE}")
    if not os.access(SPOOL, os.R_OK | os.X_OK):
        _unavailable(f"{SPOOL} is not readable by this user (the test reads the spooled job as root)")
    database, _ = Database.open("sqlite:///" + (tmp_path / "cups.sqlite3").as_posix())
    desk = ensure_desk(database, "Accueil", "CUPS", "Admiville")
    issued = issue(database, Actor(desk.id, role=Role.SUPERVISOR), acknowledgement(), page_format=PageFormat.A4)
    database.close()
    out_dir = _output_dir()
    started = time.time() - 1

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    assert printer.printerName() == QUEUE
    printer.setDocName(issued.number)
    pages = print_sheets(printer, [sheet(issued)], PageFormat.A4, False)

    def spooled() -> Path | None:
        for path in sorted(SPOOL.glob("d*-001"), key=lambda p: p.stat().st_mtime, reverse=True):
            if path.stat().st_mtime >= started and path.read_bytes()[:5] == b"%PDF-":
                text = " ".join(page.extract_text() for page in PdfReader(path).pages)
                if issued.number in text:
                    return path
        return None

    job = _wait_for(spooled)
    assert job is not None, f"no job for {issued.number} in {SPOOL}"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(job).pages).split())
    assert f"N° {issued.number}" in text and issued.code in text
    assert "Éloïse Lefèvre-Cœurderoy" in text and "150\u00a0€" in text.replace(" €", "\u00a0€")
    assert len(PdfReader(job).pages) == pages

    printed = _wait_for(lambda: [p for p in out_dir.glob(f"*{issued.number}*.pdf") if p.stat().st_size > 0])
    assert printed, f"cups-pdf wrote no PDF named after {issued.number} in {out_dir}"
    result = PdfReader(printed[0])
    assert len(result.pages) == pages
    assert float(result.pages[0].mediabox.width) == pytest.approx(595, abs=2)
    # Where the ink is, at 40 % of A4: the page cups-pdf made matches the one sent up to anti-aliasing and a
    # small shift (about a fifth of the inked pixels differ; another document differs by more than two thirds).
    size = QSize(238, 336)
    sent, came_back = _ink(job, size), _ink(printed[0], size)
    inked = sum(1 for v in sent if v < 200)
    assert inked > len(sent) * 0.05  # the spooled page has text on it
    differing = sum(1 for a, b in zip(sent, came_back, strict=True) if abs(a - b) > 96)
    assert differing < inked * 0.35, "the page cups-pdf printed does not look like the one sent"

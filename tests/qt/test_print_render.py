"""The Qt printer renderer: every document in every format printed through QPrinter (PDF output), read back.

What reaches the printer must say everything the PDF says: every text of the blocks, the number, the
integrity code, accents intact, every line inside the paper; the roll is one page 80 mm wide.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from frontdesk.documents import PageFormat, issue
from frontdesk.documents.blocks import texts
from frontdesk.documents.layout import qr_modules
from frontdesk.documents.templates import TITLES, content
from frontdesk.domain.roles import Actor, Role
from frontdesk.services.desk import ensure_desk
from frontdesk.store.database import Database
from tests import document_samples as samples
from tests.helpers import memory_keyring_in
from tests.qt.printing import dense, print_to_pdf, runs

MM = 72 / 25.4
CASES = [(name, fmt, big) for name in samples.all_documents() for fmt in PageFormat for big in (False, True)]


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    with memory_keyring_in(tmp_path_factory.mktemp("keyring")):
        database, _ = Database.open("sqlite:///" + (tmp_path_factory.mktemp("print") / "p.sqlite3").as_posix())
        info = ensure_desk(database, "Accueil", "ADM-A1", "Admiville")
        yield database, Actor(info.id, role=Role.SUPERVISOR)
        database.close()


@pytest.mark.parametrize(("name", "fmt", "big"), CASES, ids=[f"{n}-{f}-{'large' if b else 'std'}" for n, f, b in CASES])
def test_every_text_of_every_document_reaches_the_paper(qapp, desk, tmp_path, name, fmt, big):
    db, actor = desk
    data = samples.all_documents()[name]
    issued = issue(db, actor, data, page_format=fmt, large_print=big)
    path = tmp_path / "out.pdf"
    pages = print_to_pdf(issued, path, fmt, big)
    reader, text, found = runs(path.read_bytes())
    assert len(reader.pages) == pages
    # A paragraph may go on over the next page: read the text without the footers in between.
    flat = " ".join(text.split())  # Qt's PDF spaces come out as tabs
    whole = dense(re.sub(rf"{re.escape(TITLES[issued.kind])} N° {issued.number} page \d+", " ", flat))
    for expected in texts(content(data)):
        assert dense(expected) in whole, f"missing on paper: {expected!r}"
    assert issued.number in text and issued.code in text
    assert "é" in text and "\ufffd" not in text and "fi" in whole.replace("ﬁ", "")  # no lost ligature
    for page, x, y, width, height, run in found:  # nothing cut off: every line starts inside the paper
        assert 0 <= x < width - 10 and 0 < y < height, f"page {page + 1}: {run!r} at ({x:.0f}, {y:.0f})"
    if fmt is PageFormat.ROLL80:
        assert pages == 1
        assert float(reader.pages[0].mediabox.width) == pytest.approx(80 * MM, abs=1)
        assert float(reader.pages[0].mediabox.height) > 100 * MM
    else:
        assert float(reader.pages[0].mediabox.width) == pytest.approx(595, abs=1)
        assert 1 <= pages <= (6 if big else 3)


def test_lines_never_run_past_the_right_margin(qapp, desk, tmp_path):
    """Wrapping happens at the text width: the widest line of a long paragraph stays inside 20 mm margins."""
    db, actor = desk
    issued = issue(db, actor, samples.notice(), page_format=PageFormat.A4, large_print=False)
    path = tmp_path / "n.pdf"
    print_to_pdf(issued, path, PageFormat.A4, False)
    _reader, _text, found = runs(path.read_bytes())
    lefts = [x for _p, x, _y, _w, _h, _t in found]
    assert min(lefts) == pytest.approx(20 * MM, abs=1)  # the left margin is the PDF's


def test_a_duplicate_carries_the_mark_and_the_reprint_date(qapp, desk, tmp_path):
    db, actor = desk
    issued = issue(db, actor, samples.acknowledgement())
    path = tmp_path / "d.pdf"
    print_to_pdf(issued, path, PageFormat.A4, False, duplicate_at=datetime(2026, 4, 1, 9, 30, tzinfo=UTC))
    _reader, text, _found = runs(path.read_bytes())
    text = " ".join(text.split())
    assert text.count("DUPLICATA") == 2 and "DUPLICATA — réimprimé le 1er avril 2026 à 9 h 30" in text


def test_large_print_is_large_on_paper(qapp, desk, tmp_path):
    """Large print pages hold fewer, bigger lines: the same document takes more pages."""
    db, actor = desk
    issued = issue(db, actor, samples.acknowledgement())
    normal = print_to_pdf(issued, tmp_path / "s.pdf", PageFormat.A4, False)
    large = print_to_pdf(issued, tmp_path / "l.pdf", PageFormat.A4, True)
    assert large > normal


def test_the_qr_code_on_paper_is_the_documents_own(qapp, desk, tmp_path):
    """Read the QR back from the printed page, module by module, and compare it with the one the code encodes."""
    db, actor = desk
    issued = issue(db, actor, samples.deposit_certificate())
    path = tmp_path / "qr.pdf"
    print_to_pdf(issued, path, PageFormat.A4, False)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    scale = 8  # pixels per point: a module is several pixels wide
    size = QSize(round(595.3 * scale), round(841.9 * scale))
    page = QImage(size, QImage.Format.Format_Grayscale8)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, document.render(0, size))
    painter.end()
    modules = qr_modules(issued.qr_text)
    qr_size = 24 * MM
    cell = qr_size / (len(modules) + 4)
    left, top = 210 * MM - 20 * MM - qr_size, 20 * MM  # top right of the text area, as in the PDF
    read = [[page.pixelColor(round((left + (c + 2.5) * cell) * scale),
                             round((top + (r + 2.5) * cell) * scale)).value() < 128
             for c in range(len(modules))] for r in range(len(modules))]
    assert read == [list(row) for row in modules]

"""Drawing blocks on paper with reportlab: A4 or an 80 mm roll, normal or large print.

Output is deterministic (reportlab's invariant mode: fixed dates and document id, no random names), so
the same document gives the same bytes on every run, which is what a "duplicata" promises.

- A4: 20 mm margins; a letter's address block sits in the window of a DL envelope (A4 folded in three):
  110 mm from the left edge, 50 mm from the top, 90 × 40 mm.
- Roll: 80 mm wide (72 mm printable), one page as long as the content.
- Large print: Andika 16 pt at least, black on white, more space between lines; on the roll as well.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from frontdesk.documents.blocks import Bullets, Fields, Heading, Letterhead, NewCopy, Para, Signatures, Title
from frontdesk.documents.page import PageFormat, Sheet
from frontdesk.resources import RESOURCES

FONT = "Andika"
FONT_BOLD = "Andika-Bold"
FONT_DIR = RESOURCES / "fonts"
_fonts_lock = threading.Lock()
_fonts_ready = False


ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
WINDOW = (110 * mm, 50 * mm, 90 * mm, 40 * mm)  # left, top, width, height on A4, DL window envelope


def register_fonts() -> None:
    """Register the bundled Andika once per process (parsing the TTF costs a few milliseconds)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "Andika-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "Andika-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _fonts_ready = True


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    strong: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    bullet_indent: float


def styles(page_format: PageFormat, large_print: bool) -> Styles:
    """Sizes per format: large print is never below 16 pt, whatever the paper."""
    if large_print and page_format is PageFormat.ROLL80:  # 72 mm: "accompagnement" must fit on one line
        size, title, heading, small = 16, 18, 17, 16
    elif large_print:
        size, title, heading, small = 16, 22, 18, 16
    elif page_format is PageFormat.ROLL80:
        size, title, heading, small = 9, 12.5, 10, 8
    else:
        size, title, heading, small = 11, 17, 12.5, 9
    leading = size * (1.4 if large_print else 1.3)
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=leading, textColor=colors.black,
                          spaceAfter=size * 0.35)
    return Styles(
        body=body,
        strong=ParagraphStyle("strong", parent=body, fontName=FONT_BOLD),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=title, leading=title * 1.25,
                             spaceAfter=title * 0.5),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=heading,
                               leading=heading * 1.3, spaceBefore=heading * 0.6, spaceAfter=heading * 0.3),
        small=ParagraphStyle("small", parent=body, fontSize=small, leading=small * 1.3),
        bullet_indent=size * 1.2,
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: data never turns into markup); a newline starts a new line."""
    text = escape(text).replace(" €", "\u00a0€").replace(" :", "\u00a0:")  # never "150" / "€" on two lines
    return Paragraph(text.replace("\n", "<br/>"), style)


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) and light modules, without the quiet zone.

    Shared with the printer renderer of the UI, so paper printed either way carries the same code.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    return qr.modules


class _Qr(Flowable):
    """A QR code drawn as one filled path.

    reportlab's QR widget encodes the data twice and draws every module as a validated shape, which
    cost more than the rest of a receipt; this encodes once, with a fixed mask pattern (any mask is
    valid: the "best" one only trims patterns scanners cope with anyway), and merges dark runs per row.
    """

    QUIET = 2  # modules of white margin on each side (the page around it adds more)

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self._modules = qr_modules(text)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self._modules)
        cell = self.width / (count + 2 * self.QUIET)
        path = self.canv.beginPath()
        for r, row in enumerate(self._modules):
            y = self.height - (r + 1 + self.QUIET) * cell
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + self.QUIET) * cell, y, (c - start) * cell, cell)
                else:
                    c += 1
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


class _Marker(Flowable):
    """Zero-size flowable that tells the page callbacks which sheet is being drawn, and from which page."""

    def __init__(self, doc: _Doc, sheet: Sheet) -> None:
        super().__init__()
        self._doc, self._sheet = doc, sheet

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._doc.current = self._sheet
        self._doc.first_page = self.canv.getPageNumber()


class _Doc(BaseDocTemplate):
    current: Sheet | None = None
    first_page: int = 0
    large_print: bool = False
    duplicate: bool = False


def _fields(pairs: tuple[tuple[str, str], ...], st: Styles, width: float, stacked: bool) -> list[Flowable]:
    if stacked:  # narrow paper or large print: label above value, nothing squeezed into a column
        out: list[Flowable] = []
        for label, value in pairs:
            out += [_p(label, st.strong), _p(value, st.body)]
        return out
    rows = [[_p(label, st.strong), _p(value, st.body)] for label, value in pairs]
    # The label column as wide as its longest label (a list of pieces), between a third and 60 % of the line.
    widest = max(stringWidth(label, FONT_BOLD, st.strong.fontSize) for label, _value in pairs) + 8
    label_width = min(max(widest, width * 0.34), width * 0.6)
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [table]


def _signatures(labels: tuple[str, ...], st: Styles, width: float, stacked: bool, roll: bool) -> list[Flowable]:
    box_h = 28 * mm if stacked else 22 * mm
    if stacked:
        cells = [[_p(label, st.body)] for label in labels]
        rows: list[list[Flowable | str]] = []
        for cell in cells:
            rows += [cell, [""]]
        table = Table(rows, colWidths=[width], rowHeights=[None, box_h] * len(labels))
        style = [("BOX", (0, i * 2 + 1), (0, i * 2 + 1), 0.8, colors.black) for i in range(len(labels))]
    else:
        col = width / len(labels)
        table = Table([[_p(label, st.body) for label in labels], [""] * len(labels)], colWidths=[col] * len(labels),
                      rowHeights=[None, box_h])
        style = [("BOX", (i, 1), (i, 1), 0.8, colors.black) for i in range(len(labels))]
    table.setStyle(TableStyle([*style, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    # Keep the boxes on one A4 page; a roll is one page already (and KeepTogether cannot draw itself there).
    return [Spacer(1, 4 * mm), table if roll else KeepTogether([table])]


class _Item(Paragraph):
    """A bullet item is never cut by a page break: it is read as one sentence, so it moves whole."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []


def _story(doc: _Doc, sheet: Sheet, page_format: PageFormat, large_print: bool, width: float) -> list[Flowable]:
    st = styles(page_format, large_print)
    roll = page_format is PageFormat.ROLL80
    stacked = roll or large_print
    story: list[Flowable] = [_Marker(doc, sheet)]
    if sheet.duplicate_line:
        story.append(_p(sheet.duplicate_line, st.title))
    letter = any(isinstance(b, Letterhead) for b in sheet.blocks)
    story += _header(sheet, st, width, roll, with_issuer=not (letter and not roll))
    for block in sheet.blocks:
        if isinstance(block, Title):
            story.append(_p(block.text, st.title))
        elif isinstance(block, Heading):
            story.append(_p(block.text, st.heading))
        elif isinstance(block, Para):
            story.append(_p(block.text, st.strong if block.strong else st.body))
        elif isinstance(block, Bullets):
            for item in block.items:
                story.append(_Item(escape(item), ParagraphStyle(
                    "bullet", parent=st.body, leftIndent=st.bullet_indent, bulletIndent=0), bulletText="•"))
        elif isinstance(block, Fields):
            story += _fields(block.pairs, st, width, stacked)
        elif isinstance(block, Signatures):
            story += _signatures(block.labels, st, width, stacked, roll)
        elif isinstance(block, NewCopy):  # each copy carries the code: the resident keeps one of them
            if roll:
                story += _verification(sheet, st)
            if roll:
                story += [Spacer(1, 6 * mm), _p("- - - - - - découpez ici - - - - - -", st.small), Spacer(1, 6 * mm)]
            else:
                story.append(PageBreak())
            story += _header(sheet, st, width, roll, with_issuer=True)
        elif isinstance(block, Letterhead):
            if roll:  # no window on a roll: sender and recipient one after the other
                story += [_p(line, st.body) for line in block.sender]
                story += [Spacer(1, 3 * mm), *[_p(line, st.strong) for line in block.address], Spacer(1, 3 * mm)]
            else:  # drawn by the page callback at fixed places; keep the space free
                story.insert(1, Spacer(1, WINDOW[1] + WINDOW[3] - 20 * mm + 6 * mm))
    if roll and sheet.number:
        story += _verification(sheet, st)
    return story


def _header(sheet: Sheet, st: Styles, width: float, roll: bool, *, with_issuer: bool) -> list[Flowable]:
    """Issuer, number and date; on A4 (large print too) the verification code and QR sit beside them, top
    right, so they never push a one-page document onto a second sheet. On the narrow roll: at the end."""
    lines = [_p(sheet.issuer, st.strong)] if with_issuer else []
    if not sheet.number:  # an unnumbered report (e.g. an access export): no record, so no code to verify
        return [*lines, _p(sheet.issued_line, st.body)]
    lines += [_p(f"N° {sheet.number}", st.strong), _p(sheet.issued_line, st.body)]
    if roll:
        return lines
    lines.append(_p(f"Pour vérifier ce document, présentez ce code au guichet : {sheet.code}", st.small))
    qr_size = 24 * mm
    table = Table([[lines, _Qr(sheet.qr, qr_size)]], colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return [table]


def _verification(sheet: Sheet, st: Styles) -> list[Flowable]:
    """The code and QR at the end of a roll receipt (too narrow to sit beside the header)."""
    return [Spacer(1, 4 * mm), _p("Pour vérifier ce document, présentez ce code au guichet :", st.small),
            _p(sheet.code, st.strong), _p(f"N° {sheet.number}", st.small), _Qr(sheet.qr, 26 * mm)]


def _page_start(canvas: Canvas, doc: _Doc) -> None:
    """The DUPLICATA mark, drawn first and in light grey so the text printed over it stays readable."""
    if not doc.duplicate:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.8, 0.8, 0.8))
    canvas.setFont(FONT_BOLD, 64 if width > ROLL_WIDTH else 30)
    canvas.translate(width / 2, height - min(height / 2, 140 * mm))
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "DUPLICATA")
    canvas.restoreState()


def _page_end(canvas: Canvas, doc: _Doc) -> None:
    sheet = doc.current
    if sheet is None:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.black)
    if width > ROLL_WIDTH:  # A4
        page = canvas.getPageNumber()
        letter = next((b for b in sheet.blocks if isinstance(b, Letterhead)), None)
        if letter is not None and page == doc.first_page:
            _draw_letterhead(canvas, letter, height, doc.large_print)
        canvas.setFont(FONT, 16 if doc.large_print else 9)
        canvas.drawString(20 * mm, 8 * mm, f"{sheet.title} N° {sheet.number}" if sheet.number else sheet.title)
        canvas.drawRightString(width - 20 * mm, 8 * mm, f"page {page - doc.first_page + 1}")
    canvas.restoreState()


def _draw_letterhead(canvas: Canvas, letter: Letterhead, height: float, large_print: bool) -> None:
    """Sender top left (large print when asked); the address block in the envelope window.

    The address block stays at 10 pt even in large print: it is read by La Poste's sorting machines and
    38 characters at 16 pt would not fit the 100 mm window.
    """
    st = styles(PageFormat.A4, large_print)
    sender = Paragraph("<br/>".join([f"<b>{escape(letter.sender[0])}</b>", *map(escape, letter.sender[1:])]),
                       ParagraphStyle("sender", parent=st.body, fontSize=st.body.fontSize * (1 if large_print else 0.9),
                                      leading=st.body.leading * (1 if large_print else 0.9)))
    _w, h = sender.wrapOn(canvas, WINDOW[0] - 25 * mm, 80 * mm)
    sender.drawOn(canvas, 20 * mm, height - 15 * mm - h)
    left, top, _width, _height = WINDOW
    canvas.setFont(FONT, 10)
    y = height - top - 6 * mm
    for line in letter.address:
        canvas.drawString(left + 4 * mm, y, line)
        y -= 12.5


def _roll_height(doc: _Doc, sheet: Sheet, large_print: bool, width: float) -> float:
    total = 0.0
    canvas = Canvas(io.BytesIO())
    for flowable in _story(doc, sheet, PageFormat.ROLL80, large_print, width):
        _w, h = flowable.wrapOn(canvas, width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total + 2 * ROLL_MARGIN + 6 * mm


def draw(sheets: Sequence[Sheet], page_format: PageFormat, large_print: bool, title: str, author: str) -> bytes:
    """One PDF holding ``sheets`` one after the other (a batch of letters is one file, one print job)."""
    register_fonts()
    if not sheets:
        raise ValueError("nothing to draw")
    buffer = io.BytesIO()
    common = {"title": title, "author": author, "creator": "Frontdesk", "producer": "Frontdesk",
              "subject": "", "keywords": "", "invariant": 1, "pageCompression": 1}
    if page_format is PageFormat.ROLL80:
        if len(sheets) != 1:
            raise ValueError("a roll prints one document at a time")
        width = ROLL_WIDTH - 2 * ROLL_MARGIN
        probe = _Doc(io.BytesIO(), pagesize=(ROLL_WIDTH, 500 * mm))
        height = _roll_height(probe, sheets[0], large_print, width)
        doc = _Doc(buffer, pagesize=(ROLL_WIDTH, height), leftMargin=ROLL_MARGIN, rightMargin=ROLL_MARGIN,
                   topMargin=ROLL_MARGIN, bottomMargin=ROLL_MARGIN, **common)
    else:
        doc = _Doc(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                   bottomMargin=18 * mm, **common)
        width = doc.width
    doc.large_print = large_print
    doc.duplicate = any(sheet.duplicate_line for sheet in sheets)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_page_start, onPageEnd=_page_end)])
    story: list[Flowable] = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story += _story(doc, sheet, page_format, large_print, width)
    doc.build(story)
    return buffer.getvalue()


def bare_page() -> bytes:
    """One paragraph on an A4 page in the same font: the floor the receipt benchmark compares with."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)])])
    doc.build([Paragraph("Accusé de réception — reçu le 3 mars 2026, œuvre, 12 €.", styles(PageFormat.A4,
                                                                                         False).body)])
    return buffer.getvalue()

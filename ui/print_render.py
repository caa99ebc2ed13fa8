"""Printing a document through Qt: the same blocks as the PDF, drawn with QPainter on a QPrinter.

Why not print the reportlab PDF: Qt can only rasterise it (QPdfDocument), so the printer would receive
pictures and the spooled job would lose its text (no search, no accessibility, blurry on thermal
printers). This module lays out the core's ``Sheet`` (``frontdesk.documents.sheet``) itself, mirroring
``frontdesk.documents.layout``: the same bundled Andika font, the same sizes and leading (read from
``layout.styles``), the same margins, header with number, code and QR, DUPLICATA mark, footer, window
address block and 80 mm roll with its length fitted to the content. Every text of the blocks reaches
the paper; the tests check it on a PDF printed through Qt and on a real CUPS queue.

Units: the layout is computed in points (1/72 inch), then drawn in device pixels (``k`` per point).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPageLayout, QPageSize, QPaintDevice, QPainter, QTextLayout
from PySide6.QtPrintSupport import QPrinter

from frontdesk.documents import layout
from frontdesk.documents.blocks import Bullets, Fields, Heading, Letterhead, NewCopy, Para, Signatures, Title
from frontdesk.documents.layout import ROLL_MARGIN, WINDOW, PageFormat, Sheet, qr_modules

log = logging.getLogger(__name__)

MM = 72 / 25.4  # points per millimetre
A4_SIZE = (210 * MM, 297 * MM)
ROLL_WIDTH = 80 * MM
A4_MARGINS = (20 * MM, 20 * MM, 18 * MM)  # left/right, top, bottom: as the PDF
_families: dict[str, str] = {}


class PrintFailed(Exception):
    """The printer refused or dropped the job; ``reason`` says which step ("open", "page", "state")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_fonts() -> str:
    """Register the bundled Andika with Qt once; returns its family name (the font the PDF embeds)."""
    if "family" not in _families:
        family = ""
        for name in ("Andika-Regular.ttf", "Andika-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(layout.FONT_DIR / name))
            if font_id < 0:
                log.error("cannot load the bundled font %s", name)
                continue
            family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
        _families["family"] = family or "Sans Serif"
    return _families["family"]


@dataclass(frozen=True)
class _Style:
    size: float
    leading: float
    bold: bool
    before: float
    after: float


def _styles(page_format: PageFormat, large_print: bool) -> tuple[dict[str, _Style], float]:
    """The PDF's paragraph styles, read from the core so both renderers keep the same sizes."""
    st = layout.styles(page_format, large_print)

    def conv(ps) -> _Style:
        return _Style(ps.fontSize, ps.leading, ps.fontName == layout.FONT_BOLD, ps.spaceBefore, ps.spaceAfter)

    return ({"body": conv(st.body), "strong": conv(st.strong), "title": conv(st.title),
             "heading": conv(st.heading), "small": conv(st.small)}, st.bullet_indent)


Draw = Callable[[QPainter, float, float], None]  # painter, x and y of the item's top-left corner in points


@dataclass
class _Item:
    height: float
    draw: Draw
    before: float = 0.0
    after: float = 0.0


@dataclass
class _Page:
    sheet: Sheet
    index: int  # page number within its sheet, from 1
    ops: list[tuple[float, float, Draw]] = field(default_factory=list)


class _Text:
    """Measures and draws text in one font on one device; wraps like the PDF (words, non-breaking spaces)."""

    def __init__(self, device: QPaintDevice, family: str) -> None:
        self.device = device
        self.family = family
        self.k = device.logicalDpiY() / 72

    def font(self, size: float, bold: bool) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # No ligatures, as in the PDF: a "fi" glyph would come out of the spooled text as an unknown sign.
        for tag in ("liga", "clig", "dlig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def width(self, text: str, size: float, bold: bool) -> float:
        layout_ = QTextLayout(text, self.font(size, bold), self.device)
        layout_.beginLayout()
        line = layout_.createLine()
        line.setLineWidth(1e9)
        layout_.endLayout()
        return line.naturalTextWidth() / self.k

    def wrap(self, text: str, size: float, bold: bool, width: float) -> list[str]:
        """The lines ``text`` takes in ``width`` points; a newline in the text starts a new line."""
        text = text.replace(" €", "\u00a0€").replace(" :", "\u00a0:")  # as the PDF: never "150" / "€" apart
        lines: list[str] = []
        for part in text.split("\n"):
            layout_ = QTextLayout(part, self.font(size, bold), self.device)
            layout_.beginLayout()
            while True:
                line = layout_.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width * self.k)
                lines.append(part[line.textStart():line.textStart() + line.textLength()].rstrip())
            layout_.endLayout()
        return lines or [""]

    def drawer(self, line: str, size: float, bold: bool, baseline: float, dx: float = 0.0) -> Draw:
        font = self.font(size, bold)
        k = self.k

        def draw(painter: QPainter, x: float, y: float) -> None:
            painter.setFont(font)
            painter.drawText(QPointF((x + dx) * k, (y + baseline) * k), line)

        return draw


class _Composer:
    """Turns one sheet's blocks into items (the PDF's flowables) and places them on pages."""

    def __init__(self, text: _Text, page_format: PageFormat, large_print: bool) -> None:
        self.t = text
        self.roll = page_format is PageFormat.ROLL80
        self.large = large_print
        self.stacked = self.roll or large_print
        self.st, self.bullet_indent = _styles(page_format, large_print)
        if self.roll:
            self.left, self.top, self.bottom = ROLL_MARGIN, ROLL_MARGIN, ROLL_MARGIN
            self.page_w, self.page_h = ROLL_WIDTH, float("inf")
        else:
            self.left, self.top, self.bottom = A4_MARGINS
            self.page_w, self.page_h = A4_SIZE
        self.width = self.page_w - 2 * self.left
        self.pages: list[_Page] = []
        self.y = self.top

    # --- items -------------------------------------------------------------------------------------

    def para(self, text: str, style: str, *, width: float | None = None) -> list[_Item]:
        """A paragraph: one item per line, so a page may fall between two lines (as in the PDF)."""
        s = self.st[style]
        lines = self.t.wrap(text, s.size, s.bold, width or self.width)
        items = [_Item(s.leading, self.t.drawer(line, s.size, s.bold, s.size)) for line in lines]
        items[0].before, items[-1].after = s.before, s.after
        return items

    def _join(self, items: list[_Item]) -> _Item:
        """Items drawn one under the other as a single block that never splits."""
        offsets, y = [], 0.0
        for i, item in enumerate(items):
            if i:
                y += item.before
            offsets.append(y)
            y += item.height + (item.after if i < len(items) - 1 else 0)

        def draw(painter: QPainter, x: float, top: float) -> None:
            for item, off in zip(items, offsets, strict=True):
                item.draw(painter, x, top + off)

        return _Item(y, draw, items[0].before, items[-1].after)

    def space(self, height: float) -> _Item:
        return _Item(height, lambda _p, _x, _y: None)

    def bullet(self, text: str) -> _Item:
        s = self.st["body"]
        indent = self.bullet_indent
        lines = self.t.wrap(text, s.size, s.bold, self.width - indent)
        draws = [self.t.drawer("•", s.size, False, s.size)]
        draws += [self.t.drawer(line, s.size, False, s.size + i * s.leading, indent) for i, line in enumerate(lines)]

        def draw(painter: QPainter, x: float, y: float) -> None:
            for d in draws:
                d(painter, x, y)

        return _Item(len(lines) * s.leading, draw, s.before, s.after)

    def qr(self, text: str, size: float) -> Draw:
        modules = qr_modules(text)
        quiet = 2
        cell = size / (len(modules) + 2 * quiet)
        k = self.t.k

        def draw(painter: QPainter, x: float, y: float) -> None:
            painter.save()
            painter.setPen(QColor("black"))
            for r, row in enumerate(modules):
                c = 0
                while c < len(row):
                    if row[c]:
                        start = c
                        while c < len(row) and row[c]:
                            c += 1
                        # A hair wider than the run so neighbouring rows never leave a white seam.
                        painter.fillRect(QRectF((x + (start + quiet) * cell) * k, (y + (r + quiet) * cell) * k,
                                                (c - start) * cell * k + 0.5, cell * k + 0.5), QColor("black"))
                    else:
                        c += 1
            painter.restore()

        return draw

    def header(self, sheet: Sheet, *, with_issuer: bool) -> list[_Item]:
        """Issuer, number, date; on A4 the code and the QR beside them (as the PDF), on the roll at the end."""
        texts = [(sheet.issuer, "strong")] if with_issuer else []
        texts += [(f"N° {sheet.number}", "strong"), (sheet.issued_line, "body")]
        if self.roll:
            return [item for text, style in texts for item in self.para(text, style)]
        qr_size = 24 * MM
        texts.append((f"Pour vérifier ce document, présentez ce code au guichet : {sheet.code}", "small"))
        column = self._join([item for text, style in texts
                             for item in self.para(text, style, width=self.width - qr_size - 4 * MM)])
        qr = self.qr(sheet.qr, qr_size)
        width = self.width

        def draw(painter: QPainter, x: float, y: float) -> None:
            column.draw(painter, x, y)
            qr(painter, x + width - qr_size, y)

        return [_Item(max(column.height + column.after, qr_size), draw)]

    def verification(self, sheet: Sheet) -> list[_Item]:
        """The code and QR at the end of a roll receipt."""
        size = 26 * MM
        return [self.space(4 * MM), *self.para("Pour vérifier ce document, présentez ce code au guichet :", "small"),
                *self.para(sheet.code, "strong"), *self.para(f"N° {sheet.number}", "small"),
                _Item(size, self.qr(sheet.qr, size))]

    def fields(self, pairs: tuple[tuple[str, str], ...]) -> list[_Item]:
        if self.stacked:
            return [item for label, value in pairs for item in [*self.para(label, "strong"), *self.para(value, "body")]]
        strong = self.st["strong"]
        widest = max(self.t.width(label, strong.size, True) for label, _v in pairs) + 8
        label_w = min(max(widest, self.width * 0.34), self.width * 0.6)
        rows = []
        for label, value in pairs:
            left = self._join(self.para(label, "strong", width=label_w - 6))
            right = self._join(self.para(value, "body", width=self.width - label_w - 6))

            def draw(painter: QPainter, x: float, y: float, left=left, right=right) -> None:
                left.draw(painter, x, y + 1)
                right.draw(painter, x + label_w, y + 1)

            rows.append(_Item(max(left.height + left.after, right.height + right.after) + 2, draw))
        return rows

    def signatures(self, labels: tuple[str, ...]) -> list[_Item]:
        k = self.t.k
        if self.stacked:
            box_h = 28 * MM
            items = []
            width = self.width
            for label in labels:
                text = self._join(self.para(label, "body"))

                def draw(painter: QPainter, x: float, y: float, text=text) -> None:
                    text.draw(painter, x, y)
                    _box(painter, k, x, y + text.height + text.after, width, box_h)

                items.append(_Item(text.height + text.after + box_h + 3, draw))
            return [self.space(4 * MM), *items]
        box_h = 22 * MM
        col = self.width / len(labels)
        texts = [self._join(self.para(label, "body", width=col - 6)) for label in labels]
        head = max(t.height + t.after for t in texts)

        def draw(painter: QPainter, x: float, y: float) -> None:
            for i, text in enumerate(texts):
                text.draw(painter, x + i * col, y)
                _box(painter, k, x + i * col, y + head, col - 6, box_h)

        return [self.space(4 * MM), _Item(head + box_h + 3, draw)]

    def letterhead_roll(self, letter: Letterhead) -> list[_Item]:
        items = [item for line in letter.sender for item in self.para(line, "body")]
        items.append(self.space(3 * MM))
        items += [item for line in letter.address for item in self.para(line, "strong")]
        return [*items, self.space(3 * MM)]

    # --- a sheet -----------------------------------------------------------------------------------

    def items(self, sheet: Sheet) -> list[_Item | None]:
        """The sheet as the PDF's story; ``None`` is a page break."""
        out: list[_Item | None] = []
        letter = next((b for b in sheet.blocks if isinstance(b, Letterhead)), None)
        if letter is not None and not self.roll:  # the window block is drawn at fixed places: keep it free
            out.append(self.space(WINDOW[1] + WINDOW[3] - 20 * MM + 6 * MM))
        if sheet.duplicate_line:
            out += self.para(sheet.duplicate_line, "title")
        out += self.header(sheet, with_issuer=not (letter is not None and not self.roll))
        for block in sheet.blocks:
            if isinstance(block, Title):
                out += self.para(block.text, "title")
            elif isinstance(block, Heading):
                out += self.para(block.text, "heading")
            elif isinstance(block, Para):
                out += self.para(block.text, "strong" if block.strong else "body")
            elif isinstance(block, Bullets):
                out += [self.bullet(item) for item in block.items]
            elif isinstance(block, Fields):
                out += self.fields(block.pairs)
            elif isinstance(block, Signatures):
                out += self.signatures(block.labels)
            elif isinstance(block, NewCopy):
                if self.roll:
                    out += [*self.verification(sheet), self.space(6 * MM),
                            *self.para("- - - - - - découpez ici - - - - - -", "small"), self.space(6 * MM)]
                else:
                    out.append(None)
                out += self.header(sheet, with_issuer=True)
            elif isinstance(block, Letterhead) and self.roll:
                out += self.letterhead_roll(block)
        if self.roll:
            out += self.verification(sheet)
        return out

    def place(self, sheet: Sheet) -> None:
        self._new_page(sheet, first=True)
        for item in self.items(sheet):
            if item is None:
                self._new_page(sheet)
                continue
            at_top = self.y <= self.top + 0.01
            before = 0.0 if at_top else item.before
            if not at_top and self.y + before + item.height > self.page_h - self.bottom:
                self._new_page(sheet)
                before = 0.0
            self.pages[-1].ops.append((self.left, self.y + before, item.draw))
            self.y += before + item.height + item.after

    def _new_page(self, sheet: Sheet, *, first: bool = False) -> None:
        index = 1 if first else self.pages[-1].index + 1
        self.pages.append(_Page(sheet, index))
        self.y = self.top

    @property
    def roll_height(self) -> float:
        return self.y + self.bottom + 6 * MM


def _box(painter: QPainter, k: float, x: float, y: float, w: float, h: float) -> None:
    painter.save()
    pen = painter.pen()
    pen.setColor(QColor("black"))
    pen.setWidthF(0.8 * k)
    painter.setPen(pen)
    painter.drawRect(QRectF(x * k, y * k, w * k, h * k))
    painter.restore()


def _decorate_before(painter: QPainter, text: _Text, page_w: float, page_h: float, duplicate: bool) -> None:
    """The DUPLICATA mark, under the text and in light grey, as the PDF draws it."""
    if not duplicate:
        return
    k = text.k
    painter.save()
    painter.setPen(QColor(204, 204, 204))
    painter.setFont(text.font(64 if page_w > ROLL_WIDTH else 30, True))
    painter.translate(page_w / 2 * k, min(page_h / 2, 140 * MM) * k)
    painter.rotate(-35)
    width = text.width("DUPLICATA", 64 if page_w > ROLL_WIDTH else 30, True)
    painter.drawText(QPointF(-width / 2 * k, 0), "DUPLICATA")
    painter.restore()


def _decorate_after(painter: QPainter, text: _Text, page: _Page, large_print: bool) -> None:
    """A4 only: the letter's sender and window address on its first page, the footer on every page."""
    sheet = page.sheet
    letter = next((b for b in sheet.blocks if isinstance(b, Letterhead)), None)
    body = layout.styles(PageFormat.A4, large_print).body
    if letter is not None and page.index == 1:
        size = body.fontSize * (1 if large_print else 0.9)
        leading = body.leading * (1 if large_print else 0.9)
        y = 15 * MM
        for i, line in enumerate(letter.sender):
            for wrapped in text.wrap(line, size, i == 0, WINDOW[0] - 25 * MM):
                text.drawer(wrapped, size, i == 0, size)(painter, 20 * MM, y)
                y += leading
        y = WINDOW[1] + 6 * MM
        for line in letter.address:  # 10 pt whatever the print size: read by the sorting machines
            text.drawer(line, 10, False, 0)(painter, WINDOW[0] + 4 * MM, y)
            y += 12.5
    size = 16 if large_print else 9
    footer = f"{sheet.title} N° {sheet.number}"
    text.drawer(footer, size, False, 0)(painter, 20 * MM, A4_SIZE[1] - 8 * MM)
    label = f"page {page.index}"
    text.drawer(label, size, False, 0)(painter, A4_SIZE[0] - 20 * MM - text.width(label, size, False),
                                       A4_SIZE[1] - 8 * MM)


def print_sheets(printer: QPrinter, sheets: Sequence[Sheet], page_format: PageFormat, large_print: bool) -> int:
    """Lay out ``sheets`` and print them on ``printer`` (any QPrinter: a real queue or a PDF file).

    Sets the page size (A4, or 80 mm by the content's length) and full-page mode; the caller chooses the
    printer, copies and document name. Returns the number of pages; raises ``PrintFailed`` when the
    printer does not accept the job.
    """
    if not sheets:
        raise ValueError("nothing to print")
    if page_format is PageFormat.ROLL80 and len(sheets) != 1:
        raise ValueError("a roll prints one document at a time")
    family = load_fonts()
    printer.setFullPage(True)
    text = _Text(printer, family)
    composer = _Composer(text, page_format, large_print)
    for sheet in sheets:
        composer.place(sheet)
    if page_format is PageFormat.ROLL80:
        page_w, page_h = ROLL_WIDTH, composer.roll_height
        size = QPageSize(QSizeF(80, page_h / MM), QPageSize.Unit.Millimeter, "Ticket 80 mm",
                         QPageSize.SizeMatchPolicy.ExactMatch)
    else:
        page_w, page_h = A4_SIZE
        size = QPageSize(QPageSize.PageSizeId.A4)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    duplicate = any(sheet.duplicate_line for sheet in sheets)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("open")
    try:
        for number, page in enumerate(composer.pages):
            if number and not printer.newPage():
                raise PrintFailed("page")
            _decorate_before(painter, text, page_w, page_h, duplicate)
            painter.setPen(QColor("black"))
            for x, y, draw in page.ops:
                draw(painter, x, y)
            if page_format is PageFormat.A4:
                _decorate_after(painter, text, page, large_print)
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintFailed("state")
    return len(composer.pages)
